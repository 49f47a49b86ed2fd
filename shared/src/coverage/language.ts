import { normalizeForMatch } from '../checks/text';

/**
 * The linguistic structure the detector reads: clause segments inside a sentence, exception
 * regions ("unless…", "except when…"), and the normative force of a segment (ban, duty, weak
 * duty, permission, negated duty). All regexes are compiled once at module load.
 */

/** Duties: shall, must, is required to, has a duty to… */
export const OBLIGATION =
  /\b(?:shall|must|will|(?:is|are) to|(?:is|are|be) required|required to|requires?|(?:has|have|owes?) a (?:duty|responsibility)|duty to|obligat\w*|mandatory|mandated|responsible for|(?:needs?|ha(?:ve|s)) to|directed to|instructed to|(?:is|are) expected to)\b/;

/** Softer forms that ask rather than require. */
export const WEAK =
  /\b(?:should|may|might|can|could|encouraged|urged|strives?|endeavou?rs?|ideally|recommended|advised|tr(?:y|ies) to|seeks? to|aims? to|where(?:ver)? possible|whenever possible)\b/;

/** Permission or authorisation. */
export const PERMIT =
  /\b(?:may|can|permitted|permissible|authori[sz]ed|authori[sz]es|allowed|allows|acceptable|justified|approved|sanctioned|entitled|lawful)\b/;

/** "Not required" and friends: the duty is switched off. */
export const NEG_DUTY =
  /\b(?:(?:is|are|be|being|shall|will)\s+not\s+(?:be\s+)?(?:required|obligated|obliged|expected|mandatory)|(?:need|needs)\s+not|needn't|not\s+(?:have|has)\s+to|not\s+(?:obligated|necessary to)|optional|discretionary|at\s+(?:the|his|her|their)\s+(?:officer'?s?\s+|own\s+)?discretion|nothing in this (?:policy|section|directive) (?:requires|shall require)|is\s+left\s+to\s+the\s+(?:officer|discretion))\b/;

/** Disregard: "regardless of", "without regard to", "irrelevant". Read per rule, not as a general negation. */
export const DISREGARD =
  /\b(?:regardless\s+of|without\s+regard\s+(?:to|for)|irrespective\s+of|(?:is|are)\s+irrelevant|(?:shall|need|must)\s+not\s+(?:be\s+)?(?:consider|taken\s+into\s+account)\w*)\b/;

/** Negations that read as a duty: "shall not hesitate to", "failure to … is a violation". */
export const DOUBLE_NEG =
  /\b(?:(?:shall|must|will|may|should)\s+not\s+(?:hesitate|delay|fail|wait|neglect|refuse)|(?:failure|failing|refusal)\s+to\b[^.;]*?\b(?:violation|misconduct|discipline|disciplinary|subject))\b/;

/** Bans. Applied after NEG_DUTY and DOUBLE_NEG spans are blanked out. */
export const PROHIBIT =
  /\b(?:(?:shall|must|will|may|can|should|do|does|did|is|are|be|being)\s+(?:not|never)\b|cannot\b|can't\b|won't\b|never\b|no\s+(?:officers?|members?|employees?|deput(?:y|ies)|persons?|one|personnel|sworn|agency|department)\b|no\s+longer\s+(?:be\s+)?(?:an?\s+)?(?:approved|authori[sz]ed|permitted|allowed|acceptable)|under\s+no\s+circumstances?|in\s+no\s+(?:case|event|circumstances?)|at\s+no\s+time|prohibit\w*|ban(?:s|ned)?\b|forbid\w*|barred|disallow\w*|impermissible|not\s+(?:permitted|authori[sz]ed|allowed|acceptable|sanctioned|approved|justified|lawful)|refrain\w*\s+from|(?:is|are)\s+not\s+to\b|out\s+of\s+policy)/;

/** A softened ban: "should not", "avoid". */
export const WEAK_PROHIBIT =
  /\b(?:should\s+(?:not|never|avoid)|avoid\w*|discourag\w*|generally\s+(?:not|prohibited|avoid))\b/;

/** Restrictions that make a permission into a limit. */
export const RESTRICT =
  /\b(?:only|solely|exclusively|limited\s+to|restricted\s+to|reserved\s+for|confined\s+to|no\s+more\s+than|not\s+(?:to\s+)?exceed|last\s+resort|unless|except|until|provided\s+that|other\s+than)\b/;

/** "Only when…", "limited to…": a permission with conditions (a ban's opposite). */
export const CONDITIONAL_PERMIT =
  /\b(?:only\s+(?:when|if|where|in|after|to|for|as)|limited\s+to|restricted\s+to|reserved\s+for|permitted\s+(?:when|if|where|in)|authori[sz]ed\s+(?:when|if|where|in|for)|allowed\s+(?:when|if|where|in))\b/;

/** Exceptions that hand the decision back to the officer's own judgment. */
export const SUBJECTIVE =
  /\b(?:believes?|believed|feels?|felt|deems?|deemed|judges?|perceives?|perceived|considers?|thinks?|determines?|in\s+(?:the|his|her|their)\s+(?:officer'?s\s+)?(?:own\s+)?(?:judg(?:e)?ment|opinion|view|discretion)|at\s+(?:the|his|her|their)\s+(?:officer'?s\s+)?discretion|(?:deadly|lethal)\s+force\s+(?:is|would\s+be|becomes|is\s+otherwise)\s+(?:justified|authori[sz]ed|permitted|warranted|necessary|allowed)|exigen\w*|emergenc\w*|necessary|appropriate|justified|warranted|reasonable|feasible|practical|practicable|circumstances\s+(?:require|warrant|dictate|demand|permit)|the\s+situation\s+(?:requires|warrants|demands))\b/;

/** Vague qualifiers that let a duty be skipped; matched by structure, not by a fixed phrase list. */
export const VAGUE_QUALIFIER = new RegExp(
  [
    // "if feasible", "when it is safe and practicable", "where reasonably possible", "as appropriate"
    String.raw`\b(?:if|when|where|whenever|wherever|as|as\s+soon\s+as|to\s+the\s+(?:greatest\s+|maximum\s+|fullest\s+)?extent|insofar\s+as|so\s+far\s+as)\s+(?:it\s+is\s+|is\s+|are\s+|deemed\s+|otherwise\s+|reasonably\s+|safely\s+|objectively\s+|tactically\s+|safe\s+and\s+|necessary\s+and\s+)*(?:feasible|practicable|practical|possible|appropriate|reasonable|warranted|needed|necessary|advisable|prudent|circumstances\s+(?:permit|allow)|time\s+(?:and\s+circumstances\s+)?(?:permits?|allows?))\b`,
    // "reasonable efforts", "every reasonable attempt", "good-faith effort"
    String.raw`\b(?:(?:every|all|reasonable|good[-\s]faith|best)\s+)+(?:efforts?|attempts?|endeavou?rs?)\b`,
    // "circumstances permitting", "time permitting"
    String.raw`\b(?:circumstances|time|conditions)\s+permitting\b`,
    // "as the situation allows", "if circumstances dictate"
    String.raw`\b(?:as|if|when|where|whenever)\s+(?:the\s+)?(?:situation|circumstances?|time|conditions)\s+(?:allows?|permits?|dictates?|warrants?)\b`,
  ].join('|'),
);

export const TRAINING =
  /\b(?:train(?:ing|s)?|(?<!specially\s|appropriately\s|professionally\s|trained\s)trained\s+(?:on|in|to)\b|curricul\w*|courses?|instruct(?:ion|ors?)|academy|lessons?|taught|teach\w*)\b/;

export const REPORTING =
  /\b(?:reports?|reporting|reported|record(?:s|ed|ing)?|document(?:s|ed|ing|ation)?|forms?|captur\w*|logs?|logged|fields?|entr(?:y|ies))\b/;

const EXCEPTION_START =
  /\b(?:unless|except(?:\s+(?:when|where|if|as|in|that|for|to|during|on))?|excepting|provided(?:,)?\s+(?:that|however)|other\s+than\s+(?:when|where|in|to|during)|save\s+(?:when|where)|with\s+the\s+exception\s+of|but\s+only\s+(?:when|if))\b/g;

const MODAL_AHEAD =
  /^(?:\s*,)?(?:\s+[a-z'-]+){0,5}?\s+(?:shall|must|may|will|should|can|cannot|is\s+(?:required|prohibited)|are\s+(?:required|prohibited))\b/;
const MODAL_ANY = /\b(?:shall|must|may|will|should|can|cannot|required|prohibited)\b/;
const HARD_BOUNDARY = /;|,?\s+(?:but|however|whereas|although|though)\b,?|\.\s/g;
const SOFT_BOUNDARY = /,?\s+(?:and|or|and\/or)\s+|,\s+/g;

export interface Segment {
  from: number;
  to: number;
  /** Exception region inside the segment, or -1 when there is none. */
  excFrom: number;
  excTo: number;
}

export interface Analysis {
  /** Normalised (lower-case) text; the lead, if any, comes first followed by one space. */
  text: string;
  /** Length of the lead prefix (0 without a lead). */
  leadLength: number;
  segments: Segment[];
}

function splitAt(
  text: string,
  from: number,
  to: number,
  re: RegExp,
  accept: (end: number) => boolean,
): number[] {
  const cuts: number[] = [];
  re.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) && m.index < to) {
    const end = m.index + m[0].length;
    if (accept(end)) cuts.push(m.index, end);
    if (m[0].length === 0) re.lastIndex++;
  }
  return cuts;
}

/**
 * Break a sentence into clause-like segments. Hard boundaries (";", "but", "however") always cut.
 * "and"/"or"/commas cut only when a new modal follows and the left side already has one, so a
 * compound subject ("chokeholds and neck restraints are prohibited") stays whole.
 */
function segment(text: string, start: number): Segment[] {
  const pieces: Array<[number, number]> = [];
  let last = start;
  const hard = splitAt(text, start, text.length, HARD_BOUNDARY, () => true);
  for (let i = 0; i < hard.length; i += 2) {
    pieces.push([last, hard[i]]);
    last = hard[i + 1];
  }
  pieces.push([last, text.length]);

  const out: Segment[] = [];
  for (const [from, to] of pieces) {
    let segStart = from;
    const soft = splitAt(text, from, to, SOFT_BOUNDARY, (end) => {
      const ahead = text.slice(end - 1, Math.min(to, end + 60));
      return MODAL_AHEAD.test(ahead);
    });
    for (let i = 0; i < soft.length; i += 2) {
      if (MODAL_ANY.test(text.slice(segStart, soft[i]))) {
        out.push(withException(text, segStart, soft[i]));
        segStart = soft[i + 1];
      }
    }
    out.push(withException(text, segStart, to));
  }
  return out.filter((s) => s.to > s.from);
}

function withException(text: string, from: number, to: number): Segment {
  EXCEPTION_START.lastIndex = from;
  const m = EXCEPTION_START.exec(text);
  if (!m || m.index >= to) return { from, to, excFrom: -1, excTo: -1 };
  const leading = text.slice(from, m.index).trim() === '';
  if (leading) {
    // "Unless X, officers shall…": the exception runs to the first comma.
    const comma = text.indexOf(',', m.index);
    const excTo = comma === -1 || comma >= to ? to : comma;
    return { from, to, excFrom: m.index, excTo };
  }
  return { from, to, excFrom: m.index, excTo: to };
}

/** Analyse a sentence (and its list lead, if any). */
export function analyse(sentence: string, lead?: string): Analysis {
  const leadText = lead ? `${lead} ` : '';
  const text = normalizeForMatch(leadText + sentence);
  return { text, leadLength: leadText.length, segments: segment(text, 0) };
}

export function segmentAt(a: Analysis, index: number): Segment {
  for (const s of a.segments) if (index >= s.from && index < s.to) return s;
  return a.segments[a.segments.length - 1] ?? { from: 0, to: a.text.length, excFrom: -1, excTo: -1 };
}

/** The segment's text with its exception region blanked, so markers inside it are ignored. */
export function mainText(a: Analysis, s: Segment): string {
  const t = a.text.slice(s.from, s.to);
  if (s.excFrom < 0) return t;
  return t.slice(0, s.excFrom - s.from) + ' '.repeat(s.excTo - s.excFrom) + t.slice(s.excTo - s.from);
}

export function exceptionText(a: Analysis, s: Segment): string {
  return s.excFrom < 0 ? '' : a.text.slice(s.excFrom, s.excTo);
}

export type Force = 'neg-duty' | 'ban' | 'weak-ban' | 'duty' | 'weak' | 'permit' | 'none';

const blank = (m: string) => ' '.repeat(m.length);
/** "prohibited force" as a noun phrase names a kind of force; it is not a ban in this sentence. */
const NOUN_PHRASE_G =
  /(?<!\b(?:is|are|be|as)\s+)\b(?:prohibited|banned|unauthori[sz]ed|forbidden)\s+(?:force|techniques?|conduct|acts?|holds?|tactics|weapons?|restraints?|actions?|practices?)\b/g;
const NEG_DUTY_G = new RegExp(NEG_DUTY.source, 'g');
const DOUBLE_NEG_G = new RegExp(DOUBLE_NEG.source, 'g');

/**
 * The normative force of a stretch of text. Order matters: "not required" is a switched-off
 * duty, "shall not hesitate" is a duty, and only then does a bare "not" read as a ban.
 */
export function forceOf(text: string): Force {
  if (NEG_DUTY.test(text)) return 'neg-duty';
  let t = text;
  let duty = false;
  if (DOUBLE_NEG.test(t)) {
    duty = true;
    t = t.replace(DOUBLE_NEG_G, blank);
  }
  t = t.replace(NEG_DUTY_G, blank).replace(NOUN_PHRASE_G, blank);
  if (WEAK_PROHIBIT.test(t)) return 'weak-ban';
  if (PROHIBIT.test(t)) return 'ban';
  if (duty || OBLIGATION.test(t)) return 'duty';
  if (
    PERMIT.test(t) &&
    /\b(?:may|can)\s+(?:only\s+)?(?:be\s+)?(?:us|appl|employ|fir|discharg|deploy|draw|point|pursu|initiat|engag|conduct|perform|utili|resort|shoot|stop)/.test(
      t,
    )
  )
    return 'permit';
  if (
    /\b(?:permitted|permissible|authori[sz]ed|authori[sz]es|allowed|allows|acceptable|justified|approved|sanctioned|entitled)\b/.test(
      t,
    )
  )
    return 'permit';
  if (WEAK.test(t)) return 'weak';
  return 'none';
}
