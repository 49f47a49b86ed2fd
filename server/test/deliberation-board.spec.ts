/**
 * Comments, amendments and meetings against a real server: threads and their rules, an adopted
 * amendment arriving in an open editor as one update, and a meeting from agenda to minutes.
 */
import * as Y from 'yjs';
import { createTestDatabase, startServer, TestDatabase, TestServer } from './harness';
import { connect } from './clients/collab-client';
import {
  Board,
  bulkPeople,
  CAST,
  CLOSE,
  createQuestion,
  newBoard,
  Person,
  settle,
  subscribe,
  subscriptionClient,
} from './deliberation-world';

const COMMENT =
  'id parentId body authorName deleted hidden hiddenReason editedAt resolvedAt resolvedByName anchor { start end quote } mentions { userId name }';
const ADD = `mutation($i: AddCommentInput!) { addComment(input: $i) { ${COMMENT} } }`;
const AMENDMENT =
  'id number status text baseText supportCount supporters questionId appliedAt authorName commentCount';
const MEETING = `id state title currentItemId presentCount eligibleCount quorumRequired quorumMet minutes minutesVersion decisions
  agenda { id position kind title questionId clauseId timeBoxMinutes startedAt endedAt } attendance { userId name markedByName }`;

describe('deliberation on a board', () => {
  let db: TestDatabase;
  let server: TestServer;
  let board: Board;
  let members: Person[];

  beforeAll(async () => {
    db = await createTestDatabase();
    server = await startServer({ DATABASE_URL: db.url, DEMO_DATA: 'false' });
    board = await newBoard(db, server, 2);
    members = await bulkPeople(db, server, 6, board.boardId);
  }, 60_000);

  afterAll(async () => {
    await server?.stop();
    await db?.drop();
  });

  describe('comments', () => {
    it('threads on a clause: anchored, replied to, edited, resolved and reopened, live for subscribers', async () => {
      const client = subscriptionClient(server, board.observer.client.cookie);
      const sub = subscribe<{ commentUpdated: any }>(
        client,
        `subscription($d: ID!) { commentUpdated(draftId: $d) { id body resolvedAt } }`,
        { d: board.draftId },
      );
      await settle();
      const anchor = { start: 'AQLmq5rVDQAAAA==', end: 'AQLmq5rVDQgAAA==', quote: 'do thing 1' };
      // Mentioning someone who is not on the board is refused (see notifications.spec.ts).
      const stranger = await board.member.client.gql(ADD, {
        i: {
          draftId: board.draftId,
          clauseId: board.clauseIds[0],
          body: 'Too vague',
          mentions: [board.outsider.userId],
        },
      });
      expect(stranger.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      const thread = (
        await board.member.client.ok(ADD, {
          i: {
            draftId: board.draftId,
            clauseId: board.clauseIds[0],
            body: 'Too vague, @member-1',
            anchor,
            mentions: [members[1].userId],
          },
        })
      ).addComment;
      expect(thread).toMatchObject({
        parentId: null,
        anchor,
        mentions: [{ userId: members[1].userId, name: members[1].name }],
      });
      const reply = (
        await members[1].client.ok(ADD, {
          i: { draftId: board.draftId, clauseId: board.clauseIds[0], parentId: thread.id, body: 'Agreed' },
        })
      ).addComment;
      const nested = (
        await members[2].client.ok(ADD, {
          i: { draftId: board.draftId, clauseId: board.clauseIds[0], parentId: reply.id, body: 'Me too' },
        })
      ).addComment;
      expect(nested.parentId).toBe(thread.id); // replies to replies join the thread

      const edited = await board.member.client.ok(
        `mutation($i: EditCommentInput!) { editComment(input: $i) { ${COMMENT} } }`,
        { i: { commentId: thread.id, body: 'Too vague.' } },
      );
      expect(edited.editComment.editedAt).not.toBeNull();
      const notMine = await members[1].client.gql(
        `mutation($i: EditCommentInput!) { editComment(input: $i) { id } }`,
        { i: { commentId: thread.id, body: 'Hijack' } },
      );
      expect(notMine.errors?.[0].extensions?.code).toBe('FORBIDDEN');

      const resolved = await members[2].client.ok(
        `mutation($id: ID!) { resolveThread(commentId: $id) { ${COMMENT} } }`,
        { id: reply.id },
      );
      expect(resolved.resolveThread).toMatchObject({ id: thread.id, resolvedByName: members[2].name });
      const reopened = await board.member.client.ok(
        `mutation($id: ID!) { resolveThread(commentId: $id, resolved: false) { resolvedAt } }`,
        { id: thread.id },
      );
      expect(reopened.resolveThread.resolvedAt).toBeNull();

      const deleted = await members[1].client.ok(
        `mutation($id: ID!) { deleteComment(commentId: $id) { ${COMMENT} } }`,
        { id: reply.id },
      );
      expect(deleted.deleteComment).toMatchObject({ deleted: true, body: null });
      const list = await board.observer.client.ok<{ comments: { id: string; body: string | null }[] }>(
        'query($d: ID!, $c: ID) { comments(draftId: $d, clauseId: $c) { id body } }',
        { d: board.draftId, c: board.clauseIds[0] },
      );
      expect(list.comments.map((c) => c.body)).toEqual(['Too vague.', null, 'Me too']);
      await sub.next(
        (e) =>
          e.commentUpdated.id === thread.id &&
          e.commentUpdated.resolvedAt === null &&
          e.commentUpdated.body === 'Too vague.',
      );
      expect(sub.events.length).toBeGreaterThanOrEqual(6);
      await client.dispose();
    });

    it('lets facilitators hide an abusive comment, keeping its text in the audit log only', async () => {
      const abusive = (
        await members[3].client.ok(ADD, {
          i: { draftId: board.draftId, clauseId: board.clauseIds[1], body: 'Something abusive' },
        })
      ).addComment;
      const byMember = await board.member.client.gql(
        'mutation($i: HideCommentInput!) { hideComment(input: $i) { id } }',
        { i: { commentId: abusive.id, reason: 'x' } },
      );
      expect(byMember.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      const hidden = await board.facilitator.client.ok(
        `mutation($i: HideCommentInput!) { hideComment(input: $i) { ${COMMENT} } }`,
        {
          i: { commentId: abusive.id, reason: 'Personal attack' },
        },
      );
      expect(hidden.hideComment).toMatchObject({ hidden: true, body: null, hiddenReason: 'Personal attack' });
      const log = await board.facilitator.client.ok<{ auditLog: { action: string; data: string }[] }>(
        'query($b: ID!) { auditLog(boardId: $b, take: 20) { action data } }',
        { b: board.boardId },
      );
      expect(JSON.parse(log.auditLog.find((e) => e.action === 'comment.hidden')!.data)).toMatchObject({
        body: 'Something abusive',
        reason: 'Personal attack',
      });
      const feed = JSON.stringify(
        await board.observer.client.ok(
          'query($b: ID!) { boardActivity(boardId: $b, take: 50) { action label } }',
          { b: board.boardId },
        ),
      );
      expect(feed).not.toContain('Something abusive');
    });

    it('keeps observers from commenting, proposing or voting', async () => {
      const comment = await board.observer.client.gql(ADD, {
        i: { draftId: board.draftId, clauseId: board.clauseIds[0], body: 'Officials cannot write' },
      });
      expect(comment.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      const propose = await board.observer.client.gql(
        'mutation($i: ProposeAmendmentInput!) { proposeAmendment(input: $i) { id } }',
        {
          i: { draftId: board.draftId, clauseId: board.clauseIds[0], text: 'x', rationale: 'y' },
        },
      );
      expect(propose.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      const q = await createQuestion(board.facilitator.client, {
        boardId: board.boardId,
        subject: 'MOTION',
        prompt: 'Observer test',
        kind: 'APPROVAL',
      });
      const vote = await board.observer.client.gql(CAST, { i: { questionId: q.id, choice: 'APPROVE' } });
      expect(vote.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      await board.facilitator.client.ok(CLOSE, { id: q.id });
    });
  });

  describe('amendments', () => {
    it('adopts the winning amendment into the live document as one update, attributed to it', async () => {
      const clauseId = board.clauseIds[1];
      const propose = (client: Person, text: string) =>
        client.client.ok<{ proposeAmendment: any }>(
          `mutation($i: ProposeAmendmentInput!) { proposeAmendment(input: $i) { ${AMENDMENT} } }`,
          {
            i: { draftId: board.draftId, clauseId, text, rationale: 'Clearer duty.' },
          },
        );
      const a1 = (await propose(members[0], 'Officers shall intervene.\nAnd report it within 24 hours.'))
        .proposeAmendment;
      const a2 = (await propose(members[1], 'Officers may intervene.')).proposeAmendment;
      expect([a1.number, a2.number]).toEqual([1, 2]);
      expect(a1.baseText).toBe('Officers shall do thing 2.\nAnd report it.');
      await members[2].client.ok('mutation($id: ID!) { supportAmendment(amendmentId: $id) { id } }', {
        id: a1.id,
      });
      const supported = await members[3].client.ok<{ supportAmendment: any }>(
        `mutation($id: ID!) { supportAmendment(amendmentId: $id) { ${AMENDMENT} } }`,
        { id: a1.id },
      );
      expect(supported.supportAmendment.supporters).toEqual([members[2].name, members[3].name]);

      const editor = connect(server.url, board.draftId, board.member.client.cookie);
      await editor.synced();
      const updates: Uint8Array[] = [];
      editor.doc.on('update', (u: Uint8Array) => updates.push(u));

      const q = await createQuestion(board.facilitator.client, {
        boardId: board.boardId,
        subject: 'AMENDMENTS',
        draftId: board.draftId,
        clauseId,
        amendmentIds: [a1.id, a2.id],
        prompt: 'Which wording for clause 2?',
        kind: 'CHOICE',
      });
      expect(q.options.map((o: { label: string }) => o.label)).toEqual([
        `Amendment 1 (${members[0].name})`,
        `Amendment 2 (${members[1].name})`,
        'Keep the current text',
      ]);
      const withdraw = await members[0].client.gql(
        'mutation($id: ID!) { withdrawAmendment(amendmentId: $id) { id } }',
        { id: a1.id },
      );
      expect(withdraw.errors?.[0].extensions?.code).toBe('CONFLICT'); // frozen while voted on
      const picks = [a1.id, a1.id, a1.id, a2.id, 'keep'];
      await Promise.all(
        picks.map((choice, i) => members[i].client.ok(CAST, { i: { questionId: q.id, choice } })),
      );
      const closed = (await board.facilitator.client.ok(CLOSE, { id: q.id })).closeQuestion;
      expect(closed.tally).toMatchObject({ outcome: 'PASSED', winner: a1.id });
      expect(closed.results[0].votedText.options.map((o: { text: string | null }) => o.text)).toEqual([
        a1.text,
        a2.text,
        'Officers shall do thing 2.\nAnd report it.',
      ]);

      const adopted = await waitFor(async () => {
        const data = await board.observer.client.ok<{ amendment: any }>(
          `query($id: ID!) { amendment(id: $id) { ${AMENDMENT} } }`,
          { id: a1.id },
        );
        return data.amendment.appliedAt ? data.amendment : null;
      });
      expect(adopted.status).toBe('ADOPTED');
      const rejected = await board.observer.client.ok<{ amendment: any }>(
        `query($id: ID!) { amendment(id: $id) { status } }`,
        { id: a2.id },
      );
      expect(rejected.amendment.status).toBe('REJECTED');

      // The open editor got the new wording in one update.
      await waitFor(async () => (updates.length > 0 ? true : null));
      const fragment = editor.doc.getXmlFragment('policy');
      const clause = fragment
        .toArray()
        .find((n) => n instanceof Y.XmlElement && n.getAttribute('id') === clauseId) as Y.XmlElement;
      expect(
        clause
          .toArray()
          .slice(1)
          .map((p) =>
            (p as Y.XmlElement)
              .toArray()
              .map((t) => t.toString())
              .join(''),
          ),
      ).toEqual(['Officers shall intervene.', 'And report it within 24 hours.']);
      expect(updates).toHaveLength(1);
      editor.destroy();
      const mirror = await waitFor(async () => {
        const data = await board.observer.client.ok<{ draft: { clauses: { id: string; text: string }[] } }>(
          'query($d: ID!) { draft(id: $d) { clauses { id text } } }',
          { d: board.draftId },
        );
        const c = data.draft.clauses.find((x) => x.id === clauseId)!;
        return c.text === a1.text ? c : null;
      });
      expect(mirror.text).toBe(a1.text);
      const [logRow] = await db.query<{ user_id: string }>(
        'SELECT user_id FROM draft_update WHERE draft_id = $1 ORDER BY seq DESC LIMIT 1',
        [board.draftId],
      );
      expect(logRow.user_id).toBe(members[0].userId);
      const reopen = await board.facilitator.client.gql(
        'mutation($i: ReopenQuestionInput!) { reopenQuestion(input: $i) { id } }',
        { i: { questionId: q.id } },
      );
      expect(reopen.errors?.[0].extensions?.code).toBe('CONFLICT');
    }, 30_000);
  });

  describe('meetings', () => {
    it('runs a meeting: agenda, attendance with a live quorum, the current item, a vote, minutes, decisions at close', async () => {
      const fac = board.facilitator.client;
      const scheduled = await fac.ok<{ scheduleMeeting: any }>(
        `mutation($i: ScheduleMeetingInput!) { scheduleMeeting(input: $i) { ${MEETING} } }`,
        {
          i: {
            boardId: board.boardId,
            draftId: board.draftId,
            title: 'March session',
            startsAt: new Date(Date.now() + 3600_000).toISOString(),
            quorumPercent: 60,
            link: 'https://meet.example/abc',
          },
        },
      );
      const meetingId = scheduled.scheduleMeeting.id;
      const add = (i: Record<string, unknown>) =>
        fac.ok<{ addAgendaItem: any }>(
          `mutation($i: AddAgendaItemInput!) { addAgendaItem(input: $i) { ${MEETING} } }`,
          { i: { meetingId, ...i } },
        );
      await add({ kind: 'FREE', title: 'Welcome', timeBoxMinutes: 5 });
      await add({ kind: 'CLAUSE', clauseId: board.clauseIds[0], timeBoxMinutes: 20 });
      const q = await createQuestion(fac, {
        boardId: board.boardId,
        subject: 'CLAUSE',
        draftId: board.draftId,
        clauseId: board.clauseIds[0],
        meetingId,
        prompt: 'Approve clause 1?',
        kind: 'APPROVAL',
        quorumPercent: 50,
        quorumBase: 'PRESENT',
        open: false,
      });
      expect(q.state).toBe('DRAFT');
      let meeting = (await add({ kind: 'QUESTION', questionId: q.id })).addAgendaItem;
      expect(meeting.agenda.map((a: any) => [a.position, a.kind, a.title])).toEqual([
        [0, 'FREE', 'Welcome'],
        [1, 'CLAUSE', 'Clause 1'],
        [2, 'QUESTION', 'Approve clause 1?'],
      ]);
      const moved = await fac.ok<{ updateAgendaItem: any }>(
        `mutation($i: UpdateAgendaItemInput!) { updateAgendaItem(input: $i) { ${MEETING} } }`,
        {
          i: { agendaItemId: meeting.agenda[0].id, position: 2 },
        },
      );
      expect(moved.updateAgendaItem.agenda.map((a: any) => a.title)).toEqual([
        'Clause 1',
        'Approve clause 1?',
        'Welcome',
      ]);
      meeting = moved.updateAgendaItem;

      const client = subscriptionClient(server, board.observer.client.cookie);
      const sub = subscribe<{ meetingUpdated: any }>(
        client,
        `subscription($m: ID!) { meetingUpdated(meetingId: $m) { state currentItemId presentCount quorumMet } }`,
        { m: meetingId },
      );
      await settle();
      await fac.ok('mutation($m: ID!) { openMeeting(meetingId: $m) { state } }', { m: meetingId });
      await fac.ok(
        'mutation($m: ID!, $a: ID) { setCurrentAgendaItem(meetingId: $m, agendaItemId: $a) { id } }',
        { m: meetingId, a: meeting.agenda[0].id },
      );
      await sub.next((e) => e.meetingUpdated.currentItemId === meeting.agenda[0].id);

      // 8 eligible (the facilitator, the member and 6 more; observers do not count) → 60% = 5 present.
      const present = [board.member, ...members.slice(0, 3)];
      await Promise.all(
        present.map((p) =>
          p.client.ok('mutation($m: ID!) { checkIn(meetingId: $m) { id } }', { m: meetingId }),
        ),
      );
      await board.observer.client.ok('mutation($m: ID!) { checkIn(meetingId: $m) { id } }', { m: meetingId });
      let now = (
        await fac.ok<{ meeting: any }>(`query($id: ID!) { meeting(id: $id) { ${MEETING} } }`, {
          id: meetingId,
        })
      ).meeting;
      expect(now).toMatchObject({ presentCount: 4, quorumMet: false });
      await fac.ok('mutation($i: MarkAttendanceInput!) { markAttendance(input: $i) { id } }', {
        i: { meetingId, userId: board.facilitator.userId, present: true },
      });
      const quorate = await sub.next((e) => e.meetingUpdated.presentCount === 5);
      expect(quorate.meetingUpdated.quorumMet).toBe(true);

      // The vote: opened and closed in one click each; quorum counted against those present.
      await fac.ok('mutation($id: ID!) { openQuestion(questionId: $id) { state } }', { id: q.id });
      await Promise.all(
        present.slice(0, 3).map((p) => p.client.ok(CAST, { i: { questionId: q.id, choice: 'APPROVE' } })),
      );
      const busy = await fac.gql('mutation($m: ID!) { closeMeeting(meetingId: $m) { id } }', {
        m: meetingId,
      });
      expect(busy.errors?.[0].message).toMatch(/Close the open vote first/);
      const closedVote = (await fac.ok(CLOSE, { id: q.id })).closeQuestion;
      expect(closedVote.tally).toMatchObject({ outcome: 'PASSED', quorumRequired: 3 });

      // Minutes with optimistic concurrency.
      const saved = await board.member.client.ok<{ saveMinutes: any }>(
        `mutation($i: SaveMinutesInput!) { saveMinutes(input: $i) { ${MEETING} } }`,
        {
          i: { meetingId, text: 'Present: see attendance.', baseVersion: now.minutesVersion },
        },
      );
      expect(saved.saveMinutes.minutesVersion).toBe(now.minutesVersion + 1);
      const stale = await members[0].client.gql(
        'mutation($i: SaveMinutesInput!) { saveMinutes(input: $i) { id } }',
        { i: { meetingId, text: 'Overwrite', baseVersion: now.minutesVersion } },
      );
      expect(stale.errors?.[0].extensions?.code).toBe('CONFLICT');
      const observerMinutes = await board.observer.client.gql(
        'mutation($i: SaveMinutesInput!) { saveMinutes(input: $i) { id } }',
        { i: { meetingId, text: 'x', baseVersion: 1 } },
      );
      expect(observerMinutes.errors?.[0].extensions?.code).toBe('FORBIDDEN');

      now = (
        await fac.ok<{ closeMeeting: any }>(
          `mutation($m: ID!) { closeMeeting(meetingId: $m) { ${MEETING} } }`,
          { m: meetingId },
        )
      ).closeMeeting;
      expect(now.state).toBe('CLOSED');
      expect(now.decisions).toMatch(
        /^- Approve clause 1\?: Approved \(3 ballots cast\)\. \[wording sha256 [0-9a-f]{12}\]$/,
      );
      // The decisions are appended to the shared minutes document; the row mirrors its text.
      expect(now.minutes).toBe(
        `Present: see attendance.\n\nDecisions taken in this meeting\n\n${now.decisions}`,
      );
      expect(now.agenda[0].endedAt).not.toBeNull();
      // Attendance and quorum of a closed meeting are the record: the five present at close.
      expect(now).toMatchObject({ presentCount: 5, quorumMet: true });
      expect(now.attendance.map((a: { userId: string }) => a.userId)).toEqual(
        expect.arrayContaining([board.facilitator.userId, ...present.map((p) => p.userId)]),
      );
      await client.dispose();
    }, 30_000);
  });
});

async function waitFor<T>(probe: () => Promise<T | null>, timeoutMs = 8000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== null) return value;
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 100));
  }
}
