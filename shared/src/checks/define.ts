/**
 * Recognise a definition in one sentence: '"Deadly force" means…', 'Deadly force is defined as…',
 * 'In this policy, force refers to…', and (when allowed) the glossary form 'Deadly force: …'.
 */

export interface ParsedDefinition {
  /** The term as written. */
  term: string;
  /** Lower-case, article-free key used to compare terms. */
  key: string;
  /** Offsets of the term inside the sentence. */
  from: number;
  to: number;
}

const VERB = String.raw`(?:means|shall\s+mean|refers\s+to|shall\s+refer\s+to|is\s+defined\s+as|are\s+defined\s+as|shall\s+be\s+defined\s+as|has\s+the\s+meaning|denotes|describes)`;
const INTRO = String.raw`(?:(?:for\s+(?:the\s+)?purposes?\s+of\s+this\s+(?:policy|section|directive|order)|in\s+this\s+(?:policy|section|directive|order)|as\s+used\s+(?:in|throughout)\s+this\s+(?:policy|section|directive|order)),?\s+)?`;

const QUOTED = new RegExp(
  String.raw`^\s*${INTRO}(?:the\s+(?:term|phrase)\s+)?(["'\u201C\u2018])([^"'\u201D\u2019]{2,60})["'\u201D\u2019]\s*(?:,\s*)?(?:${VERB}|includes|:|[-\u2013\u2014])`,
  'i',
);
const QUOTED_ANYWHERE = new RegExp(
  String.raw`(["\u201C])([^"\u201D]{2,60})["\u201D]\s*(?:,\s*)?${VERB}`,
  'i',
);
const BARE = new RegExp(
  String.raw`^\s*${INTRO}(?:the\s+(?:term|phrase)\s+)?([A-Za-z][A-Za-z'\- ]{1,60}?)\s*,?\s+(?:${VERB}|includes)\b`,
  'i',
);
const GLOSSARY = /^\s*([A-Za-z][A-Za-z'\- ]{1,60}?)\s*(?::|\s[-\u2013\u2014]{1,2}\s)\s*\S/;

/** Cheap gates so ordinary sentences skip the full patterns. */
const MAYBE_DEFINITION = /\b(?:means|mean|refers?|defined|denotes|describes|includes|meaning)\b/i;
const GLOSSARY_HINT = /^[^:]{1,62}:|\s[-\u2013\u2014]{1,2}\s/;

const NOT_A_TERM =
  /\b(?:shall|must|may|will|should|can|is|are|be|was|were|this|that|each|every|officers?|when|if|who)\b/i;

/** Lower-case, strip articles and quotes, collapse spaces. */
export function termKey(term: string): string {
  return term
    .toLowerCase()
    .replace(/[\u2018\u2019\u201C\u201D"']/g, '')
    .replace(/[\u2010-\u2014]/g, '-')
    .replace(/^\s*(?:the|a|an)\s+/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

function make(sentence: string, term: string, searchFrom: number): ParsedDefinition | null {
  const clean = term.trim();
  const words = clean.split(/\s+/).length;
  if (words > 6 || clean.length < 2) return null;
  const from = sentence.indexOf(clean, searchFrom);
  if (from < 0) return null;
  return { term: clean, key: termKey(clean), from, to: from + clean.length };
}

/**
 * The term a sentence defines, or null. `glossary` accepts the 'Term: meaning' form, which is only
 * trustworthy inside a definitions section.
 */
export function parseDefinition(
  sentence: string,
  options: { glossary?: boolean } = {},
): ParsedDefinition | null {
  if (!MAYBE_DEFINITION.test(sentence) && !(options.glossary && GLOSSARY_HINT.test(sentence))) return null;
  let m = QUOTED.exec(sentence);
  if (m) return make(sentence, m[2], m.index);
  m = QUOTED_ANYWHERE.exec(sentence);
  if (m) return make(sentence, m[2], m.index);
  m = BARE.exec(sentence);
  if (m && !NOT_A_TERM.test(m[1])) return make(sentence, m[1].replace(/^(?:the|a|an)\s+/i, ''), m.index);
  if (options.glossary) {
    m = GLOSSARY.exec(sentence);
    if (m && !NOT_A_TERM.test(m[1])) return make(sentence, m[1], m.index);
  }
  return null;
}
