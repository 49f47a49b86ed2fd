import {
  ApprovalChoice as C,
  Ballot,
  QuestionKind,
  QuestionRules,
  QuorumBase,
  Threshold,
  allowedThresholds,
  approvalChoices,
  isAbstention,
  requiredForQuorum,
  validateBallot,
  validateRules,
} from './rules';
import { Outcome, describeOutcome, dissentsOf, tally } from './tally';
import { canonicalVotedText } from './voted-text';

const noQuorum = { base: QuorumBase.ELIGIBLE };
const approval = (
  threshold = Threshold.SIMPLE_MAJORITY,
  quorum: QuestionRules['quorum'] = noQuorum,
): QuestionRules => ({
  kind: QuestionKind.APPROVAL,
  threshold,
  options: [],
  quorum,
});
const OPTIONS = ['a', 'b', 'c', 'd'].map((id) => ({ id, label: id.toUpperCase() }));
const choice = (threshold = Threshold.SIMPLE_MAJORITY, n = 3): QuestionRules => ({
  kind: QuestionKind.CHOICE,
  threshold,
  options: OPTIONS.slice(0, n),
  quorum: noQuorum,
});
const ranked = (n = 3): QuestionRules => ({
  kind: QuestionKind.RANKED,
  threshold: Threshold.SIMPLE_MAJORITY,
  options: OPTIONS.slice(0, n),
  quorum: noQuorum,
});

const votes = (spec: Partial<Record<string, number>>): Ballot[] =>
  Object.entries(spec).flatMap(([c, n]) => Array.from({ length: n ?? 0 }, () => ({ choice: c })));
/** "abc" → ranking a > b > c; "" → abstain. */
const ranks = (...spec: [string, number][]): Ballot[] =>
  spec.flatMap(([r, n]) => Array.from({ length: n }, () => ({ ranking: r.split('') })));
const ctx = (eligible = 100, present?: number) => ({ eligible, present });

/** A small seeded generator so property checks are repeatable. */
function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}
function shuffle<T>(items: readonly T[], random: () => number): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
}

describe('approve / object / abstain', () => {
  it('passes a simple majority only with more approvals than objections; abstentions count for neither side', () => {
    expect(tally(approval(), votes({ APPROVE: 3, OBJECT: 2 }), ctx()).outcome).toBe(Outcome.PASSED);
    expect(tally(approval(), votes({ APPROVE: 2, OBJECT: 2 }), ctx()).outcome).toBe(Outcome.FAILED);
    expect(tally(approval(), votes({ APPROVE: 2, OBJECT: 1, ABSTAIN: 10 }), ctx()).outcome).toBe(
      Outcome.PASSED,
    );
    expect(tally(approval(), votes({ ABSTAIN: 5 }), ctx()).outcome).toBe(Outcome.FAILED);
    expect(tally(approval(), [], ctx()).outcome).toBe(Outcome.FAILED);
  });

  it('needs at least two thirds of the decisive votes for a two-thirds threshold', () => {
    const t = (a: number, o: number) =>
      tally(approval(Threshold.TWO_THIRDS), votes({ APPROVE: a, OBJECT: o }), ctx()).outcome;
    expect(t(2, 1)).toBe(Outcome.PASSED);
    expect(t(4, 2)).toBe(Outcome.PASSED);
    expect(t(3, 2)).toBe(Outcome.FAILED);
    expect(t(66, 34)).toBe(Outcome.FAILED);
    expect(t(67, 33)).toBe(Outcome.PASSED);
    expect(t(0, 0)).toBe(Outcome.FAILED);
  });

  it('is blocked in consensus mode by a single block, and passes when stand-asides do not outnumber approvals', () => {
    const t = (spec: Record<string, number>) =>
      tally(approval(Threshold.CONSENSUS), votes(spec), ctx()).outcome;
    expect(t({ APPROVE: 20, BLOCK: 1 })).toBe(Outcome.BLOCKED);
    expect(t({ APPROVE: 5, OBJECT: 4 })).toBe(Outcome.PASSED);
    expect(t({ APPROVE: 4, OBJECT: 4 })).toBe(Outcome.FAILED);
    expect(t({ ABSTAIN: 3 })).toBe(Outcome.FAILED);
    const result = tally(approval(Threshold.CONSENSUS), votes({ APPROVE: 1, BLOCK: 2 }), ctx());
    expect(result.counts).toEqual([
      { option: C.APPROVE, count: 1 },
      { option: C.OBJECT, count: 0 },
      { option: C.ABSTAIN, count: 0 },
      { option: C.BLOCK, count: 2 },
    ]);
  });

  it('agrees with the written rule for every combination of up to 8 ballots', () => {
    for (const threshold of allowedThresholds(QuestionKind.APPROVAL)) {
      for (let a = 0; a <= 8; a++)
        for (let o = 0; a + o <= 8; o++)
          for (let ab = 0; a + o + ab <= 8; ab++)
            for (let b = 0; a + o + ab + b <= 8; b++) {
              if (b > 0 && threshold !== Threshold.CONSENSUS) continue;
              const result = tally(
                approval(threshold),
                votes({ APPROVE: a, OBJECT: o, ABSTAIN: ab, BLOCK: b }),
                ctx(8),
              );
              const expected =
                threshold === Threshold.CONSENSUS
                  ? b > 0
                    ? Outcome.BLOCKED
                    : a > o
                      ? Outcome.PASSED
                      : Outcome.FAILED
                  : threshold === Threshold.TWO_THIRDS
                    ? a + o > 0 && a / (a + o) >= 2 / 3
                      ? Outcome.PASSED
                      : Outcome.FAILED
                    : a > o
                      ? Outcome.PASSED
                      : Outcome.FAILED;
              expect([threshold, a, o, ab, b, result.outcome]).toEqual([threshold, a, o, ab, b, expected]);
              expect(result.ballots).toBe(a + o + ab + b);
              expect(result.abstentions).toBe(ab);
            }
    }
  });
});

describe('quorum', () => {
  it('counts abstentions as taking part, and decides nothing below quorum', () => {
    const rules = approval(Threshold.SIMPLE_MAJORITY, { count: 5, base: QuorumBase.ELIGIBLE });
    const below = tally(rules, votes({ APPROVE: 4 }), ctx(10));
    expect(below).toMatchObject({
      outcome: Outcome.NO_QUORUM,
      quorumRequired: 5,
      quorumMet: false,
      winner: null,
    });
    // The numbers are still shown, so people can see how close it was.
    expect(below.counts[0]).toEqual({ option: C.APPROVE, count: 4 });
    expect(tally(rules, votes({ APPROVE: 4, ABSTAIN: 1 }), ctx(10)).outcome).toBe(Outcome.PASSED);
  });

  it('rounds a percentage quorum up and takes the larger of count and share', () => {
    expect(requiredForQuorum({ percent: 50, base: QuorumBase.ELIGIBLE }, 7)).toBe(4);
    expect(requiredForQuorum({ percent: 50, base: QuorumBase.ELIGIBLE }, 8)).toBe(4);
    expect(requiredForQuorum({ percent: 34, base: QuorumBase.ELIGIBLE }, 3)).toBe(2);
    expect(requiredForQuorum({ count: 6, percent: 50, base: QuorumBase.ELIGIBLE }, 8)).toBe(6);
    expect(requiredForQuorum({ count: 2, percent: 50, base: QuorumBase.ELIGIBLE }, 8)).toBe(4);
    expect(requiredForQuorum({ base: QuorumBase.ELIGIBLE }, 8)).toBe(0);
    expect(requiredForQuorum({ percent: 100, base: QuorumBase.ELIGIBLE }, 0)).toBe(0);
  });

  it('counts a share of those present when the quorum is taken at a meeting', () => {
    const rules = approval(Threshold.SIMPLE_MAJORITY, { percent: 50, base: QuorumBase.PRESENT });
    const result = tally(rules, votes({ APPROVE: 3 }), ctx(20, 6));
    expect(result).toMatchObject({
      quorumBase: 6,
      quorumRequired: 3,
      quorumMet: true,
      outcome: Outcome.PASSED,
    });
    // Without attendance (no meeting) the share falls back to everyone eligible.
    expect(tally(rules, votes({ APPROVE: 3 }), ctx(20)).outcome).toBe(Outcome.NO_QUORUM);
  });
});

describe('choose one of N', () => {
  it('needs more than half of the non-abstaining ballots under a simple majority', () => {
    const r = tally(choice(), votes({ a: 3, b: 2, ABSTAIN: 4 }), ctx());
    expect(r).toMatchObject({ outcome: Outcome.PASSED, winner: 'a', abstentions: 4 });
    expect(r.counts).toEqual([
      { option: 'a', count: 3 },
      { option: 'b', count: 2 },
      { option: 'c', count: 0 },
    ]);
    expect(tally(choice(), votes({ a: 3, b: 2, c: 2 }), ctx())).toMatchObject({
      outcome: Outcome.NO_MAJORITY,
      winner: null,
      tied: [],
    });
    expect(tally(choice(), votes({ a: 2, b: 2 }), ctx())).toMatchObject({
      outcome: Outcome.NO_MAJORITY,
      tied: ['a', 'b'],
    });
  });

  it('picks the most votes under plurality and reports a tie at the top', () => {
    expect(tally(choice(Threshold.PLURALITY), votes({ a: 3, b: 2, c: 2 }), ctx())).toMatchObject({
      outcome: Outcome.PASSED,
      winner: 'a',
    });
    expect(tally(choice(Threshold.PLURALITY), votes({ a: 1, b: 3, c: 3 }), ctx())).toMatchObject({
      outcome: Outcome.TIE,
      tied: ['b', 'c'],
    });
    expect(tally(choice(Threshold.PLURALITY), votes({ ABSTAIN: 2 }), ctx()).outcome).toBe(Outcome.FAILED);
  });

  it('needs two thirds of the non-abstaining ballots under a two-thirds threshold', () => {
    expect(tally(choice(Threshold.TWO_THIRDS), votes({ a: 4, b: 2 }), ctx())).toMatchObject({
      outcome: Outcome.PASSED,
      winner: 'a',
    });
    expect(tally(choice(Threshold.TWO_THIRDS), votes({ a: 4, b: 1, c: 2 }), ctx()).outcome).toBe(
      Outcome.NO_MAJORITY,
    );
  });

  it('agrees with the written rule for every split of up to 7 ballots over 3 alternatives', () => {
    for (const threshold of allowedThresholds(QuestionKind.CHOICE))
      for (let a = 0; a <= 7; a++)
        for (let b = 0; a + b <= 7; b++)
          for (let c = 0; a + b + c <= 7; c++) {
            const result = tally(choice(threshold), votes({ a, b, c, ABSTAIN: 7 - a - b - c }), ctx(7));
            const n = [a, b, c];
            const total = a + b + c;
            const top = Math.max(...n);
            const leaders = ['a', 'b', 'c'].filter((_, i) => n[i] === top);
            const reached =
              threshold === Threshold.PLURALITY
                ? true
                : threshold === Threshold.TWO_THIRDS
                  ? top / total >= 2 / 3
                  : top / total > 1 / 2;
            const expected = total === 0 ? null : leaders.length === 1 && reached ? leaders[0] : null;
            expect([threshold, a, b, c, result.winner]).toEqual([threshold, a, b, c, expected]);
            expect(result.outcome === Outcome.PASSED).toBe(expected !== null);
          }
  });
});

describe('ranked choice (instant runoff)', () => {
  it('elects a first-round majority at once', () => {
    const r = tally(ranked(), ranks(['abc', 3], ['bca', 2]), ctx());
    expect(r).toMatchObject({ outcome: Outcome.PASSED, winner: 'a' });
    expect(r.rounds).toHaveLength(1);
  });

  it('eliminates the weakest and transfers its ballots to the next preference', () => {
    // a 4, b 3, c 2 (c → b): b wins 5–4 in round 2.
    const r = tally(ranked(), ranks(['abc', 4], ['bac', 3], ['cba', 2]), ctx());
    expect(r).toMatchObject({ outcome: Outcome.PASSED, winner: 'b' });
    expect(r.rounds).toEqual([
      {
        counts: [
          { option: 'a', count: 4 },
          { option: 'b', count: 3 },
          { option: 'c', count: 2 },
        ],
        exhausted: 0,
        eliminated: ['c'],
      },
      {
        counts: [
          { option: 'a', count: 4 },
          { option: 'b', count: 5 },
        ],
        exhausted: 0,
        eliminated: [],
      },
    ]);
    expect(r.counts).toEqual(r.rounds[0].counts);
  });

  it('sets aside exhausted ballots and needs a majority of the ballots still in play', () => {
    // c's voters ranked nobody else: a 4 vs b 3 of 7 in play.
    const r = tally(ranked(), ranks(['ab', 4], ['ba', 3], ['c', 2]), ctx());
    expect(r).toMatchObject({ outcome: Outcome.PASSED, winner: 'a' });
    expect(r.rounds[1]).toEqual({
      counts: [
        { option: 'a', count: 4 },
        { option: 'b', count: 3 },
      ],
      exhausted: 2,
      eliminated: [],
    });
  });

  it('eliminates every alternative nobody ranked first together', () => {
    const r = tally(ranked(4), ranks(['ab', 2], ['ba', 2]), ctx());
    expect(r.rounds[0].eliminated).toEqual(['c', 'd']);
    expect(r).toMatchObject({ outcome: Outcome.TIE, tied: ['a', 'b'] });
  });

  it('breaks a tie for last by the most recent earlier round where the tied alternatives differed', () => {
    // Round 1: a 7, b 5, c 4, d 3 → d out (2 to c, 1 to b). Round 2: a 7, b 6, c 6: b and c tie
    // for last; b had more in round 1, so c goes. Round 3: a 7 of 13 still in play wins.
    const r = tally(ranked(4), ranks(['a', 7], ['b', 5], ['c', 4], ['dc', 2], ['db', 1]), ctx());
    expect(r.rounds[0].eliminated).toEqual(['d']);
    expect(r.rounds[1].counts).toEqual([
      { option: 'a', count: 7 },
      { option: 'b', count: 6 },
      { option: 'c', count: 6 },
    ]);
    expect(r.rounds[1].eliminated).toEqual(['c']);
    expect(r.rounds[2]).toEqual({
      counts: [
        { option: 'a', count: 7 },
        { option: 'b', count: 6 },
      ],
      exhausted: 6,
      eliminated: [],
    });
    expect(r.winner).toBe('a');
  });

  it('eliminates alternatives tied for last together when no earlier round separates them', () => {
    const r = tally(ranked(4), ranks(['a', 6], ['b', 4], ['c', 3], ['dc', 2], ['dba', 1]), ctx());
    expect(r.rounds[0].eliminated).toEqual(['c', 'd']);
  });

  it('declares a tie, not a winner, when the last alternatives are level', () => {
    expect(tally(ranked(2), ranks(['ab', 3], ['ba', 3]), ctx())).toMatchObject({
      outcome: Outcome.TIE,
      winner: null,
      tied: ['a', 'b'],
    });
    expect(tally(ranked(3), ranks(['a', 2], ['b', 2], ['c', 2]), ctx())).toMatchObject({
      outcome: Outcome.TIE,
      tied: ['a', 'b', 'c'],
    });
  });

  it('decides nothing when every ballot is empty, and counts empty ballots as abstentions', () => {
    const r = tally(ranked(), [{ ranking: [] }, { ranking: [] }], ctx());
    expect(r).toMatchObject({ outcome: Outcome.FAILED, abstentions: 2, ballots: 2 });
  });

  it('keeps its invariants on thousands of random elections, whatever the ballot order', () => {
    const random = rng(42);
    for (let trial = 0; trial < 2000; trial++) {
      const n = 2 + Math.floor(random() * 3);
      const rules = ranked(n);
      const ids = rules.options.map((o) => o.id);
      const ballots: Ballot[] = Array.from({ length: Math.floor(random() * 15) }, () => ({
        ranking: shuffle(ids, random).slice(0, Math.floor(random() * (n + 1))),
      }));
      const result = tally(rules, ballots, ctx(15));
      const again = tally(rules, shuffle(ballots, random), ctx(15));
      expect(again).toEqual(result);
      const nonEmpty = ballots.filter((b) => (b.ranking ?? []).length > 0).length;
      const eliminated = new Set<string>();
      for (const round of result.rounds) {
        expect(round.counts.reduce((s, c) => s + c.count, 0) + round.exhausted).toBe(nonEmpty);
        for (const c of round.counts) expect(eliminated.has(c.option)).toBe(false);
        round.eliminated.forEach((id) => eliminated.add(id));
      }
      if (result.outcome === Outcome.PASSED) {
        const last = result.rounds[result.rounds.length - 1];
        const inPlay = last.counts.reduce((s, c) => s + c.count, 0);
        expect(last.counts.find((c) => c.option === result.winner)!.count * 2).toBeGreaterThan(inPlay);
        // A majority of first preferences always wins.
        const firsts = result.rounds[0].counts;
        const major = firsts.find((c) => c.count * 2 > nonEmpty);
        if (major) expect(result.winner).toBe(major.option);
      } else {
        expect([Outcome.TIE, Outcome.FAILED]).toContain(result.outcome);
      }
    }
  });
});

describe('ballot and rule checks', () => {
  it('accepts only the answers the question allows', () => {
    expect(validateBallot(approval(), { choice: 'APPROVE' })).toBeNull();
    expect(validateBallot(approval(), { choice: 'BLOCK' })).toMatch(/approve, object or abstain/);
    expect(validateBallot(approval(Threshold.CONSENSUS), { choice: 'BLOCK' })).toBeNull();
    expect(validateBallot(approval(), { choice: 'APPROVE', ranking: [] })).toMatch(/not a ranking/);
    expect(validateBallot(choice(), { choice: 'b' })).toBeNull();
    expect(validateBallot(choice(), { choice: 'ABSTAIN' })).toBeNull();
    expect(validateBallot(choice(), { choice: 'z' })).toMatch(/listed alternatives/);
    expect(validateBallot(choice(), { ranking: ['a'] })).toMatch(/not a ranking/);
    expect(validateBallot(ranked(), { ranking: ['c', 'a'] })).toBeNull();
    expect(validateBallot(ranked(), { ranking: [] })).toBeNull();
    expect(validateBallot(ranked(), { ranking: ['a', 'a'] })).toMatch(/at most once/);
    expect(validateBallot(ranked(), { ranking: ['x'] })).toMatch(/only the listed/);
    expect(validateBallot(ranked(), { choice: 'a' })).toMatch(/ranking, not/);
    expect(isAbstention(ranked(), { ranking: [] })).toBe(true);
    expect(isAbstention(choice(), { choice: 'ABSTAIN' })).toBe(true);
    expect(approvalChoices(Threshold.TWO_THIRDS)).not.toContain('BLOCK');
  });

  it('explains unsound rules to the facilitator', () => {
    expect(validateRules(approval())).toEqual([]);
    expect(validateRules(choice())).toEqual([]);
    expect(validateRules({ ...ranked(), threshold: Threshold.TWO_THIRDS })).toEqual([
      'A ranked-choice question cannot use the two-thirds threshold.',
    ]);
    expect(validateRules({ ...approval(), threshold: Threshold.PLURALITY })[0]).toMatch(
      /cannot use the most votes/,
    );
    expect(validateRules({ ...choice(), options: [OPTIONS[0]] })).toEqual([
      'List between 2 and 12 alternatives.',
    ]);
    expect(validateRules({ ...choice(), options: [OPTIONS[0], { id: 'x', label: ' a ' }] })).toEqual([
      'Two alternatives are both called "a".',
    ]);
    expect(validateRules({ ...choice(), options: [OPTIONS[0], { id: 'a', label: 'Other' }] })).toEqual([
      'Two alternatives have the same id.',
    ]);
    expect(
      validateRules({ ...approval(), quorum: { percent: 120, base: QuorumBase.ELIGIBLE } }),
    ).toHaveLength(1);
    expect(validateRules({ ...approval(), quorum: { count: 1.5, base: QuorumBase.ELIGIBLE } })).toHaveLength(
      1,
    );
  });
});

describe('dissents and descriptions', () => {
  it('records objections and blocks with reasons, naming voters only on recorded ballots', () => {
    const rules = approval(Threshold.CONSENSUS);
    const ballots = [
      { choice: 'APPROVE', reason: 'Good', voter: 'Ann' },
      { choice: 'OBJECT', reason: 'Too vague', voter: 'Bo' },
      { choice: 'BLOCK', reason: ' Unsafe ', voter: 'Cy' },
      { choice: 'OBJECT', reason: '  ', voter: 'Di' },
    ];
    expect(dissentsOf(rules, ballots, { winner: null }, false)).toEqual([
      { choice: 'OBJECT', reason: 'Too vague', voter: 'Bo' },
      { choice: 'BLOCK', reason: 'Unsafe', voter: 'Cy' },
    ]);
    expect(dissentsOf(rules, ballots, { winner: null }, true).every((d) => d.voter === null)).toBe(true);
  });

  it('records reasons given with a losing first choice on choose-one and ranked questions', () => {
    const ballots = [
      { ranking: ['a', 'b'], reason: 'A is clearer', voter: 'Ann' },
      { ranking: ['b'], reason: 'B', voter: 'Bo' },
      { ranking: [], reason: 'Abstaining', voter: 'Cy' },
    ];
    expect(dissentsOf(ranked(), ballots, { winner: 'b' }, false)).toEqual([
      { choice: 'a', reason: 'A is clearer', voter: 'Ann' },
    ]);
  });

  it('says what happened in one sentence', () => {
    const label = (id: string) => `Option ${id.toUpperCase()}`;
    expect(describeOutcome(tally(approval(), votes({ APPROVE: 1 }), ctx()))).toBe(
      'Approved (1 ballot cast).',
    );
    expect(
      describeOutcome(tally(approval(Threshold.CONSENSUS), votes({ APPROVE: 3, BLOCK: 2 }), ctx())),
    ).toBe('Blocked by 2 members: no consensus.');
    expect(
      describeOutcome(
        tally(
          { ...approval(), quorum: { count: 3, base: QuorumBase.ELIGIBLE } },
          votes({ APPROVE: 1 }),
          ctx(),
        ),
      ),
    ).toBe('No quorum: 1 ballot cast, 3 needed. Nothing was decided.');
    expect(describeOutcome(tally(ranked(), ranks(['abc', 4], ['bac', 3], ['cba', 2]), ctx()), label)).toBe(
      'Option B won after 2 rounds of instant runoff (9 ballots cast).',
    );
    expect(describeOutcome(tally(choice(Threshold.PLURALITY), votes({ a: 1, b: 1 }), ctx()), label)).toBe(
      'Tie between Option A and Option B. Nothing was decided.',
    );
    expect(describeOutcome(tally(choice(), votes({ a: 1, b: 1, c: 1 }), ctx()))).toBe(
      'No alternative reached the threshold (3 ballots cast).',
    );
    expect(describeOutcome(tally(approval(), votes({ OBJECT: 1 }), ctx()))).toBe(
      'Not approved (1 ballot cast).',
    );
    expect(describeOutcome(tally(choice(), votes({ a: 2 }), ctx()), label)).toBe(
      'Option A was chosen (2 ballots cast).',
    );
  });
});

describe('voted text', () => {
  it('has one canonical form whatever order its keys were stored in', () => {
    const a = canonicalVotedText({
      subject: 'CLAUSE',
      prompt: 'P',
      clauses: [{ id: '1', heading: 'H', text: 'T' }],
      options: [],
    });
    const b = canonicalVotedText({
      options: [],
      clauses: [{ text: 'T', heading: 'H', id: '1' }],
      prompt: 'P',
      subject: 'CLAUSE',
    });
    expect(a).toBe(b);
    expect(a).toBe(
      '{"subject":"CLAUSE","prompt":"P","clauses":[{"id":"1","heading":"H","text":"T"}],"options":[]}',
    );
  });
});
