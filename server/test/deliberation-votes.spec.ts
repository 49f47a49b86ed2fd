/**
 * Votes against a real server and PostgreSQL: tallies, secrecy, races between ballots and the
 * close, rounds, the frozen wording, and the audit trail.
 */
import { createHash } from 'node:crypto';
import { canonicalVotedText } from '@roundtable/shared';
import { createTestDatabase, startServer, TestDatabase, TestServer } from './harness';
import {
  Board,
  bulkPeople,
  CAST,
  CLOSE,
  createQuestion,
  newBoard,
  Person,
  question,
} from './deliberation-world';

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

describe('votes', () => {
  let db: TestDatabase;
  let server: TestServer;
  let board: Board;
  let members: Person[];

  beforeAll(async () => {
    db = await createTestDatabase();
    server = await startServer({ DATABASE_URL: db.url, DEMO_DATA: 'false' });
    board = await newBoard(db, server);
    members = await bulkPeople(db, server, 50, board.boardId);
  }, 60_000);

  afterAll(async () => {
    await server?.stop();
    await db?.drop();
  });

  const motion = (extra: Record<string, unknown> = {}) =>
    createQuestion(board.facilitator.client, {
      boardId: board.boardId,
      subject: 'MOTION',
      prompt: 'Adopt the agenda?',
      kind: 'APPROVAL',
      ...extra,
    });

  it('counts fifty members balloting at once exactly, one ballot each', async () => {
    const q = await motion();
    const choices = members.map((_, i) => (i % 5 === 0 ? 'OBJECT' : i % 7 === 0 ? 'ABSTAIN' : 'APPROVE'));
    const results = await Promise.all(
      members.map((m, i) => m.client.gql(CAST, { i: { questionId: q.id, choice: choices[i] } })),
    );
    expect(results.filter((r) => r.errors)).toEqual([]);
    const open = await question(board.member.client, q.id);
    expect(open.ballotCount).toBe(50);
    expect(open.tally).toBeNull(); // hidden until close
    const closed = (await board.facilitator.client.ok(CLOSE, { id: q.id })).closeQuestion;
    const count = (c: string) => choices.filter((x) => x === c).length;
    expect(closed.tally.counts).toEqual([
      { option: 'APPROVE', label: 'Approve', count: count('APPROVE') },
      { option: 'OBJECT', label: 'Object', count: count('OBJECT') },
      { option: 'ABSTAIN', label: 'Abstain', count: count('ABSTAIN') },
    ]);
    expect(closed.tally.outcome).toBe('PASSED');
    const [{ n }] = await db.query<{ n: number }>(
      'SELECT count(DISTINCT voter_id)::int AS n FROM ballot WHERE question_id = $1',
      [q.id],
    );
    expect(n).toBe(50);
  }, 60_000);

  it('never accepts a ballot after the close, over a hundred races', async () => {
    const voters = members.slice(0, 6);
    const accepted: number[] = [];
    for (let i = 0; i < 100; i++) {
      const q = await motion();
      const later = <T>(send: () => Promise<T>) =>
        new Promise<T>((resolve) => setTimeout(() => resolve(send()), Math.random() * 12));
      const ballots = voters.map((m, k) =>
        later(() => m.client.gql(CAST, { i: { questionId: q.id, choice: k % 2 ? 'APPROVE' : 'OBJECT' } })),
      );
      const close = later(() => board.facilitator.client.gql(CLOSE, { id: q.id }));
      const [closed, ...cast] = await Promise.all([close, ...ballots]);
      expect(closed.errors).toBeUndefined();
      const ok = cast.filter((r) => !r.errors).length;
      accepted.push(ok);
      for (const r of cast.filter((r) => r.errors)) expect(r.errors![0].extensions?.code).toBe('CONFLICT');
      const frozen = (closed.data as any).closeQuestion;
      // Every accepted ballot is in the frozen result, and nothing is stored that it does not count.
      expect(frozen.tally.ballots).toBe(ok);
      const [{ n }] = await db.query<{ n: number }>(
        'SELECT count(*)::int AS n FROM ballot WHERE question_id = $1',
        [q.id],
      );
      expect(n).toBe(ok);
    }
    // The races were real: some closes landed before some ballots.
    expect(accepted.some((n) => n < voters.length)).toBe(true);
    expect(accepted.some((n) => n > 0)).toBe(true);
  }, 120_000);

  it('keeps one ballot when a member double-submits concurrently, and lets it change until close', async () => {
    const q = await motion();
    const voter = members[0];
    const choices = ['APPROVE', 'OBJECT', 'ABSTAIN', 'APPROVE', 'OBJECT', 'ABSTAIN', 'APPROVE', 'OBJECT'];
    const results = await Promise.all(
      choices.map((choice) => voter.client.gql(CAST, { i: { questionId: q.id, choice } })),
    );
    expect(results.filter((r) => r.errors)).toEqual([]);
    const rows = await db.query<{ choice: string }>('SELECT choice FROM ballot WHERE question_id = $1', [
      q.id,
    ]);
    expect(rows).toHaveLength(1);
    await voter.client.ok(CAST, {
      i: { questionId: q.id, choice: 'OBJECT', reason: 'Needs a review clause' },
    });
    expect((await question(voter.client, q.id)).myBallot).toMatchObject({
      choice: 'OBJECT',
      reason: 'Needs a review clause',
      round: 1,
    });
    const closed = (await board.facilitator.client.ok(CLOSE, { id: q.id })).closeQuestion;
    expect(closed.tally.ballots).toBe(1);
    expect(closed.results[0].dissents).toEqual([
      { choice: 'OBJECT', reason: 'Needs a review clause', voterName: voter.name },
    ]);
    // Recorded ballot: who chose what is on the record.
    expect(closed.votes).toEqual([
      {
        voterId: voter.userId,
        voterName: voter.name,
        choice: 'OBJECT',
        ranking: null,
        reason: 'Needs a review clause',
      },
    ]);
  });

  it('refuses ballots from observers and outsiders, and questions from members', async () => {
    const q = await motion();
    const observer = await board.observer.client.gql(CAST, { i: { questionId: q.id, choice: 'APPROVE' } });
    expect(observer.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const outsider = await board.outsider.client.gql(CAST, { i: { questionId: q.id, choice: 'APPROVE' } });
    expect(outsider.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const member = await board.member.client.gql(
      'mutation($i: CreateQuestionInput!) { createQuestion(input: $i) { id } }',
      {
        i: { boardId: board.boardId, subject: 'MOTION', prompt: 'x', kind: 'APPROVAL' },
      },
    );
    expect(member.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await question(board.observer.client, q.id)).canVote).toBe(false);
    expect((await question(board.member.client, q.id)).canVote).toBe(true);
  });

  it('refuses ballots the rules do not allow', async () => {
    const q = await motion();
    const block = await board.member.client.gql(CAST, { i: { questionId: q.id, choice: 'BLOCK' } });
    expect(block.errors?.[0]).toMatchObject({
      message: 'Choose approve, object or abstain.',
      extensions: { code: 'BAD_USER_INPUT' },
    });
    const live = await board.facilitator.client.gql(
      'mutation($i: CreateQuestionInput!) { createQuestion(input: $i) { id } }',
      {
        i: {
          boardId: board.boardId,
          subject: 'MOTION',
          prompt: 'x',
          kind: 'APPROVAL',
          secret: true,
          liveResults: true,
        },
      },
    );
    expect(live.errors?.[0].message).toMatch(/secret ballot cannot show a live tally/);
  });

  it('never reveals who chose what on a secret ballot, through any query', async () => {
    const q = await motion({ secret: true, threshold: 'CONSENSUS', prompt: 'Adopt the secret motion?' });
    const voters = members.slice(10, 14);
    const choices = ['APPROVE', 'BLOCK', 'OBJECT', 'APPROVE'];
    await Promise.all(
      voters.map((m, i) =>
        m.client.ok(CAST, { i: { questionId: q.id, choice: choices[i], reason: `reason ${i}` } }),
      ),
    );
    const closed = (await board.facilitator.client.ok(CLOSE, { id: q.id })).closeQuestion;
    expect(closed.tally.outcome).toBe('BLOCKED');
    expect(closed.votes).toBeNull();
    expect(closed.results[0].votes).toBeNull();
    expect(closed.results[0].dissents.every((d: { voterName: string | null }) => d.voterName === null)).toBe(
      true,
    );
    const seen = JSON.stringify([
      await question(board.facilitator.client, q.id),
      await question(board.observer.client, q.id),
      await board.facilitator.client.ok(
        'query($b: ID!) { auditLog(boardId: $b, take: 100) { action actorName data } boardActivity(boardId: $b) { action actorName label } }',
        { b: board.boardId },
      ),
      await board.facilitator.client.ok(
        'query($b: ID!) { questions(boardId: $b) { id votes { voterName } results { votes { voterName } dissents { voterName } } } }',
        { b: board.boardId },
      ),
    ]);
    // Each voter appears only as a participant (ballot.cast in the log), never beside a choice.
    const log = await board.facilitator.client.ok<{
      auditLog: { action: string; actorName: string; data: string }[];
    }>('query($b: ID!) { auditLog(boardId: $b, take: 100) { action actorName data } }', { b: board.boardId });
    for (const entry of log.auditLog.filter(
      (e) => e.action.startsWith('ballot.') && voters.some((v) => v.name === e.actorName),
    )) {
      expect(JSON.parse(entry.data)).toEqual({ round: 1, secret: true });
    }
    for (const choice of ['BLOCK', 'reason 1']) {
      for (const v of voters) expect(seen.includes(`"${v.name}","choice":"${choice}"`)).toBe(false);
    }
    // Each person still sees their own ballot.
    expect((await question(voters[1].client, q.id)).myBallot.choice).toBe('BLOCK');
  });

  it('freezes the result with the sha256 of the exact wording at opening and at closing', async () => {
    const clauses = await board.facilitator.client.ok<{
      draft: { clauses: { id: string; heading: string; text: string }[] };
    }>('query($d: ID!) { draft(id: $d) { clauses { id heading text } } }', { d: board.draftId });
    const clause = clauses.draft.clauses[0];
    const q = await createQuestion(board.facilitator.client, {
      boardId: board.boardId,
      subject: 'CLAUSE',
      draftId: board.draftId,
      clauseId: clause.id,
      prompt: 'Approve clause 1 as written?',
      kind: 'APPROVAL',
      threshold: 'TWO_THIRDS',
    });
    const expected = {
      subject: 'CLAUSE',
      prompt: 'Approve clause 1 as written?',
      clauses: [{ id: clause.id, heading: clause.heading, text: clause.text }],
      options: [],
    };
    expect(q.textHashAtOpen).toBe(sha256(canonicalVotedText(expected)));
    await Promise.all(
      members.slice(0, 3).map((m) => m.client.ok(CAST, { i: { questionId: q.id, choice: 'APPROVE' } })),
    );
    const closed = (await board.facilitator.client.ok(CLOSE, { id: q.id })).closeQuestion;
    expect(closed.results[0]).toMatchObject({
      round: 1,
      outcome: 'PASSED',
      textHashAtOpen: q.textHashAtOpen,
      textHashAtClose: q.textHashAtOpen,
      textChanged: false,
      closeReason: 'FACILITATOR',
      votedText: expected,
    });
  });

  it('starts a new round on reopening and keeps the earlier one', async () => {
    const q = await motion({ quorumCount: 3 });
    await members[0].client.ok(CAST, { i: { questionId: q.id, choice: 'APPROVE' } });
    const first = (await board.facilitator.client.ok(CLOSE, { id: q.id })).closeQuestion;
    expect(first.tally.outcome).toBe('NO_QUORUM');
    const again = await board.facilitator.client.ok(
      'mutation($i: ReopenQuestionInput!) { reopenQuestion(input: $i) { state round ballotCount } }',
      {
        i: { questionId: q.id },
      },
    );
    expect(again.reopenQuestion).toEqual({ state: 'OPEN', round: 2, ballotCount: 0 });
    expect((await question(members[0].client, q.id)).myBallot).toBeNull();
    await Promise.all(
      members.slice(0, 3).map((m) => m.client.ok(CAST, { i: { questionId: q.id, choice: 'APPROVE' } })),
    );
    const second = (await board.facilitator.client.ok(CLOSE, { id: q.id })).closeQuestion;
    expect(second.results.map((r: { round: number; outcome: string }) => [r.round, r.outcome])).toEqual([
      [2, 'PASSED'],
      [1, 'NO_QUORUM'],
    ]);
    const closedAgain = await board.facilitator.client.gql(CLOSE, { id: q.id });
    expect(closedAgain.errors?.[0].extensions?.code).toBe('CONFLICT');
  });

  it('counts a ranked-choice vote by instant runoff', async () => {
    const q = await createQuestion(board.facilitator.client, {
      boardId: board.boardId,
      subject: 'DRAFT',
      draftId: board.draftId,
      prompt: 'Which review period?',
      kind: 'RANKED',
      options: ['30 days', '60 days', '90 days'],
      liveResults: true,
    });
    const rankings = [
      ['o1', 'o2'],
      ['o1'],
      ['o1', 'o3'],
      ['o1'],
      ['o2', 'o1'],
      ['o2', 'o1'],
      ['o2'],
      ['o3', 'o2'],
      ['o3', 'o2'],
    ];
    await Promise.all(
      rankings.map((ranking, i) => members[i].client.ok(CAST, { i: { questionId: q.id, ranking } })),
    );
    const live = await question(board.observer.client, q.id);
    expect(live.tally).toMatchObject({ provisional: true, ballots: 9 });
    expect(live.votes).toHaveLength(9);
    const closed = (await board.facilitator.client.ok(CLOSE, { id: q.id })).closeQuestion;
    // 4 / 3 / 2 → 90 days out, both to 60 days → 4 / 5.
    expect(closed.tally).toMatchObject({ provisional: false, outcome: 'PASSED', winner: 'o2' });
    expect(closed.tally.rounds.map((r: { eliminated: string[] }) => r.eliminated)).toEqual([['o3'], []]);
    expect(closed.tally.summary).toBe('60 days won after 2 rounds of instant runoff (9 ballots cast).');
  });

  it('records every change in an append-only audit log that facilitators can export', async () => {
    const update = await db
      .query('UPDATE audit_event SET action = $1 WHERE board_id = $2', ['tampered', board.boardId])
      .catch((e: Error) => e);
    expect(update).toBeInstanceOf(Error);
    expect(String(update)).toMatch(/append-only/);
    const remove = await db.query('DELETE FROM audit_event').catch((e: Error) => e);
    expect(String(remove)).toMatch(/append-only/);
    const truncate = await db.query('TRUNCATE audit_event').catch((e: Error) => e);
    expect(String(truncate)).toMatch(/append-only/);

    const csv = await fetch(`${server.url}/api/boards/${board.boardId}/audit.csv`, {
      headers: { cookie: board.facilitator.client.cookie },
    });
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toMatch(/text\/csv/);
    const text = await csv.text();
    const lines = text.trim().split('\r\n');
    expect(lines[0].replace(/^\uFEFF/, '')).toBe(
      'seq,created_at,actor_id,actor_name,action,target_type,target_id,data',
    );
    expect(text).toMatch(/question\.closed/);
    const [{ n }] = await db.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM audit_event WHERE board_id = $1',
      [board.boardId],
    );
    expect(lines.length - 1).toBeGreaterThanOrEqual(n);

    for (const [who, status] of [
      [board.member, 403],
      [board.observer, 403],
      [board.outsider, 404],
    ] as const) {
      const res = await fetch(`${server.url}/api/boards/${board.boardId}/audit.csv`, {
        headers: { cookie: who.client.cookie },
      });
      expect(res.status).toBe(status);
    }
    expect((await fetch(`${server.url}/api/boards/${board.boardId}/audit.csv`)).status).toBe(401);
  });
});
