/**
 * The toolkit catalogue: the components a complete use-of-force policy should have and the
 * concrete checklist items under each. Facts come from two public toolkits (see TOOLKITS);
 * every title and guidance note here is our own wording.
 *
 * Ids are stable and kebab-case. Item ids are `<componentId>.<slug>`. Drafts, votes, packets
 * and coverage results store these ids, so never rename one; add a new id instead.
 */

export type ToolkitSource = 'start-local' | 'cpe-community-toolkit';

export interface ToolkitInfo {
  id: ToolkitSource;
  title: string;
  publisher: string;
  description: string;
}

export const TOOLKITS: Readonly<Record<ToolkitSource, ToolkitInfo>> = {
  'start-local': {
    id: 'start-local',
    title: 'Start Local: Using the Model Policy in Your Community',
    publisher: 'Stanford Center for Racial Justice',
    description:
      'Explains how a community can adapt a model use-of-force policy: who usually weighs in, how policy feeds training, implementation and accountability, and which standards (de-escalation first, tight pursuit rules, deadly force only as a last resort) are worth changing.',
  },
  'cpe-community-toolkit': {
    id: 'cpe-community-toolkit',
    title: 'Improving Use of Force Policy: Community Toolkit',
    publisher: 'Center for Policing Equity',
    description:
      'Lists what every force report should capture, the building blocks of a thorough force policy (definitions, limits, bans, duties), why policies and their changes should be public, ways to shrink the situations police respond to, and how to start an advisory group.',
  },
};

export type ComponentGroup = 'core' | 'reporting' | 'transparency' | 'footprint' | 'process';

export interface ChecklistItem {
  id: string;
  componentId: string;
  title: string;
  guidance: string;
  sources: ToolkitSource[];
}

export interface CatalogueComponent {
  id: string;
  title: string;
  summary: string;
  guidance: string;
  sources: ToolkitSource[];
  items: ChecklistItem[];
  group: ComponentGroup;
}

const SL: ToolkitSource = 'start-local';
const CPE: ToolkitSource = 'cpe-community-toolkit';

type ItemSpec = Omit<ChecklistItem, 'componentId' | 'id'> & { slug: string };
type ComponentSpec = Omit<CatalogueComponent, 'items'> & { items: ItemSpec[] };

function build(spec: ComponentSpec): CatalogueComponent {
  return {
    ...spec,
    items: spec.items.map(({ slug, ...rest }) => ({
      ...rest,
      id: `${spec.id}.${slug}`,
      componentId: spec.id,
    })),
  };
}

const SPECS: ComponentSpec[] = [
  {
    id: 'definitions',
    title: 'Definitions',
    group: 'core',
    sources: [CPE],
    summary: 'A section that pins down what the key words of the policy mean.',
    guidance:
      'Collect the terms the rest of the policy relies on and give each one a single meaning. Reports, training and discipline all depend on everyone reading "force" the same way.',
    items: [
      {
        slug: 'force',
        title: 'Define what counts as force',
        sources: [CPE],
        guidance:
          'Say which actions count as force, including drawing or pointing a firearm or Taser, so every such act is treated and reported the same way across the department.',
      },
      {
        slug: 'reasonable',
        title: 'Define the reasonableness standard',
        sources: [CPE],
        guidance:
          'Explain what "reasonable" (or "objectively reasonable") means in this policy, so officers and residents judge a use of force against the same yardstick.',
      },
      {
        slug: 'deadly-force',
        title: 'Define deadly force',
        sources: [CPE],
        guidance:
          'Say what deadly force is, typically force likely to kill or to cause serious bodily injury, so the stricter rules for it have a clear trigger.',
      },
      {
        slug: 'serious-bodily-injury',
        title: 'Define serious bodily injury',
        sources: [CPE],
        guidance:
          'Give the threshold of harm the deadly-force rules rely on, for example a risk of death, lasting disfigurement or loss of a bodily function.',
      },
      {
        slug: 'de-escalation',
        title: 'Define de-escalation',
        sources: [CPE],
        guidance:
          'Describe what counts as de-escalation, such as actions that lower the intensity of an encounter so that less force, or none, is needed.',
      },
      {
        slug: 'imminent-threat',
        title: 'Define an imminent threat',
        sources: [CPE],
        guidance:
          'State when a threat counts as imminent: the person has the ability, the opportunity and the apparent intent to cause harm right away, not merely a fear that harm could come.',
      },
    ],
  },
  {
    id: 'use-of-force-standards',
    title: 'When force may be used',
    group: 'core',
    sources: [SL],
    summary: 'The standard that decides whether an officer may use force at all.',
    guidance:
      'State plainly the situations in which force is allowed and the test it must pass. A clear standard is the base that training, supervision and accountability build on.',
    items: [
      {
        slug: 'sanctity-of-life',
        title: 'Preserving human life comes first',
        sources: [CPE],
        guidance:
          "Open the policy by saying that respecting and protecting every person's life is the department's first principle, and that every use of force is judged against it.",
      },
      {
        slug: 'lawful-purpose',
        title: 'Force only for a stated lawful purpose',
        sources: [SL],
        guidance:
          'List the purposes for which force may be used, such as making a lawful arrest or protecting someone from harm, and say that force for any other reason is not allowed.',
      },
      {
        slug: 'necessary-proportional',
        title: 'Force must be necessary and proportional',
        sources: [SL],
        guidance:
          'Require that force be necessary in the circumstances and in proportion to the threat or resistance faced, not merely allowed by law.',
      },
      {
        slug: 'legal-standards',
        title: 'Meet or exceed federal and state law',
        sources: [SL],
        guidance:
          'Commit the policy to at least the protections federal and state law and the courts require, and allow it to set a higher bar than they do.',
      },
    ],
  },
  {
    id: 'minimum-force',
    title: 'Minimum force necessary',
    group: 'core',
    sources: [CPE],
    summary: 'Officers use no more force than the situation requires.',
    guidance:
      'Limit force to the least amount needed to make the arrest or keep the officer or others safe, and expect officers to scale down as soon as the need passes.',
    items: [
      {
        slug: 'least-necessary',
        title: 'Use the least force needed',
        sources: [CPE],
        guidance:
          'Write that force is limited to the minimum amount needed to achieve the lawful purpose, such as an arrest or protecting the officer or others.',
      },
    ],
  },
  {
    id: 'de-escalation',
    title: 'De-escalation',
    group: 'core',
    sources: [SL, CPE],
    summary: 'Calming a situation comes first, before any force.',
    guidance:
      'Make de-escalation a requirement rather than a suggestion, and name the techniques officers are expected to try so the duty can be trained and reviewed.',
    items: [
      {
        slug: 'before-force',
        title: 'Require de-escalation before force',
        sources: [SL, CPE],
        guidance:
          'Require officers to try to de-escalate before using force, whenever doing so would not put someone in immediate danger.',
      },
      {
        slug: 'techniques',
        title: 'Name the de-escalation techniques',
        sources: [SL],
        guidance:
          'Spell out the tools officers should reach for, for example creating time and distance, using cover, slowing down, and talking the person through the situation.',
      },
    ],
  },
  {
    id: 'vulnerable-populations',
    title: 'Disability, health and language',
    group: 'core',
    sources: [CPE],
    summary: 'Officers consider why a person may not be complying before treating it as resistance.',
    guidance:
      'Someone who does not follow commands may be unable to, not unwilling. Ask officers to consider disability, medical conditions, mental health and language before using force.',
    items: [
      {
        slug: 'disability',
        title: 'Consider disability',
        sources: [CPE],
        guidance:
          'Require officers to consider whether a physical, developmental or sensory disability, including deafness, explains why a person is not responding to commands.',
      },
      {
        slug: 'medical',
        title: 'Consider medical conditions',
        sources: [CPE],
        guidance:
          'Require officers to consider whether a medical condition, such as a diabetic emergency, seizure or intoxication, explains the behaviour they see.',
      },
      {
        slug: 'mental-health',
        title: 'Consider mental health',
        sources: [CPE],
        guidance:
          'Require officers to consider whether a mental health or behavioural health crisis is behind the non-compliance, and to adjust their approach.',
      },
      {
        slug: 'language',
        title: 'Consider language barriers',
        sources: [CPE],
        guidance:
          'Require officers to consider whether the person understands the language being used, and to seek an interpreter or other means of communicating.',
      },
    ],
  },
  {
    id: 'deadly-force',
    title: 'Deadly force',
    group: 'core',
    sources: [SL, CPE],
    summary: 'Deadly force is a true last resort.',
    guidance:
      'Add specific limits for deadly force on top of the general rules: only against an immediate threat to life, and only once other options have run out.',
    items: [
      {
        slug: 'last-resort',
        title: 'Deadly force only as a last resort',
        sources: [SL, CPE],
        guidance:
          'Allow deadly force only after reasonable alternatives have been tried and failed, or would plainly not work.',
      },
      {
        slug: 'imminent-threat',
        title: 'Only against an imminent threat of death or serious injury',
        sources: [CPE],
        guidance:
          'Limit deadly force to stopping an immediate threat of death or serious bodily injury to the officer or another person.',
      },
    ],
  },
  {
    id: 'prohibited-force',
    title: 'Prohibited force',
    group: 'core',
    sources: [CPE],
    summary: 'Techniques the department bans outright.',
    guidance:
      'List the techniques that are never allowed. A ban works best without loopholes: an exception based on what the officer believes can undo the rule.',
    items: [
      {
        slug: 'neck-restraints',
        title: 'Ban neck restraints and chokeholds',
        sources: [CPE],
        guidance:
          'Prohibit chokeholds and every kind of neck restraint, including carotid or vascular restraints, in plain terms.',
      },
      {
        slug: 'breathing-blood-flow',
        title: 'Ban restraints that impair breathing or blood flow',
        sources: [CPE],
        guidance:
          "Prohibit any hold or restraint that restricts a person's breathing or blood flow, such as pressure on the chest, back or neck or prone restraint that compresses the body.",
      },
      {
        slug: 'warning-shots',
        title: 'Ban warning shots',
        sources: [CPE],
        guidance: 'Prohibit firing warning shots.',
      },
      {
        slug: 'moving-vehicles',
        title: 'Ban shooting at or from moving vehicles',
        sources: [CPE],
        guidance:
          'Prohibit officers from firing at a moving vehicle or its occupants and from firing out of a moving vehicle.',
      },
    ],
  },
  {
    id: 'vehicle-pursuits',
    title: 'Vehicle pursuits',
    group: 'core',
    sources: [SL],
    summary: 'Pursuits are allowed only when the safety gain outweighs the danger.',
    guidance:
      'Narrow pursuits to cases where catching the person protects the public more than the chase endangers it, and say who decides and when the chase must stop.',
    items: [
      {
        slug: 'restricted',
        title: 'Restrict when a pursuit may start',
        sources: [SL],
        guidance:
          'Allow a pursuit only when the public safety benefit outweighs the risk, for example for a violent felony, and require supervisor approval.',
      },
      {
        slug: 'termination',
        title: 'Require ending a pursuit when the risk grows',
        sources: [SL],
        guidance:
          'Require officers and supervisors to call off a pursuit once the danger to the public outweighs the need to catch the person right away.',
      },
    ],
  },
  {
    id: 'duty-to-intervene',
    title: 'Duty to intervene',
    group: 'core',
    sources: [CPE],
    summary: 'Officers must step in when a colleague uses excessive force.',
    guidance:
      'Make stepping in a duty, not an option, and pair it with a duty to report what happened so that intervening is backed up by the department.',
    items: [
      {
        slug: 'intervene',
        title: 'Intervene to stop excessive force',
        sources: [CPE],
        guidance:
          'Require any officer who sees another officer using excessive force to step in promptly to stop or prevent it.',
      },
      {
        slug: 'report',
        title: 'Report the excessive force',
        sources: [CPE],
        guidance:
          'Require the officer who witnessed or stopped excessive force to report it to a supervisor promptly, in writing.',
      },
    ],
  },
  {
    id: 'medical-aid',
    title: 'Medical aid',
    group: 'core',
    sources: [CPE],
    summary: 'Officers provide or summon care for anyone hurt or in need of medical attention.',
    guidance:
      'State a firm duty to give first aid and call emergency medical services, written without escape hatches such as "if feasible".',
    items: [
      {
        slug: 'duty-to-aid',
        title: 'Duty to provide or call for medical aid',
        sources: [CPE],
        guidance:
          'Require officers to give first aid and to call emergency medical services for anyone in their care who is injured or asks for medical help.',
      },
      {
        slug: 'no-vague-qualifiers',
        title: 'No vague qualifiers on the duty',
        sources: [CPE],
        guidance:
          'Avoid softeners like "if feasible", "when practical" or "as appropriate" that let the duty be skipped; say what must happen and how quickly.',
      },
    ],
  },
  {
    id: 'force-reporting',
    title: 'Force reporting',
    group: 'reporting',
    sources: [CPE],
    summary: 'Every use of force is recorded with the same minimum set of facts.',
    guidance:
      'Require a report for every use of force and list the fields it must contain, so the data can be compared across officers, units and years.',
    items: [
      {
        slug: 'every-use',
        title: 'Report every use of force',
        sources: [CPE],
        guidance:
          'Require a written report each time an officer uses force, including when a firearm or Taser is drawn or pointed at someone.',
      },
      {
        slug: 'weapon-displayed',
        title: 'Report drawing, displaying or pointing a weapon',
        sources: [CPE],
        guidance:
          'Make drawing, displaying or pointing a firearm, Taser or other weapon at a person a reportable event of its own, so these encounters are not left out of the data.',
      },
      {
        slug: 'race',
        title: "Record the person's race or ethnicity",
        sources: [CPE],
        guidance: 'Capture the racial or ethnic group of the person force was used on.',
      },
      {
        slug: 'age',
        title: "Record the person's age",
        sources: [CPE],
        guidance: 'Capture the age of the person force was used on.',
      },
      {
        slug: 'gender',
        title: "Record the person's gender",
        sources: [CPE],
        guidance: 'Capture the gender of the person force was used on.',
      },
      {
        slug: 'location',
        title: 'Record the location',
        sources: [CPE],
        guidance: 'Capture where the incident happened, precise enough to map.',
      },
      {
        slug: 'reason-for-contact',
        title: 'Record the reason for the contact',
        sources: [CPE],
        guidance:
          'Capture why the encounter began, for example a traffic stop, a 911 call or an officer-initiated stop.',
      },
      {
        slug: 'force-types',
        title: 'Record each type of force used',
        sources: [CPE],
        guidance:
          'Capture every type of force used, listed separately, and count drawing or pointing a firearm or Taser as its own entry.',
      },
      {
        slug: 'de-escalation',
        title: 'Record de-escalation attempts',
        sources: [CPE],
        guidance: 'Capture whether de-escalation was tried and what was done.',
      },
      {
        slug: 'resistance',
        title: 'Record resistance and its type',
        sources: [CPE],
        guidance:
          'Capture whether the officer met resistance and, if so, what kind, so force can be compared with what it responded to.',
      },
      {
        slug: 'outcomes',
        title: 'Record the outcome',
        sources: [CPE],
        guidance: 'Capture what happened to the person: arrest, injury, hospital treatment or death.',
      },
      {
        slug: 'monitor-disparities',
        title: 'Analyse force data for trends and disparities',
        sources: [CPE],
        guidance:
          'Require the department to study its force data regularly for patterns and for racial or other demographic disparities, and to act on what it finds, not only to collect it.',
      },
    ],
  },
  {
    id: 'publication',
    title: 'Publication',
    group: 'transparency',
    sources: [CPE],
    summary: 'The policy, its changes and the force data are open to the public.',
    guidance:
      'Commit the department to publishing the current policy, every change to it and its force data, so residents can see whether changes in policy change what happens on the street.',
    items: [
      {
        slug: 'publish-policy',
        title: 'Publish the policy',
        sources: [CPE],
        guidance:
          'Require the current policy to be posted where anyone can read it, such as the department website.',
      },
      {
        slug: 'publish-changes',
        title: 'Publish every change',
        sources: [CPE],
        guidance:
          'Require each revision to be published with its date and a note of what changed, so the history can be followed.',
      },
      {
        slug: 'publish-data',
        title: 'Publish force data',
        sources: [CPE],
        guidance:
          'Require use-of-force data to be released on a regular schedule in a form residents and researchers can analyse.',
      },
    ],
  },
  {
    id: 'clarity',
    title: 'Clarity and consistency',
    group: 'transparency',
    sources: [CPE],
    summary: 'The policy reads plainly and uses its terms one way throughout.',
    guidance:
      'Write for residents as well as lawyers: short sentences, no needless jargon, and the same word for the same thing everywhere, matching other policies and the report forms.',
    items: [
      {
        slug: 'plain-language',
        title: 'Plain language',
        sources: [CPE],
        guidance: 'Keep sentences short and avoid legal jargon where an everyday word says the same thing.',
      },
      {
        slug: 'consistent-terms',
        title: 'Consistent terms',
        sources: [CPE],
        guidance:
          'Use one term for one idea throughout, and keep it consistent with other department policies and the force report form.',
      },
      {
        slug: 'defined-terms',
        title: 'Key terms are defined',
        sources: [CPE],
        guidance:
          'Make sure every term with a special meaning is defined in the definitions section and used as defined.',
      },
    ],
  },
  {
    id: 'footprint',
    title: 'Reducing the footprint of policing',
    group: 'footprint',
    sources: [CPE],
    summary: 'Fewer situations where armed officers are the first responders.',
    guidance:
      'The surest way to reduce force is to send police to fewer situations that call for another kind of response. Consider who else could respond.',
    items: [
      {
        slug: 'alternative-response',
        title: 'Alternative first response',
        sources: [CPE],
        guidance:
          'Send trained non-police responders, such as social workers, crisis counsellors or medics, to mental health crises and similar calls.',
      },
      {
        slug: 'schools',
        title: 'Police in schools',
        sources: [CPE],
        guidance:
          'Consider removing officers from schools or limiting their role, and relying on public health approaches to student safety.',
      },
      {
        slug: 'traffic-stops',
        title: 'Traffic stops',
        sources: [CPE],
        guidance:
          'Consider ending stops for minor, non-safety violations or moving traffic enforcement to civilian staff.',
      },
    ],
  },
  {
    id: 'advisory-group',
    title: 'Advisory group',
    group: 'process',
    sources: [SL, CPE],
    summary: 'Who writes and reviews the policy, and how it is carried through.',
    guidance:
      'Bring residents together with the people who will have to live with and apply the policy, and plan how it will move into training, practice and accountability.',
    items: [
      {
        slug: 'form-group',
        title: 'Form an advisory or working group',
        sources: [CPE],
        guidance:
          'Set up a standing community advisory or working group that drafts recommendations for police and elected leaders.',
      },
      {
        slug: 'participants',
        title: 'Include the right people',
        sources: [SL],
        guidance:
          "Invite community members and advocates alongside the department, the police union and the city's lawyers, so objections surface early.",
      },
      {
        slug: 'follow-through',
        title: 'Carry the policy into training and accountability',
        sources: [SL],
        guidance:
          'Plan how the adopted policy will be trained, put into practice and reviewed, since a policy alone changes little.',
      },
    ],
  },
];

/** Components in the order a reader meets them in a policy. */
export const CATALOGUE: readonly CatalogueComponent[] = SPECS.map(build);

/** Every checklist item, in catalogue order. */
export const ALL_ITEMS: readonly ChecklistItem[] = CATALOGUE.flatMap((c) => c.items);

export const COMPONENT_IDS: readonly string[] = CATALOGUE.map((c) => c.id);

export const ITEM_IDS: readonly string[] = ALL_ITEMS.map((i) => i.id);

const componentIndex = new Map(CATALOGUE.map((c) => [c.id, c]));
const itemIndex = new Map(ALL_ITEMS.map((i) => [i.id, i]));

/** The component with this id, or undefined for an unknown id. */
export function componentById(id: string): CatalogueComponent | undefined {
  return componentIndex.get(id);
}

/** The checklist item with this id, or undefined for an unknown id. */
export function itemById(id: string): ChecklistItem | undefined {
  return itemIndex.get(id);
}

export function isComponentId(id: string): boolean {
  return componentIndex.has(id);
}

export function isItemId(id: string): boolean {
  return itemIndex.has(id);
}
