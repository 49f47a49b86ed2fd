/**
 * Bad input from a signed-in member: thousands of random, truncated, lying, oversized, text and
 * flooding frames. Each bad socket is closed on its own with a clear code; the server stays
 * responsive (/healthz under 200 ms, measured from a separate process), an honest editor stays
 * connected, and the document does not change.
 */
import { spawn } from 'node:child_process';
import * as encoding from 'lib0/encoding';
import * as decoding from 'lib0/decoding';
import { WebSocket } from 'ws';
import * as Y from 'yjs';
import { CloseCode, EDITOR_VERSION } from '@roundtable/shared';
import { createTestDatabase, startServer, TestDatabase, TestServer } from './harness';
import {
  addClause,
  connect,
  createBoard,
  eventually,
  firstClauseText,
  Person,
  plain,
} from './clients/collab-client';

jest.setTimeout(120_000);
const MAX_BYTES = 64 * 1024;
const SOCKETS = Number(process.env.COLLAB_FUZZ_SOCKETS ?? 2000);

let db: TestDatabase;
let server: TestServer;

afterAll(async () => {
  await server?.stop();
  await db?.drop();
});

/** Deterministic randomness, so a failure can be replayed. */
function prng(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function frame(write: (e: encoding.Encoder) => void): Uint8Array {
  const e = encoding.createEncoder();
  write(e);
  return encoding.toUint8Array(e);
}

/**
 * True when the frame is a well-formed message (random bytes almost never are). Such frames are
 * skipped: a valid update would rightly change the document, and any valid message would
 * rightly leave the socket open.
 */
function isValidMessage(bytes: Uint8Array): boolean {
  try {
    const d = decoding.createDecoder(bytes);
    const type = decoding.readVarUint(d);
    if (type === 0) {
      const step = decoding.readVarUint(d);
      const payload = decoding.readVarUint8Array(d);
      if (step === 0) Y.decodeStateVector(new Uint8Array(payload));
      else if (step === 1 || step === 2) Y.decodeUpdate(new Uint8Array(payload));
      else return false;
    } else if (type === 1) {
      const a = decoding.createDecoder(decoding.readVarUint8Array(d));
      const n = decoding.readVarUint(a);
      for (let i = 0; i < n; i++) {
        decoding.readVarUint(a);
        decoding.readVarUint(a);
        JSON.parse(decoding.readVarString(a));
      }
    } else if (type !== 3) {
      return false;
    }
    return !decoding.hasContent(d);
  } catch {
    return false;
  }
}

interface Attack {
  name: string;
  data: Uint8Array | string;
  expect: number[];
}

function attacks(random: () => number, realUpdate: Uint8Array): Attack[] {
  const bytes = (n: number) => Uint8Array.from({ length: n }, () => Math.floor(random() * 256));
  const updateMessage = (update: Uint8Array) =>
    frame(
      (e) => (
        encoding.writeVarUint(e, 0),
        encoding.writeVarUint(e, 2),
        encoding.writeVarUint8Array(e, update)
      ),
    );
  const real = updateMessage(realUpdate);
  const malformed = [CloseCode.MALFORMED];
  const kinds: (() => Attack)[] = [
    () => ({ name: 'random bytes', data: bytes(1 + Math.floor(random() * 300)), expect: malformed }),
    () => ({
      name: 'random update payload',
      data: updateMessage(bytes(1 + Math.floor(random() * 200))),
      expect: malformed,
    }),
    () => ({
      name: 'truncated real update',
      data: real.slice(0, 1 + Math.floor(random() * (real.length - 1))),
      expect: malformed,
    }),
    () => ({
      // A V2-encoded update where a V1 one belongs (V2 decoding of untrusted bytes can hang Yjs).
      name: 'V2 update',
      data: updateMessage(Y.convertUpdateFormatV1ToV2(realUpdate)),
      expect: malformed,
    }),
    () => ({
      name: 'length prefix larger than the frame',
      data: frame(
        (e) => (
          encoding.writeVarUint(e, 0),
          encoding.writeVarUint(e, 2),
          encoding.writeVarUint(e, 5000),
          encoding.writeUint8Array(e, bytes(20))
        ),
      ),
      expect: malformed,
    }),
    () => ({ name: 'trailing bytes', data: Uint8Array.from([...real, ...bytes(3)]), expect: malformed }),
    () => ({
      name: 'unknown message type',
      data: Uint8Array.from([7 + Math.floor(random() * 100), ...bytes(8)]),
      expect: malformed,
    }),
    () => ({
      name: 'unknown sync step',
      data: Uint8Array.from([0, 3 + Math.floor(random() * 100), 1, 0]),
      expect: malformed,
    }),
    () => ({
      name: 'awareness with bad JSON',
      data: frame((e) => {
        encoding.writeVarUint(e, 1);
        encoding.writeVarUint8Array(
          e,
          frame(
            (a) => (
              encoding.writeVarUint(a, 1),
              encoding.writeVarUint(a, 123),
              encoding.writeVarUint(a, 1),
              encoding.writeVarString(a, '{"user":')
            ),
          ),
        );
      }),
      expect: malformed,
    }),
    () => ({
      name: 'awareness claiming a million clients',
      data: frame(
        (e) => (
          encoding.writeVarUint(e, 1),
          encoding.writeVarUint8Array(
            e,
            frame((a) => encoding.writeVarUint(a, 1_000_000)),
          )
        ),
      ),
      expect: malformed,
    }),
    () => ({
      name: 'bad state vector',
      data: frame(
        (e) => (
          encoding.writeVarUint(e, 0),
          encoding.writeVarUint(e, 0),
          encoding.writeVarUint8Array(e, Uint8Array.from([5, 1]))
        ),
      ),
      expect: malformed,
    }),
    () => ({ name: 'text frame', data: 'hello '.repeat(1 + Math.floor(random() * 20)), expect: malformed }),
    () => ({ name: 'empty frame', data: new Uint8Array(0), expect: malformed }),
  ];
  const list: Attack[] = [];
  while (list.length < SOCKETS) {
    const attack = kinds[Math.floor(random() * kinds.length)]();
    if (typeof attack.data !== 'string' && isValidMessage(attack.data)) continue;
    list.push(attack);
  }
  // Oversized frames, at and far past the cap.
  for (let i = 0; i < 40; i++)
    list.push({
      name: 'oversized',
      data: updateMessage(bytes(MAX_BYTES + 1 + i * 4096)),
      expect: [CloseCode.TOO_LARGE],
    });
  return list;
}

function attack(
  url: string,
  path: string,
  person: Person,
  data: Uint8Array | string | 'flood',
): Promise<number> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(`${url.replace(/^http/, 'ws')}${path}`, {
      headers: { cookie: person.cookie, origin: url },
    });
    const timer = setTimeout(
      () => (ws.terminate(), reject(new Error('socket was not closed by the server'))),
      10_000,
    );
    ws.on('error', () => undefined);
    ws.on('open', () => {
      if (data === 'flood') {
        for (let i = 0; i < 2000 && ws.readyState === WebSocket.OPEN; i++) ws.send(Uint8Array.from([3]));
      } else {
        ws.send(data, { binary: typeof data !== 'string' });
        // Anything after the bad frame is ignored; send some anyway.
        if (ws.readyState === WebSocket.OPEN) ws.send(Uint8Array.from([3]));
      }
    });
    ws.on('close', (code) => {
      clearTimeout(timer);
      resolve(code);
    });
  });
}

/** Polls /healthz from another process, so this busy test process does not skew the timings. */
interface Health {
  max: number;
  p50: number;
  count: number;
  failures: number;
}

async function watchHealth(url: string): Promise<{ stop(): Promise<Health> }> {
  const script = `
    let max = 0, count = 0, failures = 0, running = true;
    const times = [];
    process.on('message', () => { running = false; });
    (async () => {
      await (await fetch(${JSON.stringify(url)} + '/healthz')).text(); // warm up the HTTP client
      process.send('ready');
      while (running) {
        const t = performance.now();
        try { const r = await fetch(${JSON.stringify(url)} + '/healthz'); await r.text(); if (r.status !== 200) failures++; } catch { failures++; }
        const ms = performance.now() - t; times.push(ms);
        max = Math.max(max, ms); count++;
        await new Promise((r) => setTimeout(r, 25));
      }
      times.sort((a, b) => a - b);
      const p50 = times[Math.floor(times.length / 2)] ?? 0;
      process.send({ max, p50, count, failures }, () => process.exit(0));
    })();`;
  const child = spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  await new Promise((resolve) => child.once('message', resolve));
  return {
    stop: () =>
      new Promise((resolve) => {
        child.once('message', (m) => resolve(m as Health));
        child.send('stop');
      }),
  };
}

it('survives thousands of bad frames: only the bad sockets close, the server stays responsive, the document is unchanged', async () => {
  db = await createTestDatabase();
  server = await startServer({
    DATABASE_URL: db.url,
    DEMO_DATA: 'false',
    COLLAB_MAX_MESSAGE_BYTES: String(MAX_BYTES),
    LOG_LEVEL: 'fatal',
  });
  const board = await createBoard(server);
  const [member, attacker] = await Promise.all([
    board.join('MEMBER', 'honest'),
    board.join('MEMBER', 'attacker'),
  ]);
  await addClause(board.facilitator, board.draftId, 'Target', 'Original text.');

  const honest = connect(server.url, board.draftId, member.cookie);
  await honest.synced();
  const text = await eventually(() => firstClauseText(honest.doc));
  // A real update to truncate: what typing into the clause produces.
  const scratch = new Y.Doc();
  Y.applyUpdate(scratch, Y.encodeStateAsUpdate(honest.doc));
  let realUpdate: Uint8Array = new Uint8Array();
  scratch.on('update', (u: Uint8Array) => (realUpdate = u));
  firstClauseText(scratch)!.insert(0, 'this edit is never sent intact ');
  scratch.destroy();

  const before = { vector: Y.encodeStateVector(honest.doc), text: plain(text) };
  const [{ rows: rowsBefore }] = await db.query<{ rows: number }>(
    'SELECT count(*)::int AS rows FROM draft_update',
  );

  const list = attacks(prng(20240601), realUpdate);
  const path = `/collab/${board.draftId}?editorVersion=${EDITOR_VERSION}`;
  const health = await watchHealth(server.url);
  const results: { name: string; code: number; expect: number[] }[] = [];
  let next = 0;
  const t0 = Date.now();
  await Promise.all(
    Array.from({ length: 32 }, async () => {
      while (next < list.length) {
        const item = list[next++];
        results.push({
          name: item.name,
          code: await attack(server.url, path, attacker, item.data),
          expect: item.expect,
        });
      }
    }),
  );
  const flood = await attack(server.url, path, attacker, 'flood');
  const elapsed = Date.now() - t0;
  const healthz = await health.stop();

  const wrong = results.filter((r) => !r.expect.includes(r.code));
  expect(wrong.slice(0, 5)).toEqual([]);
  expect(flood).toBe(CloseCode.RATE_LIMITED);
  expect(results.length).toBeGreaterThanOrEqual(SOCKETS);
  expect(healthz.failures).toBe(0);
  expect(healthz.count).toBeGreaterThan(10);
  expect(healthz.max).toBeLessThan(200);

  // The document and its log are exactly as before.
  const [{ rows: rowsAfter }] = await db.query<{ rows: number }>(
    'SELECT count(*)::int AS rows FROM draft_update',
  );
  expect(rowsAfter).toBe(rowsBefore);
  expect(Y.encodeStateVector(honest.doc)).toEqual(before.vector);
  expect(plain(firstClauseText(honest.doc))).toBe(before.text);

  // The honest editor never lost its connection and still works.
  expect(honest.closes).toEqual([]);
  expect(honest.provider.wsconnected).toBe(true);
  const other = connect(server.url, board.draftId, member.cookie);
  await other.synced();
  text.insert(0, 'still-works ');
  await eventually(
    () => plain(firstClauseText(other.doc)).startsWith('still-works'),
    5000,
    'edit after fuzzing',
  );
  honest.destroy();
  other.destroy();
  console.log(
    `fuzz: ${results.length} bad sockets + flood in ${elapsed} ms; /healthz p50 ${healthz.p50.toFixed(1)} ms, max ${healthz.max.toFixed(1)} ms over ${healthz.count} polls`,
  );
});
