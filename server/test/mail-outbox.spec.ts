import { createTestDatabase, startServer, TestDatabase, TestServer, uniqueEmail } from './harness';
import { Board, newBoard } from './deliberation-world';

const OUTBOX =
  'query($b: ID!) { boardOutbox(boardId: $b) { smtpConfigured messages { kind toAddress locale subject text status } } }';

/** Without SMTP_URL (the embedded default) mail is kept in the board's outbox for its facilitators. */
describe('the outbox when no SMTP server is configured', () => {
  let db: TestDatabase;
  let server: TestServer;
  let board: Board;

  beforeAll(async () => {
    db = await createTestDatabase();
    server = await startServer({ DATABASE_URL: db.url, DEMO_DATA: 'false', LOG_LEVEL: 'info' });
    board = await newBoard(db, server, 1);
  }, 60_000);

  afterAll(async () => {
    await server?.stop();
    await db?.drop();
  });

  it('says at start that mail goes to the outbox', () => {
    expect(server.logs()).toMatch(/SMTP_URL is not set: mail goes to each board's outbox/);
  });

  it('lets the facilitator read an emailed invitation in the outbox, and nobody else', async () => {
    const address = uniqueEmail('invitee');
    const created = await board.facilitator.client.ok(
      'mutation($i: CreateInvitationInput!) { createInvitation(input: $i) { url } }',
      { i: { boardId: board.boardId, role: 'MEMBER', sendToEmail: address } },
    );
    type Outbox = {
      boardOutbox: {
        smtpConfigured: boolean;
        messages: { toAddress: string; status: string; text: string; subject: string }[];
      };
    };
    let outbox: Outbox['boardOutbox'] | undefined;
    // The queue files it within a poll or two; wait on the status, bounded.
    for (let i = 0; i < 100; i++) {
      outbox = (await board.facilitator.client.ok<Outbox>(OUTBOX, { b: board.boardId })).boardOutbox;
      if (outbox.messages.some((m) => m.toAddress === address && m.status === 'OUTBOX')) break;
      await new Promise((r) => setTimeout(r, 200));
    }
    expect(outbox!.smtpConfigured).toBe(false);
    const message = outbox!.messages.find((m) => m.toAddress === address)!;
    expect(message.status).toBe('OUTBOX');
    expect(message.subject).toBe('Invitation to Deliberation board');
    expect(message.text).toContain(created.createInvitation.url);
    for (const who of [board.member, board.observer, board.outsider]) {
      const denied = await who.client.gql(OUTBOX, { b: board.boardId });
      expect(denied.errors?.[0].extensions?.code).toMatch(/FORBIDDEN|NOT_FOUND/);
    }
  });
});
