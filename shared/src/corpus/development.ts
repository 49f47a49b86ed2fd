import type { CorpusEntry } from './types';

/**
 * Development set: written alongside the detector and used while building it. Fresh wording in
 * the style of department policy, with negations, exceptions, near misses, synonyms and
 * sentences about nothing in the catalogue.
 */
export const DEVELOPMENT_CORPUS: readonly CorpusEntry[] = [
  // Definitions
  {
    text: '"Force" means any physical effort used to control or restrain a person, including pointing a firearm or Taser at someone.',
    items: ['definitions.force'],
  },
  {
    text: 'Use of force refers to any physical contact or weapon an officer uses to compel a person to comply.',
    items: ['definitions.force'],
  },
  {
    text: 'Reportable force: any action beyond cooperative handcuffing, including the display of a firearm toward a person.',
    items: ['definitions.force'],
  },
  {
    text: 'For this policy, "use of force" is defined as any physical or mechanical intervention used to make a person comply.',
    items: ['definitions.force'],
  },
  {
    text: 'The term "force" includes any strike, takedown, use of a weapon, and the act of pointing a firearm at a person.',
    items: ['definitions.force'],
  },
  {
    text: '"Objectively reasonable" means the force a well-trained officer would judge appropriate, knowing the same facts at the same moment.',
    items: ['definitions.reasonable'],
  },
  {
    text: 'Reasonableness is defined as what a careful officer, facing the same facts and without hindsight, would consider proper.',
    items: ['definitions.reasonable'],
  },
  {
    text: 'In this policy, reasonable force refers to force that is necessary and proportional to the threat.',
    items: ['definitions.reasonable', 'use-of-force-standards.necessary-proportional'],
  },
  {
    text: 'Objective reasonableness: the standard that judges force by what a well-trained officer would have done with the same information.',
    items: ['definitions.reasonable'],
  },
  { text: 'Officers must act reasonably at all times.', items: [] },
  { text: '"Deadly force" means force likely to cause death or serious bodily injury.', items: [] },

  // When force may be used
  {
    text: 'Officers may use force only to make a lawful arrest, to prevent an escape, or to protect themselves or others from harm.',
    items: ['use-of-force-standards.lawful-purpose'],
  },
  {
    text: 'Force shall not be used for any reason other than a lawful law enforcement objective.',
    items: ['use-of-force-standards.lawful-purpose'],
  },
  {
    text: 'Force used to punish, retaliate, or coerce a confession is never permitted; it is allowed solely to achieve a lawful purpose.',
    items: ['use-of-force-standards.lawful-purpose'],
  },
  {
    text: 'Officers shall not use force except to defend themselves or another person, or to take a person into lawful custody.',
    items: ['use-of-force-standards.lawful-purpose'],
  },
  {
    text: 'Officers may use physical force solely to effect a lawful detention or to overcome active resistance.',
    items: ['use-of-force-standards.lawful-purpose'],
  },
  { text: 'Officers make arrests in many settings, from traffic stops to warrant service.', items: [] },
  {
    text: 'Any force used must be proportional to the threat the officer faces.',
    items: ['use-of-force-standards.necessary-proportional'],
  },
  {
    text: 'Officers shall use force only when it is necessary, and the amount used must be commensurate with the resistance offered.',
    items: ['use-of-force-standards.necessary-proportional'],
  },
  {
    text: 'The level of force should match the seriousness of the threat.',
    items: ['use-of-force-standards.necessary-proportional'],
  },
  {
    text: 'Force need not be proportional to the resistance an officer meets.',
    items: [],
    contradicts: ['use-of-force-standards.necessary-proportional'],
  },
  {
    text: 'The force an officer uses shall be proportionate to the seriousness of the offence and the danger the person poses.',
    items: ['use-of-force-standards.necessary-proportional'],
  },

  // Minimum force
  {
    text: 'Officers shall use only the amount of force reasonably necessary to accomplish a lawful objective.',
    items: ['minimum-force.least-necessary', 'use-of-force-standards.lawful-purpose'],
  },
  {
    text: 'The force applied may never exceed what is needed to control the person.',
    items: ['minimum-force.least-necessary'],
  },
  {
    text: 'Officers must use the least intrusive means available to resolve the encounter.',
    items: ['minimum-force.least-necessary'],
  },
  {
    text: 'Once a person stops resisting, officers shall reduce the level of force right away.',
    items: ['minimum-force.least-necessary'],
  },
  { text: 'The minimum staffing level for each shift is four officers.', items: [] },
  {
    text: 'Officers are not required to use the least amount of force available.',
    items: [],
    contradicts: ['minimum-force.least-necessary'],
  },
  {
    text: 'Officers shall use no more force than is reasonably necessary under the circumstances.',
    items: ['minimum-force.least-necessary'],
  },

  // De-escalation
  {
    text: 'Before using any force, officers shall attempt to de-escalate the situation.',
    items: ['de-escalation.before-force'],
  },
  {
    text: 'Officers must try to calm the situation through de-escalation whenever it is safe to do so.',
    items: ['de-escalation.before-force'],
  },
  {
    text: 'No officer shall use force without first trying to defuse the encounter.',
    items: ['de-escalation.before-force'],
  },
  { text: 'Officers should use de-escalation tactics when they can.', items: ['de-escalation.before-force'] },
  { text: 'All recruits receive forty hours of de-escalation training at the academy.', items: [] },
  {
    text: 'Officers are not required to attempt de-escalation before using force.',
    items: [],
    contradicts: ['de-escalation.before-force'],
  },
  {
    text: 'Officers must make every effort to de-escalate before resorting to physical control.',
    items: ['de-escalation.before-force'],
  },
  {
    text: 'Officers must try de-escalation unless they feel it would be a waste of time.',
    items: [],
    contradicts: ['de-escalation.before-force'],
  },
  {
    text: 'De-escalation tactics include slowing the encounter down, creating distance, taking cover, and talking calmly with the person.',
    items: ['de-escalation.techniques'],
  },
  {
    text: 'Officers shall use time, distance and cover to reduce the need for force.',
    items: ['de-escalation.techniques'],
  },
  {
    text: 'Where a person is armed only with a knife, officers should reposition, keep a safe distance, and use verbal persuasion rather than close in.',
    items: ['de-escalation.techniques'],
  },
  {
    text: 'Officers shall ask for additional officers or a crisis negotiator when doing so could help calm the person.',
    items: ['de-escalation.techniques', 'de-escalation.before-force'],
  },
  {
    text: 'Officers should rely on patience, active listening and tactical repositioning instead of rushing to physical control.',
    items: ['de-escalation.techniques'],
  },
  {
    text: 'Officers shall wait for backup before entering a building where an armed person is barricaded.',
    items: ['de-escalation.techniques'],
  },
  { text: 'The patrol car provides cover for the officer during a felony stop.', items: [] },
  { text: 'Officers shall maintain a safe following distance while driving.', items: [] },
  { text: 'The training unit shall update the de-escalation curriculum every year.', items: [] },

  // Disability, health, language
  {
    text: 'Before treating silence as defiance, officers shall consider whether the person is deaf or hard of hearing.',
    items: ['vulnerable-populations.disability'],
  },
  {
    text: 'A person in a diabetic emergency may appear confused or combative; officers must assess for medical causes before using force.',
    items: ['vulnerable-populations.medical'],
  },
  {
    text: 'Officers shall take into account that a person experiencing a mental health crisis may be unable to follow commands.',
    items: ['vulnerable-populations.mental-health'],
  },
  {
    text: 'When a person does not appear to understand English, officers shall seek an interpreter before escalating.',
    items: ['vulnerable-populations.language'],
  },
  {
    text: 'Officers should be alert to signs of autism, intellectual disability, or other developmental conditions that affect how a person responds to commands.',
    items: ['vulnerable-populations.disability'],
  },
  {
    text: 'A failure to comply may stem from a seizure, a head injury, or intoxication rather than resistance.',
    items: ['vulnerable-populations.medical'],
  },
  {
    text: 'Officers shall treat non-compliance as resistance regardless of any disability or mental illness.',
    items: [],
    contradicts: ['vulnerable-populations.disability', 'vulnerable-populations.mental-health'],
  },
  {
    text: 'The department maintains a list of certified sign language interpreters for court appearances.',
    items: [],
  },
  {
    text: 'Officers shall consider whether behaviour that looks like resistance is caused by a behavioural health crisis, a medical condition, a disability, or limited English proficiency.',
    items: [
      'vulnerable-populations.mental-health',
      'vulnerable-populations.medical',
      'vulnerable-populations.disability',
      'vulnerable-populations.language',
    ],
  },
  {
    text: 'Officers shall give commands in a language the person understands, using a phone interpretation line where needed.',
    items: ['vulnerable-populations.language'],
  },
  {
    text: 'Officers must recognise that a person who uses a wheelchair or has limited mobility may not be able to comply with an order to get on the ground.',
    items: ['vulnerable-populations.disability'],
  },
  {
    text: 'Officers shall consider that a person who is suicidal or experiencing psychosis may not be able to respond to commands.',
    items: ['vulnerable-populations.mental-health'],
  },
  {
    text: "Officers shall check for medical alert bracelets and consider whether an epileptic seizure or low blood sugar explains a person's failure to respond.",
    items: ['vulnerable-populations.medical'],
  },
  {
    text: 'If a language barrier may explain why a person is not following directions, officers shall slow down and arrange interpretation.',
    items: ['vulnerable-populations.language'],
  },
  {
    text: 'Officers shall treat every person with dignity, whatever their race, disability, or language.',
    items: [],
  },

  // Deadly force
  {
    text: 'Deadly force is permitted only when all other reasonable alternatives have been exhausted or would clearly be ineffective.',
    items: ['deadly-force.last-resort'],
  },
  {
    text: 'An officer may use lethal force only to stop an imminent threat of death or serious bodily injury to the officer or another person.',
    items: ['deadly-force.imminent-threat'],
  },
  { text: 'Deadly force shall be a last resort.', items: ['deadly-force.last-resort'] },
  {
    text: 'Officers may use deadly force when they face an immediate threat to life.',
    items: ['deadly-force.imminent-threat'],
  },
  {
    text: 'Officers may use deadly force to protect property or to stop any fleeing suspect.',
    items: [],
    contradicts: ['deadly-force.imminent-threat'],
  },
  {
    text: 'Officers are not required to exhaust lesser options before resorting to deadly force.',
    items: [],
    contradicts: ['deadly-force.last-resort'],
  },
  { text: 'Deadly force incidents are investigated by the state attorney general.', items: [] },
  {
    text: 'Lethal force may not be used unless the person poses an imminent danger of death or great bodily harm to someone and no safe alternative exists.',
    items: ['deadly-force.last-resort', 'deadly-force.imminent-threat'],
  },
  {
    text: 'Before using deadly force, officers must conclude that no other reasonable option would stop the threat.',
    items: ['deadly-force.last-resort'],
  },
  {
    text: 'Deadly force is authorized only against an immediate threat of death or grave injury.',
    items: ['deadly-force.imminent-threat'],
  },

  // Prohibited force
  {
    text: 'Carotid restraints and all other neck holds are banned.',
    items: ['prohibited-force.neck-restraints'],
  },
  {
    text: 'Under no circumstances may an officer apply a chokehold.',
    items: ['prohibited-force.neck-restraints'],
  },
  {
    text: "Officers must never kneel on a person's neck or back.",
    items: ['prohibited-force.neck-restraints', 'prohibited-force.breathing-blood-flow'],
  },
  {
    text: "Any restraint technique that restricts a person's airway or blood circulation is prohibited.",
    items: ['prohibited-force.breathing-blood-flow'],
  },
  {
    text: 'Officers shall not hog-tie a person or leave them face down in a way that compresses the chest.',
    items: ['prohibited-force.breathing-blood-flow'],
  },
  { text: 'Firing warning shots is not allowed.', items: ['prohibited-force.warning-shots'] },
  {
    text: 'Officers may fire a warning shot only when deadly force would be justified.',
    items: [],
    contradicts: ['prohibited-force.warning-shots'],
  },
  {
    text: 'Officers shall not shoot at the driver or occupants of a moving car.',
    items: ['prohibited-force.moving-vehicles'],
  },
  {
    text: 'Discharging a weapon from a moving patrol vehicle is forbidden.',
    items: ['prohibited-force.moving-vehicles'],
  },
  {
    text: 'Officers may shoot at a moving vehicle when they believe the vehicle itself is being used as a weapon.',
    items: [],
    contradicts: ['prohibited-force.moving-vehicles'],
  },
  {
    text: 'Neck restraints are allowed when an officer is in a life-threatening struggle.',
    items: [],
    contradicts: ['prohibited-force.neck-restraints'],
  },
  {
    text: 'A chokehold may not be used, except where the officer reasonably believes it is the only way to save a life.',
    items: [],
    contradicts: ['prohibited-force.neck-restraints'],
  },
  {
    text: 'Supervisors may authorize the use of a carotid hold during a violent struggle.',
    items: [],
    contradicts: ['prohibited-force.neck-restraints'],
  },
  {
    text: 'The lateral vascular neck restraint is no longer an approved technique in this department.',
    items: ['prohibited-force.neck-restraints'],
  },
  {
    text: "Officers shall refrain from sitting or kneeling on a restrained person's torso.",
    items: ['prohibited-force.breathing-blood-flow'],
  },
  {
    text: 'Warning shots present a danger to bystanders and shall not be fired.',
    items: ['prohibited-force.warning-shots'],
  },
  {
    text: 'Officers may not discharge a firearm into the air as a warning.',
    items: ['prohibited-force.warning-shots'],
  },
  {
    text: 'Officers shall not fire into a vehicle simply because it is fleeing.',
    items: ['prohibited-force.moving-vehicles'],
  },
  { text: 'Officers must monitor the breathing of anyone placed in handcuffs.', items: [] },
  { text: 'Officers shall move out of the path of an approaching vehicle whenever they can.', items: [] },
  { text: 'Chokehold incidents in the 1990s led to several lawsuits against the city.', items: [] },
  { text: 'Officers shall not use a Taser on a person who is handcuffed.', items: [] },
  {
    text: 'Officers shall not discharge their firearms at animals except to end the suffering of a badly injured animal.',
    items: [],
  },

  // Vehicle pursuits
  {
    text: 'Officers shall not begin a vehicle pursuit unless the person fleeing is suspected of a violent felony.',
    items: ['vehicle-pursuits.restricted'],
  },
  {
    text: 'A supervisor must approve every pursuit, and pursuits for traffic infractions or property crimes are prohibited.',
    items: ['vehicle-pursuits.restricted'],
  },
  {
    text: 'Officers shall end a pursuit as soon as the danger to the public outweighs the need for immediate capture.',
    items: ['vehicle-pursuits.termination'],
  },
  {
    text: 'Supervisors shall order a pursuit discontinued when weather, traffic or speed make it unsafe.',
    items: ['vehicle-pursuits.termination'],
  },
  {
    text: 'Officers may pursue any vehicle that fails to stop.',
    items: [],
    contradicts: ['vehicle-pursuits.restricted'],
  },
  {
    text: 'Officers should call off a chase if they lose sight of the vehicle.',
    items: ['vehicle-pursuits.termination'],
  },
  {
    text: 'Pursuits for stolen cars, misdemeanours and other non-violent offences are not authorised.',
    items: ['vehicle-pursuits.restricted'],
  },
  {
    text: 'A pursuit may only be started with the approval of the shift supervisor.',
    items: ['vehicle-pursuits.restricted'],
  },
  {
    text: "Pursuits may continue at the officer's discretion even when risks to the public grow.",
    items: [],
    contradicts: ['vehicle-pursuits.termination'],
  },
  { text: 'Foot pursuits carry their own risks and are covered in a separate order.', items: [] },
  { text: 'Detectives will pursue every lead in a use-of-force investigation.', items: [] },

  // Duty to intervene
  {
    text: 'Any officer who sees a colleague using unreasonable force shall step in to stop it.',
    items: ['duty-to-intervene.intervene'],
  },
  {
    text: 'Officers have a duty to prevent another officer from using excessive force, regardless of rank.',
    items: ['duty-to-intervene.intervene'],
  },
  {
    text: 'An officer who witnesses excessive force by another member shall promptly notify a supervisor.',
    items: ['duty-to-intervene.report'],
  },
  {
    text: 'Officers should intervene when a fellow officer uses more force than is necessary, if it is safe to do so.',
    items: ['duty-to-intervene.intervene'],
  },
  {
    text: "Officers are not obligated to intervene in another officer's use of force.",
    items: [],
    contradicts: ['duty-to-intervene.intervene'],
  },
  { text: 'No officer shall retaliate against a colleague who reports misconduct.', items: [] },
  {
    text: 'Officers who intervene shall report the intervention to a supervisor before the end of the shift.',
    items: ['duty-to-intervene.report'],
  },
  {
    text: 'Officers shall physically or verbally intervene to stop any officer from using prohibited force.',
    items: ['duty-to-intervene.intervene'],
  },
  {
    text: 'Officers who see a fellow officer use unnecessary force must report what they saw in writing.',
    items: ['duty-to-intervene.report'],
  },
  {
    text: "Failure to report another officer's excessive force is itself a policy violation.",
    items: ['duty-to-intervene.report'],
  },

  // Medical aid
  {
    text: 'Officers shall provide first aid and call for emergency medical services as soon as any person is injured or complains of injury.',
    items: ['medical-aid.duty-to-aid', 'medical-aid.no-vague-qualifiers'],
  },
  {
    text: 'When practicable, officers should summon medical help for an injured person.',
    items: ['medical-aid.duty-to-aid'],
    contradicts: ['medical-aid.no-vague-qualifiers'],
  },
  {
    text: 'Officers must render aid immediately to anyone hurt during an encounter, including the person who was subdued.',
    items: ['medical-aid.duty-to-aid', 'medical-aid.no-vague-qualifiers'],
  },
  {
    text: 'Officers may, at their discretion, request an ambulance for a person who was tased.',
    items: [],
    contradicts: ['medical-aid.duty-to-aid'],
  },
  {
    text: 'Officers shall request paramedics when reasonably possible.',
    items: ['medical-aid.duty-to-aid'],
    contradicts: ['medical-aid.no-vague-qualifiers'],
  },
  {
    text: 'Officers shall call an ambulance without delay for any person who has been struck by a Taser probe, pepper spray, or baton.',
    items: ['medical-aid.duty-to-aid', 'medical-aid.no-vague-qualifiers'],
  },
  {
    text: 'Officers should provide first aid consistent with their training, as circumstances permit.',
    items: ['medical-aid.duty-to-aid'],
    contradicts: ['medical-aid.no-vague-qualifiers'],
  },
  {
    text: 'Officers are not expected to call for medical help for minor complaints of pain.',
    items: [],
    contradicts: ['medical-aid.duty-to-aid'],
  },
  { text: 'Reports shall note whether medical aid was offered.', items: [] },
  { text: 'All officers complete first aid and CPR certification every two years.', items: [] },
  { text: 'Officers shall render aid to stranded motorists during severe weather.', items: [] },

  // Force reporting
  {
    text: 'Officers shall complete a written report each time they use force, including when they point a firearm or Taser at someone.',
    items: ['force-reporting.every-use'],
  },
  {
    text: 'Every use of force must be documented before the officer goes off duty.',
    items: ['force-reporting.every-use'],
  },
  {
    text: 'Drawing or pointing a firearm at a person counts as a reportable use of force.',
    items: ['force-reporting.every-use'],
  },
  {
    text: 'Officers who apply any force, however minor, must notify a supervisor and file a report.',
    items: ['force-reporting.every-use'],
  },
  {
    text: "Each force report shall capture the person's race and ethnicity, age, and gender.",
    items: ['force-reporting.race', 'force-reporting.age', 'force-reporting.gender'],
  },
  {
    text: 'The report must state where the incident happened and why officers first made contact with the person.',
    items: ['force-reporting.location', 'force-reporting.reason-for-contact'],
  },
  {
    text: 'Reports shall list every type of force used, from takedowns to Taser deployments.',
    items: ['force-reporting.force-types'],
  },
  {
    text: 'The officer shall document whether de-escalation was tried and, if not, why not.',
    items: ['force-reporting.de-escalation'],
  },
  {
    text: 'Reports shall describe any resistance the officer encountered and classify it as passive, active or assaultive.',
    items: ['force-reporting.resistance'],
  },
  {
    text: 'The report shall record the outcome of the encounter: whether the person was arrested, injured, taken to hospital, or died.',
    items: ['force-reporting.outcomes'],
  },
  {
    text: 'Each use-of-force report shall include:\n- the race, age and gender of the person force was used on;\n- the address or location of the incident;\n- the reason for the initial contact, such as a traffic stop or a 911 call.',
    items: [
      'force-reporting.race',
      'force-reporting.age',
      'force-reporting.gender',
      'force-reporting.location',
      'force-reporting.reason-for-contact',
    ],
  },
  {
    text: 'Officers need not document the race of people they use force on.',
    items: [],
    contradicts: ['force-reporting.race'],
  },
  {
    text: 'Supervisors shall review each report to confirm the types of force, the injuries, and the resistance are fully described.',
    items: ['force-reporting.force-types', 'force-reporting.outcomes', 'force-reporting.resistance'],
  },
  {
    text: "Reports shall note the subject's date of birth and sex.",
    items: ['force-reporting.age', 'force-reporting.gender'],
  },
  {
    text: 'The form must include a field for the GPS coordinates of the incident.',
    items: ['force-reporting.location'],
  },
  {
    text: 'Officers must record the call type or other reason that led to the contact.',
    items: ['force-reporting.reason-for-contact'],
  },
  {
    text: 'Each report shall identify every technique, weapon and tool used on the person.',
    items: ['force-reporting.force-types'],
  },
  {
    text: 'Officers shall record what de-escalation steps they took before using force.',
    items: ['force-reporting.de-escalation'],
  },
  {
    text: 'The report shall say whether the person was hospitalized or killed.',
    items: ['force-reporting.outcomes'],
  },
  {
    text: 'Reports should describe the kind of resistance encountered, if any.',
    items: ['force-reporting.resistance'],
  },
  {
    text: 'The force report must explain what efforts were made to de-escalate.',
    items: ['force-reporting.de-escalation'],
  },
  { text: 'Officers shall not use race or ethnicity as a reason for a stop.', items: [] },
  {
    text: 'The department shall not discriminate on the basis of age, gender, race, or disability.',
    items: [],
  },
  { text: 'Officers shall report for duty fifteen minutes before roll call.', items: [] },
  { text: 'The report number shall be written on every evidence bag.', items: [] },

  // Publication
  {
    text: 'The department shall post its current use-of-force policy on its public website.',
    items: ['publication.publish-policy'],
  },
  {
    text: 'Every amendment to this policy shall be published online, with the date and a summary of what changed.',
    items: ['publication.publish-changes'],
  },
  {
    text: 'Use-of-force data, broken down by race, age and gender, shall be released to the public every quarter.',
    items: ['publication.publish-data'],
  },
  {
    text: 'This policy and any later revisions shall be made available to the public at no cost.',
    items: ['publication.publish-policy', 'publication.publish-changes'],
  },
  {
    text: 'Use-of-force statistics are confidential and may not be shared outside the department.',
    items: [],
    contradicts: ['publication.publish-data'],
  },
  {
    text: 'The department may publish an annual summary of force incidents.',
    items: ['publication.publish-data'],
  },
  {
    text: 'A redlined copy showing each change to the policy shall be posted online for thirty days before the change takes effect.',
    items: ['publication.publish-changes'],
  },
  {
    text: 'The department shall publish use-of-force data on an open dashboard updated monthly.',
    items: ['publication.publish-data'],
  },
  {
    text: 'Data on force incidents shall be kept for internal use only.',
    items: [],
    contradicts: ['publication.publish-data'],
  },
  {
    text: "The full text of the general order on use of force will be available to anyone on the department's website.",
    items: ['publication.publish-policy'],
  },
  { text: 'Residents can file a complaint about an officer on the city website.', items: [] },
  { text: 'Officers shall not post photographs of arrested people on social media.', items: [] },

  // Clarity
  {
    text: 'This policy shall be written in plain language that residents can understand without legal training.',
    items: ['clarity.plain-language'],
  },
  {
    text: "Key terms shall carry the same meaning throughout this policy and on the department's report forms.",
    items: ['clarity.consistent-terms'],
  },
  {
    text: 'Every term with a special meaning in this policy shall be defined in Section 2.',
    items: ['clarity.defined-terms'],
  },
  {
    text: 'Policy language should avoid legal jargon wherever an everyday word will do.',
    items: ['clarity.plain-language'],
  },
  {
    text: 'Sentences in this policy should be short enough to read at a tenth-grade level.',
    items: ['clarity.plain-language'],
  },
  {
    text: 'Defined terms shall appear in bold and shall be used only with their defined meaning.',
    items: ['clarity.defined-terms'],
  },
  {
    text: "This policy shall be consistent with the department's other general orders and its reporting forms.",
    items: ['clarity.consistent-terms'],
  },
  {
    text: 'The words used in this policy must match those used on the use-of-force report form so that data and rules agree.',
    items: ['clarity.consistent-terms'],
  },
  {
    text: 'Where a word has a technical meaning, it shall be defined the first time it appears.',
    items: ['clarity.defined-terms'],
  },
  { text: 'Officers shall act consistently with their training.', items: [] },

  // Footprint
  {
    text: 'Calls involving a person in a mental health crisis shall be answered by a team of clinicians and peer specialists rather than by armed officers.',
    items: ['footprint.alternative-response'],
  },
  {
    text: 'The city should send social workers, not police, to welfare checks.',
    items: ['footprint.alternative-response'],
  },
  {
    text: 'Mental health calls shall be routed to the county mobile crisis team.',
    items: ['footprint.alternative-response'],
  },
  {
    text: 'A co-responder program shall pair a clinician with an officer on calls involving people in crisis, with the clinician taking the lead.',
    items: ['footprint.alternative-response'],
  },
  { text: 'No police officers shall be stationed in public schools.', items: ['footprint.schools'] },
  {
    text: 'School discipline shall be handled by educators, and officers shall not be called to classrooms for student misbehaviour.',
    items: ['footprint.schools'],
  },
  {
    text: 'School resource officers should be phased out over three years and replaced with counsellors.',
    items: ['footprint.schools'],
  },
  {
    text: 'The department shall end stops for equipment and other non-safety violations.',
    items: ['footprint.traffic-stops'],
  },
  {
    text: 'Parking and minor traffic violations should be handled by civilian enforcement staff.',
    items: ['footprint.traffic-stops'],
  },
  {
    text: 'Officers shall not make stops for expired registration or a broken tail light.',
    items: ['footprint.traffic-stops'],
  },
  { text: 'Officers conducting traffic stops shall activate their body-worn cameras.', items: [] },
  { text: 'A student intern will assist with records management this summer.', items: [] },
  { text: 'Passengers in a stopped car shall be told why the car was stopped.', items: [] },

  // Advisory group
  {
    text: 'The city council shall establish a community advisory board on use of force within ninety days.',
    items: ['advisory-group.form-group'],
  },
  {
    text: 'The working group shall include residents, civil rights advocates, a union representative, the city attorney, and the police chief.',
    items: ['advisory-group.participants'],
  },
  {
    text: 'Membership should bring together community members directly affected by policing alongside department leadership and municipal lawyers.',
    items: ['advisory-group.participants'],
  },
  {
    text: 'Once adopted, the policy shall be built into academy training, implemented through supervisor checklists, and audited annually for compliance.',
    items: ['advisory-group.follow-through'],
  },
  {
    text: 'Residents may convene a working group to draft recommendations for the police chief and elected leaders.',
    items: ['advisory-group.form-group'],
  },
  {
    text: 'The mayor shall appoint a task force of residents and officers to review this policy every two years.',
    items: ['advisory-group.form-group', 'advisory-group.participants'],
  },
  {
    text: 'People who will carry out the policy, including line officers and their union, should have a seat at the table from the start.',
    items: ['advisory-group.participants'],
  },
  {
    text: 'The department shall train every officer on the revised policy before it takes effect and shall monitor compliance through quarterly audits.',
    items: ['advisory-group.follow-through'],
  },
  {
    text: 'A policy on paper changes little unless it is carried into training, daily supervision and discipline.',
    items: ['advisory-group.follow-through'],
  },
  { text: 'The board meets on the first Tuesday of each month.', items: [] },
  { text: 'The city attorney reviews claims filed against officers.', items: [] },
  { text: 'Supervisors shall review each use-of-force report and flag training needs.', items: [] },

  // Unrelated and general
  { text: 'Officers shall wear their uniform and badge while on duty.', items: [] },
  { text: 'This policy takes effect on January 1.', items: [] },
  { text: 'Body-worn cameras shall be activated at the start of every call for service.', items: [] },
  { text: 'Supervisors shall respond to the scene of any use of force that results in injury.', items: [] },
  { text: 'The department shall maintain its vehicles in safe working order.', items: [] },
  { text: 'Officers may carry only department-issued weapons and ammunition.', items: [] },
  {
    text: 'Questions about this policy should be directed to the Office of Professional Standards.',
    items: [],
  },
  {
    text: "Officers must not be influenced by a person's race when deciding whether to use force.",
    items: [],
  },
  { text: 'The department prohibits officers from accepting gifts from local businesses.', items: [] },
  { text: 'Officers may use pepper spray on a person who is actively resisting arrest.', items: [] },
  { text: "Force used on a person in handcuffs requires a supervisor's review.", items: [] },
  { text: 'Officers shall not point firearms at children unless there is an imminent threat.', items: [] },
];
