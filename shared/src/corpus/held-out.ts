import type { CorpusEntry } from './types';

/**
 * Held-out set: written after the detector was frozen and never used to change it. Its figures
 * are reported separately so the development figures cannot flatter the detector.
 */
export const HELD_OUT_CORPUS: readonly CorpusEntry[] = [
  {
    text: 'As used in this directive, "force" includes any physical contact that a person resists, any weapon deployed, and any firearm aimed at a person.',
    items: ['definitions.force'],
  },
  {
    text: 'The phrase "objectively reasonable" refers to how a prudent officer with the same training and information would have acted.',
    items: ['definitions.reasonable'],
  },
  {
    text: 'Members may resort to force solely to carry out a lawful arrest or to defend another person from attack.',
    items: ['use-of-force-standards.lawful-purpose'],
  },
  {
    text: 'The degree of force must remain proportional to the danger posed by the person.',
    items: ['use-of-force-standards.necessary-proportional'],
  },
  {
    text: 'Officers shall apply the lowest level of force that will safely achieve control.',
    items: ['minimum-force.least-necessary'],
  },
  {
    text: 'Deputies must attempt de-escalation before any use of force unless an immediate attack leaves no time to do so.',
    items: ['de-escalation.before-force'],
  },
  {
    text: 'Useful tactics include putting space between the officer and the person, using a calm tone of voice, and buying time for a supervisor to arrive.',
    items: ['de-escalation.techniques'],
  },
  {
    text: 'Officers shall assess whether a person who ignores commands might be deaf, autistic, or otherwise disabled.',
    items: ['vulnerable-populations.disability'],
  },
  {
    text: 'Erratic behaviour may signal a medical emergency such as low blood sugar or a stroke, and officers shall consider that possibility before using force.',
    items: ['vulnerable-populations.medical'],
  },
  {
    text: 'Officers must recognise that someone in a psychiatric crisis may not be able to process instructions.',
    items: ['vulnerable-populations.mental-health'],
  },
  {
    text: 'Where a person has limited English, officers shall call a telephone interpreter before treating silence as refusal.',
    items: ['vulnerable-populations.language'],
  },
  {
    text: 'Lethal force is a last resort, to be used only after every lesser option has failed.',
    items: ['deadly-force.last-resort'],
  },
  {
    text: 'An officer may not use deadly force except to prevent an imminent threat of death or serious physical injury.',
    items: ['deadly-force.imminent-threat'],
  },
  {
    text: 'Officers may use deadly force against a fleeing felon whenever the officer believes the person is dangerous.',
    items: [],
    contradicts: ['deadly-force.imminent-threat'],
  },
  {
    text: 'Chokeholds and strangleholds are forbidden in all situations.',
    items: ['prohibited-force.neck-restraints'],
  },
  {
    text: 'No member shall use a vascular neck restraint unless the member judges it necessary to survive an assault.',
    items: [],
    contradicts: ['prohibited-force.neck-restraints'],
  },
  {
    text: 'Officers shall not place weight on the back of a person lying face down, because doing so can restrict breathing.',
    items: ['prohibited-force.breathing-blood-flow'],
  },
  {
    text: 'Warning shots are prohibited.',
    items: ['prohibited-force.warning-shots'],
  },
  {
    text: 'Officers shall not fire at a moving vehicle or at its driver.',
    items: ['prohibited-force.moving-vehicles'],
  },
  {
    text: 'A vehicle pursuit may be started only when the suspect is wanted for a violent felony and a supervisor has approved it.',
    items: ['vehicle-pursuits.restricted'],
  },
  {
    text: 'The supervisor shall terminate the pursuit once the risk to bystanders outweighs the value of an immediate arrest.',
    items: ['vehicle-pursuits.termination'],
  },
  {
    text: 'Every officer has an affirmative duty to intervene when another officer uses excessive force.',
    items: ['duty-to-intervene.intervene'],
  },
  {
    text: 'An officer who sees a colleague use unreasonable force must report it to a supervisor the same day.',
    items: ['duty-to-intervene.report'],
  },
  {
    text: 'Officers shall immediately render first aid to any injured person and request emergency medical services.',
    items: ['medical-aid.duty-to-aid', 'medical-aid.no-vague-qualifiers'],
  },
  {
    text: 'If feasible, officers should give medical aid after force is used.',
    items: ['medical-aid.duty-to-aid'],
    contradicts: ['medical-aid.no-vague-qualifiers'],
  },
  {
    text: 'Officers shall file a report every time they use force, including any time a firearm is pointed at a person.',
    items: ['force-reporting.every-use'],
  },
  {
    text: 'The use-of-force form shall record the race, gender and age of each person involved.',
    items: ['force-reporting.race', 'force-reporting.gender', 'force-reporting.age'],
  },
  {
    text: 'The report shall record the location of the incident and the reason for the initial contact.',
    items: ['force-reporting.location', 'force-reporting.reason-for-contact'],
  },
  {
    text: 'Reports must describe each type of force used, any de-escalation attempted, the resistance met, and whether anyone was injured or arrested.',
    items: [
      'force-reporting.force-types',
      'force-reporting.de-escalation',
      'force-reporting.resistance',
      'force-reporting.outcomes',
    ],
  },
  {
    text: 'The department shall publish this policy online and shall post a notice of every change to it.',
    items: ['publication.publish-policy', 'publication.publish-changes'],
  },
  {
    text: 'Aggregate use-of-force data shall be made publicly available each year.',
    items: ['publication.publish-data'],
  },
  {
    text: 'The policy should use plain, everyday language and avoid unnecessary jargon.',
    items: ['clarity.plain-language'],
  },
  {
    text: "Definitions in this policy shall be consistent with those on the department's reporting forms.",
    items: ['clarity.consistent-terms'],
  },
  {
    text: 'Calls about people in behavioural health crisis shall be diverted to mental health professionals rather than patrol officers.',
    items: ['footprint.alternative-response'],
  },
  {
    text: 'The city shall remove police officers from its schools by the end of the school year.',
    items: ['footprint.schools'],
  },
  {
    text: 'Officers shall no longer conduct stops for low-level, non-safety traffic violations.',
    items: ['footprint.traffic-stops'],
  },
  {
    text: "The council shall form a use-of-force working group that includes residents, advocates, officers' union representatives, and city attorneys.",
    items: ['advisory-group.form-group', 'advisory-group.participants'],
  },
  {
    text: 'After adoption, the department shall update training and audit compliance with the new policy each year.',
    items: ['advisory-group.follow-through'],
  },
  // Near misses and unrelated sentences
  { text: 'Officers shall not use racial slurs or derogatory language.', items: [] },
  { text: 'Officers shall keep their patrol vehicles locked when unattended.', items: [] },
  {
    text: 'The academy teaches neck anatomy so recruits understand why some holds are dangerous.',
    items: [],
  },
  { text: 'A warning shall be given before a police dog is released, if it is safe to do so.', items: [] },
  { text: 'School crossing guards are employed by the transportation department.', items: [] },
  { text: 'Officers shall not discuss an ongoing investigation with the media.', items: [] },
  { text: 'Each officer shall carry a first aid kit in the patrol car.', items: [] },
];
