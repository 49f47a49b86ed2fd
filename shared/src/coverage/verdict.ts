/**
 * The verdict rules, in one place: given what a checklist item asks for and the normative reading
 * of the clause that mentions it, decide covered / partly / contradicted and say why, quoting the
 * words that decided it. Nothing else in the detector decides a status.
 *
 * - covered: a binding duty or ban that meets the item;
 * - partly: binding text that meets only part of it, or a plain statement of it without 'shall';
 * - contradicted: the text permits what the item forbids, or makes optional what it requires
 *   (hedges, switched-off duties, exceptions that re-open a ban, softened bans, widened standards).
 */
import type { ClauseReading, SentenceReading } from './reading';
import { clauseAt, mainClause } from './reading';

export type HitStatus = 'covered' | 'partly' | 'contradicted';

export interface Verdict {
  status: HitStatus;
  /** Plain English, quoting the deciding words: "'should' makes this optional". */
  reason: string;
  /** A 'partly' for an item with required parts: the parts the sentence leaves out. */
  missingParts?: readonly string[];
}

/**
 * What an item asks of the text:
 * - ban: the act must be prohibited outright (neck restraints, warning shots);
 * - duty: something must be done (intervene, give aid, report, publish);
 * - limit: an act may happen only within a bound (deadly force only as a last resort);
 * - direction: a policy choice for the city or board, where a recommendation ('should') is the
 *   ordinary register (alternative response, advisory group, plain language).
 */
export type Want = 'ban' | 'duty' | 'limit' | 'direction';

export interface JudgeOptions {
  /** A plain statement ("Each report lists the person's race") meets the item. */
  statementCovers?: boolean;
  /** A plain statement addresses the item in part ("a seizure may explain non-compliance"). */
  statementPartly?: boolean;
  /** What a ban on the anchor means for a direction (a ban on minor stops meets 'traffic-stops'). */
  banMeets?: boolean;
}

const q = (s: string) => `'${s.trim().replace(/\s+/g, ' ')}'`;

const v = (status: HitStatus, reason: string): Verdict => ({ status, reason });

/** Words before the anchor, in its clause, that turn a ban into a duty for it or the reverse. */
const AFFIRMING = /\b(?:without|before|until|unless|prior\s+to|absent)\b[^,;]*$/;
const INSTEAD = /\b(?:rather\s+than|instead\s+of)\b[^,;]*$/;
const BAN_VERB =
  /\b(?:prohibit\w*|ban|bans|banned|banning|forbid\w*|forbidden|bar|barred|outlaw\w*|end|ending|eliminat\w*)\b/;

/** The clause whose modality governs the anchor: its own, or the sentence's main clause (a list lead). */
function governing(r: SentenceReading, at: number): ClauseReading {
  const own = clauseAt(r, at);
  if (own.modality !== 'statement') return own;
  return mainClause(r) ?? own;
}

function banVerdict(c: ClauseReading, before: string, upTo: string, clauseText: string): Verdict | null {
  const cue = c.cue ? q(c.cue.text) : '';
  let modality = c.modality;
  if (modality === 'duty' && (INSTEAD.test(upTo) || BAN_VERB.test(before))) modality = 'ban';
  switch (modality) {
    case 'ban':
      if (AFFIRMING.test(before) && !/\bunless\b/.test(before)) return null;
      if (c.exception && c.exception.kind !== 'narrow')
        return v('contradicted', `${q(c.exception.text)} re-opens the ban in the cases it is meant for`);
      return v(
        'covered',
        c.exception
          ? `${cue} bans it; ${q(c.exception.text)} is a narrow exception`
          : `${cue} bans it outright`,
      );
    case 'soft-ban':
      return v('contradicted', `${cue} only discourages it; the item needs an outright ban`);
    case 'permission':
      return v('contradicted', `${cue} permits what the item bans`);
    case 'hedge':
      return v('contradicted', `${cue} leaves it to the officer instead of banning it`);
    case 'duty':
      return v('contradicted', `${cue} requires or allows what the item bans`);
    case 'not-required':
      return v('contradicted', `${cue} leaves it open`);
    default: {
      // "Chokeholds are restricted to life-threatening situations": a limit still permits the act.
      const limitWords =
        /\b(?:restricted|limited|reserved)\s+(?:to|for)\b|\blast\s+resort\b|\bonly\s+(?:when|if|in|after|with)\b|\b(?:an?\s+)?(?:[a-z-]+\s+){0,3}(?:option|tool)s?\b/.exec(
          clauseText,
        );
      if (limitWords) return v('contradicted', `${q(limitWords[0])} still permits it in some cases`);
      return null;
    }
  }
}

const NARROWED = /\bonly\s+(?:[a-z]+\s+){0,2}?(?:if|when|where|after|upon|for|in\s+cases?)\b/;

/** The anchor sits in a circumstance ("after intervening"), not in what the duty asks. */
const CIRCUMSTANCE = /\b(?:after|once|upon|following)\s+(?:[a-z'-]+\s+){0,2}$/;

function dutyVerdict(
  c: ClauseReading,
  before: string,
  opts: JudgeOptions,
  clauseText: string,
  anchorText: string,
): Verdict | null {
  const cue = c.cue ? q(c.cue.text) : '';
  if (
    c.cue &&
    c.cue.to <= c.from + before.length &&
    CIRCUMSTANCE.test(before) &&
    /^[a-z]+ing\b/.test(anchorText)
  )
    return null;
  switch (c.modality) {
    case 'duty': {
      if (c.qualifier) return v('contradicted', `${q(c.qualifier.text)} lets the duty be skipped`);
      const narrowed = NARROWED.exec(clauseText);
      if (narrowed) return v('contradicted', `${q(narrowed[0])} narrows the duty to some cases`);
      if (c.exception?.kind === 'subjective')
        return v('contradicted', `${q(c.exception.text)} hands the duty back to the officer's judgment`);
      return v('covered', `${cue} makes it a duty`);
    }
    case 'ban':
      if (AFFIRMING.test(before) || INSTEAD.test(before))
        return v('covered', `${cue} forbids acting without it`);
      return v('contradicted', `${cue} forbids what the item requires`);
    case 'not-required':
      return v('contradicted', `${cue} switches the duty off`);
    case 'hedge':
      return v('contradicted', `${cue} makes this optional`);
    case 'permission':
      return v('contradicted', `${cue} makes this optional`);
    case 'soft-ban':
      return v('contradicted', `${cue} discourages what the item requires`);
    default:
      if (opts.statementCovers) return v('covered', 'states it as what the policy does');
      if (opts.statementPartly) return v('partly', "states it without 'shall' or 'must'");
      return null;
  }
}

function limitVerdict(c: ClauseReading): Verdict | null {
  const cue = c.cue ? q(c.cue.text) : '';
  if (c.qualifier && c.modality !== 'ban')
    return v('contradicted', `${q(c.qualifier.text)} makes the limit optional`);
  switch (c.modality) {
    case 'hedge':
      return v('contradicted', `${cue} makes the limit optional`);
    case 'not-required':
      return v('contradicted', `${cue} switches the limit off`);
    case 'soft-ban':
      return v('contradicted', `${cue} only discourages going past the limit`);
    default:
      if (c.exception?.kind === 'subjective')
        return v('contradicted', `${q(c.exception.text)} hands the limit back to the officer's judgment`);
      if (c.modality === 'statement' && !c.restriction) return v('covered', 'states the limit');
      return v('covered', c.restriction ? `${q(c.restriction.text)} limits it` : `${cue} sets the limit`);
  }
}

function directionVerdict(c: ClauseReading, opts: JudgeOptions, at: number, end: number): Verdict | null {
  const cue = c.cue ? q(c.cue.text) : '';
  // The item's own words ("avoid jargon") are not the clause's force.
  if (c.cue && c.cue.to > at && c.cue.from < end) return v('covered', 'states it');
  switch (c.modality) {
    case 'duty':
    case 'hedge':
      return v('covered', c.cue ? `${cue} commits to it` : 'states it');
    case 'permission':
      return v('partly', `${cue} allows it without committing to it`);
    case 'ban':
      return opts.banMeets ? v('covered', `${cue} ends it`) : v('contradicted', `${cue} rules it out`);
    case 'not-required':
    case 'soft-ban':
      return v('contradicted', `${cue} rules it out`);
    default:
      return v('covered', 'states it as what the policy does');
  }
}

/** The verdict for an item whose words sit at [at, end) in the read sentence. */
export function judge(
  want: Want,
  r: SentenceReading,
  at: number,
  end: number,
  opts: JudgeOptions = {},
): Verdict | null {
  const c = governing(r, at);
  const before = r.text.slice(c.from, at);
  switch (want) {
    case 'ban':
      return banVerdict(c, before, r.text.slice(c.from, end), r.text.slice(c.from, c.to));
    case 'duty':
      return dutyVerdict(c, before, opts, r.text.slice(c.from, c.to), r.text.slice(at, end));
    case 'limit':
      return limitVerdict(c);
    case 'direction':
      return directionVerdict(c, opts, at, end);
  }
}

/**
 * Wording that widens a standard until it means nothing, found without the item's own words:
 * "any force they consider reasonable" works against minimum force even though "minimum" never
 * appears. Each pattern is checked on the whole sentence; a clause that bans the widened act
 * ("may not use deadly force whenever they feel afraid") does not count.
 */
export const WIDENING: ReadonlyArray<{
  itemIds: string[];
  pattern: RegExp;
  unless?: RegExp;
  /** Also read in definitions (a definition that widens its own term). */
  inDefinitions?: boolean;
  why: string;
}> = [
  {
    itemIds: ['minimum-force.least-necessary'],
    pattern:
      /\b(?:any|whatever|as\s+much)\s+(?:level\s+of\s+|amount\s+of\s+|degree\s+of\s+)?force\b[^.;]*\b(?:they|he|she|the\s+officer|officers|members?|deput\w+)\s+(?:personally\s+)?(?:consider|judge|deem|think|believe|see\s+fit|feel)\w*|\bany\s+(?:level|amount|degree)\s+of\s+force\b|\ball\s+the\s+force\b|\bno\s+limit\s+(?:on|to)\s+(?:the\s+)?(?:amount\s+of\s+)?force\b|\b(?:amount|level|degree)\s+of\s+force\b[^.;]*\b(?:left\s+to|discretion|judg(?:e)?ment|decides?)\b|\b(?:officer|officers|member|members)\s+(?:decides?|determines?|chooses?)\s+how\s+much\s+force\b|\bforce\b[^.;]*\bin\s+(?:their|his|her|the\s+officer'?s)\s+(?:own\s+)?(?:judg(?:e)?ment|opinion|view)\b|\bforce\b[^.;]*\bas\s+(?:they|he|she|the\s+officer)\s+(?:see|sees|deem|deems)\s+fit\b|\bunlimited\s+force\b|\bforce\s+(?:that\s+)?(?:they|he|she|the\s+officer|officers|members?)\s+(?:personally\s+)?(?:deem|consider|judge|think|believe|feel)\w*\s+(?:to\s+be\s+)?(?:appropriate|reasonable|necessary|fit|proper|best|warranted)\b|(?<!only\s)\bas\s+much\s+force\s+as\b(?![^.;]*\b(?:necessary|needed|need|required)\b)/,
    why: 'leaves the amount of force to the officer',
  },
  {
    itemIds: ['deadly-force.last-resort', 'deadly-force.imminent-threat'],
    pattern:
      /\b(?:deadly|lethal)\s+force\b[^.;]*(?<!only\s)\b(?:whenever|if|when|any\s+time)\s+(?:they|he|she|the\s+officer|officers|an\s+officer|members?)\s+(?:\w+\s+)?(?:fear|feel|believe|think|sense|suspect|perceiv)\w*|\b(?:deadly|lethal)\s+force\b[^.;]*\b(?:any|a|every)\s+fleeing\b|\b(?:deadly|lethal)\s+force\b[^.;]*\bproperty\b|\bshoot\w*\s+(?:a|any)\s+(?:person|suspect|individual)\s+who\s+is\s+(?:running|fleeing)|\bshoot\w*\s+(?:at\s+)?(?:anyone|anybody|any\s+person)\b|\b(?:deadly|lethal)\s+force\b[^.;]*\b(?:fleeing\s+felon|apprehend|to\s+stop\s+(?:an?\s+)?(?:escape|fleeing)|prevent\s+(?:the\s+|an\s+)?escape|resist\w*|refus\w*\s+to\s+(?:comply|obey|stop))|\b(?:deadly|lethal)\s+force\b[^.;]*\bat\s+(?:the|their|his|her)\s+(?:own\s+)?discretion\b/,
    unless: /\b(?:imminent|immediate)\s+(?:threat|danger)\s+(?:of|to)\s+(?:death|life|serious)/,
    why: 'allows deadly force without an imminent threat to life',
  },
  {
    itemIds: ['vehicle-pursuits.restricted'],
    pattern:
      /\b(?:pursue|chase|pursuits?)\b[^.;]*\b(?:any|every|all)\s+(?:vehicle|car|driver|motorist|traffic)\w*|\b(?:pursue|chase|pursuits?)\b[^.;]*\bfor\s+(?:any|all|every)\b|\b(?:pursue|chase)\w*\b[^.;]*\bwhenever\s+(?:they|he|she|the\s+officer)\s+(?:want|wish|choose|decide)\w*|\bpursu\w*\b[^.;]*\b(?:they|he|she|the\s+officer)\s+(?:judge|deem|consider|believe|think)\w*|\bregardless\s+of\s+the\s+(?:offen[cs]e|crime)\b/,
    unless: /\bcontinu/,
    why: 'opens pursuits to any vehicle or offence',
  },
  {
    itemIds: ['vehicle-pursuits.termination'],
    pattern:
      /\b(?:continu\w*|keep\s+(?:going|chasing))\b[^.;]*\b(?:regardless\s+of|until\s+the\s+(?:suspect|driver|person)\s+is\s+(?:caught|stopped|apprehended)|as\s+long\s+as\s+(?:the\s+officer|they|he|she|officers|the\s+member)\s+(?:think|believe|feel|deem|judge|want)\w*|even\s+(?:when|if|as)|at\s+(?:the|their|his|her)\s+(?:officer'?s\s+)?discretion)/,
    why: 'keeps a pursuit going whatever the danger',
  },
  {
    itemIds: ['force-reporting.every-use'],
    pattern:
      /\bonly\s+(?:force|injur\w*|uses?\s+of\s+force|incidents?|discharges?|cases?|serious)\b[^.;]*\b(?:report\w*|document\w*)|\breport\w*\b[^.;]*\bonly\s+(?:when|if|where|for|in|after)\b|\bneed\s+only\s+(?:to\s+)?report\b|\bonly\s+(?:need|have)\s+to\s+report\b|\breport\w*\s+(?:all\s+)?(?:uses?\s+of\s+)?force\s+(?:that|which|when|if)\s+(?:results?|causes?|leads?)\b|\b(?:do|does|shall|will|need)\s+not\s+(?:require|need)\s+(?:a\s+)?report|\bminor\s+(?:uses?\s+of\s+)?force\b[^.;]*\bnot\s+(?:require|need|be\s+reported)|\bneed\s+not\s+be\s+(?:reported|documented)|\b(?:is|are|will|shall)\s+not\s+(?:be\s+)?(?:reported|documented)\b|\bno\s+(?:written\s+)?report\s+(?:is\s+)?(?:required|needed|necessary)\b|\bexempt\w*\s+from\s+(?:the\s+)?reporting\b/,
    unless: /^\W*(?:drawing|displaying|pointing|un-?holstering|aiming)\b/,
    why: 'leaves some uses of force unreported',
  },
  {
    itemIds: ['force-reporting.weapon-displayed'],
    pattern:
      /\b(?:point\w*|draw\w*|display\w*|un-?holster\w*|aim\w*)\b[^.;]*\b(?:not\s+(?:a\s+)?reportable|need\s+not\s+(?:be\s+)?report\w*|(?:does|do)\s+not(?:\s+(?:require|need)\s+(?:a\s+)?report)?)\b|\b(?:need\s+not|not\s+required\s+to)\s+report\s+(?:draw|point|display)\w*|\bonly\s+discharges?\b/,
    why: 'leaves drawing or pointing a weapon unreported',
  },
  {
    itemIds: ['use-of-force-standards.lawful-purpose'],
    pattern:
      /\bmay\s+use\s+(?:physical\s+)?force\s+(?:whenever|any\s+time)\b|\bforce\b[^.;]*\b(?:for\s+any\s+(?:other\s+)?(?:purpose|reason)|to\s+punish|as\s+punishment|to\s+retaliat\w*|to\s+make\s+(?:a\s+)?(?:person|people|someone)\s+show\s+respect|show\s+respect)\b/,
    why: 'allows force for purposes that are not lawful',
  },
  {
    itemIds: ['use-of-force-standards.necessary-proportional'],
    pattern:
      /\bforce\b[^.;]*\b(?:lawful|legal|permitted)\s+under\s+(?:state|federal)\s+law\b[^.;]*\b(?:permitted|allowed|authori[sz]ed)\b|\bany\s+force\s+(?:that\s+is\s+)?(?:lawful|legal)\b|\bwithout\s+regard\s+to\s+the\s+(?:seriousness|severity|gravity)\b/,
    why: 'measures force by what the law allows, not by what is necessary',
  },
  {
    itemIds: ['definitions.imminent-threat'],
    pattern:
      /\bimminent\s+threat\b[^.;]*\b(?:includes?|means)\b[^.;]*\b(?:any|whenever)\b[^.;]*\b(?:fears?|feels?|believes?)\b/,
    inDefinitions: true,
    why: "defines an imminent threat by the officer's fear",
  },
  {
    itemIds: ['definitions.deadly-force'],
    pattern: /\b(?:deadly|lethal)\s+force\b["\u201D]?\s+does\s+not\s+include\b/,
    inDefinitions: true,
    why: 'carves acts out of deadly force',
  },
  {
    itemIds: ['use-of-force-standards.sanctity-of-life'],
    pattern:
      /\b(?:officer|officers'|officer's)\s+safety\s+(?:is|shall\s+be|comes|will\s+be)\s+(?:the\s+)?(?:highest|first|top|paramount|overriding)\b/,
    why: "puts the officer's safety before human life",
  },
  {
    itemIds: ['definitions.reasonable'],
    pattern:
      /\breasonabl\w*(?:\s+force)?["\u201D]?\s+(?:means|is|refers\s+to)\b[^.;]*\b(?:the\s+officer|officers?|they|he|she)\s+(?:personally\s+)?(?:believes?|feels?|thinks?|deems?|considers?|judges?)\b/,
    inDefinitions: true,
    why: "defines reasonableness by the officer's own belief",
  },
  {
    itemIds: [
      'vulnerable-populations.disability',
      'vulnerable-populations.medical',
      'vulnerable-populations.mental-health',
      'vulnerable-populations.language',
    ],
    pattern:
      /\bany\s+failure\s+to\s+(?:follow|obey|comply)\w*[^.;]*\bas\s+resistance\b|\bnon-?complian\w*[^.;]*\bregardless\s+of\s+(?:the\s+)?(?:reason|cause)\b|\bas\s+resistance\b[^.;]*\bregardless\s+of\s+(?:the\s+)?(?:reason|cause)\b/,
    why: 'treats every failure to comply as resistance, whatever its cause',
  },
  {
    itemIds: ['clarity.defined-terms'],
    pattern:
      /\b(?:terms?|words?)\b[^.;]*\b(?:ordinary|common|everyday|plain|usual|normal|dictionary)\s*,?\s*(?:everyday\s+)?(?:meaning|usage|sense)\b|\b(?:terms?|words?)\b[^.;]*\bmean\s+what\s+they\s+(?:normally|usually|ordinarily|commonly)\s+mean\b/,
    inDefinitions: true,
    why: 'leaves key terms to their ordinary meaning instead of defining them',
  },
  {
    itemIds: ['use-of-force-standards.sanctity-of-life'],
    pattern:
      /\b(?:need\s+not|not\s+required\s+to)\s+give\s+it\s+priority\b|\b(?:consistent|compatible)\s+with\s+officer\s+safety\b|\bunless\s+officer\s+safety\b|\bone\s+consideration\s+among\s+many\b|\btake\s+precedence\s+over\s+the\s+(?:safety|life|lives)\b/,
    why: 'puts something before human life',
  },
  {
    itemIds: ['force-reporting.monitor-disparities'],
    pattern:
      /\b(?:shall|must|will|may)\s+not\s+be\s+(?:analy[sz]ed|reviewed|studied|examined)\s+(?:by|for)\s+(?:race|ethnicity|disparit\w*)/,
    why: 'rules out analysing force data for disparities',
  },
];

/** Whether any widening pattern can match: a cheap test that spares reading most sentences. */
export function mayWiden(text: string): boolean {
  return WIDENING.some((w) => w.pattern.test(text));
}

/** Widening verdicts for a read sentence. */
export function widenings(
  r: SentenceReading,
  isDefinition = false,
): Array<{ itemId: string; from: number; to: number; verdict: Verdict }> {
  const out: Array<{ itemId: string; from: number; to: number; verdict: Verdict }> = [];
  for (const w of WIDENING) {
    if (isDefinition && !w.inDefinitions) continue;
    const m = w.pattern.exec(r.text);
    if (!m || w.unless?.test(r.text)) continue;
    const c = clauseAt(r, m.index);
    // "Officers may not use deadly force whenever they feel afraid" bans the widened act.
    if (c.modality === 'ban' && !/\bnot\s+(?:a\s+)?reportable|need\s+not|not\s+require|does\s+not/.test(m[0]))
      continue;
    for (const itemId of w.itemIds)
      out.push({
        itemId,
        from: m.index,
        to: m.index + m[0].length,
        verdict: v('contradicted', `${q(m[0].length > 60 ? `${m[0].slice(0, 57)}…` : m[0])} ${w.why}`),
      });
  }
  return out;
}
