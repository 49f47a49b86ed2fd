import {
  ABSTAIN,
  ApprovalChoice,
  Ballot,
  isAbstention,
  QuestionKind,
  QuestionRules,
  QuorumBase,
  requiredForQuorum,
  Threshold,
} from './rules';

/** What a count decided. */
export enum Outcome {
  /** The proposal is approved, or `winner` was chosen. */
  PASSED = 'PASSED',
  /** Not enough support (or nobody took a side). */
  FAILED = 'FAILED',
  /** Consensus mode: at least one member blocked. */
  BLOCKED = 'BLOCKED',
  /** Too few ballots: nothing was decided, whatever the numbers say. */
  NO_QUORUM = 'NO_QUORUM',
  /** Alternatives tied for first (or, ranked, the last ones standing tied). */
  TIE = 'TIE',
  /** Choose-one: no alternative reached the threshold. */
  NO_MAJORITY = 'NO_MAJORITY',
}

export interface OptionCount {
  /** An ApprovalChoice for approval questions, an option id otherwise. */
  option: string;
  count: number;
}

export interface RunoffRound {
  /** First preferences among the alternatives still in the count, in the question's order. */
  counts: OptionCount[];
  /** Ballots whose ranked alternatives have all been eliminated. */
  exhausted: number;
  /** Alternatives eliminated at the end of this round (none in the final round). */
  eliminated: string[];
}

export interface TallyResult {
  kind: QuestionKind;
  threshold: Threshold;
  /** Ballots cast, abstentions included. */
  ballots: number;
  abstentions: number;
  eligible: number;
  /** What the quorum share was counted against (eligible, or present at the meeting). */
  quorumBase: number;
  quorumRequired: number;
  quorumMet: boolean;
  /**
   * Approval: APPROVE, OBJECT, ABSTAIN (and BLOCK in consensus mode), always in that order.
   * Choose-one: each alternative in the question's order. Ranked: first preferences (round 1).
   */
  counts: OptionCount[];
  /** Ranked only: every round of the instant runoff. */
  rounds: RunoffRound[];
  outcome: Outcome;
  /** The chosen alternative (choose-one and ranked) when the outcome is PASSED. */
  winner: string | null;
  /** Alternatives tied when the outcome is TIE (or tied at the top under NO_MAJORITY). */
  tied: string[];
}

export interface TallyContext {
  /** How many people may vote (members and facilitators). */
  eligible: number;
  /** How many were checked in at the meeting, for quorums counted against those present. */
  present?: number | null;
}

/**
 * Counts ballots under a question's rules. Pure and deterministic: the same ballots in any order
 * give the same result, so a frozen result can always be recomputed and checked.
 */
export function tally(rules: QuestionRules, ballots: readonly Ballot[], context: TallyContext): TallyResult {
  const quorumBase =
    rules.quorum.base === QuorumBase.PRESENT && context.present != null ? context.present : context.eligible;
  const quorumRequired = requiredForQuorum(rules.quorum, quorumBase);
  const abstentions = ballots.filter((b) => isAbstention(rules, b)).length;
  const base = {
    kind: rules.kind,
    threshold: rules.threshold,
    ballots: ballots.length,
    abstentions,
    eligible: context.eligible,
    quorumBase,
    quorumRequired,
    quorumMet: ballots.length >= quorumRequired,
  };
  const decided = (() => {
    switch (rules.kind) {
      case QuestionKind.APPROVAL:
        return countApproval(rules, ballots);
      case QuestionKind.CHOICE:
        return countChoice(rules, ballots);
      case QuestionKind.RANKED:
        return countRanked(rules, ballots);
    }
  })();
  if (!base.quorumMet) return { ...base, ...decided, outcome: Outcome.NO_QUORUM, winner: null, tied: [] };
  return { ...base, ...decided };
}

type Decided = Pick<TallyResult, 'counts' | 'rounds' | 'outcome' | 'winner' | 'tied'>;

function countApproval(rules: QuestionRules, ballots: readonly Ballot[]): Decided {
  const n = (choice: ApprovalChoice) => ballots.filter((b) => b.choice === choice).length;
  const approve = n(ApprovalChoice.APPROVE);
  const object = n(ApprovalChoice.OBJECT);
  const block = n(ApprovalChoice.BLOCK);
  const consensus = rules.threshold === Threshold.CONSENSUS;
  const counts: OptionCount[] = [
    { option: ApprovalChoice.APPROVE, count: approve },
    { option: ApprovalChoice.OBJECT, count: object },
    { option: ApprovalChoice.ABSTAIN, count: n(ApprovalChoice.ABSTAIN) },
    ...(consensus ? [{ option: ApprovalChoice.BLOCK, count: block }] : []),
  ];
  // A block outside consensus mode cannot be cast (validateBallot); count it against if present.
  const against = object + block;
  const decisive = approve + against;
  let outcome: Outcome;
  if (consensus) outcome = block > 0 ? Outcome.BLOCKED : approve > object ? Outcome.PASSED : Outcome.FAILED;
  else if (rules.threshold === Threshold.TWO_THIRDS)
    outcome = decisive > 0 && approve * 3 >= decisive * 2 ? Outcome.PASSED : Outcome.FAILED;
  else outcome = approve * 2 > decisive ? Outcome.PASSED : Outcome.FAILED;
  return { counts, rounds: [], outcome, winner: null, tied: [] };
}

function countChoice(rules: QuestionRules, ballots: readonly Ballot[]): Decided {
  const counts = rules.options.map((o) => ({
    option: o.id,
    count: ballots.filter((b) => b.choice === o.id).length,
  }));
  const decisive = counts.reduce((sum, c) => sum + c.count, 0);
  const top = Math.max(0, ...counts.map((c) => c.count));
  const leaders = counts.filter((c) => c.count === top).map((c) => c.option);
  if (decisive === 0) return { counts, rounds: [], outcome: Outcome.FAILED, winner: null, tied: [] };
  const reached =
    rules.threshold === Threshold.PLURALITY
      ? leaders.length === 1
      : rules.threshold === Threshold.TWO_THIRDS
        ? top * 3 >= decisive * 2
        : top * 2 > decisive;
  if (reached && leaders.length === 1)
    return { counts, rounds: [], outcome: Outcome.PASSED, winner: leaders[0], tied: [] };
  if (rules.threshold === Threshold.PLURALITY)
    return { counts, rounds: [], outcome: Outcome.TIE, winner: null, tied: leaders };
  return {
    counts,
    rounds: [],
    outcome: Outcome.NO_MAJORITY,
    winner: null,
    tied: leaders.length > 1 ? leaders : [],
  };
}

/**
 * Instant runoff. Each round counts every ballot for its highest-ranked alternative still in the
 * count. An alternative with more than half of the ballots still in play wins. Otherwise the
 * alternative with the fewest votes is eliminated; a tie for fewest is broken by the most recent
 * earlier round in which the tied alternatives differed; if they never differed, all of them are
 * eliminated together. When every alternative left is tied, the result is a TIE: a deliberative
 * body should not settle an even split by lot or by list order.
 */
function countRanked(rules: QuestionRules, ballots: readonly Ballot[]): Decided {
  const order = rules.options.map((o) => o.id);
  const continuing = new Set(order);
  const rankings = ballots
    .map((b) => (b.ranking ?? []).filter((id) => continuing.has(id)))
    .filter((r) => r.length > 0);
  const rounds: RunoffRound[] = [];
  const history: Map<string, number>[] = [];
  for (;;) {
    const tallyOf = new Map(order.filter((id) => continuing.has(id)).map((id) => [id, 0]));
    let exhausted = 0;
    for (const ranking of rankings) {
      const first = ranking.find((id) => continuing.has(id));
      if (first === undefined) exhausted += 1;
      else tallyOf.set(first, tallyOf.get(first)! + 1);
    }
    const counts = [...tallyOf].map(([option, count]) => ({ option, count }));
    const round: RunoffRound = { counts, exhausted, eliminated: [] };
    rounds.push(round);
    history.push(tallyOf);
    const inPlay = counts.reduce((sum, c) => sum + c.count, 0);
    const roundOneCounts = rounds[0].counts;
    if (inPlay === 0)
      return { counts: roundOneCounts, rounds, outcome: Outcome.FAILED, winner: null, tied: [] };
    const top = Math.max(...counts.map((c) => c.count));
    if (top * 2 > inPlay) {
      const winner = counts.find((c) => c.count === top)!.option;
      return { counts: roundOneCounts, rounds, outcome: Outcome.PASSED, winner, tied: [] };
    }
    const fewest = Math.min(...counts.map((c) => c.count));
    let lowest = counts.filter((c) => c.count === fewest).map((c) => c.option);
    if (lowest.length === continuing.size) {
      return { counts: roundOneCounts, rounds, outcome: Outcome.TIE, winner: null, tied: lowest };
    }
    // Backwards tie-break through earlier rounds.
    for (let r = history.length - 2; r >= 0 && lowest.length > 1; r--) {
      const earlier = history[r];
      const min = Math.min(...lowest.map((id) => earlier.get(id) ?? 0));
      lowest = lowest.filter((id) => (earlier.get(id) ?? 0) === min);
    }
    round.eliminated = lowest;
    for (const id of lowest) continuing.delete(id);
  }
}

/** A reason given with an object or block (or, for alternatives, with a losing first choice). */
export interface Dissent {
  choice: string;
  reason: string;
  /** Who gave it; null on secret ballots. */
  voter: string | null;
}

/**
 * The dissents a decision records for the packet: every objection and block that came with a
 * reason; for choose-one and ranked questions, reasons given with a first choice that did not win.
 */
export function dissentsOf(
  rules: QuestionRules,
  ballots: readonly (Ballot & { reason?: string | null; voter?: string | null })[],
  result: Pick<TallyResult, 'winner'>,
  secret: boolean,
): Dissent[] {
  const dissents: Dissent[] = [];
  for (const ballot of ballots) {
    const reason = ballot.reason?.trim();
    if (!reason) continue;
    const first = rules.kind === QuestionKind.RANKED ? ballot.ranking?.[0] : ballot.choice;
    if (!first || first === ABSTAIN) continue;
    const dissenting =
      rules.kind === QuestionKind.APPROVAL
        ? first === ApprovalChoice.OBJECT || first === ApprovalChoice.BLOCK
        : first !== result.winner;
    if (dissenting) dissents.push({ choice: first, reason, voter: secret ? null : (ballot.voter ?? null) });
  }
  // Secret dissents carry no order that could be matched against the time ballots were cast.
  return secret
    ? dissents.sort((a, b) => a.choice.localeCompare(b.choice) || a.reason.localeCompare(b.reason))
    : dissents;
}

/** One sentence that says what happened, for the result card and the minutes. */
export function describeOutcome(result: TallyResult, labelOf: (option: string) => string = (o) => o): string {
  const of = `${result.ballots} ballot${result.ballots === 1 ? '' : 's'}`;
  switch (result.outcome) {
    case Outcome.NO_QUORUM:
      return `No quorum: ${of} cast, ${result.quorumRequired} needed. Nothing was decided.`;
    case Outcome.BLOCKED: {
      const blocks = result.counts.find((c) => c.option === ApprovalChoice.BLOCK)?.count ?? 0;
      return `Blocked by ${blocks} member${blocks === 1 ? '' : 's'}: no consensus.`;
    }
    case Outcome.TIE:
      return `Tie between ${result.tied.map(labelOf).join(' and ')}. Nothing was decided.`;
    case Outcome.NO_MAJORITY:
      return `No alternative reached the threshold (${of} cast).`;
    case Outcome.FAILED:
      return result.kind === QuestionKind.APPROVAL
        ? `Not approved (${of} cast).`
        : `Nothing was chosen (${of} cast).`;
    case Outcome.PASSED:
      if (result.kind === QuestionKind.APPROVAL) return `Approved (${of} cast).`;
      return result.kind === QuestionKind.RANKED && result.rounds.length > 1
        ? `${labelOf(result.winner!)} won after ${result.rounds.length} rounds of instant runoff (${of} cast).`
        : `${labelOf(result.winner!)} was chosen (${of} cast).`;
  }
}
