/**
 * The sync endpoint with real y-websocket providers against the built server on a real
 * PostgreSQL: convergence, read-only observers, refusals before any document byte, presence
 * identity, reloads, role changes and a graceful stop.
 */
import * as Y from 'yjs';
import * as awarenessProtocol from 'y-protocols/awareness';
import { CloseCode, EDITOR_VERSION, EDITOR_VERSION_PARAM } from '@roundtable/shared';
import { createTestDatabase, startServer, TestDatabase, TestServer } from './harness';
import {
  addClause,
  Board,
  collabUrl,
  connect,
  createBoard,
  eventually,
  firstClauseText,
  membershipId,
  Person,
  plain,
  rawConnect,
  signUp,
} from './clients/collab-client';

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
  await addClause(board.facilitator, board.draftId, 'Purpose', 'Start.');
});

afterEach(() => {
  while (clients.length) clients.pop()!.destroy();
});

afterAll(async () => {
  await server?.stop();
  await db?.drop();
});

async function rowsBy(userId: string): Promise<number> {
  const [row] = await db.query<{ n: number }>(
    'SELECT count(*)::int AS n FROM draft_update WHERE user_id = $1',
    [userId],
  );
  return row.n;
}

describe('two editors on one draft', () => {
  it('see each other’s concurrent edits and end with the same text', async () => {
    const a = track(connect(server.url, board.draftId, member.cookie));
    const b = track(connect(server.url, board.draftId, member2.cookie));
    await Promise.all([a.synced(), b.synced()]);
    const textA = await eventually(() => firstClauseText(a.doc), 5000, 'clause text on A');
    const textB = await eventually(() => firstClauseText(b.doc), 5000, 'clause text on B');
    // Concurrent: both type before seeing the other's keystrokes.
    for (let i = 0; i < 20; i++) {
      textA.insert(plain(textA).length, ` a${i}`);
      textB.insert(0, `b${i} `);
    }
    await eventually(
      () => plain(textA) === plain(textB) && plain(textA).includes('a19') && plain(textA).includes('b19'),
      5000,
      'convergence',
    );
    expect(Y.encodeStateVector(a.doc)).toEqual(Y.encodeStateVector(b.doc));
    expect(await rowsBy(member.userId)).toBeGreaterThan(0);
  });

  it('show each other under the names and colours the server knows, whatever the client claims', async () => {
    const a = track(connect(server.url, board.draftId, member.cookie));
    const b = track(connect(server.url, board.draftId, member2.cookie));
    await Promise.all([a.synced(), b.synced()]);
    a.provider.awareness.setLocalStateField('user', {
      name: 'Laura Bennett (Police Chief)',
      color: '#000000',
      id: observer.userId,
    });
    const seen = await eventually(
      () => [...b.provider.awareness.getStates().entries()].find(([id]) => id === a.doc.clientID)?.[1],
      5000,
      'A’s presence on B',
    );
    expect(seen.user).toMatchObject({ id: member.userId, name: 'Darnell', readOnly: false });
    expect(seen.user.color).toMatch(/^#[0-9A-F]{6}$/);
    expect(seen.user.color).not.toBe('#000000');
  });

  it('reloads the draft from the database after everyone left, and on a fast reconnect', async () => {
    const a = track(connect(server.url, board.draftId, member.cookie));
    await a.synced();
    const text = await eventually(() => firstClauseText(a.doc));
    // Earlier tests left rows by this member: wait for a row written after this edit, not any row.
    const rowsBy = async () =>
      (await db.query('SELECT 1 FROM draft_update WHERE user_id = $1', [member.userId])).length;
    const before = await rowsBy();
    text.insert(plain(text).length, ' persisted-token');
    await eventually(async () => (await rowsBy()) > before, 15_000, 'a row for this edit');
    a.provider.disconnect();
    // Fast reconnect (the document is still in memory or being unloaded).
    const b = track(connect(server.url, board.draftId, member2.cookie));
    await b.synced();
    expect(plain(firstClauseText(b.doc))).toContain('persisted-token');
    b.provider.disconnect();
    // After the grace period the document is unloaded; a new client loads it from the log.
    await new Promise((r) => setTimeout(r, 2500));
    const c = track(connect(server.url, board.draftId, member2.cookie));
    await c.synced();
    expect(plain(firstClauseText(c.doc))).toContain('persisted-token');
  });
});

describe('an observer', () => {
  it('reads live edits but its own updates are dropped and its socket stays open', async () => {
    const watcher = track(connect(server.url, board.draftId, observer.cookie));
    const writer = track(connect(server.url, board.draftId, member.cookie));
    await Promise.all([watcher.synced(), writer.synced()]);
    const before = await rowsBy(observer.userId);

    // The observer's editor is read-only in the UI; a tampered client still cannot write.
    const theirs = await eventually(() => firstClauseText(watcher.doc));
    theirs.insert(0, 'OBSERVER-WAS-HERE ');
    watcher.doc.getText('scratch').insert(0, 'sneaky');

    const mine = await eventually(() => firstClauseText(writer.doc));
    mine.insert(plain(mine).length, ' after-observer');
    await eventually(
      () => plain(firstClauseText(watcher.doc)).includes('after-observer'),
      5000,
      'observer receives edits',
    );
    await new Promise((r) => setTimeout(r, 300));

    expect(plain(firstClauseText(writer.doc))).not.toContain('OBSERVER-WAS-HERE');
    expect(writer.doc.getText('scratch').toString()).toBe('');
    expect(await rowsBy(observer.userId)).toBe(before);
    expect(watcher.provider.wsconnected).toBe(true);
    expect(watcher.closes).toEqual([]);

    // A fresh member never sees it either.
    const fresh = track(connect(server.url, board.draftId, member2.cookie));
    await fresh.synced();
    expect(plain(firstClauseText(fresh.doc))).not.toContain('OBSERVER-WAS-HERE');
  });
});

describe('refusals happen before any document byte', () => {
  const path = () => `/collab/${board.draftId}?editorVersion=${EDITOR_VERSION}`;

  it('refuses a signed-in non-member with FORBIDDEN', async () => {
    const outsider = await signUp(server, 'Outsider');
    const result = await rawConnect(server.url, path(), { cookie: outsider.cookie, origin: server.url });
    expect(result.code).toBe(CloseCode.FORBIDDEN);
    expect(result.messages).toHaveLength(0);
  });

  it('refuses an anonymous socket with UNAUTHENTICATED', async () => {
    const result = await rawConnect(server.url, path(), { origin: server.url });
    expect(result).toMatchObject({ code: CloseCode.UNAUTHENTICATED, messages: [] });
  });

  it('refuses another site’s page with BAD_ORIGIN, even with a valid cookie', async () => {
    const result = await rawConnect(server.url, path(), {
      cookie: member.cookie,
      origin: 'https://evil.example',
    });
    expect(result).toMatchObject({ code: CloseCode.BAD_ORIGIN, messages: [] });
    const none = await rawConnect(server.url, path(), { cookie: member.cookie });
    expect(none).toMatchObject({ code: CloseCode.BAD_ORIGIN, messages: [] });
  });

  it('asks an outdated editor to reload with OUTDATED_CLIENT', async () => {
    const old = await rawConnect(server.url, `/collab/${board.draftId}?editorVersion=${EDITOR_VERSION - 1}`, {
      cookie: member.cookie,
      origin: server.url,
    });
    expect(old).toMatchObject({ code: CloseCode.OUTDATED_CLIENT, messages: [] });
    const missing = await rawConnect(server.url, `/collab/${board.draftId}`, {
      cookie: member.cookie,
      origin: server.url,
    });
    expect(missing).toMatchObject({ code: CloseCode.OUTDATED_CLIENT, messages: [] });
  });

  it('answers NOT_FOUND for an unknown or archived draft', async () => {
    const unknown = await rawConnect(
      server.url,
      `/collab/00000000-0000-4000-8000-000000000000?editorVersion=${EDITOR_VERSION}`,
      {
        cookie: member.cookie,
        origin: server.url,
      },
    );
    expect(unknown).toMatchObject({ code: CloseCode.NOT_FOUND, messages: [] });
    const archivedId = await board.addDraft('Old draft');
    await board.facilitator.gql.ok('mutation($d: ID!) { archiveDraft(draftId: $d) { id } }', {
      d: archivedId,
    });
    const archived = await rawConnect(server.url, `/collab/${archivedId}?editorVersion=${EDITOR_VERSION}`, {
      cookie: member.cookie,
      origin: server.url,
    });
    expect(archived).toMatchObject({ code: CloseCode.NOT_FOUND, messages: [] });
  });

  it('a member’s socket does receive the document (the control case)', async () => {
    const result = await rawConnect(server.url, path(), { cookie: member.cookie, origin: server.url }, (ws) =>
      setTimeout(() => ws.close(1000), 300),
    );
    expect(result.code).toBe(1000);
    expect(result.messages.length).toBeGreaterThan(0);
  });
});

describe('a role change while connected', () => {
  it('closes the socket at once with ROLE_CHANGED; the reconnect has the new rights', async () => {
    const person = await board.join('MEMBER', 'Tom');
    const client = track(connect(server.url, board.draftId, person.cookie));
    await client.synced();
    await board.facilitator.gql.ok(
      'mutation($i: ChangeMemberRoleInput!) { changeMemberRole(input: $i) { id } }',
      {
        i: { membershipId: await membershipId(board, person.userId), role: 'OBSERVER' },
      },
    );
    await eventually(
      () => client.closes.some((c) => c.code === CloseCode.ROLE_CHANGED),
      3000,
      'ROLE_CHANGED close',
    );
    // y-websocket treats 44xx as final by default; the editor reconnects itself on ROLE_CHANGED.
    client.provider.connect();
    await client.synced();
    const before = await rowsBy(person.userId);
    const text = await eventually(() => firstClauseText(client.doc));
    text.insert(0, 'now-read-only ');
    await new Promise((r) => setTimeout(r, 400));
    expect(await rowsBy(person.userId)).toBe(before);

    await board.facilitator.gql.ok('mutation($m: ID!) { removeMember(membershipId: $m) }', {
      m: await membershipId(board, person.userId),
    });
    await eventually(
      () => client.closes.filter((c) => c.code === CloseCode.ROLE_CHANGED).length >= 2,
      3000,
      'second close',
    );
    client.provider.connect();
    await eventually(
      () => client.closes.some((c) => c.code === CloseCode.FORBIDDEN),
      3000,
      'FORBIDDEN after removal',
    );
  });
});

describe('a cold load', () => {
  it('sends a client with nothing the stored document while the server is still applying it', async () => {
    const draftId = await board.addDraft('Cold load');
    await addClause(board.facilitator, draftId, 'Stored', 'Text that was stored before.');
    await new Promise((r) => setTimeout(r, 2500)); // the draft leaves memory
    const result = await rawConnect(
      server.url,
      `/collab/${draftId}?${EDITOR_VERSION_PARAM}=${EDITOR_VERSION}`,
      { cookie: member.cookie, origin: server.url },
      (ws) => {
        ws.send(Buffer.from([0, 0, 1, 0])); // sync step 1 with an empty state vector
        setTimeout(() => ws.close(), 1000);
      },
    );
    const sync = result.messages.filter((m) => m[0] === 0);
    // First the stored rows (ending with a sync step 2), before the server's own sync step 1.
    expect(sync[0][1]).toBe(1);
    const stepOne = sync.findIndex((m) => m[1] === 0);
    expect(stepOne).toBeGreaterThan(0);
    const doc = new Y.Doc();
    const decodeUpdate = (m: Buffer) => {
      let offset = 2;
      let length = 0;
      for (let shift = 0; ; shift += 7) {
        const byte = m[offset++];
        length += (byte & 0x7f) * 2 ** shift;
        if (byte < 0x80) break;
      }
      return m.subarray(offset, offset + length);
    };
    for (const m of sync.slice(0, stepOne)) Y.applyUpdate(doc, decodeUpdate(m));
    expect(plain(firstClauseText(doc))).toBe('Text that was stored before.');
    // The answer to the client's own step 1 carries only what came after: nothing.
    const answer = sync.slice(stepOne + 1).find((m) => m[1] === 1)!;
    expect(decodeUpdate(answer).byteLength).toBeLessThanOrEqual(2);
    // And a provider that loads it cold ends with the same text.
    await new Promise((r) => setTimeout(r, 2500));
    const client = track(connect(server.url, draftId, member.cookie));
    await client.synced();
    expect(plain(firstClauseText(client.doc))).toBe('Text that was stored before.');
  });
});

describe('presence', () => {
  it('is removed for everyone when a client leaves', async () => {
    const a = track(connect(server.url, board.draftId, member.cookie));
    const b = track(connect(server.url, board.draftId, member2.cookie));
    await Promise.all([a.synced(), b.synced()]);
    a.provider.awareness.setLocalStateField('cursor', { anchor: 1 });
    await eventually(() => b.provider.awareness.getStates().has(a.doc.clientID), 3000, 'presence arrives');
    a.provider.destroy();
    await eventually(() => !b.provider.awareness.getStates().has(a.doc.clientID), 3000, 'presence removed');
    expect(awarenessProtocol.outdatedTimeout).toBe(30_000);
  });
});

describe('a graceful stop (SIGTERM)', () => {
  it('stores what was accepted, closes sockets with GOING_AWAY and exits cleanly', async () => {
    const own = await startServer({ DATABASE_URL: db.url, DEMO_DATA: 'false' });
    try {
      const a = track(connect(own.url, board.draftId, member.cookie));
      const watcher = track(connect(own.url, board.draftId, member2.cookie));
      await Promise.all([a.synced(), watcher.synced()]);
      const text = await eventually(() => firstClauseText(a.doc));
      for (let i = 0; i < 50; i++) text.insert(plain(text).length, ` sigterm-${i}`);
      await eventually(() => plain(firstClauseText(watcher.doc)).includes('sigterm-49'), 5000);
      const code = await own.stop();
      expect(code).toBe(0);
      expect(watcher.closes.map((c) => c.code)).toContain(CloseCode.GOING_AWAY);
    } finally {
      await own.kill();
    }
    const check = track(connect(server.url, board.draftId, member.cookie));
    await check.synced();
    await eventually(
      () => plain(firstClauseText(check.doc)).includes('sigterm-49'),
      3000,
      'text after restart',
    );
  });
});

it('uses the collab URL the client uses', () => {
  expect(collabUrl('http://127.0.0.1:3000')).toBe('ws://127.0.0.1:3000/collab');
});
