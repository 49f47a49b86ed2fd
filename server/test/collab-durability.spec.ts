/**
 * Nothing anyone saw is ever lost: three editors type unique tokens while the server process is
 * killed with SIGKILL at random moments. At every kill, each token that reached another editor
 * must already be in the database (the server commits before it broadcasts).
 */
import * as Y from 'yjs';
import { createTestDatabase, freePort, startServer, TestDatabase, TestServer } from './harness';
import {
  addClause,
  CollabClient,
  connect,
  createBoard,
  eventually,
  firstClauseText,
  plain,
} from './clients/collab-client';

const KILLS = Number(process.env.COLLAB_KILLS ?? 20);
// Each restart takes about 2 s on an idle machine and up to 17 s on a loaded one; this is a bound
// against a hang, not a latency target.
jest.setTimeout(360_000);

let db: TestDatabase;
let server: TestServer | null = null;
let clients: CollabClient[] = [];

afterAll(async () => {
  clients.forEach((c) => c.destroy());
  await server?.kill();
  await db?.drop();
});

const TOKEN = /tok-(\d)-(\d+)/g;
function tokensIn(text: string): Set<string> {
  return new Set([...text.matchAll(TOKEN)].map((m) => m[0]));
}

async function storedText(): Promise<string> {
  const rows = await db.query<{ update: Buffer }>('SELECT update FROM draft_update ORDER BY seq');
  const doc = new Y.Doc();
  doc.transact(() => rows.forEach((r) => Y.applyUpdate(doc, new Uint8Array(r.update))));
  const text = plain(firstClauseText(doc));
  doc.destroy();
  return text;
}

it(`keeps every token another editor received across ${KILLS} kill -9s`, async () => {
  db = await createTestDatabase();
  const port = await freePort();
  const env = { DATABASE_URL: db.url, DEMO_DATA: 'false', LOG_LEVEL: 'error' };
  server = await startServer(env, { port });
  const board = await createBoard(server);
  const people = await Promise.all([
    board.join('MEMBER', 'a'),
    board.join('MEMBER', 'b'),
    board.join('MEMBER', 'c'),
  ]);
  await addClause(board.facilitator, board.draftId, 'Typing', 'start');

  clients = people.map((p) => connect(server!.url, board.draftId, p.cookie, { alwaysReconnect: true }));
  await Promise.all(clients.map((c) => c.synced()));
  const counters = [0, 0, 0];
  const typing = clients.map((client, i) =>
    setInterval(
      () => {
        const text = firstClauseText(client.doc);
        if (!text) return;
        text.insert(text.length, ` tok-${i}-${counters[i]++}`);
      },
      15 + i * 5,
    ),
  );

  let checked = 0;
  let maxReceived = 0;
  try {
    for (let kill = 0; kill < KILLS; kill++) {
      // Let the editors reconnect and type for a random while, then crash the server.
      await eventually(() => clients.every((c) => c.provider.synced), 10_000, 'clients back in sync');
      await new Promise((r) => setTimeout(r, 150 + Math.random() * 600));
      await server.kill();
      await new Promise((r) => setTimeout(r, 30)); // frames already in flight are still read
      const stored = tokensIn(await storedText());
      const received = new Set<string>();
      clients.forEach((client, i) => {
        for (const token of tokensIn(plain(firstClauseText(client.doc))))
          if (!token.startsWith(`tok-${i}-`)) received.add(token);
      });
      const missing = [...received].filter((t) => !stored.has(t));
      expect({ kill, missing }).toEqual({ kill, missing: [] });
      checked++;
      maxReceived = Math.max(maxReceived, received.size);
      server = await startServer(env, { port });
    }
  } finally {
    typing.forEach(clearInterval);
  }
  expect(checked).toBe(KILLS);
  expect(maxReceived).toBeGreaterThan(100);

  // After the last restart, everyone converges on one text that contains every token typed.
  await eventually(() => clients.every((c) => c.provider.synced), 10_000, 'final sync');
  const all = new Set<string>();
  counters.forEach((n, i) => {
    for (let k = 0; k < n; k++) all.add(`tok-${i}-${k}`);
  });
  await eventually(
    () => clients.every((c) => tokensIn(plain(firstClauseText(c.doc))).size === all.size),
    15_000,
    'convergence',
  );
  clients.forEach((c) => c.destroy());
  clients = [];
  await server.stop();
  server = null;
  expect(tokensIn(await storedText()).size).toBe(all.size);
});
