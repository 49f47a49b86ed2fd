/**
 * The board archive: GET /api/boards/:boardId/archive.zip gives a facilitator the board's whole record
 * (every packet version as its own download serves it, questions, results, ballots, comments,
 * minutes, the audit log) in JSON and CSV; nobody else on or off the board gets it.
 */
import JSZip from 'jszip';
import { createTestDatabase, startServer, TestDatabase, TestServer } from './harness';
import { Board, CAST, CLOSE, createQuestion, newBoard } from './deliberation-world';

const TABLES = ['questions', 'vote-results', 'ballots', 'comments', 'minutes', 'audit-log'];

describe('board archive', () => {
  let db: TestDatabase;
  let server: TestServer;
  let board: Board;
  let packet: { id: string; files: { format: string; fileName: string; url: string }[] };
  let openQuestion: string;
  let secretQuestion: string;

  const download = (cookie?: string) =>
    fetch(`${server.url}/api/boards/${board.boardId}/archive.zip`, { headers: cookie ? { cookie } : {} });

  beforeAll(async () => {
    db = await createTestDatabase();
    server = await startServer({ DATABASE_URL: db.url, DEMO_DATA: 'false' });
    board = await newBoard(db, server, 2);
    const f = board.facilitator.client;
    await board.member.client.ok('mutation($i: AddCommentInput!) { addComment(input: $i) { id } }', {
      i: { draftId: board.draftId, clauseId: board.clauseIds[0], body: 'Say "imminent", not "possible".' },
    });
    const published = await f.ok<{ publishPacket: typeof packet }>(
      `mutation($i: PublishPacketInput!) { publishPacket(input: $i) { id files { format fileName url } } }`,
      {
        i: {
          draftId: board.draftId,
          title: 'Recommendations',
          coverLetter: 'Dear Chief,',
          recipients: ['Chief'],
        },
      },
    );
    packet = published.publishPacket;
    for (const secret of [false, true]) {
      const q = await createQuestion(f, {
        boardId: board.boardId,
        subject: 'MOTION',
        prompt: secret ? 'Secret motion?' : 'Open motion?',
        kind: 'APPROVAL',
        secret,
      });
      for (const voter of [board.facilitator, board.member])
        await voter.client.ok(CAST, { i: { questionId: q.id, choice: 'APPROVE' } });
      await f.ok(CLOSE, { id: q.id });
      if (secret) secretQuestion = q.id;
      else openQuestion = q.id;
    }
  }, 120_000);

  afterAll(async () => {
    await server?.stop();
    await db?.drop();
  });

  it('gives a facilitator a zip of the record in JSON and CSV, with every packet version as exported', async () => {
    const res = await download(board.facilitator.client.cookie);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/zip');
    expect(res.headers.get('content-disposition')).toMatch(
      /^attachment; filename="roundtable-[a-z0-9-]+-record-\d{4}-\d{2}-\d{2}\.zip"$/,
    );
    const zip = await JSZip.loadAsync(Buffer.from(await res.arrayBuffer()));
    const read = async (name: string) =>
      JSON.parse(await zip.file(name)!.async('string')) as Record<string, any>[];

    for (const table of TABLES) {
      expect(zip.file(`${table}.json`)).not.toBeNull();
      expect(zip.file(`${table}.csv`)).not.toBeNull();
    }
    expect(zip.file('README.txt')).not.toBeNull();

    const questions = await read('questions.json');
    expect(questions.map((q) => q.prompt).sort()).toEqual(['Open motion?', 'Secret motion?']);
    expect(await read('vote-results.json')).toHaveLength(2);
    // Named ballots of the open question only: a secret ballot's record is its tally.
    const ballots = await read('ballots.json');
    expect(ballots.map((b) => [b.question_id, b.voter]).sort()).toEqual(
      [
        [openQuestion, board.facilitator.name],
        [openQuestion, board.member.name],
      ].sort(),
    );
    expect(ballots.some((b) => b.question_id === secretQuestion)).toBe(false);
    const comments = await read('comments.json');
    expect(comments.map((c) => c.body)).toEqual(['Say "imminent", not "possible".']);
    const audit = await read('audit-log.json');
    const [{ n }] = await db.query<{ n: string }>(
      'SELECT count(*) AS n FROM audit_event WHERE board_id = $1',
      [board.boardId],
    );
    expect(audit).toHaveLength(Number(n));
    expect(audit.length).toBeGreaterThan(3);

    // CSV: a header and one line per row (a cell with quotes survives quoting).
    const csv = (await zip.file('comments.csv')!.async('string')).replace(/^\uFEFF/, '');
    expect(csv.split('\r\n')[0]).toMatch(/^id,draft,clause_id,/);
    expect(csv).toContain('"Say ""imminent"", not ""possible""."');

    // The packet version's zip, byte for byte what its own download serves.
    const zipFile = packet.files.find((f) => f.format === 'zip')!;
    const inArchive = await zip.file(`packets/${packet.id}/${zipFile.fileName}`)!.async('nodebuffer');
    const served = await fetch(`${server.url}/packets/${packet.id}/${zipFile.fileName}`, {
      headers: { cookie: board.facilitator.client.cookie },
    });
    expect(served.status).toBe(200);
    expect(inArchive.equals(Buffer.from(await served.arrayBuffer()))).toBe(true);
  }, 60_000);

  it.each([
    ['a member', () => board.member.client.cookie],
    ['an observer (official)', () => board.observer.client.cookie],
  ])('refuses %s with 403', async (_who, cookie) => {
    const res = await download(cookie());
    expect(res.status).toBe(403);
    expect(res.headers.get('content-type')).not.toBe('application/zip');
  });

  it('answers a signed-in non-member as if the board did not exist (404), as every board route does', async () => {
    const res = await download(board.outsider.client.cookie);
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).not.toBe('application/zip');
  });

  it('refuses an anonymous caller', async () => {
    const res = await download();
    expect([401, 403]).toContain(res.status);
  });
});
