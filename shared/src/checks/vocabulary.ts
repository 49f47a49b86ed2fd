/**
 * Terms a use-of-force policy should define, and the families of words that name the same thing.
 * Using two members of one family in a draft ("deadly force" and "lethal force") invites two readings.
 */

export interface TermFamily {
  /** The default preferred wording when the draft defines none of the variants. */
  preferred: string;
  variants: readonly string[];
}

export const TERM_FAMILIES: readonly TermFamily[] = [
  { preferred: 'deadly force', variants: ['deadly force', 'lethal force'] },
  {
    preferred: 'serious bodily injury',
    variants: [
      'serious bodily injury',
      'serious physical injury',
      'great bodily injury',
      'great bodily harm',
      'grievous bodily harm',
      'serious bodily harm',
    ],
  },
  { preferred: 'imminent threat', variants: ['imminent threat', 'immediate threat'] },
  {
    preferred: 'less-lethal',
    variants: ['less-lethal', 'less-than-lethal', 'non-lethal', 'nonlethal'],
  },
  { preferred: 'de-escalation', variants: ['de-escalation', 'deescalation'] },
  { preferred: 'chokehold', variants: ['chokehold', 'choke hold'] },
  {
    preferred: 'conducted energy weapon',
    variants: [
      'conducted energy weapon',
      'conducted electrical weapon',
      'electronic control weapon',
      'stun gun',
    ],
  },
  {
    preferred: 'vehicle pursuit',
    variants: ['vehicle pursuit', 'vehicular pursuit', 'police chase', 'car chase', 'high-speed chase'],
  },
  {
    preferred: 'carotid restraint',
    variants: ['carotid restraint', 'carotid hold', 'carotid control hold', 'vascular neck restraint'],
  },
  {
    preferred: 'use-of-force report',
    variants: ['use-of-force report', 'force report', 'response-to-resistance report'],
  },
];

/** Terms that carry a special meaning and belong in the definitions section when used. */
export const TERMS_TO_DEFINE: readonly string[] = [
  ...TERM_FAMILIES.filter((f) => f.preferred !== 'use-of-force report').map((f) => f.preferred),
  'excessive force',
  'reportable force',
  'active resistance',
  'passive resistance',
  'exigent circumstances',
  'totality of the circumstances',
  'positional asphyxia',
  'objectively reasonable',
  'neck restraint',
];

/** One canonical key for a term: lower case, hyphens as spaces, no plural s, no article. */
export function canonicalTerm(term: string): string {
  return term
    .toLowerCase()
    .replace(/[\u2018\u2019\u201C\u201D"']/g, '')
    .replace(/[-\u2010-\u2014]+/g, ' ')
    .replace(/^\s*(?:the|a|an)\s+/, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/(?<=[a-z]{3}[^s])s$/, '');
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A pattern that finds a term with either hyphens or spaces and an optional plural. */
export function termPattern(term: string): string {
  const words = canonicalTerm(term).split(' ').map(escape);
  return `\\b${words.join('[\\s\\-\\u2010-\\u2014]+')}(?:s|es)?\\b`;
}

/** Canonical keys of each family's variants, in the family's order. */
export const FAMILY_KEYS: readonly (readonly string[])[] = TERM_FAMILIES.map((f) =>
  f.variants.map(canonicalTerm),
);

/** Canonical variant key → index of its family. */
export const FAMILY_OF: ReadonlyMap<string, number> = new Map(
  FAMILY_KEYS.flatMap((keys, i) => keys.map((k) => [k, i] as const)),
);

/** Canonical keys of TERMS_TO_DEFINE. */
export const TERMS_TO_DEFINE_KEYS: ReadonlySet<string> = new Set(TERMS_TO_DEFINE.map(canonicalTerm));

/** Whether the draft defines any member of the family a term belongs to. */
export function familyDefined(key: string, defined: ReadonlyMap<string, unknown>): boolean {
  const fam = FAMILY_OF.get(key);
  return fam !== undefined && FAMILY_KEYS[fam].some((k) => defined.has(k));
}
