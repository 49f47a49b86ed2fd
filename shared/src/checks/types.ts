/** A clause as the checks see it: plain text only, offsets count UTF-16 code units of `text`. */
export interface PolicyClause {
  id: string;
  heading: string;
  text: string;
  componentIds: string[];
}

export type CheckMarkKind =
  | 'vague-qualifier'
  | 'weak-modal'
  | 'swallowing-exception'
  | 'undefined-term'
  | 'unused-definition'
  | 'inconsistent-term'
  | 'reading-level'
  | 'passive-duty'
  | 'contradiction';

export type CheckSeverity = 'info' | 'warning' | 'problem';

export interface CheckMark {
  /** Unique within one check result. */
  id: string;
  kind: CheckMarkKind;
  severity: CheckSeverity;
  clauseId: string;
  /** Character offsets into the clause's plain text. */
  from: number;
  to: number;
  excerpt: string;
  /** Why this matters, in plain English. */
  message: string;
  /** A better phrasing or the next step. */
  suggestion: string;
  /**
   * Hash of kind + clause id + normalised excerpt. Stays the same when unrelated text around the
   * excerpt changes, so a dismissal keyed on it survives ordinary edits.
   */
  fingerprint: string;
}

export interface CheckOptions {
  /** Flesch-Kincaid grade the policy should not exceed. Default 10. */
  targetGrade?: number;
  /** Clauses shorter than this many words get no reading-level mark. Default 20. */
  minWordsForReadingLevel?: number;
}

export const CHECK_MARK_KINDS: readonly CheckMarkKind[] = [
  'vague-qualifier',
  'weak-modal',
  'swallowing-exception',
  'undefined-term',
  'unused-definition',
  'inconsistent-term',
  'reading-level',
  'passive-duty',
  'contradiction',
];
