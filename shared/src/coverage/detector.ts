/**
 * The text detector: which checklist items a sentence addresses, and whether it meets the item
 * ('covered'), meets it in part ('partly') or works against it ('contradicted'), with the words
 * that decided it.
 *
 * Each item has a rule: the concept's words (an anchor, from the lexicon) and context the sentence
 * must or must not have, plus what the item wants (a ban, a duty, a limit, a direction). The
 * sentence's normative reading (`reading.ts`, on the NLP library's tokens) and the verdict rules
 * (`verdict.ts`) decide the status; rules here never decide one themselves.
 */
import { parseDefinition } from '../checks/define';
import { splitSentences } from '../checks/text';
import { type Analysis, DISREGARD, TRAINING, analyse } from './language';
import * as L from './lexicon';
import { type SentenceReading, clauseAt, readSentence } from './reading';
import {
  type HitStatus,
  type JudgeOptions,
  type Verdict,
  type Want,
  judge,
  mayWiden,
  widenings,
} from './verdict';

export type { HitStatus } from './verdict';

export interface ItemHit {
  itemId: string;
  status: HitStatus;
  /** Offsets of the anchor concept inside the sentence (or list item) passed in. */
  from: number;
  to: number;
  /** Why, quoting the deciding words ("'should' makes this optional"). */
  reason: string;
  /** For a 'partly' of an item with required parts: the parts this sentence leaves out. */
  missingParts?: readonly string[];
}

interface RuleInput {
  a: Analysis;
  r: SentenceReading;
  /** Anchor offsets inside `a.text`. */
  at: number;
  end: number;
}

interface Rule {
  itemId: string;
  /** Rules that read definitions; other rules skip a sentence that is a definition… */
  definitional?: boolean;
  /** …unless the definition itself carries the standard ("reasonable force means force that is proportional…"). */
  standard?: boolean;
  anchor: RegExp;
  /** Every pattern must match somewhere in the sentence (lead included). */
  all?: readonly RegExp[];
  /** At least one must match. */
  any?: readonly RegExp[];
  /** None may match anywhere in the sentence. */
  none?: readonly RegExp[];
  /** None may match in the anchor's clause up to a few words past it (the report or the training is the subject). */
  noneBefore?: readonly RegExp[];
  when?: (a: Analysis) => boolean;
  /** What the item asks for; the verdict rules turn it and the reading into a status. */
  want?: Want;
  opts?: JudgeOptions;
  /** Wording anywhere in the sentence that works against the item ("regardless of", "confidential"). */
  against?: { pattern: RegExp; why: string };
  /** A rule that needs more than the shared verdict rules (definitions, the qualifier item). */
  custom?: (j: RuleInput) => Verdict | null;
  /**
   * The parts the item requires ("necessary and proportional"): a binding text that names only
   * some of them meets the item in part, and the reason says which part is missing.
   */
  parts?: readonly { name: string; pattern: RegExp }[];
}

const q = (s: string) => `'${s.trim()}'`;

const MODAL_WORD = /\b(?:shall|must|may|will|should)\b/;

/** The definition a sentence makes, if it is one. A glossary line ("Term: …") must not read as a rule. */
/** Plain-language definitions parseDefinition does not take: 'By "x" we mean…', 'A "x" is…'. */
const PLAIN_DEFINITION =
  /^\s*(?:by\s+|an?\s+)?["\u201C]([^"\u201D]{2,40})["\u201D]\s*,?\s*(?:we\s+mean|is|are|refers?\s+to)\b/;

function definitionIn(a: Analysis) {
  const sentence = a.text.slice(a.leadLength);
  const def = parseDefinition(sentence, { glossary: true });
  if (!def) {
    const m = PLAIN_DEFINITION.exec(sentence);
    if (!m) return null;
    const from = m.index + m[0].indexOf(m[1]);
    return { term: m[1], key: m[1].trim().toLowerCase(), from, to: from + m[1].length };
  }
  const rest = sentence.slice(def.to);
  if (/^\s*:/.test(rest) && MODAL_WORD.test(rest)) return null;
  return def;
}

const definitionOf =
  (accept: (key: string) => boolean) =>
  (j: RuleInput): Verdict | null => {
    const def = definitionIn(j.a);
    return def && accept(def.key) ? { status: 'covered', reason: `defines ${q(def.term)}` } : null;
  };

const countDistinct = (a: Analysis, patterns: readonly RegExp[]) =>
  patterns.reduce((n, p) => (p.test(a.text) ? n + 1 : n), 0);

const DEF_ANCHOR = /\S/;
const FORCE_TERM = /^(?:use\s+of\s+)?(?:reportable\s+|physical\s+)?force$|^use-of-force$/;
const REASONABLE_TERM = /\breasonabl\w*/;
/** Aid is owed to a person: kits and certificates are equipment and training, not the duty. */
const AID_EQUIPMENT = /\bkits?\b|\bcertif\w*|\bmotorists?\b/;
/** A field rule needs the report's contents: "include", "record", "list", "capture". */
const CONTENT =
  /\binclud\w*|\blist\w*|\bcaptur\w*|\brecord\w*|\bdocument\w*|\bnot(?:e|es|ed|ing)\b|\bdescrib\w*|\bsay\w*|\bexplain\w*|\bspecif\w*|\bindicat\w*|\bfields?\b|\bstat(?:e|es|ing)\b|\bidentif\w*|\bcontain\w*|\bshow\w*|\bcollect\w*|\blog\w*|:\s|\bentr(?:y|ies)\b/;
const CONFIDENTIAL = { pattern: L.CONFIDENTIAL, why: 'keeps it from the public' };
const IGNORED = {
  pattern: new RegExp(`${DISREGARD.source}|\\b(?:does|do)\\s+not\\s+(?:excuse|change|affect|alter)\\b`),
  why: 'tells officers to set the condition aside',
};

/** The qualifier item: met by a firm aid duty, contradicted by any qualifier or hedge on it. */
function noVagueQualifiers(j: RuleInput): Verdict | null {
  const verdict = judge('duty', j.r, j.at, j.end);
  if (!verdict || verdict.status === 'partly') return null;
  const c = clauseAt(j.r, j.at);
  if (verdict.status === 'covered' && !c.qualifier)
    return { status: 'covered', reason: 'states the duty with no qualifier' };
  if (verdict.status === 'contradicted' && c.modality === 'ban') return null;
  // A switched-off duty is not a qualifier on it, unless it is discretion ("at the officer's discretion").
  if (
    verdict.status === 'contradicted' &&
    c.modality === 'not-required' &&
    !/discretion|judg/.test(c.cue?.text ?? '')
  )
    return null;
  return verdict.status === 'contradicted' ? verdict : null;
}

const DEFINES = /\bmeans\b|\bdefin\w*|\brefers\s+to\b/;

/** A limit-type item with no limit in the text: permitted, hedged or left to the officer as it stands. */
const unlimited =
  (what: string) =>
  (j: RuleInput): Verdict | null => {
    const c = clauseAt(j.r, j.at);
    const cue = c.cue ? q(c.cue.text) : '';
    if (c.modality === 'not-required' || c.modality === 'hedge')
      return { status: 'contradicted', reason: `${cue} leaves ${what} to the officer` };
    if (c.modality === 'permission' && !c.restriction && !c.exception)
      return { status: 'contradicted', reason: `${cue} allows ${what} with no limit` };
    return null;
  };

const RULES: readonly Rule[] = [
  // Definitions
  {
    itemId: 'definitions.force',
    anchor: DEF_ANCHOR,
    definitional: true,
    custom: definitionOf((k) => FORCE_TERM.test(k)),
  },
  {
    itemId: 'definitions.reasonable',
    anchor: DEF_ANCHOR,
    definitional: true,
    custom: definitionOf((k) => REASONABLE_TERM.test(k)),
  },
  {
    itemId: 'definitions.deadly-force',
    anchor: DEF_ANCHOR,
    definitional: true,
    custom: definitionOf((k) => /^(?:deadly|lethal)\s+force$/.test(k)),
  },
  {
    itemId: 'definitions.serious-bodily-injury',
    anchor: DEF_ANCHOR,
    definitional: true,
    custom: definitionOf((k) =>
      /^(?:serious|great|grievous)\s+(?:bodily|physical)\s+(?:injury|harm)$/.test(k),
    ),
  },
  {
    itemId: 'definitions.de-escalation',
    anchor: DEF_ANCHOR,
    definitional: true,
    custom: definitionOf((k) => /^de-?\s?escalat\w*(?:\s+(?:techniques?|tactics))?$/.test(k)),
  },
  {
    itemId: 'definitions.imminent-threat',
    anchor: DEF_ANCHOR,
    definitional: true,
    custom: definitionOf((k) => /^imminent(?:\s+(?:threat|danger))?$/.test(k)),
  },

  // When force may be used
  {
    itemId: 'use-of-force-standards.sanctity-of-life',
    anchor: L.SANCTITY,
    none: [TRAINING],
    want: 'duty',
    opts: { statementCovers: true },
  },
  {
    itemId: 'use-of-force-standards.legal-standards',
    anchor: L.EXCEED_LAW,
    all: [L.LAW],
    none: [TRAINING],
    want: 'duty',
    opts: { statementCovers: true },
  },
  {
    itemId: 'use-of-force-standards.lawful-purpose',
    standard: true,
    anchor: L.LAWFUL_PURPOSE,
    all: [L.FORCE],
    any: [/\b(?:only|solely|exclusively|limited\s+to|restricted\s+to|except|unless|other\s+than)\b/],
    none: [L.DEADLY, TRAINING],
    when: (a) => !L.MINIMUM.test(a.text) || L.PURPOSE_WORD.test(a.text),
    want: 'limit',
  },
  {
    // A ban on force used to punish or retaliate states the lawful-purpose limit from the other side.
    itemId: 'use-of-force-standards.lawful-purpose',
    anchor:
      /\b(?:to|for)\s+(?:punish|retaliat|coerc|extract|intimidat|harass)\w*|\bas\s+(?:punishment|retaliation)\b/,
    all: [L.FORCE],
    none: [TRAINING],
    want: 'ban',
  },
  {
    itemId: 'use-of-force-standards.necessary-proportional',
    standard: true,
    anchor: L.PROPORTIONAL,
    any: [L.FORCE, /\bproportionality\b/],
    none: [L.DEADLY, TRAINING],
    when: (a) => !L.MINIMUM.test(a.text) || /\bproportion\w*|\bcommensurate\b/.test(a.text),
    want: 'limit',
    parts: [
      { name: 'necessity', pattern: L.NECESSARY },
      { name: 'proportionality', pattern: L.PROPORTION },
    ],
  },

  // Minimum force
  {
    itemId: 'minimum-force.least-necessary',
    standard: true,
    anchor: L.MINIMUM,
    any: [L.FORCE, /\bintrusive\b/],
    none: [TRAINING, L.DEADLY],
    want: 'limit',
  },

  // De-escalation
  {
    itemId: 'de-escalation.before-force',
    anchor: L.DE_ESC,
    none: [L.REPORT_CONTEXT],
    noneBefore: [TRAINING, /\bdefin\w*|\bmeans\b/],
    // "de-escalate the amount of force" is scaling force down: the minimum-force item.
    when: (a) =>
      !/de-?escalat\w*\s+(?:the\s+)?(?:amount\s+of\s+|level\s+of\s+|degree\s+of\s+)?force\b/.test(a.text),
    want: 'duty',
  },
  {
    // "Try talking, slowing down and giving space before any force": the duty named by its techniques.
    itemId: 'de-escalation.before-force',
    anchor: new RegExp(L.TECHNIQUES.map((t) => t.source).join('|')),
    all: [/\bbefore\s+(?:any\s+|using\s+|resorting\s+to\s+)?(?:physical\s+)?(?:force|control)\b/],
    none: [L.REPORT_CONTEXT, TRAINING, L.DE_ESC],
    when: (a) => countDistinct(a, L.TECHNIQUES) >= 2 || /\b(?:attempt|try|seek)\w*\b/.test(a.text),
    want: 'duty',
  },
  {
    itemId: 'de-escalation.techniques',
    anchor: new RegExp(L.TECHNIQUES.map((t) => t.source).join('|')),
    none: [L.REPORT_CONTEXT, TRAINING, L.PURSUIT],
    // Naming the techniques means more than one: "verbal de-escalation" alone names none to train.
    when: (a) => countDistinct(a, L.TECHNIQUES) >= 2,
    want: 'direction',
  },

  // Disability, health, language
  ...(
    [
      ['vulnerable-populations.disability', L.DISABILITY],
      ['vulnerable-populations.medical', L.MEDICAL_CONDITION],
      ['vulnerable-populations.mental-health', L.MENTAL_HEALTH],
      ['vulnerable-populations.language', L.LANGUAGE],
    ] as const
  ).map(([itemId, anchor]): Rule => ({
    itemId,
    anchor,
    any: [L.CONSIDER, L.NONCOMPLY, /\bforce\b/],
    none: [L.REPORT_CONTEXT, L.ALT_RESPONDER, TRAINING],
    want: 'duty',
    opts: { statementPartly: true },
    against: IGNORED,
  })),

  // Deadly force
  {
    itemId: 'deadly-force.last-resort',
    anchor: L.LAST_RESORT,
    all: [L.DEADLY],
    none: [TRAINING, L.REPORT_CONTEXT],
    want: 'limit',
  },
  {
    itemId: 'deadly-force.imminent-threat',
    anchor: L.IMMINENT,
    all: [L.DEADLY],
    none: [TRAINING, L.REPORT_CONTEXT],
    want: 'limit',
  },

  {
    // A ban on deadly force for property or a fleeing person keeps it to threats to life.
    itemId: 'deadly-force.imminent-threat',
    anchor: /\bproperty\b|\bfleeing\b|\bescap\w*/,
    all: [L.DEADLY],
    none: [TRAINING, L.REPORT_CONTEXT],
    want: 'ban',
  },
  // Deadly force allowed, hedged or left to the officer with no limit at all works against both items.
  ...(['deadly-force.last-resort', 'deadly-force.imminent-threat'] as const).map((itemId): Rule => ({
    itemId,
    anchor: L.DEADLY,
    none: [TRAINING, L.REPORT_CONTEXT, L.IMMINENT, L.LAST_RESORT, DEFINES],
    custom: unlimited('deadly force'),
  })),

  // Prohibited force
  {
    itemId: 'prohibited-force.neck-restraints',
    anchor: L.NECK,
    noneBefore: [L.REPORT_CONTEXT, TRAINING],
    want: 'ban',
  },
  {
    itemId: 'prohibited-force.breathing-blood-flow',
    anchor: L.BREATH,
    noneBefore: [L.REPORT_CONTEXT, TRAINING],
    none: [TRAINING, L.MEDICAL_AID],
    want: 'ban',
  },
  {
    itemId: 'prohibited-force.warning-shots',
    anchor: L.WARNING_SHOT,
    noneBefore: [L.REPORT_CONTEXT],
    want: 'ban',
  },
  {
    itemId: 'prohibited-force.moving-vehicles',
    anchor: L.VEHICLE_FIRE,
    noneBefore: [L.REPORT_CONTEXT],
    none: [L.WARNING_SHOT],
    want: 'ban',
  },

  // Vehicle pursuits
  {
    itemId: 'vehicle-pursuits.restricted',
    anchor: L.PURSUIT,
    any: [
      L.PURSUIT_CRITERIA,
      /\b(?:only|solely|unless|except|limit\w*|restricted\s+to)\b/,
      /\b(?:shall|must|may|will)\s+not\b|\bprohibit/,
    ],
    none: [TRAINING, L.REPORT_CONTEXT],
    when: (a) => !L.TERMINATE.test(a.text) || L.INITIATE.test(a.text),
    want: 'limit',
  },
  {
    itemId: 'vehicle-pursuits.termination',
    anchor: L.TERMINATE,
    all: [L.PURSUIT],
    none: [TRAINING, L.REPORT_CONTEXT],
    // "Continue" only ever counts against the item, and the widening rules find that.
    when: (a) =>
      !/\bcontinu/.test(a.text) ||
      /\bterminat|\bdiscontinu|\bcall\w*\s+off|\babandon|\bend\b|\bstop\b/.test(a.text),
    want: 'duty',
  },

  {
    itemId: 'vehicle-pursuits.restricted',
    anchor: L.PURSUIT,
    none: [TRAINING, L.REPORT_CONTEXT, L.PURSUIT_CRITERIA, L.TERMINATE],
    custom: unlimited('pursuits'),
  },

  // Duty to intervene
  {
    itemId: 'duty-to-intervene.intervene',
    anchor: L.INTERVENE,
    any: [
      L.OTHER_OFFICER,
      /\binterven(?:e|es|ing)\b|\bintercede|\b(?:any|another)\s+officer\b|\bexcessive\b/,
    ],
    noneBefore: [TRAINING, L.REPORT_CONTEXT],
    none: [/\bretaliat\w*|\bdisciplin\w*\s+for\s+interven/],
    want: 'duty',
  },
  {
    itemId: 'duty-to-intervene.report',
    anchor: L.REPORT_VERB,
    any: [L.OTHER_OFFICER, /\binterven\w*/],
    none: [TRAINING, /\bretaliat\w*/, L.RACE, L.FORCE_TYPES],
    want: 'duty',
  },

  // Medical aid
  {
    itemId: 'medical-aid.duty-to-aid',
    anchor: L.MEDICAL_AID,
    noneBefore: [L.REPORT_CONTEXT, TRAINING],
    none: [/\bwhether\b/, AID_EQUIPMENT],
    want: 'duty',
  },
  {
    itemId: 'medical-aid.no-vague-qualifiers',
    anchor: L.MEDICAL_AID,
    noneBefore: [L.REPORT_CONTEXT, TRAINING],
    none: [/\bwhether\b/, AID_EQUIPMENT],
    custom: noVagueQualifiers,
  },

  // Force reporting
  {
    itemId: 'force-reporting.every-use',
    anchor: L.EVERY_USE,
    all: [L.REPORT_CONTEXT],
    none: [TRAINING, L.OTHER_OFFICER, L.PUBLISH],
    want: 'duty',
    opts: { statementCovers: true },
  },
  {
    // Reporting force without saying "every": a duty to report meets the item; hedging it does not.
    itemId: 'force-reporting.every-use',
    anchor: L.REPORT_FORCE,
    none: [TRAINING, L.OTHER_OFFICER, L.PUBLISH, L.WEAPON_DISPLAY, /\bonly\b/],
    want: 'duty',
  },
  {
    itemId: 'force-reporting.weapon-displayed',
    anchor: L.WEAPON_DISPLAY,
    all: [L.REPORT_CONTEXT],
    none: [TRAINING, L.PUBLISH],
    want: 'duty',
    opts: { statementCovers: true },
  },
  ...(
    [
      ['force-reporting.race', L.RACE],
      ['force-reporting.age', L.AGE],
      ['force-reporting.gender', L.GENDER],
      ['force-reporting.location', L.LOCATION],
      ['force-reporting.reason-for-contact', L.REASON_FOR_CONTACT],
      ['force-reporting.force-types', L.FORCE_TYPES],
      ['force-reporting.de-escalation', L.DE_ESC],
      ['force-reporting.resistance', L.RESISTANCE],
      ['force-reporting.outcomes', L.OUTCOME],
    ] as const
  ).map(([itemId, anchor]): Rule => ({
    itemId,
    anchor,
    all: [L.REPORT_CONTEXT, CONTENT],
    // Publishing the data is another item; "released" here is an outcome, not a publication.
    none: [
      TRAINING,
      /\bpublish\w*|\bpost(?:s|ed|ing)?\b|\bwebsite\b|\bonline\b|\bpublic(?:ly)?\b/,
      L.DISPARITY,
    ],
    want: 'duty',
    opts: { statementCovers: true },
  })),
  {
    itemId: 'force-reporting.monitor-disparities',
    anchor: L.ANALYSE,
    any: [L.DISPARITY],
    when: (a) => L.DATA.test(a.text) || L.REPORT_CONTEXT.test(a.text) || /\bforce\b/.test(a.text),
    noneBefore: [TRAINING],
    want: 'duty',
    opts: { statementCovers: true },
  },

  // Publication
  {
    itemId: 'publication.publish-policy',
    anchor: L.PUBLISH,
    none: [TRAINING],
    when: (a) => L.POLICY.test(a.text.replace(L.CHANGE_OF_POLICY, ' ')),
    want: 'duty',
    opts: { statementCovers: true },
    against: CONFIDENTIAL,
  },
  {
    itemId: 'publication.publish-changes',
    anchor: L.PUBLISH,
    all: [L.CHANGE],
    none: [TRAINING],
    when: (a) => L.CHANGE_OF_POLICY.test(a.text) || !L.DATA.test(a.text),
    want: 'duty',
    opts: { statementCovers: true },
    against: CONFIDENTIAL,
  },
  {
    itemId: 'publication.publish-data',
    anchor: L.PUBLISH,
    all: [L.DATA],
    none: [TRAINING],
    when: (a) => !L.CHANGE.test(a.text) || /\bdata\b|\bstatistic/.test(a.text),
    want: 'duty',
    opts: { statementCovers: true },
    against: CONFIDENTIAL,
  },

  // Clarity (statements about the policy's own language; the draft-level checks add more)
  { itemId: 'clarity.plain-language', anchor: L.PLAIN_LANGUAGE, want: 'direction' },
  { itemId: 'clarity.consistent-terms', anchor: L.CONSISTENT_TERMS, none: [TRAINING], want: 'direction' },
  { itemId: 'clarity.defined-terms', anchor: L.DEFINED_TERMS, want: 'direction' },

  // Footprint
  {
    itemId: 'footprint.alternative-response',
    anchor: L.ALT_RESPONDER,
    all: [L.DISPATCH],
    none: [TRAINING, L.REPORT_CONTEXT, L.TRAFFIC],
    want: 'direction',
  },
  {
    itemId: 'footprint.schools',
    anchor: L.SCHOOL,
    none: [L.REPORT_CONTEXT, L.PURSUIT],
    when: (a) => L.FOOTPRINT_ACTION.test(a.text) || /\bprohibit|\bnot\b|\bcontinu|\bremain/.test(a.text),
    want: 'direction',
    opts: { banMeets: true },
    against: {
      pattern:
        /\bcontinu\w*\s+to\s+be\s+(?:stationed|assigned|placed|posted)\b|\bremain\s+(?:stationed|assigned|posted)\b/,
      why: 'keeps officers in schools',
    },
  },
  {
    itemId: 'footprint.traffic-stops',
    anchor: L.TRAFFIC,
    none: [L.REPORT_CONTEXT, L.PURSUIT, L.VEHICLE_FIRE, TRAINING],
    when: (a) => L.FOOTPRINT_ACTION.test(a.text) || /\bprohibit|\bnot\b/.test(a.text),
    want: 'direction',
    opts: { banMeets: true },
  },

  // Advisory group
  { itemId: 'advisory-group.form-group', anchor: L.GROUP, all: [L.FORM_GROUP], want: 'direction' },
  {
    itemId: 'advisory-group.participants',
    anchor: new RegExp(L.STAKEHOLDERS.map((s) => s.source).join('|')),
    all: [L.MEMBERSHIP],
    none: [L.REPORT_CONTEXT],
    when: (a) => {
      const n = countDistinct(a, L.STAKEHOLDERS);
      return n >= 2 || (n >= 1 && L.GROUP.test(a.text));
    },
    want: 'direction',
  },
  {
    itemId: 'advisory-group.follow-through',
    anchor: new RegExp(
      [L.FOLLOW_TRAINING, L.FOLLOW_IMPLEMENT, L.FOLLOW_ACCOUNT].map((r) => r.source).join('|'),
    ),
    all: [L.FOLLOW_POLICY],
    none: [L.REPORT_CONTEXT],
    when: (a) => countDistinct(a, [L.FOLLOW_TRAINING, L.FOLLOW_IMPLEMENT, L.FOLLOW_ACCOUNT]) >= 2,
    want: 'direction',
  },
];

interface CompiledRule extends Rule {
  anchorG: RegExp;
}

const COMPILED: readonly CompiledRule[] = RULES.map((r) => ({
  ...r,
  anchorG: new RegExp(r.anchor.source, r.anchor.flags.includes('g') ? r.anchor.flags : `${r.anchor.flags}g`),
}));

/** Item ids the text detector can recognise in a sentence. */
export const DETECTABLE_ITEM_IDS: readonly string[] = [...new Set(RULES.map((r) => r.itemId))];

const RANK: Record<HitStatus, number> = { contradicted: 3, covered: 2, partly: 1 };

/** Bracketed template text: a sentence that still has one is unfinished and addresses nothing. */
const PLACEHOLDER = /\[[^\]\n]{2,}\]/;

function applies(rule: Rule, a: Analysis, context: string): boolean {
  const t = a.text;
  // What the sentence is about may be named in the sentence before ("…another officer… They shall report it").
  const about = context ? `${context} ${t}` : t;
  if (rule.all) for (const p of rule.all) if (!p.test(about)) return false;
  if (rule.any && !rule.any.some((p) => p.test(about))) return false;
  if (rule.none) for (const p of rule.none) if (p.test(t)) return false;
  if (rule.when && !rule.when(a)) return false;
  return true;
}

function verdictFor(rule: Rule, j: RuleInput): Verdict | null {
  if (rule.custom) return rule.custom(j);
  if (rule.against) {
    const m = rule.against.pattern.exec(j.a.text);
    if (m) return { status: 'contradicted', reason: `${q(m[0])} ${rule.against.why}` };
  }
  const verdict = rule.want ? judge(rule.want, j.r, j.at, j.end, rule.opts) : null;
  if (verdict?.status !== 'covered' || !rule.parts) return verdict;
  const missing = rule.parts.filter((p) => !p.pattern.test(j.a.text)).map((p) => p.name);
  if (missing.length === 0) return verdict;
  return {
    status: 'partly',
    reason: `${verdict.reason}, but says nothing of ${missing.join(' or ')}`,
    missingParts: missing,
  };
}

/**
 * Run every rule over an analysed sentence; one hit per item, the strongest reading winning.
 * `context` is the sentence before it in the same clause, where the subject may be named.
 */
export function detectAnalysed(a: Analysis, context = ''): ItemHit[] {
  if (PLACEHOLDER.test(a.text)) return [];
  const best = new Map<string, ItemHit>();
  const offset = a.leadLength;
  const keep = (itemId: string, at: number, end: number, verdict: Verdict) => {
    const prev = best.get(itemId);
    if (!prev || RANK[verdict.status] > RANK[prev.status]) {
      best.set(itemId, {
        itemId,
        status: verdict.status,
        from: Math.max(0, at - offset),
        to: Math.max(0, end - offset),
        reason: verdict.reason,
        ...(verdict.missingParts ? { missingParts: verdict.missingParts } : {}),
      });
    }
  };
  const isDefinition = definitionIn(a) !== null;
  let reading: SentenceReading | null = null;
  const read = () => (reading ??= readSentence(a.text));
  for (const rule of COMPILED) {
    if (isDefinition ? !rule.definitional && !rule.standard : rule.definitional) continue;
    const re = rule.anchorG;
    re.lastIndex = offset;
    let m = re.exec(a.text);
    if (!m) continue;
    if (!applies(rule, a, context)) continue;
    for (; m; m = re.exec(a.text)) {
      if (m[0].length === 0) {
        re.lastIndex++;
        if (rule.anchor !== DEF_ANCHOR) continue;
      }
      const at = m.index;
      const end = at + m[0].length;
      const r = read();
      if (rule.noneBefore) {
        // The words around the anchor in its clause: "training on neck restraints", "de-escalation training".
        const near = a.text.slice(clauseAt(r, at).from, Math.min(a.text.length, end + 25));
        if (rule.noneBefore.some((p) => p.test(near))) continue;
      }
      const verdict = verdictFor(rule, { a, r, at, end });
      if (verdict) keep(rule.itemId, at, end, verdict);
      if (rule.anchor === DEF_ANCHOR) break;
    }
  }
  // Widened standards work against an item even where none of its own words appear.
  if (!TRAINING.test(a.text) && mayWiden(a.text))
    for (const w of widenings(read(), isDefinition)) keep(w.itemId, w.from, w.to, w.verdict);
  return [...best.values()];
}

/**
 * The checklist items a piece of text addresses. Text with several sentences is split first;
 * an item found in more than one sentence keeps its strongest reading (a contradiction wins).
 */
export function detectItems(text: string, lead?: string): ItemHit[] {
  const spans = splitSentences(text);
  if (spans.length <= 1) return detectAnalysed(analyse(spans[0]?.text ?? text, lead ?? spans[0]?.lead));
  const best = new Map<string, ItemHit>();
  let previous = '';
  for (const s of spans) {
    const a = analyse(s.text, s.lead ?? lead);
    const hits = detectAnalysed(a, previous);
    previous = a.text;
    for (const hit of hits) {
      const shifted = { ...hit, from: hit.from + s.from, to: hit.to + s.from };
      const prev = best.get(hit.itemId);
      if (!prev || RANK[hit.status] > RANK[prev.status]) best.set(hit.itemId, shifted);
    }
  }
  return [...best.values()];
}

export interface SentenceHit extends ItemHit {
  /** The sentence (or list item) the evidence sits in, and its offsets in the clause text. */
  sentence: string;
  sentenceFrom: number;
  sentenceTo: number;
}

/** Every item hit in a clause's text, sentence by sentence, with clause-level offsets. */
export function detectClauseText(text: string): SentenceHit[] {
  const out: SentenceHit[] = [];
  let previous = '';
  for (const s of splitSentences(text)) {
    const a = analyse(s.text, s.lead);
    const hits = detectAnalysed(a, previous);
    previous = a.text;
    for (const hit of hits) {
      out.push({
        ...hit,
        from: s.from + hit.from,
        to: s.from + hit.to,
        sentence: s.text,
        sentenceFrom: s.from,
        sentenceTo: s.to,
      });
    }
  }
  return out;
}
