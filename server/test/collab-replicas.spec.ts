/**
 * Two server processes on one PostgreSQL and one Redis: editors on different replicas converge,
 * presence and role changes cross over, a GraphQL edit on one replica reaches editors on the
 * other, and a Redis restart (messages lost while it is down) heals by state-vector resync.
 *
 * The Redis restart uses a private redis-server on a free port, so other suites sharing the
 * machine's Redis are not disturbed; it is always stopped at the end.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { CloseCode } from '@roundtable/shared';
import { createTestDatabase, freePort, startServer, TestDatabase, TestServer } from './harness';
import {
  addClause,
  Board,
  clauseIds,
  CollabClient,
  connect,
  createBoard,
  eventually,
  firstClauseText,
  liveSocket,
  membershipId,
  Person,
  plain,
  signInAgain,
} from './clients/collab-client';

jest.setTimeout(90_000);

let db: TestDatabase;
let replicas: TestServer[] = [];
let board: Board;
let people: Person[];
const clients: CollabClient[] = [];
const redisDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rt-redis-'));
let redisPort = 0;

function redisUp(): boolean {
  return (
    spawnSync('redis-cli', ['-p', String(redisPort), 'ping'], { encoding: 'utf8' }).stdout.trim() === 'PONG'
  );
}

function startRedis(): void {
  execFileSync('redis-server', [
    '--port',
    String(redisPort),
    '--bind',
    '127.0.0.1',
    '--daemonize',
    'yes',
    '--save',
    '',
    '--appendonly',
    'no',
    '--dir',
    redisDir,
    '--pidfile',
    path.join(redisDir, 'redis.pid'),
    '--logfile',
    path.join(redisDir, 'redis.log'),
  ]);
  for (let i = 0; i < 50 && !redisUp(); i++) execFileSync('sleep', ['0.1']);
  if (!redisUp()) throw new Error('private redis-server did not start');
}

function stopRedis(): void {
  spawnSync('redis-cli', ['-p', String(redisPort), 'shutdown', 'nosave']);
  for (let i = 0; i < 50 && redisUp(); i++) execFileSync('sleep', ['0.1']);
}

const track = (c: CollabClient) => (clients.push(c), c);

beforeAll(async () => {
  redisPort = await freePort();
  startRedis();
  db = await createTestDatabase();
  const env = {
    DATABASE_URL: db.url,
    REDIS_URL: `redis://127.0.0.1:${redisPort}`,
    DEMO_DATA: 'false',
    LOG_LEVEL: 'error',
  };
  replicas = await Promise.all([startServer(env), startServer(env)]);
  board = await createBoard(replicas[0]);
  people = await Promise.all([board.join('MEMBER', 'on-a'), board.join('MEMBER', 'on-b')]);
  await addClause(board.facilitator, board.draftId, 'Shared', 'start');
});

afterAll(async () => {
  clients.forEach((c) => c.destroy());
  await Promise.all(replicas.map((r) => r.stop()));
  stopRedis();
  fs.rmSync(redisDir, { recursive: true, force: true });
  await db?.drop();
});

it('editors on different replicas see each other’s edits and presence', async () => {
  const a = track(connect(replicas[0].url, board.draftId, people[0].cookie));
  const b = track(connect(replicas[1].url, board.draftId, people[1].cookie));
  await Promise.all([a.synced(), b.synced()]);
  const ta = await eventually(() => firstClauseText(a.doc));
  const tb = await eventually(() => firstClauseText(b.doc));
  for (let i = 0; i < 30; i++) {
    ta.insert(plain(ta).length, ` A${i}`);
    tb.insert(0, `B${i} `);
  }
  await eventually(
    () => plain(ta) === plain(tb) && plain(ta).includes('A29') && plain(tb).includes('B29'),
    5000,
    'convergence across replicas',
  );
  a.provider.awareness.setLocalStateField('cursor', { at: 3 });
  const seen = await eventually(
    () => b.provider.awareness.getStates().get(a.doc.clientID),
    5000,
    'presence across replicas',
  );
  expect(seen.user).toMatchObject({ id: people[0].userId, name: 'on-a' });
});

it('a clause added through GraphQL on one replica appears live on the other', async () => {
  const b = track(connect(replicas[1].url, board.draftId, people[1].cookie));
  await b.synced();
  const { addClause: added } = await people[0].gql.ok<{ addClause: { id: string } }>(
    'mutation($i: AddClauseInput!) { addClause(input: $i) { id } }',
    {
      i: {
        draftId: board.draftId,
        heading: 'From replica A',
        text: 'Added over GraphQL.',
        componentIds: ['medical-aid'],
      },
    },
  );
  await eventually(() => clauseIds(b.doc).includes(added.id), 5000, 'clause on replica B');
});

it('a role change made on one replica closes the socket on the other', async () => {
  const person = await board.join('MEMBER', 'moves');
  const onB = track(connect(replicas[1].url, board.draftId, person.cookie));
  await onB.synced();
  // GraphQL goes to replica A; the socket is on replica B.
  await board.facilitator.gql.ok(
    'mutation($i: ChangeMemberRoleInput!) { changeMemberRole(input: $i) { id } }',
    {
      i: { membershipId: await membershipId(board, person.userId), role: 'OBSERVER' },
    },
  );
  await eventually(
    () => onB.closes.some((c) => c.code === CloseCode.ROLE_CHANGED),
    5000,
    'ROLE_CHANGED on replica B',
  );
});

it('a removal made on one replica closes the person’s subscriptions on the other', async () => {
  const person = await board.join('MEMBER', 'removed');
  const bystander = await board.join('MEMBER', 'stays');
  const onB = liveSocket(replicas[1].url, person.cookie);
  const othersOnB = liveSocket(replicas[1].url, bystander.cookie);
  await Promise.all([onB.acked, othersOnB.acked]);
  await board.facilitator.gql.ok('mutation($id: ID!) { removeMember(membershipId: $id) }', {
    id: await membershipId(board, person.userId),
  });
  expect(await onB.closed()).toBe(4000);
  // Nobody else's socket was touched.
  expect(await othersOnB.closed(300)).toBeNull();
  othersOnB.close();
});

it('signing out on one replica closes that session’s sockets on every replica, and no other session’s', async () => {
  const laptop = await board.join('MEMBER', 'two-devices');
  const tablet = await signInAgain(replicas[1], laptop);
  const laptopEditors = [
    track(connect(replicas[0].url, board.draftId, laptop.cookie)),
    track(connect(replicas[1].url, board.draftId, laptop.cookie)),
  ];
  const laptopLive = liveSocket(replicas[1].url, laptop.cookie);
  const tabletEditor = track(connect(replicas[1].url, board.draftId, tablet.cookie));
  await Promise.all([...laptopEditors, tabletEditor].map((c) => c.synced()));
  await laptopLive.acked;

  await laptop.gql.ok('mutation { signOut }'); // through replica A

  for (const [i, editor] of laptopEditors.entries()) {
    await eventually(
      () => editor.closes.some((c) => c.code === CloseCode.UNAUTHENTICATED),
      5000,
      `the laptop's editor on replica ${i === 0 ? 'A' : 'B'} to close`,
    );
  }
  expect(await laptopLive.closed()).toBe(4401);
  // The tablet's session is another session: it keeps editing.
  expect(tabletEditor.closes).toEqual([]);
  tabletEditor.doc.transact(() => firstClauseText(tabletEditor.doc)!.insert(0, 'tablet '));
  const check = track(connect(replicas[0].url, board.draftId, board.facilitator.cookie));
  await check.synced();
  await eventually(() => plain(firstClauseText(check.doc)).includes('tablet '), 5000, 'the tablet’s edit');
});

it('ignores malformed access events on Redis instead of acting on them or failing', async () => {
  const person = await board.join('MEMBER', 'untouched');
  const onB = liveSocket(replicas[1].url, person.cookie);
  await onB.acked;
  for (const junk of [
    'not json',
    '{"kind":"membership","userId":"x"}',
    JSON.stringify({ kind: 'session-ended' }),
  ])
    execFileSync('redis-cli', ['-p', String(redisPort), 'publish', 'access', junk]);
  expect(await onB.closed(300)).toBeNull();
  for (const replica of replicas) expect((await fetch(`${replica.url}/healthz`)).status).toBe(200);
  onB.close();
});

it('heals edits made while Redis was down, once it is back', async () => {
  const a = track(connect(replicas[0].url, board.draftId, people[0].cookie));
  const b = track(connect(replicas[1].url, board.draftId, people[1].cookie));
  await Promise.all([a.synced(), b.synced()]);
  const ta = await eventually(() => firstClauseText(a.doc));
  const tb = await eventually(() => firstClauseText(b.doc));
  try {
    stopRedis();
    expect(redisUp()).toBe(false);
    ta.insert(plain(ta).length, ' during-outage-A');
    tb.insert(plain(tb).length, ' during-outage-B');
    await new Promise((r) => setTimeout(r, 800));
    // Each replica kept working alone: its own editor has the text, the other replica's has not.
    expect(plain(tb)).not.toContain('during-outage-A');
    expect(plain(ta)).not.toContain('during-outage-B');
  } finally {
    if (!redisUp()) startRedis();
  }
  await eventually(
    () => plain(ta).includes('during-outage-B') && plain(tb).includes('during-outage-A'),
    15_000,
    'healed after Redis restart',
  );
  await eventually(() => plain(ta) === plain(tb), 5000, 'same text');
  // And live fan-out works again.
  ta.insert(0, 'after-restart ');
  await eventually(() => plain(tb).startsWith('after-restart'), 5000, 'live again');
});
