/**
 * A meeting's minutes as a shared Yjs document on the same sync endpoint
 * (`/collab/minutes.<meetingId>`), with real y-websocket providers against the built server:
 * members write together, the text is mirrored into the meeting row, observers only read, and
 * closing the meeting appends its decisions live and freezes the minutes.
 */
import * as Y from 'yjs';
import { CloseCode, MINUTES_FRAGMENT, minutesDocName } from '@roundtable/shared';
import { createTestDatabase, startServer, TestDatabase, TestServer } from './harness';
import { CAST, CLOSE, createQuestion } from './deliberation-world';
import {
  addClause,
  Board,
  collabUrl,
  connect,
  createBoard,
  eventually,
  Person,
  rawConnect,
  signUp,
} from './clients/collab-client';
import { EDITOR_VERSION, EDITOR_VERSION_PARAM } from '@roundtable/shared';

jest.setTimeout(60_000);

let db: TestDatabase;
let server: TestServer;
let board: Board;
let member: Person;
let member2: Person;
let observer: Person;
const clients: { destroy(): void }[] = [];
const track = <T extends { destroy(): void }>(c: T): T => (clients.push(c), c);

beforeAll(async () => {
  db = await createTestDatabase();
  server = await startServer({ DATABASE_URL: db.url, DEMO_DATA: 'false' });
  board = await createBoard(server);
  member = await board.join('MEMBER', 'Darnell');
  member2 = await board.join('MEMBER', 'Priya');
  observer = await board.join('OBSERVER', 'Chief');
});

afterEach(() => {
  while (clients.length) clients.pop()!.destroy();
});

afterAll(async () => {
  await server?.stop();
  await db?.drop();
});

async function openMeeting(title: string): Promise<string> {
  const { scheduleMeeting } = await board.facilitator.gql.ok<{ scheduleMeeting: { id: string } }>(
    'mutation($i: ScheduleMeetingInput!) { scheduleMeeting(input: $i) { id } }',
    {
      i: {
        boardId: board.boardId,
        draftId: board.draftId,
        title,
        startsAt: new Date(Date.now() + 3600_000).toISOString(),
      },
    },
  );
  await board.facilitator.gql.ok('mutation($m: ID!) { openMeeting(meetingId: $m) { id } }', {
    m: scheduleMeeting.id,
  });
  return scheduleMeeting.id;
}

async function minutesRow(meetingId: string): Promise<{ minutes: string; state: string }> {
  const data = await board.facilitator.gql.ok<{ meeting: { minutes: string; state: string } }>(
    'query($id: ID!) { meeting(id: $id) { minutes state } }',
    { id: meetingId },
  );
  return data.meeting;
}

/** Appends a paragraph to the minutes, the way the Tiptap editor's Collaboration extension does. */
function writeParagraph(doc: Y.Doc, text: string): void {
  const fragment = doc.getXmlFragment(MINUTES_FRAGMENT);
  const paragraph = new Y.XmlElement('paragraph');
  paragraph.insert(0, [new Y.XmlText(text)]);
  fragment.insert(fragment.length, [paragraph]);
}

function plainParagraphs(doc: Y.Doc): string[] {
  return doc
    .getXmlFragment(MINUTES_FRAGMENT)
    .toArray()
    .map((node) =>
      node instanceof Y.XmlElement
        ? node
            .toArray()
            .map((t) => String(t.toJSON()))
            .join('')
        : '',
    );
}

async function rowsOfMinutesBy(userId: string): Promise<number> {
  const [row] = await db.query<{ n: number }>(
    'SELECT count(*)::int AS n FROM minutes_update WHERE user_id = $1',
    [userId],
  );
  return row.n;
}

describe('collaborative minutes', () => {
  it('two members write the minutes together and the meeting row mirrors the text', async () => {
    const meetingId = await openMeeting('Minutes together');
    const a = track(connect(server.url, minutesDocName(meetingId), member.cookie));
    const b = track(connect(server.url, minutesDocName(meetingId), member2.cookie));
    await Promise.all([a.synced(), b.synced()]);
    writeParagraph(a.doc, 'Present: Darnell, Priya.');
    writeParagraph(b.doc, 'Chair opened at 18:30.');
    await eventually(
      () => plainParagraphs(a.doc).length === 2 && plainParagraphs(b.doc).length === 2,
      5000,
      'both paragraphs on both clients',
    );
    expect(plainParagraphs(a.doc)).toEqual(plainParagraphs(b.doc));
    const mirrored = await eventually(
      async () => {
        const { minutes } = await minutesRow(meetingId);
        return minutes.includes('Present: Darnell, Priya.') && minutes.includes('Chair opened at 18:30.')
          ? minutes
          : null;
      },
      5000,
      'the minutes column mirrors the document',
    );
    expect(mirrored.split('\n\n').sort()).toEqual(['Chair opened at 18:30.', 'Present: Darnell, Priya.']);
    // Durable: a fresh client (after the document left memory) loads the same text.
    a.destroy();
    b.destroy();
    await new Promise((r) => setTimeout(r, 2500));
    const later = track(connect(server.url, minutesDocName(meetingId), member.cookie));
    await later.synced();
    await eventually(() => plainParagraphs(later.doc).length === 2, 3000, 'minutes reloaded');
    // Drafts are untouched by minutes: they are separate documents at the old path.
    const draft = track(connect(server.url, board.draftId, member.cookie));
    await draft.synced();
    expect(draft.doc.getXmlFragment(MINUTES_FRAGMENT).length).toBe(0);
  });

  it('an observer reads the minutes live but its writes are dropped and its socket stays open', async () => {
    const meetingId = await openMeeting('Observer reads');
    const writer = track(connect(server.url, minutesDocName(meetingId), member.cookie));
    const chief = track(connect(server.url, minutesDocName(meetingId), observer.cookie));
    await writer.synced();
    await eventually(() => chief.provider.wsconnected, 5000, 'observer connected');
    writeParagraph(writer.doc, 'Motion to adopt clause 2.');
    await eventually(
      () => plainParagraphs(chief.doc).includes('Motion to adopt clause 2.'),
      5000,
      'observer sees it',
    );
    writeParagraph(chief.doc, 'OBSERVER WAS HERE');
    await new Promise((r) => setTimeout(r, 800));
    expect(plainParagraphs(writer.doc)).not.toContain('OBSERVER WAS HERE');
    expect(await rowsOfMinutesBy(observer.userId)).toBe(0);
    expect((await minutesRow(meetingId)).minutes).not.toContain('OBSERVER WAS HERE');
    expect(chief.provider.wsconnected).toBe(true);
  });

  it('closing the meeting appends its decisions live and freezes the minutes', async () => {
    const meetingId = await openMeeting('Decisions appended');
    const clauseId = await addClause(
      board.facilitator,
      board.draftId,
      'Reporting',
      'Report within 24 hours.',
    );
    const q = await createQuestion(board.facilitator.gql, {
      boardId: board.boardId,
      subject: 'CLAUSE',
      draftId: board.draftId,
      clauseId,
      meetingId,
      prompt: 'Adopt the reporting clause?',
      kind: 'APPROVAL',
      open: true,
    });
    await member.gql.ok(CAST, { i: { questionId: q.id, choice: 'APPROVE' } });
    await member2.gql.ok(CAST, { i: { questionId: q.id, choice: 'APPROVE' } });
    await board.facilitator.gql.ok(CLOSE, { id: q.id });

    const writer = track(connect(server.url, minutesDocName(meetingId), member.cookie));
    await writer.synced();
    writeParagraph(writer.doc, 'Discussion of clause 4.');
    await eventually(
      async () => (await minutesRow(meetingId)).minutes.includes('clause 4'),
      5000,
      'mirrored',
    );

    const { closeMeeting } = await board.facilitator.gql.ok<{
      closeMeeting: { minutes: string; decisions: string };
    }>('mutation($m: ID!) { closeMeeting(meetingId: $m) { minutes decisions } }', { m: meetingId });
    // The row already has them when the mutation returns (the packet reads this column).
    expect(closeMeeting.minutes).toMatch(
      /^Discussion of clause 4\.\n\nDecisions taken in this meeting\n\n- Adopt the reporting clause\?: .+\[wording sha256 [0-9a-f]{12}\]$/,
    );
    expect(closeMeeting.minutes.endsWith(closeMeeting.decisions)).toBe(true);

    // Open editors are told to reconnect with their new (read-only) rights; y-websocket treats
    // 44xx as final, so the editor reconnects itself on ROLE_CHANGED, as the app does.
    await eventually(
      () => writer.closes.some((c) => c.code === CloseCode.ROLE_CHANGED),
      3000,
      'ROLE_CHANGED close',
    );
    writer.provider.connect();
    // The decisions arrive as one server update.
    await eventually(
      () => writer.doc.getXmlFragment(MINUTES_FRAGMENT).toString().includes('Adopt the reporting clause?'),
      5000,
      'decisions arrive in the open editor',
    );
    const [{ n: serverRows }] = await db.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM minutes_update WHERE meeting_id = $1 AND user_id = $2',
      [meetingId, board.facilitator.userId],
    );
    expect(serverRows).toBe(1);

    // Final: a member's later edit is dropped.
    await eventually(() => writer.provider.wsconnected && writer.provider.synced, 5000, 'reconnected');
    const before = await rowsOfMinutesBy(member.userId);
    writeParagraph(writer.doc, 'Edited after closing');
    await new Promise((r) => setTimeout(r, 800));
    expect(await rowsOfMinutesBy(member.userId)).toBe(before);
    expect((await minutesRow(meetingId)).minutes).not.toContain('Edited after closing');
  });

  it('starts from minutes saved as plain text before they were shared documents, once', async () => {
    const meetingId = await openMeeting('Older meeting');
    // As an older version left it: text in the row, no document rows.
    await db.query('UPDATE meeting SET minutes = $2 WHERE id = $1', [
      meetingId,
      'Roll call: five present.\n\nThe chair opened the floor.',
    ]);
    await db.query('DELETE FROM minutes_update WHERE meeting_id = $1', [meetingId]);
    const first = track(connect(server.url, minutesDocName(meetingId), member.cookie));
    await first.synced();
    await eventually(() => plainParagraphs(first.doc).length === 2, 5000, 'the old text in the document');
    expect(plainParagraphs(first.doc)).toEqual(['Roll call: five present.', 'The chair opened the floor.']);
    // Stored as a document now, and the same after a restart.
    await eventually(
      async () =>
        (
          await db.query<{ n: number }>(
            'SELECT count(*)::int AS n FROM minutes_update WHERE meeting_id = $1',
            [meetingId],
          )
        )[0].n > 0,
      5000,
      'the seed in the log',
    );
    await server.stop();
    server = await startServer({ DATABASE_URL: db.url, DEMO_DATA: 'false' }, { port: server.port });
    const again = track(connect(server.url, minutesDocName(meetingId), member2.cookie));
    await again.synced();
    await new Promise((r) => setTimeout(r, 300));
    expect(plainParagraphs(again.doc)).toEqual(['Roll call: five present.', 'The chair opened the floor.']);
  });

  it('refuses people outside the board and names that are not documents, before any byte', async () => {
    const meetingId = await openMeeting('Private');
    const outsider = await signUp(server, 'Outsider');
    const headers = (cookie: string) => ({ cookie, origin: server.url });
    const query = `?${EDITOR_VERSION_PARAM}=${EDITOR_VERSION}`;
    const refused = await rawConnect(
      server.url,
      `/collab/${minutesDocName(meetingId)}${query}`,
      headers(outsider.cookie),
    );
    expect(refused.code).toBe(CloseCode.FORBIDDEN);
    expect(refused.messages).toHaveLength(0);
    const bad = await rawConnect(server.url, `/collab/minutes.not-a-meeting${query}`, headers(member.cookie));
    expect(bad.code).toBe(CloseCode.NOT_FOUND);
    const unknown = await rawConnect(
      server.url,
      `/collab/${minutesDocName('00000000-0000-4000-8000-000000000000')}${query}`,
      headers(member.cookie),
    );
    expect(unknown.code).toBe(CloseCode.NOT_FOUND);
    expect(collabUrl(server.url)).toMatch(/\/collab$/);
  });
});
