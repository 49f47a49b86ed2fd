import type { CheckMark } from '@roundtable/shared';

/** Plain-words names for language-check marks, shared by the editor hint and the clause panel (no editor code here, so the panel stays light). */
export const SEVERITY_LABEL: Record<string, string> = {
  problem: 'Problem',
  warning: 'Warning',
  info: 'Note',
};

export const KIND_LABEL: Record<string, string> = {
  'vague-qualifier': 'Vague qualifier',
  'weak-modal': 'Optional wording in a duty',
  'swallowing-exception': 'Exception that swallows the rule',
  'undefined-term': 'Term used but not defined',
  'unused-definition': 'Definition never used',
  'inconsistent-term': 'Term used inconsistently',
  'reading-level': 'Hard to read',
  'passive-duty': 'Duty with no one responsible',
  contradiction: 'Contradicts another clause',
};

/** The words a screen reader or tooltip gives for one mark. */
export function describeMark(mark: CheckMark): string {
  return `${SEVERITY_LABEL[mark.severity] ?? 'Note'} — ${KIND_LABEL[mark.kind] ?? mark.kind}: “${mark.excerpt}”. ${mark.message} Suggestion: ${mark.suggestion}`;
}
