/**
 * The normative reading of a sentence, as a policy analyst reads it: the sentence is cut into
 * clauses at its part-of-speech boundaries, and each clause gets one modality (duty, ban, softened
 * ban, hedge, permission, switched-off duty, plain statement) with the words that decided it, its
 * actor, its exception ("unless…", "except…", "provided that…") and any qualifier that lets a duty
 * be skipped ("where practical"). Tokens, lemmas, POS tags and negation scope come from `nlp.ts`.
 *
 * The reading says what the text does; whether that meets a checklist item is decided in
 * `verdict.ts`.
 */
import { type Token, tokenize } from './nlp';

export type Modality = 'duty' | 'ban' | 'soft-ban' | 'hedge' | 'permission' | 'not-required' | 'statement';

/** Words in the text, with their offsets in the read text. */
export interface Span {
  text: string;
  from: number;
  to: number;
}

export type ExceptionKind =
  /** Hands the rule back to the officer's own judgment ("unless they believe it necessary"). */
  | 'subjective'
  /** Keeps the rule: training and the range, animals, or the officer's own safety for a duty. */
  | 'narrow'
  | 'safety'
  /** A stated, checkable condition ("unless the driver is suspected of a violent felony"). */
  | 'objective';

export interface ExceptionReading extends Span {
  marker: string;
  kind: ExceptionKind;
}

export interface ClauseReading {
  from: number;
  to: number;
  modality: Modality;
  /** The words that decided the modality ("shall not", "are encouraged to", "may"). */
  cue: Span | null;
  /** Who the clause binds ("officers", "the department"), when it names one. */
  actor: string;
  exception: ExceptionReading | null;
  /** A qualifier that lets a duty be skipped ("where practical", "if feasible"). */
  qualifier: Span | null;
  /** A restriction that turns a permission into a limit ("only", "solely", "last resort"). */
  restriction: Span | null;
}

export interface SentenceReading {
  /** The text read (lower-case, lead first, as in `Analysis.text`). */
  text: string;
  tokens: Token[];
  clauses: ClauseReading[];
}

// ---- cue tables (lemmas; one place) ----

const BINDING_MODALS = new Set(['shall', 'must', 'will']);
const PERMISSIVE_MODALS = new Set(['may', 'can', 'could', 'might']);
const HEDGE_MODALS = new Set(['should', 'ought']);
/** After "shall not", these make a duty ("shall not hesitate to call"), not a ban. */
const DUTY_AFTER_NOT = new Set(['hesitate', 'fail', 'delay', 'neglect', 'refuse', 'wait']);
/** "may appear", "may be unable": possibility, not permission. */
const EPISTEMIC_VERBS = new Set([
  'appear',
  'seem',
  'stem',
  'result',
  'indicate',
  'signal',
  'look',
  'mean',
  'reflect',
  'happen',
  'occur',
  'explain',
  'affect',
  'suggest',
  'cause',
  'lead',
  'arise',
  'need',
  'have',
  'lack',
  'feel',
  'struggle',
  'react',
  'respond',
  'understand',
  'hear',
  'behave',
  'act',
]);
const NEGATORS = new Set(['not', "n't", 'never']);
const EVALUATIVE =
  /^(?:appropriate|acceptable|justified|warranted|permissible|proper|allowed|reasonable|useful|necessary)$/;
const NO_SUBJECT = new Set(['no', 'nobody', 'none', 'neither']);

/** Phrase cues matched on the lower-case clause text; the leftmost cue of the clause decides. */
const PHRASE_CUES: ReadonlyArray<[RegExp, Modality]> = [
  [
    /\b(?:(?:is|are|be|being|shall|will)\s+not\s+(?:be\s+)?(?:required|obligated|obliged|expected|mandatory|necessary)|(?:does|do|did)\s+not\s+(?:need|have)\s+to|(?:does|do|did)\s+not\s+require|not\s+(?:a\s+)?reportable|optional|discretionary|at\s+(?:the|his|her|their|its)\s+(?:own\s+)?(?:officer'?s?\s+|chief'?s\s+|member'?s\s+|supervisor'?s\s+)?discretion|(?:is|are)\s+left\s+to|left\s+to\s+(?:the|each|every|their|his|her)\b|need\s+not|needn't|not\s+mandatory|recommended\s+but\s+not|(?:no|without\s+any)\s+(?:legal\s+)?(?:obligation|duty|requirement|responsibility)|not\s+a\s+(?:requirement|duty|mandate|rule)|(?:expected|encouraged|asked|urged)\s*,?\s+but\s+not\s+required|matter\s+of\s+(?:personal\s+|individual\s+)?(?:judg(?:e)?ment|discretion|choice)|reserves?\s+the\s+right\s+(?:not\s+to|to\s+(?:withhold|decline|refuse))|(?:a\s+)?personal\s+choice|retain\w*\s+(?:full\s+|complete\s+|sole\s+)?discretion|left\s+to\s+(?:the\s+)?(?:officer|officers|member|members)(?:'s|s')?\s+(?:own\s+)?(?:judg(?:e)?ment|discretion)|(?:is|are)\s+(?:a\s+)?goals?\b|not\s+(?:be\s+)?(?:limited|restricted|confined|bound)\s+(?:to|by)|(?:officer|officers|member|members)(?:'s|s')?\s+(?:own\s+)?(?:perception|judg(?:e)?ment|discretion|belief|opinion)(?:\s+of\s+[a-z]+(?:\s+[a-z]+)?)?\s+(?:controls|governs|decides|determines)|(?:officer|officers|member|members)\s+(?:decides?|determines?|chooses?)\s+(?:for\s+(?:themselves|himself|herself)\s+)?(?:whether|when|if|how)|(?:may|can)\s+decide\s+(?:for\s+(?:themselves|himself|herself)\s+)?(?:whether|when|if)|as\s+(?:they|he|she|the\s+officer)\s+(?:see|sees|deem|deems)\s+fit)\b/,
    'not-required',
  ],
  [
    /\b(?:strongly\s+)?(?:discourag\w*|disfavou?r\w*)|\bshould\s+(?:not|never|avoid|refrain)\b|\bshould(?:n't)\b|\b(?:try|tries|attempt)\s+not\s+to\b|\bavoid\w*\b|\bgenerally\s+(?:not|prohibited|refrain)\b|\bnot\s+(?:encouraged|recommended|advisable)\b/,
    'soft-ban',
  ],
  [
    /\b(?:no\s+longer\s+(?:be\s+)?(?:an?\s+)?(?:approved|authori[sz]ed|permitted|allowed|acceptable)|prohibit\w*|ban(?:s|ned)?|forbid\w*|barred|disallow\w*|impermissible|not\s+(?:be\s+)?(?:permitted|authori[sz]ed|allowed|acceptable|sanctioned|approved|justified|tolerated)|(?:is|are)\s+not\s+to\b|under\s+no\s+circumstances?|in\s+no\s+(?:case|event|circumstances?)|at\s+no\s+time|refrain\w*\s+from|out\s+of\s+policy|can't|cannot|won't|never)\b|^\s*(?:do\s+not|don't)\b/,
    'ban',
  ],
  [
    /\b(?:encourag\w*|urg(?:e|es|ed)|recommend\w*|advis(?:ed|able)|ideally|strive\w*|endeavou?r\w*|(?:try|tries|attempt)\s+to\s+(?!de-?escalat)|aim\s+to|(?:where|when|if)\s+(?:at\s+all\s+)?possible|consider\s+(?:ban|prohibit|limit|requir|end|adopt|whether\s+to)|consider(?:s|ed)?\s+[a-z]+ing\b|(?:may|might)\s+wish\s+to|(?:are|is)\s+invited\s+to|(?:it\s+is\s+)?preferable|voluntar(?:y|ily)|best\s+practice|prefer(?:red|s)?)\w*/,
    'hedge',
  ],
  [
    /\b(?:(?:is|are|be)\s+required|required\s+to|requir(?:e|es)\s+(?:that|officers|members|the|all|every|each)|(?:has|have|owes?)\s+(?:a|the)\s+(?:duty|responsibility|obligation)|duty\s+to|obligat\w*|mandat\w*|(?:is|are)\s+responsible\s+for|responsible\s+for|(?:is|are)\s+to\s+(?!be\s+(?:encouraged|avoided))|(?:need|needs|have|has)\s+to|direct(?:s|ed)?\s+(?:that|the|all|officers|members)|(?:is|are)\s+expected\s+to|resolved|(?:failure|failing|refusal)\s+to\b.*\b(?:violation|misconduct|disciplin\w*)|it\s+is\s+the\s+policy\s+of|nothing\s+in\s+this\s+(?:policy|order|directive)\s+(?:permits|allows|authori[sz]es)|(?:highest|first|top)\s+(?:priority|principle|duty)|comes\s+first|counts?\s+as|(?:is|are)\s+(?:a\s+)?reportable)\b/,
    'duty',
  ],
  [
    /\b(?:not\s+(?:be\s+)?(?:prohibited|banned|forbidden|barred)|permit(?:s|ted)?|permissible|authori[sz](?:e|es|ed)|allow(?:s|ed)?|acceptable|(?:is|are)\s+free\s+to|entitled|at\s+liberty)\b/,
    'permission',
  ],
];

/** Qualifiers that let a duty be skipped; the officer's own safety is not one of them. */
const QUALIFIER =
  /\b(?:(?:if|when|where|whenever|wherever|as)\s+(?:it\s+is\s+|is\s+|are\s+|deemed\s+|otherwise\s+|reasonably\s+|tactically\s+|safe\s+and\s+)*(?:feasible|practicable|practical|possible|appropriate|advisable|prudent|useful|relevant|warranted)|(?:when|if|where|as)\s+(?:they|he|she|the\s+officer|officers|the\s+member|members)\s+(?:can|could|are\s+able|think|believe|feel|judge|deem|consider|wish|want|see\s+fit)|(?:circumstances|time|conditions|resources)\s+permitting|(?:as|if|when|where|whenever)\s+(?:the\s+)?(?:situation|circumstances?|time|conditions|resources)\s+(?:allows?|permits?|dictates?|warrants?|make\s+it\s+practical)|(?:reasonable|good[-\s]faith|best)\s+(?:efforts?|attempts?)|if\s+(?:they|he|she)\s+(?:judge|think|believe|deem|consider|wish)|if\s+known|where\s+(?:they|he|she)\s+think|generally|normally|usually|typically|ordinarily|in\s+most\s+cases|as\s+needed|to\s+the\s+extent\s+(?:possible|practicable|feasible|practical|reasonable)|(?:when|if|where)\s+reasonable|preferabl[ey]|in\s+(?:the|his|her|their)\s+(?:officer'?s\s+|member'?s\s+)?(?:own\s+)?(?:judg(?:e)?ment|opinion|discretion))\b/;

const EXCEPTION_START =
  /\b(?:unless|except(?:\s+(?:when|where|if|as|in|that|for|to|during|on|with))?|excepting|provided(?:,)?\s+(?:that|however)|providing\s+that|other\s+than(?:\s+(?:when|where|in|to|during))?|save\s+(?:when|where|for)|with\s+the\s+exception\s+of|but\s+only\s+(?:when|if)|this\s+does\s+not\s+apply|does\s+not\s+apply)\b/g;

const NARROW =
  /\b(?:train\w*|range|qualif\w*|exercises?|drills?|demonstrat\w*|instruct\w*|simulat\w*|animals?|euthan\w*|humane\w*|wildlife|practice\s+sessions?)\b/;
const SAFETY =
  /\b(?:doing\s+so|it)\s+would\s+(?:(?:put|place|expose)\b|endanger|increase\s+the\s+(?:risk|danger))|\bimmediate\s+(?:attack|threat|danger)\s+(?:leaves|makes)\b|\bno\s+time\b|\b(?:is|are)\s+(?:un)?safe\b|\bsafe(?:ly)?\s+to\s+do\s+so\b/;
/** The officer's own view decides: belief, feeling, judgment, discretion, "necessary", "appropriate". */
const SUBJECTIVE =
  /\b(?:believ\w*|feels?|felt|fears?|deem\w*|judg\w*|perceiv\w*|consider\w*|thinks?|thought|decid\w*|wants?|wish\w*|opinion|discretion|sees?\s+fit|appropriate|necessary|reasonabl\w*|practical|practicable|feasible|possible|exigen\w*|justified|warranted|waste)\b/;
/** Legal standards that only sound like belief ("probable cause to believe"). */
const OBJECTIVE_BELIEF =
  /\b(?:probable\s+cause|reasonable\s+suspicion|reason)\s+to\s+believe\b|\bobjectively\s+reasonable\b/g;

const RESTRICTION =
  /\b(?:only|solely|exclusively|limited\s+to|restricted\s+to|reserved\s+for|confined\s+to|no\s+more\s+than|not\s+(?:to\s+)?exceed|last\s+resort|unless|except|until|provided\s+that|other\s+than)\b/;

// "expected, but not required" is one thought: "but not" does not start a new clause.
const HARD_BOUNDARY = /;|:(?=\s)|,?\s+(?:but(?!\s+not\b)|however|whereas|although|though|while)\b,?|\.\s/g;

const MODAL_WORD = /\b(?:shall|must|will|may|can|cannot|should|ought|need)\b/;

function span(text: string, from: number, to: number): Span {
  return { text: text.slice(from, to), from, to };
}

/** Cut at hard boundaries, then at ", and" / ", or" / "and" when a new subject + modal follows. */
function clauseBounds(text: string, tokens: Token[]): Array<[number, number]> {
  const cuts: number[] = [];
  HARD_BOUNDARY.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = HARD_BOUNDARY.exec(text))) {
    cuts.push(m.index, m.index + m[0].length);
    if (m[0].length === 0) HARD_BOUNDARY.lastIndex++;
  }
  // A coordinating conjunction (or a comma) followed within a few words by a new modal starts a
  // new clause, when the clause before it already has its own modal: "officers must stop the
  // force and must report it" — but "chokeholds and neck restraints are prohibited" stays whole.
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.pos !== 'CCONJ' && t.text !== ',') continue;
    let modalAhead = false;
    for (let k = i + 1; k < Math.min(tokens.length, i + 6); k++) {
      const a = tokens[k];
      if (a.text === ',' || a.pos === 'SCONJ') break;
      if (a.pos === 'AUX' && MODAL_WORD.test(a.lemma)) {
        modalAhead = true;
        break;
      }
    }
    if (!modalAhead) continue;
    const start = [...cuts.filter((c, idx) => idx % 2 === 1 && c <= t.from), 0].sort((a, b) => b - a)[0];
    if (MODAL_WORD.test(text.slice(start, t.from))) cuts.push(t.from, t.to);
  }
  const pairs: Array<[number, number]> = [];
  for (let i = 0; i < cuts.length; i += 2) pairs.push([cuts[i], cuts[i + 1]]);
  pairs.sort((a, b) => a[0] - b[0]);
  const out: Array<[number, number]> = [];
  let last = 0;
  for (const [a, b] of pairs) {
    if (a < last) continue;
    if (a > last) out.push([last, a]);
    last = b;
  }
  if (last < text.length) out.push([last, text.length]);
  return out.filter(([a, b]) => text.slice(a, b).trim().length > 0);
}

function exceptionIn(text: string, from: number, to: number): ExceptionReading | null {
  EXCEPTION_START.lastIndex = from;
  const m = EXCEPTION_START.exec(text);
  if (!m || m.index >= to) return null;
  const leading = text.slice(from, m.index).trim() === '';
  let end = to;
  if (leading) {
    // "Unless X, officers shall…": the exception runs to the first comma.
    const comma = text.indexOf(',', m.index);
    if (comma !== -1 && comma < to) end = comma;
  }
  while (end > m.index && /[\s.;,:!?]/.test(text[end - 1])) end--;
  const body = text.slice(m.index, end);
  const kind: ExceptionKind = NARROW.test(body)
    ? 'narrow'
    : SAFETY.test(body)
      ? 'safety'
      : SUBJECTIVE.test(body.replace(OBJECTIVE_BELIEF, ' '))
        ? 'subjective'
        : 'objective';
  return { text: body, from: m.index, to: end, marker: m[0], kind };
}

/** The modal cue made by tokens: "shall", "shall not", "no officer shall", "may" (not "may appear"). */
function modalCue(
  text: string,
  tokens: Token[],
  from: number,
  to: number,
): { modality: Modality; cue: Span } | null {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.from < from || t.to > to) continue;
    const lemma =
      t.lemma === 'ca' ? 'can' : t.lemma === 'wo' ? 'will' : t.lemma === 'sha' ? 'shall' : t.lemma;
    const isModal =
      BINDING_MODALS.has(lemma) ||
      PERMISSIVE_MODALS.has(lemma) ||
      HEDGE_MODALS.has(lemma) ||
      (lemma === 'need' && tokens[i + 1] && NEGATORS.has(tokens[i + 1].lemma));
    if (!isModal || (t.pos !== 'AUX' && t.pos !== 'VERB' && lemma !== 'need')) continue;
    // Negation right after the modal (an adverb may sit between: "shall also not").
    let k = i + 1;
    if (tokens[k] && tokens[k].pos === 'ADV' && !NEGATORS.has(tokens[k].lemma)) k++;
    const neg = tokens[k] && (NEGATORS.has(tokens[k].lemma) || NEGATORS.has(tokens[k].text));
    const verbAt = neg ? k + 1 : k;
    const next = tokens[verbAt];
    const after = tokens[verbAt + 1];
    // A negative subject before the modal: "no officer shall", "nobody may".
    let noSubject: Token | null = null;
    for (let j = i - 1; j >= 0 && j >= i - 4; j--) {
      if (tokens[j].from < from) break;
      if (NO_SUBJECT.has(tokens[j].lemma)) noSubject = tokens[j];
    }
    const cueFrom = noSubject ? noSubject.from : t.from;
    const cueTo = neg ? tokens[k].to : t.to;
    const cue = span(text, cueFrom, cueTo);
    const negative = neg || noSubject !== null;
    if (lemma === 'need') return { modality: 'not-required', cue };
    if (PERMISSIVE_MODALS.has(lemma)) {
      // "A warning shot may be appropriate": an evaluative judgment that allows the act.
      if (!negative && next?.lemma === 'be' && after && EVALUATIVE.test(after.text))
        return { modality: 'permission', cue: span(text, cueFrom, after.to) };
      // "may be unable", "may appear confused": a possibility, not a permission.
      const passive = next?.lemma === 'be' && after && (after.pos === 'VERB' || /ed$/.test(after.text));
      const epistemic =
        !passive &&
        next &&
        (EPISTEMIC_VERBS.has(next.lemma) ||
          (next.lemma === 'be' && !(after && (after.pos === 'VERB' || after.lemma === 'use'))));
      if (epistemic && !negative) continue;
      if (negative && next && (next.lemma === 'be' || EPISTEMIC_VERBS.has(next.lemma)) && !passive) continue;
      return { modality: negative ? 'ban' : 'permission', cue };
    }
    if (HEDGE_MODALS.has(lemma)) return { modality: negative ? 'soft-ban' : 'hedge', cue };
    // shall / must / will
    if (negative) {
      if (next && DUTY_AFTER_NOT.has(next.lemma))
        return { modality: 'duty', cue: span(text, cueFrom, next.to) };
      if (next?.lemma === 'be' && after && /^(?:required|obligated|expected|necessary)$/.test(after.text))
        return { modality: 'not-required', cue: span(text, cueFrom, after.to) };
      return { modality: 'ban', cue };
    }
    return { modality: 'duty', cue };
  }
  return null;
}

/** Compiled once; each use resets `lastIndex`. */
const PHRASE_CUES_G: ReadonlyArray<[RegExp, Modality]> = PHRASE_CUES.map(([re, m]) => [
  new RegExp(re.source, 'g'),
  m,
]);

function phraseCue(text: string, from: number, to: number, skip: ExceptionReading | null) {
  let best: { modality: Modality; cue: Span } | null = null;
  const region = text.slice(from, to);
  for (const [g, modality] of PHRASE_CUES_G) {
    g.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = g.exec(region))) {
      const at = from + m.index;
      if (skip && at >= skip.from && at < skip.to) {
        if (m[0].length === 0) g.lastIndex++;
        continue;
      }
      if (!best || at < best.cue.from) best = { modality, cue: span(text, at, at + m[0].length) };
      break;
    }
  }
  return best;
}

function actorOf(tokens: Token[], from: number, cueFrom: number): string {
  const words: string[] = [];
  for (const t of tokens) {
    if (t.from < from || t.from >= cueFrom) continue;
    if (t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'PRON') words.push(t.text);
  }
  return words.slice(-2).join(' ');
}

/**
 * A plain-language order with no modal: "Call an ambulance right away", or after a leading
 * condition, "If someone is hurt, call an ambulance". The verb in its base form opens the clause.
 */
function imperative(
  text: string,
  tokens: Token[],
  from: number,
  to: number,
): { modality: Modality; cue: Span } | null {
  const inClause = tokens.filter((t) => t.from >= from && t.to <= to && t.pos !== 'PUNCT');
  if (inClause.length === 0) return null;
  let candidate: Token | undefined = inClause[0];
  if (candidate.pos === 'SCONJ' || /^(?:if|when|whenever|once|before|after)$/.test(candidate.lemma)) {
    const comma = tokens.find((t) => t.from > candidate!.from && t.to <= to && t.text === ',');
    candidate = comma ? tokens.find((t) => t.from > comma.from && t.to <= to) : undefined;
  }
  if (!candidate || candidate.text !== candidate.lemma) return null;
  // The tagger sometimes reads a clause-opening verb as a noun ("call an ambulance"); a base form
  // followed by its object (a determiner or pronoun) is still an order.
  const next = tokens.find((t) => t.from >= candidate!.to);
  const verbLike =
    candidate.pos === 'VERB' || (candidate.pos === 'NOUN' && (next?.pos === 'DET' || next?.pos === 'PRON'));
  if (!verbLike) return null;
  return { modality: 'duty', cue: span(text, candidate.from, candidate.to) };
}

const AGENT =
  /^(?:officers?|members?|deput(?:y|ies)|police|personnel|employees?|supervisors?|we|you|they|the\s+(?:officer|member|department|city|agency|chief|police))$/;
const NONCOMPLY_VERBS = new Set([
  'comply',
  'respond',
  'understand',
  'follow',
  'obey',
  'hear',
  'speak',
  'know',
  'appear',
  'seem',
  'pose',
  'resist',
  'cooperate',
  'answer',
  'react',
]);

/**
 * A rule stated in the present tense by an agent: "Officers do not use chokeholds" (a ban),
 * "Officers render aid to anyone hurt" or "The department publishes its data" (a duty).
 */
function agentStatement(
  text: string,
  tokens: Token[],
  from: number,
  to: number,
): { modality: Modality; cue: Span } | null {
  const inClause = tokens.filter((t) => t.from >= from && t.to <= to);
  for (let i = 0; i < inClause.length; i++) {
    const t = inClause[i];
    if (t.pos !== 'NOUN' && t.pos !== 'PRON' && t.pos !== 'PROPN') continue;
    const two = i > 0 ? `${inClause[i - 1].lemma} ${t.text}` : t.text;
    if (!AGENT.test(t.text) && !AGENT.test(two)) continue;
    let k = i + 1;
    while (inClause[k] && inClause[k].pos === 'ADV' && !NEGATORS.has(inClause[k].lemma)) k++;
    const v = inClause[k];
    if (!v) return null;
    if (v.lemma === 'do' && inClause[k + 1] && NEGATORS.has(inClause[k + 1].lemma)) {
      const verb = inClause[k + 2];
      if (verb && verb.pos === 'VERB' && !NONCOMPLY_VERBS.has(verb.lemma))
        return { modality: 'ban', cue: span(text, v.from, inClause[k + 1].to) };
      return null;
    }
    if (
      v.pos === 'VERB' &&
      !NONCOMPLY_VERBS.has(v.lemma) &&
      !EPISTEMIC_VERBS.has(v.lemma) &&
      !/ing$/.test(v.text)
    )
      return { modality: 'duty', cue: span(text, t.from, v.to) };
    return null;
  }
  return null;
}

/**
 * A negated statement without a modal: "Reports do not include race", "the data is not
 * published", "chokeholds are not used". It denies the act, as a ban does.
 */
function negatedStatement(
  text: string,
  tokens: Token[],
  from: number,
  to: number,
): { modality: Modality; cue: Span } | null {
  for (let i = 0; i < tokens.length - 2; i++) {
    const t = tokens[i];
    if (t.from < from || t.to > to) continue;
    if (t.lemma !== 'do' && t.lemma !== 'be') continue;
    const neg = tokens[i + 1];
    if (!NEGATORS.has(neg.lemma) && !NEGATORS.has(neg.text)) continue;
    const verb = tokens[i + 2];
    if (
      verb.to > to ||
      verb.pos !== 'VERB' ||
      NONCOMPLY_VERBS.has(verb.lemma) ||
      EPISTEMIC_VERBS.has(verb.lemma)
    )
      continue;
    // "Deadly force does not include…" narrows a definition; it bans nothing.
    if (/^(?:include|mean|cover|apply)$/.test(verb.lemma)) continue;
    if (t.lemma === 'be' && !/ed$|wn$|en$|ung$/.test(verb.text)) continue;
    // "A person who does not respond…" is a description, not the rule.
    const prev = tokens[i - 1];
    if (prev && (prev.lemma === 'who' || prev.lemma === 'that' || prev.lemma === 'which')) continue;
    return { modality: 'ban', cue: span(text, t.from, neg.to) };
  }
  return null;
}

const FRAMING = /\bresolved\b|\bdirect(?:s|ed)?\b|\brequir(?:e|es)\s+that\b|\bit\s+is\s+the\s+policy\s+of\b/;

/** Read one clause region of a sentence. */
function readClause(text: string, tokens: Token[], from: number, to: number): ClauseReading {
  const exception = exceptionIn(text, from, to);
  const skipTo = exception ? exception.to : -1;
  const inException = (at: number) => exception !== null && at >= exception.from && at < skipTo;
  const modal = modalCue(text, tokens, from, to);
  const usableModal = modal && !inException(modal.cue.from) ? modal : null;
  const phrase = phraseCue(text, from, to, exception);
  // The leftmost cue decides, except that a phrase sitting on the modal itself refines it
  // ("shall not be required" is a switched-off duty; "is not required" before any modal).
  let decided = usableModal;
  if (phrase && (!decided || phrase.cue.from < decided.cue.from)) decided = phrase;
  else if (phrase && decided && phrase.cue.from <= decided.cue.to + 12) {
    const refines =
      (phrase.modality === 'not-required' ||
        phrase.modality === 'soft-ban' ||
        (phrase.modality === 'hedge' && decided.modality === 'permission') ||
        (phrase.modality === 'permission' && decided.modality === 'ban' && /not\s/.test(phrase.cue.text))) &&
      decided.modality !== 'ban';
    if (
      refines ||
      (phrase.modality === 'ban' && decided.modality === 'duty' && /\brefrain/.test(phrase.cue.text))
    )
      decided = { modality: phrase.modality, cue: span(text, decided.cue.from, phrase.cue.to) };
    else if (
      phrase.modality === 'hedge' &&
      decided.modality === 'duty' &&
      /encourag|urg|recommend|strive|endeav|consider/.test(phrase.cue.text)
    )
      decided = { modality: 'hedge', cue: span(text, decided.cue.from, phrase.cue.to) };
  }
  if (!decided)
    decided =
      imperative(text, tokens, from, to) ??
      negatedStatement(text, tokens, from, to) ??
      agentStatement(text, tokens, from, to);
  // "Be it resolved that chokeholds are prohibited": the resolution frames the rule that follows.
  if (decided && FRAMING.test(decided.cue.text)) {
    const after = decided.cue.to;
    const inner = modalCue(text, tokens, after, to) ?? phraseCue(text, after, to, exception);
    if (inner && !(exception && inner.cue.from >= exception.from && inner.cue.from < exception.to))
      decided = inner;
  }
  const region = text.slice(from, to);
  const q = QUALIFIER.exec(region);
  const qualifier =
    q && !inException(from + q.index) ? span(text, from + q.index, from + q.index + q[0].length) : null;
  const r = RESTRICTION.exec(region);
  const restriction = r ? span(text, from + r.index, from + r.index + r[0].length) : null;
  return {
    from,
    to,
    modality: decided?.modality ?? 'statement',
    cue: decided?.cue ?? null,
    actor: actorOf(tokens, from, decided?.cue.from ?? to),
    exception,
    qualifier,
    restriction,
  };
}

const CACHE_LIMIT = 2000;
const cache = new Map<string, SentenceReading>();

/**
 * Read a sentence (already lower-cased, its list lead first). Readings are cached by text: while a
 * member types, the other sentences of the draft are read once.
 */
export function readSentence(text: string): SentenceReading {
  const hit = cache.get(text);
  if (hit) return hit;
  const tokens = tokenize(text);
  const clauses = clauseBounds(text, tokens).map(([a, b]) => readClause(text, tokens, a, b));
  const reading = { text, tokens, clauses };
  if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value as string);
  cache.set(text, reading);
  return reading;
}

/** The clause an offset falls in (the last one past the end). */
export function clauseAt(r: SentenceReading, at: number): ClauseReading {
  for (const c of r.clauses) if (at >= c.from && at < c.to) return c;
  return (
    r.clauses[r.clauses.length - 1] ?? {
      from: 0,
      to: r.text.length,
      modality: 'statement',
      cue: null,
      actor: '',
      exception: null,
      qualifier: null,
      restriction: null,
    }
  );
}

/** The sentence's governing clause: the first that says something normative. */
export function mainClause(r: SentenceReading): ClauseReading | null {
  return r.clauses.find((c) => c.modality !== 'statement') ?? null;
}
