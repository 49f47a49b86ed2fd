/**
 * Presence after an unclean disconnect: a tab loses its network (its socket is never closed on
 * the server side), reconnects with the same Yjs client, and must show up correctly at once —
 * not after the stale socket times out 30–60 s later.
 *
 * The unclean drop is made with a TCP proxy between the client and the server: cutting it
 * destroys the client's side only, so the server keeps a silent, open socket, exactly as after
 * a network loss or a killed laptop lid.
 */
import net from 'node:net';
import { createTestDatabase, startServer, TestDatabase, TestServer } from './harness';
import { Board, connect, createBoard, eventually, Person } from './clients/collab-client';

jest.setTimeout(60_000);

interface Proxy {
  url: string;
  /** Destroys the client side of every proxied connection; the server side stays open, silent. */
  cutClientSides(): void;
  /** Server-side sockets of cut connections that the server has not closed yet. */
  staleOpen(): number;
  close(): Promise<void>;
}

async function startProxy(target: URL): Promise<Proxy> {
  const pairs: { client: net.Socket; upstream: net.Socket; cut: boolean; upstreamClosed: boolean }[] = [];
  const server = net.createServer((client) => {
    const upstream = net.connect(Number(target.port), target.hostname);
    const pair = { client, upstream, cut: false, upstreamClosed: false };
    pairs.push(pair);
    client.on('data', (chunk) => !pair.cut && upstream.write(chunk));
    upstream.on('data', (chunk) => !pair.cut && client.write(chunk));
    client.on('close', () => !pair.cut && upstream.destroy());
    upstream.on('close', () => {
      pair.upstreamClosed = true;
      if (!pair.cut) client.destroy();
    });
    client.on('error', () => undefined);
    upstream.on('error', () => undefined);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    cutClientSides() {
      for (const pair of pairs) {
        if (pair.cut) continue;
        pair.cut = true; // from now on nothing flows either way, and the server is not told
        pair.client.destroy();
      }
    },
    staleOpen: () => pairs.filter((p) => p.cut && !p.upstreamClosed).length,
    async close() {
      for (const pair of pairs) {
        pair.client.destroy();
        pair.upstream.destroy();
      }
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

let db: TestDatabase;
let server: TestServer;
let board: Board;
let member: Person;
let member2: Person;
let proxy: Proxy;
const clients: { destroy(): void }[] = [];
const track = <T extends { destroy(): void }>(c: T): T => (clients.push(c), c);

beforeAll(async () => {
  db = await createTestDatabase();
  server = await startServer({ DATABASE_URL: db.url, DEMO_DATA: 'false' });
  board = await createBoard(server);
  member = await board.join('MEMBER', 'Darnell');
  member2 = await board.join('MEMBER', 'Priya');
  proxy = await startProxy(new URL(server.url));
});

afterEach(() => {
  while (clients.length) clients.pop()!.destroy();
});

afterAll(async () => {
  await proxy?.close();
  await server?.stop();
  await db?.drop();
});

type Cursor = { anchor: number } | undefined;

describe('presence after an unclean disconnect', () => {
  it('follows the reconnected tab at once and drops the stale socket', async () => {
    const watcher = track(connect(server.url, board.draftId, member2.cookie));
    // The flaky tab goes through the proxy; its Origin is the app's, as in a browser.
    const tab = track(connect(proxy.url, board.draftId, member.cookie, { origin: server.url }));
    await Promise.all([watcher.synced(), tab.synced()]);
    const cursorOnWatcher = () =>
      (watcher.provider.awareness.getStates().get(tab.doc.clientID)?.cursor as Cursor)?.anchor;

    tab.provider.awareness.setLocalStateField('cursor', { anchor: 1 });
    await eventually(() => cursorOnWatcher() === 1, 3000, 'first cursor on the watcher');

    let resynced = false;
    proxy.cutClientSides();
    await eventually(() => !tab.provider.wsconnected, 3000, 'the tab notices the drop');
    tab.provider.on('sync', (synced: boolean) => (resynced ||= synced));
    await eventually(() => resynced, 5000, 'the tab reconnects and syncs');

    // The user moves the caret right after coming back: everyone must see it move now.
    tab.provider.awareness.setLocalStateField('cursor', { anchor: 2 });
    await eventually(() => cursorOnWatcher() === 2, 2000, 'moved cursor on the watcher');
    expect(watcher.provider.awareness.getStates().get(tab.doc.clientID)?.user).toMatchObject({
      name: 'Darnell',
    });

    // The silent socket is not kept around for the ping timeout.
    await eventually(() => proxy.staleOpen() === 0, 2000, 'the stale server socket closed');

    // And when the tab leaves for good, its presence goes with it (nothing left behind).
    tab.provider.destroy();
    await eventually(
      () => !watcher.provider.awareness.getStates().has(tab.doc.clientID),
      3000,
      'presence removed after leaving',
    );
  });

  it('shows a tab that reconnects after a clean close without waiting for its next heartbeat', async () => {
    const watcher = track(connect(server.url, board.draftId, member2.cookie));
    const tab = track(connect(server.url, board.draftId, member.cookie));
    await Promise.all([watcher.synced(), tab.synced()]);
    tab.provider.awareness.setLocalStateField('cursor', { anchor: 3 });
    const seen = () => watcher.provider.awareness.getStates().has(tab.doc.clientID);
    await eventually(seen, 3000, 'presence before');
    tab.provider.disconnect();
    await eventually(() => !seen(), 3000, 'presence gone while offline');
    tab.provider.connect();
    await eventually(seen, 2000, 'presence back after reconnecting');
  });

  it('keeps two live tabs of the same person apart (their echoes of each other are not takeovers)', async () => {
    const watcher = track(connect(server.url, board.draftId, member2.cookie));
    const tab1 = track(connect(server.url, board.draftId, member.cookie));
    const tab2 = track(connect(server.url, board.draftId, member.cookie));
    await Promise.all([watcher.synced(), tab1.synced(), tab2.synced()]);
    tab2.provider.awareness.setLocalStateField('cursor', { anchor: 7 });
    // Each change of tab 1 reaches tab 2, whose provider sends it back to the server.
    for (let i = 1; i <= 5; i++) {
      tab1.provider.awareness.setLocalStateField('cursor', { anchor: i });
      await new Promise((r) => setTimeout(r, 100));
    }
    await new Promise((r) => setTimeout(r, 1500)); // longer than a takeover probe
    const states = watcher.provider.awareness.getStates();
    expect((states.get(tab1.doc.clientID)?.cursor as Cursor)?.anchor).toBe(5);
    expect((states.get(tab2.doc.clientID)?.cursor as Cursor)?.anchor).toBe(7);
    expect(tab1.provider.wsconnected && tab2.provider.wsconnected).toBe(true);
    expect(tab1.closes).toHaveLength(0);
    expect(tab2.closes).toHaveLength(0);
  });

  it('never lets another person take over someone’s presence by reusing their client id', async () => {
    const watcher = track(connect(server.url, board.draftId, member2.cookie));
    const victim = track(connect(server.url, board.draftId, member.cookie));
    await Promise.all([watcher.synced(), victim.synced()]);
    victim.provider.awareness.setLocalStateField('cursor', { anchor: 5 });
    await eventually(
      () => watcher.provider.awareness.getStates().get(victim.doc.clientID)?.cursor,
      3000,
      'victim presence',
    );
    // The intruder (member2) claims the victim's client id from a second socket.
    const intruder = track(connect(server.url, board.draftId, member2.cookie));
    intruder.doc.clientID = victim.doc.clientID;
    intruder.provider.awareness.clientID = victim.doc.clientID;
    await intruder.synced();
    intruder.provider.awareness.setLocalState({ cursor: { anchor: 99 } });
    await new Promise((r) => setTimeout(r, 500));
    const state = watcher.provider.awareness.getStates().get(victim.doc.clientID);
    expect(state?.user).toMatchObject({ name: 'Darnell' });
    expect((state?.cursor as Cursor)?.anchor).toBe(5);
    expect(victim.provider.wsconnected).toBe(true);
  });
});
