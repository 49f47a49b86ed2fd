/**
 * The text detector: which checklist items a sentence addresses, and whether it meets the item
 * ('covered'), meets it weakly ('partly') or works against it ('contradicted').
 *
 * Each item has a rule: an anchor concept that must appear in the sentence, context the sentence
 * must (or must not) have, and a judge that reads the normative structure around the anchor
 * (ban, duty, limit, permission, exception). Nothing here matches whole sentences.
 */
import { parseDefinition } from '../checks/define';
import { splitSentences } from '../checks/text';
import {
  type Analysis,
  type Force,
  type Segment,
  CONDITIONAL_PERMIT,
  DISREGARD,
  NEG_DUTY,
  PROHIBIT,
  RESTRICT,
  SUBJECTIVE,
  TRAINING,
  VAGUE_QUALIFIER,
  analyse,
  exceptionText,
  forceOf,
  mainText,
  segmentAt,
} from './language';
import * as L from './lexicon';

export type HitStatus = 'covered' | 'partly' | 'contradicted';

export interface ItemHit {
  itemId: string;
  status: HitStatus;
  /** Offsets of the anchor concept inside the sentence (or list item) passed in. */
  from: number;
  to: number;
}

interface JudgeInput {
  a: Analysis;
  seg: Segment;
  /** Anchor offsets inside `a.text`. */
  at: number;
  end: number;
}

type Judge = (j: JudgeInput) => HitStatus | null;

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
  /** None may match in the anchor's segment before the anchor (the report or the training is the subject). */
  noneBefore?: readonly RegExp[];
  when?: (a: Analysis) => boolean;
  judge: Judge;
}

const USE_VERB =
  /\b(?:us(?:e|es|ed|ing)|appl(?:y|ies|ied|ying)|employ\w*|perform\w*|utili[sz]\w*|resort\w*|fir(?:e|es|ed|ing)|discharg\w*|shoot\w*|plac\w*|deploy\w*|draw\w*|point\w*|initiat\w*|engag\w*|pursu\w*)\b/;
const AFFIRMING_BAN = /\b(?:without|before|until|prior\s+to|unless|absent|rather\s+than)\b/;

function forceAround(j: JudgeInput): Force {
  // The anchor's own words ("avoid jargon", "prohibited force") are not the sentence's force.
  const main = mainText(j.a, j.seg);
  const rel = j.at - j.seg.from;
  const masked =
    main.slice(0, rel) + ' '.repeat(Math.max(0, j.end - j.at)) + main.slice(rel + (j.end - j.at));
  const f = forceOf(masked);
  if (f !== 'none') return f;
  // A list item borrows the force of its lead ("Officers shall not use: - chokeholds").
  if (j.a.leadLength > 0) return forceOf(j.a.text.slice(0, j.a.leadLength));
  return 'none';
}

/** An outright ban is what the item asks for. */
const ban = (): Judge => (j) => {
  const main = mainText(j.a, j.seg);
  const f = forceAround(j);
  const exc = exceptionText(j.a, j.seg);
  if (f === 'ban') {
    if (exc) return SUBJECTIVE.test(exc) ? 'contradicted' : 'partly';
    return 'covered';
  }
  if (f === 'weak-ban') return exc && SUBJECTIVE.test(exc) ? 'contradicted' : 'partly';
  if (f === 'permit') return 'contradicted';
  if ((f === 'duty' || f === 'weak') && USE_VERB.test(main)) return 'contradicted';
  if (CONDITIONAL_PERMIT.test(main)) return 'contradicted';
  return null;
};

interface DutyOptions {
  /** A plain statement ("Reports include…") counts as covered. */
  descriptive?: boolean;
  /** A vague qualifier ("if feasible") weakens the duty to 'partly'. */
  vague?: boolean;
  /** What a ban on the anchor means; default: the duty is contradicted. */
  onBan?: HitStatus | null;
}

/** A positive duty is what the item asks for. */
const duty =
  (opts: DutyOptions = {}): Judge =>
  (j) => {
    const f = forceAround(j);
    const exc = exceptionText(j.a, j.seg);
    const segText = j.a.text.slice(j.seg.from, j.seg.to);
    switch (f) {
      case 'neg-duty':
        return 'contradicted';
      case 'ban': {
        const before = j.a.text.slice(j.seg.from, j.at);
        if (AFFIRMING_BAN.test(before)) return 'covered'; // "no officer shall use force without first…"
        if (opts.onBan !== undefined) return opts.onBan;
        const m = PROHIBIT.exec(before);
        return m && j.at - (j.seg.from + m.index) < 60 ? 'contradicted' : null;
      }
      case 'weak-ban':
        return null;
      case 'duty':
        if (exc && SUBJECTIVE.test(exc) && !/\bunless\s+doing\s+so\b/.test(exc)) return 'contradicted';
        if (opts.vague && VAGUE_QUALIFIER.test(segText)) return 'partly';
        return 'covered';
      case 'weak':
      case 'permit':
        return 'partly';
      default:
        return opts.descriptive ? 'covered' : null;
    }
  };

interface LimitOptions {
  /** The anchor phrase itself restricts ("last resort", "minimum necessary"). */
  selfRestrictive?: boolean;
  /** Sentence-wide patterns that widen the limit until it means little. */
  broaden?: RegExp;
}

/** A limit on when something may happen ("only", "unless", "last resort"). */
const limit =
  (opts: LimitOptions = {}): Judge =>
  (j) => {
    if (opts.broaden && opts.broaden.test(j.a.text)) return 'contradicted';
    const f = forceAround(j);
    if (f === 'neg-duty') return 'contradicted';
    const segText = j.a.text.slice(j.seg.from, j.seg.to);
    if (opts.selfRestrictive || RESTRICT.test(segText)) return 'covered';
    if (f === 'duty' || f === 'ban' || f === 'weak-ban') return 'covered';
    if (f === 'weak' || f === 'permit') return 'partly';
    return null;
  };

/** Officers are asked to consider a condition before treating behaviour as resistance. */
const consider = (): Judge => (j) => {
  if (DISREGARD.test(j.a.text)) return 'contradicted';
  const f = forceAround(j);
  if (f === 'neg-duty') return 'contradicted';
  if (f === 'duty' || f === 'ban') return 'covered';
  return 'partly';
};

/** A policy statement about something the department does (publish, route calls, convene). */
const statement =
  (opts: { onBan?: HitStatus | null; descriptive?: boolean } = {}): Judge =>
  (j) => {
    const f = forceAround(j);
    switch (f) {
      case 'neg-duty':
        return 'contradicted';
      case 'ban':
        return opts.onBan === undefined ? 'contradicted' : opts.onBan;
      case 'weak-ban':
        return opts.onBan === 'covered' ? 'partly' : null;
      case 'duty':
        return 'covered';
      case 'weak':
      case 'permit':
        return 'partly';
      default:
        return opts.descriptive === false ? null : 'covered';
    }
  };

const MODAL_WORD = /\b(?:shall|must|may|will|should)\b/;

/** The definition a sentence makes, if it is one. A glossary line ("Term: …") must not read as a rule. */
function definitionIn(a: Analysis) {
  const sentence = a.text.slice(a.leadLength);
  const def = parseDefinition(sentence, { glossary: true });
  if (!def) return null;
  const rest = sentence.slice(def.to);
  if (/^\s*:/.test(rest) && MODAL_WORD.test(rest)) return null;
  return def;
}

const definitionOf =
  (accept: (key: string) => boolean): Judge =>
  (j) => {
    const def = definitionIn(j.a);
    return def && accept(def.key) ? 'covered' : null;
  };

const countDistinct = (a: Analysis, patterns: readonly RegExp[]) =>
  patterns.reduce((n, p) => (p.test(a.text) ? n + 1 : n), 0);

const DEF_ANCHOR = /\S/;
const FORCE_TERM = /^(?:use\s+of\s+)?(?:reportable\s+|physical\s+)?force$|^use-of-force$/;
const REASONABLE_TERM = /\breasonabl\w*/;
const VAGUE_SEG = (j: JudgeInput) => VAGUE_QUALIFIER.test(j.a.text.slice(j.seg.from, j.seg.to));

const DEADLY_BROADEN =
  /\b(?:protect\w*|defen[cd]\w*)\s+(?:of\s+)?property\b|\bany\s+fleeing\b|\bwhenever\s+(?:the\s+|an\s+)?officer\s+(?:believes|feels|thinks|deems)\b|\bat\s+(?:the|their|his|her)\s+(?:officer'?s?\s+)?(?:own\s+)?discretion\b/;
const PURSUIT_BROADEN =
  /\b(?:may|can)\s+(?:pursue|initiate|engage\s+in|begin)\b[^.;]*\b(?:any|all|every)\b(?![^.;]*\bonly\b)|\bat\s+(?:the|their|his|her)\s+(?:officer'?s?\s+)?(?:own\s+)?discretion\b|\bregardless\s+of\s+(?:the\s+)?(?:offen[cs]e|risk|danger|conditions)/;

const PURSUIT_PERSIST = new RegExp(`${NEG_DUTY.source}|${DISREGARD.source}|\\beven\\s+(?:when|if|as)\\b`);

const RULES: readonly Rule[] = [
  // Definitions
  {
    itemId: 'definitions.force',
    anchor: DEF_ANCHOR,
    definitional: true,
    judge: definitionOf((k) => FORCE_TERM.test(k)),
  },
  {
    itemId: 'definitions.reasonable',
    anchor: DEF_ANCHOR,
    definitional: true,
    judge: definitionOf((k) => REASONABLE_TERM.test(k)),
  },

  // When force may be used
  {
    itemId: 'use-of-force-standards.lawful-purpose',
    standard: true,
    anchor: L.LAWFUL_PURPOSE,
    all: [L.FORCE, RESTRICT],
    none: [L.DEADLY, TRAINING],
    when: (a) => !L.MINIMUM.test(a.text) || L.PURPOSE_WORD.test(a.text),
    judge: limit(),
  },
  {
    itemId: 'use-of-force-standards.necessary-proportional',
    standard: true,
    anchor: L.PROPORTIONAL,
    all: [L.FORCE],
    none: [L.DEADLY, TRAINING],
    when: (a) => !L.MINIMUM.test(a.text) || /\bproportion\w*|\bcommensurate\b/.test(a.text),
    judge: duty({ descriptive: true, onBan: null }),
  },

  // Minimum force
  {
    itemId: 'minimum-force.least-necessary',
    standard: true,
    anchor: L.MINIMUM,
    any: [L.FORCE, /\bintrusive\b/],
    none: [TRAINING, L.DEADLY],
    judge: limit({ selfRestrictive: true }),
  },

  // De-escalation
  {
    itemId: 'de-escalation.before-force',
    anchor: L.DE_ESC,
    none: [L.REPORT_CONTEXT],
    noneBefore: [TRAINING],
    judge: duty({ vague: false }),
  },
  {
    itemId: 'de-escalation.techniques',
    anchor: new RegExp(L.TECHNIQUES.map((t) => t.source).join('|')),
    none: [L.REPORT_CONTEXT, TRAINING, L.PURSUIT],
    when: (a) => {
      const n = countDistinct(a, L.TECHNIQUES);
      return n >= 2 || (n >= 1 && L.DE_ESC.test(a.text));
    },
    judge: duty({ descriptive: true, onBan: null }),
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
    any: [L.CONSIDER, L.NONCOMPLY],
    none: [L.REPORT_CONTEXT, L.ALT_RESPONDER, TRAINING],
    judge: consider(),
  })),

  // Deadly force
  {
    itemId: 'deadly-force.last-resort',
    anchor: L.LAST_RESORT,
    all: [L.DEADLY],
    none: [TRAINING, L.REPORT_CONTEXT],
    judge: limit({ selfRestrictive: true, broaden: DEADLY_BROADEN }),
  },
  {
    // Deadly force allowed for property or any fleeing person works against the imminent-threat limit.
    itemId: 'deadly-force.imminent-threat',
    anchor: L.DEADLY,
    none: [TRAINING, L.REPORT_CONTEXT],
    when: (a) => DEADLY_BROADEN.test(a.text),
    judge: () => 'contradicted',
  },
  {
    itemId: 'deadly-force.imminent-threat',
    anchor: L.IMMINENT,
    all: [L.DEADLY],
    none: [TRAINING, L.REPORT_CONTEXT],
    judge: limit({ broaden: DEADLY_BROADEN }),
  },

  // Prohibited force
  {
    itemId: 'prohibited-force.neck-restraints',
    anchor: L.NECK,
    noneBefore: [L.REPORT_CONTEXT, TRAINING],
    none: [TRAINING],
    judge: ban(),
  },
  {
    itemId: 'prohibited-force.breathing-blood-flow',
    anchor: L.BREATH,
    noneBefore: [L.REPORT_CONTEXT, TRAINING],
    none: [TRAINING, L.MEDICAL_AID],
    judge: ban(),
  },
  {
    itemId: 'prohibited-force.warning-shots',
    anchor: L.WARNING_SHOT,
    noneBefore: [L.REPORT_CONTEXT],
    none: [TRAINING],
    judge: ban(),
  },
  {
    itemId: 'prohibited-force.moving-vehicles',
    anchor: L.VEHICLE_FIRE,
    noneBefore: [L.REPORT_CONTEXT],
    none: [TRAINING, L.WARNING_SHOT],
    judge: ban(),
  },

  // Vehicle pursuits
  {
    itemId: 'vehicle-pursuits.restricted',
    anchor: L.PURSUIT,
    any: [L.PURSUIT_CRITERIA, RESTRICT, PROHIBIT, PURSUIT_BROADEN],
    none: [TRAINING, L.REPORT_CONTEXT],
    when: (a) => !L.TERMINATE.test(a.text) || L.INITIATE.test(a.text),
    judge: limit({ broaden: PURSUIT_BROADEN }),
  },
  {
    itemId: 'vehicle-pursuits.termination',
    anchor: L.TERMINATE,
    all: [L.PURSUIT],
    none: [TRAINING, L.REPORT_CONTEXT],
    judge: (j) => {
      // "Continue" only ever counts against the item: a pursuit kept going whatever the risk.
      if (j.a.text.startsWith('continu', j.at)) return PURSUIT_PERSIST.test(j.a.text) ? 'contradicted' : null;
      return duty()(j);
    },
  },

  // Duty to intervene
  {
    itemId: 'duty-to-intervene.intervene',
    anchor: L.INTERVENE,
    all: [L.OTHER_OFFICER],
    noneBefore: [TRAINING, L.REPORT_CONTEXT],
    none: [/\bretaliat\w*/],
    judge: duty({ vague: true }),
  },
  {
    itemId: 'duty-to-intervene.report',
    anchor: L.REPORT_VERB,
    any: [L.OTHER_OFFICER, /\binterven\w*/],
    none: [TRAINING, /\bretaliat\w*/, L.RACE, L.FORCE_TYPES],
    judge: duty({ vague: true }),
  },

  // Medical aid
  {
    itemId: 'medical-aid.duty-to-aid',
    anchor: L.MEDICAL_AID,
    noneBefore: [L.REPORT_CONTEXT, TRAINING],
    none: [/\bwhether\b/],
    judge: duty({ vague: true }),
  },
  {
    itemId: 'medical-aid.no-vague-qualifiers',
    anchor: L.MEDICAL_AID,
    noneBefore: [L.REPORT_CONTEXT, TRAINING],
    none: [/\bwhether\b/],
    judge: (j) => {
      const status = duty()(j);
      if (status === null || status === 'contradicted') return null;
      if (VAGUE_SEG(j)) return 'contradicted';
      return status === 'covered' ? 'covered' : null;
    },
  },

  // Force reporting
  {
    itemId: 'force-reporting.every-use',
    anchor: L.EVERY_USE,
    all: [L.REPORT_CONTEXT],
    none: [TRAINING, L.OTHER_OFFICER, L.PUBLISH],
    judge: duty({ descriptive: true }),
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
    all: [L.REPORT_CONTEXT],
    none: [TRAINING, L.PUBLISH],
    judge: duty({ descriptive: true }),
  })),

  // Publication
  {
    itemId: 'publication.publish-policy',
    anchor: L.PUBLISH,
    none: [TRAINING],
    when: (a) => L.POLICY.test(a.text.replace(L.CHANGE_OF_POLICY, ' ')),
    judge: (j) => (L.CONFIDENTIAL.test(j.a.text) ? 'contradicted' : statement()(j)),
  },
  {
    itemId: 'publication.publish-changes',
    anchor: L.PUBLISH,
    all: [L.CHANGE],
    none: [TRAINING],
    when: (a) => L.CHANGE_OF_POLICY.test(a.text) || !L.DATA.test(a.text),
    judge: (j) => (L.CONFIDENTIAL.test(j.a.text) ? 'contradicted' : statement()(j)),
  },
  {
    itemId: 'publication.publish-data',
    anchor: L.PUBLISH,
    all: [L.DATA],
    none: [TRAINING],
    when: (a) => !L.CHANGE.test(a.text) || /\bdata\b|\bstatistic/.test(a.text),
    judge: (j) => (L.CONFIDENTIAL.test(j.a.text) ? 'contradicted' : statement()(j)),
  },

  // Clarity (statements about the policy's own language; the draft-level checks add more)
  { itemId: 'clarity.plain-language', anchor: L.PLAIN_LANGUAGE, judge: statement() },
  { itemId: 'clarity.consistent-terms', anchor: L.CONSISTENT_TERMS, none: [TRAINING], judge: statement() },
  { itemId: 'clarity.defined-terms', anchor: L.DEFINED_TERMS, judge: statement() },

  // Footprint
  {
    itemId: 'footprint.alternative-response',
    anchor: L.ALT_RESPONDER,
    all: [L.DISPATCH],
    none: [TRAINING, L.REPORT_CONTEXT],
    judge: statement({ onBan: null }),
  },
  {
    itemId: 'footprint.schools',
    anchor: L.SCHOOL,
    none: [L.REPORT_CONTEXT, L.PURSUIT],
    when: (a) => L.FOOTPRINT_ACTION.test(a.text) || PROHIBIT.test(a.text),
    judge: statement({ onBan: 'covered' }),
  },
  {
    itemId: 'footprint.traffic-stops',
    anchor: L.TRAFFIC,
    none: [L.REPORT_CONTEXT, L.PURSUIT, L.VEHICLE_FIRE, TRAINING],
    when: (a) => L.FOOTPRINT_ACTION.test(a.text) || PROHIBIT.test(a.text),
    judge: statement({ onBan: 'covered' }),
  },

  // Advisory group
  {
    itemId: 'advisory-group.form-group',
    anchor: L.GROUP,
    all: [L.FORM_GROUP],
    judge: statement({ onBan: null }),
  },
  {
    itemId: 'advisory-group.participants',
    anchor: new RegExp(L.STAKEHOLDERS.map((s) => s.source).join('|')),
    all: [L.MEMBERSHIP],
    none: [L.REPORT_CONTEXT],
    when: (a) => {
      const n = countDistinct(a, L.STAKEHOLDERS);
      return n >= 2 || (n >= 1 && L.GROUP.test(a.text));
    },
    judge: statement({ onBan: null }),
  },
  {
    itemId: 'advisory-group.follow-through',
    anchor: new RegExp(
      [L.FOLLOW_TRAINING, L.FOLLOW_IMPLEMENT, L.FOLLOW_ACCOUNT].map((r) => r.source).join('|'),
    ),
    all: [L.FOLLOW_POLICY],
    none: [L.REPORT_CONTEXT],
    when: (a) => countDistinct(a, [L.FOLLOW_TRAINING, L.FOLLOW_IMPLEMENT, L.FOLLOW_ACCOUNT]) >= 2,
    judge: statement({ onBan: null }),
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

function applies(rule: Rule, a: Analysis): boolean {
  const t = a.text;
  if (rule.all) for (const p of rule.all) if (!p.test(t)) return false;
  if (rule.any && !rule.any.some((p) => p.test(t))) return false;
  if (rule.none) for (const p of rule.none) if (p.test(t)) return false;
  if (rule.when && !rule.when(a)) return false;
  return true;
}

/** Run every rule over an analysed sentence; one hit per item, the strongest reading winning. */
export function detectAnalysed(a: Analysis): ItemHit[] {
  const best = new Map<string, ItemHit>();
  const offset = a.leadLength;
  const isDefinition = definitionIn(a) !== null;
  for (const rule of COMPILED) {
    if (isDefinition ? !rule.definitional && !rule.standard : rule.definitional) continue;
    const re = rule.anchorG;
    re.lastIndex = offset;
    let m = re.exec(a.text);
    if (!m) continue;
    if (!applies(rule, a)) continue;
    for (; m; m = re.exec(a.text)) {
      if (m[0].length === 0) {
        re.lastIndex++;
        if (rule.anchor !== DEF_ANCHOR) continue;
      }
      const at = m.index;
      const end = at + m[0].length;
      const seg = segmentAt(a, at);
      if (rule.noneBefore) {
        const before = a.text.slice(seg.from, at);
        if (rule.noneBefore.some((p) => p.test(before))) continue;
      }
      const status = rule.judge({ a, seg, at, end });
      if (!status) continue;
      const prev = best.get(rule.itemId);
      if (!prev || RANK[status] > RANK[prev.status]) {
        best.set(rule.itemId, {
          itemId: rule.itemId,
          status,
          from: Math.max(0, at - offset),
          to: Math.max(0, end - offset),
        });
      }
      if (rule.anchor === DEF_ANCHOR) break;
    }
  }
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
  for (const s of spans) {
    for (const hit of detectAnalysed(analyse(s.text, s.lead ?? lead))) {
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
  for (const s of splitSentences(text)) {
    for (const hit of detectAnalysed(analyse(s.text, s.lead))) {
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
