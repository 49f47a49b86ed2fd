/**
 * The rules of a vote ("question"), shared by the server (which enforces and freezes them) and
 * the client (which explains them and checks a ballot before sending it). Pure: no I/O.
 */

/** What people are asked to do. */
export enum QuestionKind {
  /** Approve, object or abstain on one proposal (plus block when the threshold is consensus). */
  APPROVAL = 'APPROVAL',
  /** Pick one of several alternatives. */
  CHOICE = 'CHOICE',
  /** Rank alternatives in order of preference; counted by instant runoff. */
  RANKED = 'RANKED',
}

/** How much support a proposal or alternative needs. */
export enum Threshold {
  /** The alternative with the most votes wins (choose-one only); a tie at the top decides nothing. */
  PLURALITY = 'PLURALITY',
  /** More than half of the votes cast for or against (abstentions do not count either way). */
  SIMPLE_MAJORITY = 'SIMPLE_MAJORITY',
  /** At least two thirds of the votes cast for or against. */
  TWO_THIRDS = 'TWO_THIRDS',
  /** Approval only: nobody blocks, and objections (stand-asides) do not outnumber approvals. */
  CONSENSUS = 'CONSENSUS',
}

/** The answers of an approval question. BLOCK exists only in consensus mode. */
export enum ApprovalChoice {
  APPROVE = 'APPROVE',
  OBJECT = 'OBJECT',
  ABSTAIN = 'ABSTAIN',
  BLOCK = 'BLOCK',
}

/** Choose-one ballots use this choice to abstain; ranked ballots abstain with an empty ranking. */
export const ABSTAIN = ApprovalChoice.ABSTAIN;

/** What a quorum's share is counted against. */
export enum QuorumBase {
  /** Everyone eligible to vote (the board's members and facilitators). */
  ELIGIBLE = 'ELIGIBLE',
  /** Those checked in at the meeting the question belongs to. */
  PRESENT = 'PRESENT',
}

export interface Quorum {
  /** At least this many ballots (abstentions count: they are present and taking part). */
  count?: number | null;
  /** At least this percentage (1–100) of the base, rounded up. */
  percent?: number | null;
  base: QuorumBase;
}

export interface QuestionOption {
  id: string;
  label: string;
}

export interface QuestionRules {
  kind: QuestionKind;
  threshold: Threshold;
  /** The alternatives of a choose-one or ranked question; empty for approval. */
  options: readonly QuestionOption[];
  quorum: Quorum;
}

/** One person's answer. Approval and choose-one use `choice`; ranked uses `ranking`. */
export interface Ballot {
  choice?: string | null;
  ranking?: readonly string[] | null;
}

export const VOTE_LIMITS = {
  optionsMin: 2,
  optionsMax: 12,
  optionLabelMax: 200,
  reasonMax: 2000,
  promptMax: 500,
} as const;

/** Which thresholds make sense for a kind of question; the first is the default. */
export function allowedThresholds(kind: QuestionKind): Threshold[] {
  switch (kind) {
    case QuestionKind.APPROVAL:
      return [Threshold.SIMPLE_MAJORITY, Threshold.TWO_THIRDS, Threshold.CONSENSUS];
    case QuestionKind.CHOICE:
      return [Threshold.SIMPLE_MAJORITY, Threshold.PLURALITY, Threshold.TWO_THIRDS];
    case QuestionKind.RANKED:
      // Instant runoff already runs to a majority of the ballots still in play.
      return [Threshold.SIMPLE_MAJORITY];
  }
}

/** The answers a person may give to an approval question under these rules. */
export function approvalChoices(threshold: Threshold): ApprovalChoice[] {
  const choices = [ApprovalChoice.APPROVE, ApprovalChoice.OBJECT, ApprovalChoice.ABSTAIN];
  return threshold === Threshold.CONSENSUS ? [...choices, ApprovalChoice.BLOCK] : choices;
}

/** Problems with a question's rules, written for the facilitator; empty when the rules are sound. */
export function validateRules(rules: QuestionRules): string[] {
  const problems: string[] = [];
  if (!allowedThresholds(rules.kind).includes(rules.threshold)) {
    problems.push(
      `A ${kindLabel(rules.kind)} question cannot use the ${thresholdLabel(rules.threshold)} threshold.`,
    );
  }
  if (rules.kind === QuestionKind.APPROVAL) {
    if (rules.options.length > 0) problems.push('An approve/object question has no alternatives to list.');
  } else {
    if (rules.options.length < VOTE_LIMITS.optionsMin || rules.options.length > VOTE_LIMITS.optionsMax) {
      problems.push(`List between ${VOTE_LIMITS.optionsMin} and ${VOTE_LIMITS.optionsMax} alternatives.`);
    }
    const ids = new Set<string>();
    const labels = new Set<string>();
    for (const option of rules.options) {
      const label = option.label.trim();
      if (!option.id || option.id === ABSTAIN)
        problems.push('Every alternative needs an id other than ABSTAIN.');
      if (!label || label.length > VOTE_LIMITS.optionLabelMax) {
        problems.push(`Every alternative needs a name of 1–${VOTE_LIMITS.optionLabelMax} characters.`);
      }
      if (ids.has(option.id)) problems.push('Two alternatives have the same id.');
      if (labels.has(label.toLowerCase())) problems.push(`Two alternatives are both called "${label}".`);
      ids.add(option.id);
      labels.add(label.toLowerCase());
    }
  }
  const { count, percent } = rules.quorum;
  if (count != null && (!Number.isInteger(count) || count < 0 || count > 10_000)) {
    problems.push('A quorum count must be a whole number from 0 to 10,000.');
  }
  if (percent != null && (!Number.isInteger(percent) || percent < 0 || percent > 100)) {
    problems.push('A quorum share must be a whole percentage from 0 to 100.');
  }
  return [...new Set(problems)];
}

/** Why a ballot cannot be accepted under these rules, or null when it can. */
export function validateBallot(rules: QuestionRules, ballot: Ballot): string | null {
  switch (rules.kind) {
    case QuestionKind.APPROVAL: {
      if (ballot.ranking != null) return 'This question takes a single answer, not a ranking.';
      if (!approvalChoices(rules.threshold).includes(ballot.choice as ApprovalChoice)) {
        return rules.threshold === Threshold.CONSENSUS
          ? 'Choose approve, object, abstain or block.'
          : 'Choose approve, object or abstain.';
      }
      return null;
    }
    case QuestionKind.CHOICE: {
      if (ballot.ranking != null) return 'This question takes a single choice, not a ranking.';
      if (ballot.choice === ABSTAIN) return null;
      if (!rules.options.some((o) => o.id === ballot.choice))
        return 'Choose one of the listed alternatives, or abstain.';
      return null;
    }
    case QuestionKind.RANKED: {
      if (ballot.choice != null) return 'This question takes a ranking, not a single choice.';
      const ranking = ballot.ranking ?? [];
      const known = new Set(rules.options.map((o) => o.id));
      if (ranking.some((id) => !known.has(id))) return 'Rank only the listed alternatives.';
      if (new Set(ranking).size !== ranking.length) return 'Rank each alternative at most once.';
      return null;
    }
  }
}

/** Whether a ballot takes no side (it still counts towards the quorum). */
export function isAbstention(rules: QuestionRules, ballot: Ballot): boolean {
  if (rules.kind === QuestionKind.RANKED) return (ballot.ranking ?? []).length === 0;
  return ballot.choice === ABSTAIN;
}

/** How many ballots the quorum needs, given the size of its base (eligible or present). */
export function requiredForQuorum(quorum: Quorum, baseSize: number): number {
  const byCount = quorum.count ?? 0;
  const byShare = quorum.percent ? Math.ceil((quorum.percent * Math.max(0, baseSize)) / 100) : 0;
  return Math.max(byCount, byShare);
}

export function kindLabel(kind: QuestionKind): string {
  return { APPROVAL: 'approve/object', CHOICE: 'choose-one', RANKED: 'ranked-choice' }[kind];
}

export function thresholdLabel(threshold: Threshold): string {
  return {
    PLURALITY: 'most votes',
    SIMPLE_MAJORITY: 'simple majority',
    TWO_THIRDS: 'two-thirds',
    CONSENSUS: 'consensus',
  }[threshold];
}

export const APPROVAL_CHOICE_LABELS: Record<ApprovalChoice, string> = {
  APPROVE: 'Approve',
  OBJECT: 'Object',
  ABSTAIN: 'Abstain',
  BLOCK: 'Block',
};
