import { ABSTAIN, ApprovalChoice, approvalChoices, Threshold } from '@roundtable/shared';

export interface BallotOption {
  value: string;
  label: string;
  hint?: string;
}

const APPROVAL_HINTS: Record<ApprovalChoice, string> = {
  APPROVE: 'You support it.',
  OBJECT: 'You disagree; your reason is recorded as a dissent.',
  ABSTAIN: 'You take part without taking a side (counts toward quorum).',
  BLOCK: 'You cannot live with it: one block stops a consensus decision.',
};

/** The single-choice answers a ballot offers (approval and choose-one questions). */
export function ballotOptions(
  kind: 'APPROVAL' | 'CHOICE' | 'RANKED',
  threshold: Threshold | `${Threshold}`,
  options: readonly { id: string; label: string }[],
): BallotOption[] {
  if (kind === 'APPROVAL') {
    return approvalChoices(threshold as Threshold).map((c) => ({
      value: c,
      label: c.charAt(0) + c.slice(1).toLowerCase(),
      hint: APPROVAL_HINTS[c],
    }));
  }
  return [
    ...options.map((o) => ({ value: o.id, label: o.label })),
    { value: ABSTAIN, label: 'Abstain', hint: 'Counts toward quorum.' },
  ];
}

/** Moves an item of a ranking up (-1) or down (+1). */
export function move<T>(list: readonly T[], index: number, by: -1 | 1): T[] {
  const target = index + by;
  if (target < 0 || target >= list.length) return [...list];
  const copy = [...list];
  [copy[index], copy[target]] = [copy[target], copy[index]];
  return copy;
}

export function choiceLabel(
  choice: string | null | undefined,
  options: readonly { id: string; label: string }[],
): string {
  if (!choice) return '—';
  return options.find((o) => o.id === choice)?.label ?? choice.charAt(0) + choice.slice(1).toLowerCase();
}
