import { createTestDatabase, GqlClient, startServer, TestDatabase, TestServer } from './harness';
import { Board, bulkPeople, newBoard } from './deliberation-world';
import { startMailReceiver, type MailReceiver, type Received } from './mail-receiver';

jest.setTimeout(180_000);

const OPEN_VOTE = 'mutation($i: CreateQuestionInput!) { createQuestion(input: $i) { id } }';

/**
 * Two replicas share one database and one queue. One is killed (SIGKILL) while mail is pending
 * and the other is stopped too, so for a while nobody is sending; after a restart every message
 * arrives, and no Message-ID is missing or extra.
 */
describe('mail queue across replicas and a crash', () => {
  let db: TestDatabase;
  let smtp: MailReceiver;
  const servers: TestServer[] = [];
  let board: Board;
  const env = () => ({ DATABASE_URL: db.url, DEMO_DATA: 'false', SMTP_URL: smtp.url, LOG_LEVEL: 'warn' });

  beforeAll(async () => {
    db = await createTestDatabase();
    smtp = await startMailReceiver();
    servers.push(await startServer(env()));
    servers.push(await startServer(env()));
    board = await newBoard(db, servers[0], 1);
    await bulkPeople(db, servers[0], 40, board.boardId, 'MEMBER', 'voter');
  }, 90_000);

  afterAll(async () => {
    for (const s of servers) await s.kill();
    await smtp?.close();
    await db?.drop();
  });

  const about = (prompt: string) => (m: Received) => (m.mail.subject ?? '').includes(prompt);

  it('delivers every message exactly once when a replica is killed mid-queue and the service restarts', async () => {
    const people = await db.query<{ email: string }>(
      `SELECT u.email FROM membership m JOIN user_account u ON u.id = m.user_id WHERE m.board_id = $1 AND m.role IN ('MEMBER', 'FACILITATOR')`,
      [board.boardId],
    );
    expect(people.length).toBe(42);
    smtp.delayMs = 150; // keep the queue busy long enough to kill a replica in the middle of it
    const prompt = 'Crash-proof vote';
    await board.facilitator.client.ok(OPEN_VOTE, {
      i: { boardId: board.boardId, subject: 'MOTION', kind: 'APPROVAL', prompt },
    });
    await smtp.waitFor((m) => m.filter(about(prompt)).length >= 5, 60_000, 'the first messages');
    await servers[0].kill(); // kill -9 while it holds jobs
    await servers[1].stop(); // and nobody left to send
    const during = smtp.unique().filter(about(prompt)).length;
    expect(during).toBeLessThan(people.length); // the restart really happened mid-queue
    const [{ pending }] = await db.query<{ pending: number }>(
      `SELECT count(*)::int AS pending FROM mail_message WHERE subject LIKE $1 AND status = 'QUEUED'`,
      [`%${prompt}%`],
    );
    expect(pending).toBeGreaterThan(0);

    smtp.delayMs = 0;
    servers.push(await startServer(env()));
    const mails = (
      await smtp.waitFor((m) => m.filter(about(prompt)).length >= people.length, 120_000, 'every vote mail')
    ).filter(about(prompt));
    // Exactly once per person, by Message-ID: none missing, none extra.
    expect(mails.map((m) => m.to[0]).sort()).toEqual(people.map((p) => p.email).sort());
    expect(new Set(mails.map((m) => m.mail.messageId)).size).toBe(people.length);
    // Messages the killed replica had handed over but not yet marked sent are sent again once its
    // jobs expire (30 s): wait for every row to be marked sent, then count what arrived.
    const sent = async () =>
      (
        await db.query<{ n: number }>(
          `SELECT count(*)::int AS n FROM mail_message WHERE subject LIKE $1 AND status = 'SENT'`,
          [`%${prompt}%`],
        )
      )[0].n;
    for (let i = 0; i < 900 && (await sent()) < people.length; i++)
      await new Promise((r) => setTimeout(r, 100));
    expect(await sent()).toBe(people.length);
    const after = smtp.unique().filter(about(prompt));
    expect(after.map((m) => m.to[0]).sort()).toEqual(people.map((p) => p.email).sort());
    const raw = smtp.deliveries.filter(about(prompt)).length;
    // A copy can only repeat when a replica died between the SMTP server's acceptance and the
    // database write; it then carries the same Message-ID, so the receiver recognises it.
    console.log(`mail-replicas: ${people.length} messages, ${raw} deliveries, ${during} before the crash`);
  });

  it('sends a burst through two replicas with no duplicate Message-ID', async () => {
    const live = servers[servers.length - 1];
    servers.push(await startServer(env()));
    const facilitator = new GqlClient(live.url);
    facilitator.cookie = board.facilitator.client.cookie;
    const prompt = 'Throughput vote';
    const started = Date.now();
    await facilitator.ok(OPEN_VOTE, {
      i: { boardId: board.boardId, subject: 'MOTION', kind: 'APPROVAL', prompt },
    });
    const mails = (
      await smtp.waitFor((m) => m.filter(about(prompt)).length >= 42, 60_000, 'the burst')
    ).filter(about(prompt));
    const seconds = (Date.now() - started) / 1000;
    expect(smtp.deliveries.filter(about(prompt)).length).toBe(42);
    expect(new Set(mails.map((m) => m.to[0])).size).toBe(42);
    console.log(
      `mail-replicas: 42 messages through 2 replicas in ${seconds.toFixed(1)} s (${(42 / seconds).toFixed(1)}/s)`,
    );
  });
});
