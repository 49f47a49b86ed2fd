// `pnpm bench collab`: live co-editing under load, against Roundtable's /collab server and, with
// the same clients and the same load in the same run, the reference @y/websocket-server 0.1.1
// (no auth, no persistence, no read-only roles).
//
// Real y-websocket WebsocketProviders run in a few worker processes (each hosting many) and type
// at human rates; every edit carries its send time, every other client records when the frame
// carrying it arrived (stamped before the provider applies it, so the figure is the server's).
//   one-draft   50 editors on one draft, 5 edits/s each        target p99 ≤ 50 ms and ≤ 1.5× reference
//   many-drafts 500 sockets over 100 drafts (5 each), 1 edit/s each   target p99 ≤ 100 ms
//   rss         RSS per open 60-clause draft (100 drafts, one socket each)   target ≤ 2 MB
//   cold-load   a draft whose log had 100k updates, loaded after compaction  target ≤ 300 ms
//   under-attack 10 editors on one draft, 5 edits/s each, first quiet, then while one member
//               sends poison updates (a 790 KB delete set of an unknown client) and costly valid
//               updates to their own draft; /healthz polled throughout     target p99 ≤ 2× quiet
// Env: BENCH_SECONDS (typing time per server per load scenario, default 12), BENCH_ROUNDS (the
// two servers alternate in this many rounds, default 2), BENCH_MANY_RATE (edits/s per socket in
// many-drafts, default 1), BENCH_COLD_UPDATES (default 100000), BENCH_WORKERS (client processes,
// default 2, for every scenario), BENCH_ONLY (comma-separated scenario names), BENCH_WARMUP_SECONDS
// (typing per server before each compared scenario, not measured, default 3: both servers start
// the measured rounds with their JIT warm, so the one that happens to go first is not penalised).
// Latency = receiver's arrival time − sender's edit time, per delivery (p50/p95/p99), and per edit
// until *every* other client had it (p99_all). Server CPU is % of one core over the typing window.
import { fork, spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const here = fileURLToPath(import.meta.url);
const root = path.resolve(path.dirname(here), '..', '..');
const now = () => performance.timeOrigin + performance.now();
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// ---------------------------------------------------------------------------------------------
// Worker: hosts WebsocketProviders, types, and records what it receives.
// ---------------------------------------------------------------------------------------------

async function worker() {
  const Y = await import('yjs');
  const { WebsocketProvider } = await import('y-websocket');
  const { WebSocket } = await import('ws');
  const clients = [];
  const TOKEN = /~(\d+)\.(\d+)\.(\d+)~/g;
  let samples = [];
  let sent = 0;

  const clauseTexts = (doc) =>
    doc
      .getXmlFragment('policy')
      .toArray()
      .filter((n) => n instanceof Y.XmlElement && n.nodeName === 'clause')
      .map((clause) =>
        clause
          .toArray()
          .find((n) => n instanceof Y.XmlElement && n.nodeName === 'paragraph')
          ?.get(0),
      )
      .filter((t) => t instanceof Y.XmlText);

  /**
   * Arrival is stamped when the frame comes off the socket, before the provider decodes and
   * applies it: the latency is the server's (and the network's), not this process's Yjs work.
   * Tokens are read straight from the frame bytes (Yjs stores strings verbatim), so no text is
   * ever read back from a document. A client's own edit echoed back (the reference server sends
   * updates to their sender too) is not a delivery.
   */
  function recordFrame(id, data) {
    const at = now();
    const bytes = data instanceof ArrayBuffer ? Buffer.from(data) : data;
    if (bytes[0] !== 0) return; // sync messages only (awareness carries no tokens)
    for (const m of bytes.toString('latin1').matchAll(TOKEN)) {
      const from = Number(m[1]);
      if (from !== id) samples.push(from, Number(m[2]), id, at - Number(m[3]) / 1000);
    }
  }

  function open({ id, url, room, headers, params }) {
    const doc = new Y.Doc();
    const Socket = class extends WebSocket {
      constructor(u, protocols) {
        super(u, protocols, { headers });
        // Registered before the provider's onmessage, so it runs first for every frame.
        this.on('message', (data) => recordFrame(id, data));
      }
    };
    const provider = new WebsocketProvider(url, room, doc, {
      WebSocketPolyfill: Socket,
      params,
      disableBc: true,
    });
    return { id, doc, provider, seq: 0, text: null, caret: 0 };
  }

  /**
   * Types one token where this editor's caret is, as a person types a run of text: the clause
   * and caret are picked once (the caret moves on with the typing), so nothing walks the
   * document per keystroke.
   */
  function typeOne(c) {
    if (!c.text || c.text._item?.deleted) {
      const texts = clauseTexts(c.doc);
      if (!texts.length) return false;
      c.text = texts[c.id % texts.length];
      c.caret = Math.floor(Math.random() * (c.text.length + 1));
      c.caretRel = null;
    }
    // Others type in the same clause: the caret follows the text, as in an editor.
    const at = c.caretRel
      ? (Y.createAbsolutePositionFromRelativePosition(c.caretRel, c.doc)?.index ?? c.text.length)
      : Math.min(c.caret, c.text.length);
    const token = `~${c.id}.${c.seq++}.${Math.round(now() * 1000)}~`;
    c.text.insert(at, token);
    c.caretRel = Y.createRelativePositionFromTypeIndex(c.text, at + token.length);
    return true;
  }

  process.on('message', async (msg) => {
    if (msg.type === 'connect') {
      const t = now();
      const opened = msg.clients.map(open);
      clients.push(...opened);
      await Promise.all(
        opened.map((c) => (c.provider.synced ? null : new Promise((r) => c.provider.once('sync', r)))),
      );
      process.send({ type: 'connected', ms: now() - t });
    } else if (msg.type === 'type') {
      samples = [];
      sent = 0;
      const stopAt = now() + msg.durationMs;
      const interval = 1000 / msg.rate;
      await Promise.all(
        clients.map(async (c) => {
          await sleep(Math.random() * interval);
          while (now() < stopAt) {
            if (typeOne(c)) sent++;
            await sleep(interval * (0.5 + Math.random()));
          }
        }),
      );
      await sleep(msg.drainMs);
      process.send({ type: 'typed', sent, samples: Float64Array.from(samples) });
    } else if (msg.type === 'close') {
      for (const c of clients) c.provider.destroy();
      process.send({ type: 'closed' }, () => process.exit(0));
    }
  });
  process.send({ type: 'ready' });
}

// Each WebsocketProvider adds a process 'exit' listener; hundreds of them are expected here.
process.setMaxListeners(0);

if (process.argv[2] === '--worker') {
  await worker();
} else {
  await main();
}

// ---------------------------------------------------------------------------------------------
// Coordinator
// ---------------------------------------------------------------------------------------------

async function main() {
  const { Client } = require('pg');
  const Y = await import('yjs');
  const { WebsocketProvider } = await import('y-websocket');
  const { WebSocket } = await import('ws');
  // lib0 (Yjs's own encoder) as Yjs resolves it: the poison update is built byte by byte.
  const encoding = createRequire(require.resolve('yjs'))('lib0/encoding');

  const SECONDS = Number(process.env.BENCH_SECONDS ?? 12);
  const MANY_RATE = Number(process.env.BENCH_MANY_RATE ?? 1);
  const COLD_UPDATES = Number(process.env.BENCH_COLD_UPDATES ?? 100_000);
  const ONLY = new Set(
    (process.env.BENCH_ONLY ?? 'one-draft,many-drafts,rss,cold-load,under-attack').split(','),
  );
  const WORKERS = Number(process.env.BENCH_WORKERS ?? 2);
  const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2);
  const WARMUP_SECONDS = Number(process.env.BENCH_WARMUP_SECONDS ?? 3);
  const serverMain = path.join(root, 'server', 'dist', 'main.js');
  const refMain = path.join(
    path.dirname(require.resolve('@y/websocket-server/package.json')),
    'src',
    'server.js',
  );

  const freePort = () =>
    new Promise((resolve) => {
      const s = net.createServer().listen(0, '127.0.0.1', () => {
        const { port } = s.address();
        s.close(() => resolve(port));
      });
    });
  const pct = (sorted, p) =>
    sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : NaN;
  const round = (x, d = 1) => Math.round(x * 10 ** d) / 10 ** d;
  const procStat = (pid) => {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return Number(fields[11]) + Number(fields[12]); // utime + stime, clock ticks
  };
  const rssMb = (pid) =>
    Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))[1]) / 1024;
  const TICKS = 100; // CLK_TCK on Linux

  // ---- PostgreSQL and the two servers ----
  const adminUrl =
    process.env.TEST_DATABASE_ADMIN_URL ??
    process.env.DATABASE_URL ??
    'postgres://postgres@127.0.0.1:5432/postgres';
  const dbName = `rt_bench_collab_${crypto.randomBytes(3).toString('hex')}`;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${dbName}`);
  const dbUrl = new URL(adminUrl);
  dbUrl.pathname = `/${dbName}`;
  const db = new Client({ connectionString: dbUrl.toString() });

  const ourPort = await freePort();
  const ourBase = `http://127.0.0.1:${ourPort}`;
  const secret = crypto.randomBytes(32).toString('base64url');
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rt-bench-collab-'));
  const children = new Set();

  async function startOurs() {
    const child = spawn(
      process.execPath,
      [
        ...(process.env.BENCH_PROF
          ? ['--cpu-prof', '--cpu-prof-dir=' + process.env.BENCH_PROF + '/server']
          : []),
        serverMain,
      ],
      {
        env: {
          PATH: process.env.PATH,
          HOME: process.env.HOME,
          PORT: String(ourPort),
          HOST: '127.0.0.1',
          PUBLIC_ORIGIN: ourBase,
          DATABASE_URL: dbUrl.toString(),
          DEMO_DATA: 'false',
          LOG_LEVEL: 'warn',
          SESSION_SECRET: secret,
          DATA_DIR: dataDir,
        },
        stdio: ['ignore', 'inherit', 'inherit'],
      },
    );
    children.add(child);
    for (let i = 0; ; i++) {
      try {
        if ((await fetch(`${ourBase}/healthz`)).ok) break;
      } catch {}
      if (i > 300 || child.exitCode !== null) throw new Error('Roundtable server did not start');
      await sleep(100);
    }
    return child;
  }

  let refPort = 0;
  async function startRef() {
    refPort = await freePort();
    const child = spawn(process.execPath, [refMain], {
      env: { PATH: process.env.PATH, HOST: '127.0.0.1', PORT: String(refPort) },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    children.add(child);
    for (let i = 0; ; i++) {
      try {
        if ((await fetch(`http://127.0.0.1:${refPort}/`)).ok) break;
      } catch {}
      if (i > 100) throw new Error('reference server did not start');
      await sleep(100);
    }
    return child;
  }

  async function stop(child) {
    if (child.exitCode !== null) return children.delete(child);
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    await Promise.race([exited, sleep(10_000)]);
    if (child.exitCode === null) child.kill('SIGKILL');
    children.delete(child);
  }

  // ---- GraphQL setup on our server ----
  let cookie = '';
  async function gql(query, variables) {
    const res = await fetch(`${ourBase}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const set = res.headers.get('set-cookie');
    if (set) cookie = /rt_session=[^;]*/.exec(set)?.[0] ?? cookie;
    const body = await res.json();
    if (body.errors?.length) throw new Error(body.errors[0].message);
    return body.data;
  }

  // ---- clients ----
  const words =
    'officers shall use only the force that is necessary and proportional to the threat and shall stop when the threat ends de-escalation comes first whenever time and safety allow supervisors review every report'.split(
      ' ',
    );
  const sentence = (n, seed) =>
    Array.from({ length: n }, (_, i) => words[(seed * 7 + i * 13) % words.length]).join(' ') + '.';

  function addClauses(doc, count, seed = 0, sentenceWords = 60) {
    const fragment = doc.getXmlFragment('policy');
    doc.transact(() => {
      for (let i = 0; i < count; i++) {
        const clause = new Y.XmlElement('clause');
        fragment.insert(fragment.length, [clause]);
        clause.setAttribute('id', crypto.randomUUID());
        clause.setAttribute('componentIds', 'de-escalation');
        const heading = new Y.XmlElement('clauseHeading');
        const paragraph = new Y.XmlElement('paragraph');
        clause.insert(0, [heading, paragraph]);
        heading.insert(0, [new Y.XmlText(`${i + 1}. ${sentence(4, seed + i)}`)]);
        paragraph.insert(0, [new Y.XmlText(sentence(sentenceWords, seed + i))]);
      }
    });
  }

  /** Where clients connect, for our server and for the reference. */
  const target = {
    ours: (room) => ({
      url: `ws://127.0.0.1:${ourPort}/collab`,
      room,
      headers: { cookie, origin: ourBase },
      params: { editorVersion: '1' },
    }),
    ref: (room) => ({ url: `ws://127.0.0.1:${refPort}`, room, headers: {}, params: {} }),
  };

  /**
   * Opens a provider in this process (seeding, cold loads); resolves once synced. `onFirstFrame`
   * is called when the server's first message arrives: Roundtable sends nothing until the
   * document is completely loaded, so that moment splits a cold load into the server's part and
   * the client's (applying the whole document).
   */
  function mainProvider(t, onFirstFrame) {
    const doc = new Y.Doc();
    const headers = t.headers;
    const Socket = class extends WebSocket {
      constructor(u, protocols) {
        super(u, protocols, { headers });
        if (onFirstFrame) this.once('message', () => onFirstFrame(now()));
      }
    };
    const provider = new WebsocketProvider(t.url, t.room, doc, {
      WebSocketPolyfill: Socket,
      params: t.params,
      disableBc: true,
    });
    const synced = new Promise((r) => (provider.synced ? r() : provider.once('sync', r)));
    return { doc, provider, synced };
  }

  /** Seeds rooms with clauses through a provider and waits until the server has them. */
  async function seed(kind, rooms, clauses, keepOpen) {
    const open = [];
    for (let i = 0; i < rooms.length; i += 20) {
      await Promise.all(
        rooms.slice(i, i + 20).map(async (room, j) => {
          const s = mainProvider(target[kind](room));
          await s.synced;
          addClauses(s.doc, clauses, i + j);
          // Round trip: a second client sees the clauses, so the server has them.
          const check = mainProvider(target[kind](room));
          await check.synced;
          while (check.doc.getXmlFragment('policy').length < clauses) await sleep(20);
          check.provider.destroy();
          if (keepOpen) open.push(s);
          else s.provider.destroy();
        }),
      );
    }
    return open;
  }

  /** Starts worker processes hosting `sockets` clients spread over `rooms`. */
  async function spawnWorkers(kind, rooms, socketsPerRoom, workerCount) {
    const all = [];
    let id = 0;
    for (const room of rooms)
      for (let k = 0; k < socketsPerRoom; k++) all.push({ id: id++, ...target[kind](room) });
    const workers = [];
    for (let w = 0; w < workerCount; w++) {
      const child = fork(here, ['--worker'], {
        execArgv: process.env.BENCH_PROF ? ['--cpu-prof', '--cpu-prof-dir=' + process.env.BENCH_PROF] : [],
        serialization: 'advanced',
        stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      });
      children.add(child);
      await new Promise((r) => child.once('message', r)); // ready
      workers.push(child);
    }
    const ask = (child, msg, reply) =>
      new Promise((resolve) => {
        const on = (m) => {
          if (m.type === reply) {
            child.off('message', on);
            resolve(m);
          }
        };
        child.on('message', on);
        child.send(msg);
      });
    // Connect in waves so the connection storm is not part of the measurement.
    const per = Math.ceil(all.length / workerCount);
    await Promise.all(
      workers.map((child, w) =>
        ask(child, { type: 'connect', clients: all.slice(w * per, (w + 1) * per) }, 'connected'),
      ),
    );
    return {
      sockets: all.length,
      pids: workers.map((w) => w.pid),
      type: (rate, durationMs) =>
        Promise.all(
          workers.map((child) => ask(child, { type: 'type', rate, durationMs, drainMs: 1500 }, 'typed')),
        ),
      close: async () => {
        await Promise.all(workers.map((child) => ask(child, { type: 'close' }, 'closed').catch(() => null)));
        workers.forEach((c) => children.delete(c));
      },
    };
  }

  function summarize(results) {
    const perDelivery = [];
    const perEdit = new Map();
    let sent = 0;
    for (const r of results) {
      sent += r.sent;
      const s = r.samples;
      for (let i = 0; i < s.length; i += 4) {
        const latency = s[i + 3];
        perDelivery.push(latency);
        const key = s[i] * 1e7 + s[i + 1];
        perEdit.set(key, Math.max(perEdit.get(key) ?? 0, latency));
      }
    }
    perDelivery.sort((a, b) => a - b);
    const all = [...perEdit.values()].sort((a, b) => a - b);
    return {
      deliveries: perDelivery.length,
      edits: sent,
      p50: round(pct(perDelivery, 50), 2),
      p95: round(pct(perDelivery, 95), 2),
      p99: round(pct(perDelivery, 99), 2),
      max: round(perDelivery[perDelivery.length - 1] ?? NaN, 1),
      p99_all: round(pct(all, 99), 2),
    };
  }

  /** One load scenario against one server: connect, type, measure CPU/RSS over the typing window. */
  async function load(kind, pid, rooms, socketsPerRoom, rate, workerCount, seconds = SECONDS) {
    const workers = await spawnWorkers(kind, rooms, socketsPerRoom, workerCount);
    await sleep(1000);
    // Rows inserted (compaction deletes rows, so count inserts, not rows); statistics are lazy.
    const inserted = async () =>
      Number(
        (await db.query("SELECT n_tup_ins FROM pg_stat_user_tables WHERE relname = 'draft_update'")).rows[0]
          ?.n_tup_ins ?? 0,
      );
    const rows0 = kind === 'ours' ? await inserted() : 0;
    // PostgreSQL backends serving this database (the durable log and the clause rows).
    const pgPids = async () =>
      (await admin.query('SELECT pid FROM pg_stat_activity WHERE datname = $1', [dbName])).rows.map(
        (r) => r.pid,
      );
    const pgCpu = (pids) =>
      pids.reduce((n, p) => {
        try {
          return n + procStat(p);
        } catch {
          return n; // backend gone
        }
      }, 0);
    const backends = kind === 'ours' ? await pgPids() : [];
    const pgCpu0 = pgCpu(backends);
    const cpu0 = procStat(pid);
    const clientCpu0 = workers.pids.reduce((n, p) => n + procStat(p), 0);
    const commits0 =
      kind === 'ours'
        ? Number(
            (await admin.query('SELECT xact_commit FROM pg_stat_database WHERE datname = $1', [dbName]))
              .rows[0].xact_commit,
          )
        : 0;
    let rssPeak = rssMb(pid);
    const sampler = setInterval(() => (rssPeak = Math.max(rssPeak, rssMb(pid))), 250);
    const t0 = now();
    const results = await workers.type(rate, seconds * 1000);
    const elapsed = (now() - t0) / 1000;
    clearInterval(sampler);
    const cpu = ((procStat(pid) - cpu0) / TICKS / elapsed) * 100;
    const dbCpu = ((pgCpu(backends) - pgCpu0) / TICKS / elapsed) * 100;
    const clientCpu =
      ((workers.pids.reduce((n, p) => n + procStat(p), 0) - clientCpu0) / TICKS / elapsed) * 100;
    const stats = summarize(results);
    const out = {
      ...stats,
      sockets: workers.sockets,
      updates_per_s: round(stats.edits / seconds, 0),
      cpu_pct: round(cpu, 0),
      clients_cpu_pct: round(clientCpu, 0),
      rss_mb: round(rssPeak, 0),
    };
    if (kind === 'ours') {
      await sleep(1500); // pg_stat_database is updated lazily
      const rows1 = await inserted();
      const commits1 = Number(
        (await admin.query('SELECT xact_commit FROM pg_stat_database WHERE datname = $1', [dbName])).rows[0]
          .xact_commit,
      );
      out.rows_per_s = round((rows1 - rows0) / seconds, 0);
      out.db_commits_per_s = round((commits1 - commits0) / elapsed, 0);
      out.db_cpu_pct = round(dbCpu, 0);
    }
    await workers.close();
    return { ...out, results };
  }

  /**
   * Runs the same load against both servers in alternating rounds (ours, reference, ours, …), so
   * a burst of outside load on this shared machine hits both alike; samples are pooled.
   */
  async function compare(ours, ref, socketsPerRoom, rate, workerCount) {
    const rounds = ROUNDS;
    const runs = { ours: [], ref: [] };
    if (WARMUP_SECONDS > 0)
      for (const side of [ours, ref])
        await load(side.kind, side.pid, side.rooms, socketsPerRoom, rate, workerCount, WARMUP_SECONDS);
    for (let r = 0; r < rounds; r++) {
      for (const side of [ours, ref]) {
        runs[side.kind].push(
          await load(side.kind, side.pid, side.rooms, socketsPerRoom, rate, workerCount, SECONDS / rounds),
        );
      }
    }
    const pool = (list) => {
      const stats = summarize(list.flatMap((o) => o.results));
      const mean = (key) =>
        list.some((o) => o[key] !== undefined)
          ? round(list.reduce((n, o) => n + (o[key] ?? 0), 0) / list.length, 0)
          : undefined;
      return {
        ...stats,
        sockets: list[0].sockets,
        updates_per_s: round(stats.edits / SECONDS, 0),
        cpu_pct: mean('cpu_pct'),
        clients_cpu_pct: mean('clients_cpu_pct'),
        rss_mb: Math.max(...list.map((o) => o.rss_mb)),
        rows_per_s: mean('rows_per_s'),
        db_commits_per_s: mean('db_commits_per_s'),
        db_cpu_pct: mean('db_cpu_pct'),
        rounds: list.map((o) => o.p99),
      };
    };
    return { ours: pool(runs.ours), ref: pool(runs.ref) };
  }

  const report = {};
  const line = (name, r) =>
    console.log(
      `  ${name.padEnd(10)} p50 ${String(r.p50).padStart(6)} ms  p95 ${String(r.p95).padStart(6)} ms  p99 ${String(r.p99).padStart(6)} ms  p99(all others) ${String(r.p99_all).padStart(6)} ms  ` +
        `${r.updates_per_s} updates/s  ${r.deliveries} deliveries  cpu ${r.cpu_pct}% (clients ${r.clients_cpu_pct}%)  rss ${r.rss_mb} MB` +
        (r.rounds ? `  p99 by round ${r.rounds.join('/')}` : '') +
        (r.rows_per_s !== undefined
          ? `  rows/s ${r.rows_per_s}  commits/s ${r.db_commits_per_s}  postgres cpu ${r.db_cpu_pct}%`
          : ''),
    );

  try {
    await db.connect();
    console.log(`collab bench: ${SECONDS}s of typing per load scenario, ${os.cpus().length} CPUs`);
    let ours = await startOurs();
    await gql('mutation($i: SignUpInput!) { signUp(input: $i) { id } }', {
      i: { email: 'collab-bench@example.test', name: 'Bench Editor', password: 'a-long-bench-password' },
    });
    const boardId = (
      await gql(
        'mutation { createBoard(input: { name: "Bench City Board", jurisdiction: "Bench City" }) { id } }',
      )
    ).createBoard.id;
    const newDraft = async (title) =>
      (
        await gql('mutation($i: CreateDraftInput!) { createDraft(input: $i) { id } }', {
          i: { boardId, title },
        })
      ).createDraft.id;

    // ---- one draft, 50 editors, 5 edits/s each ----
    if (ONLY.has('one-draft')) {
      console.log(
        `\none-draft: 50 editors on one draft, 5 edits/s each (${ROUNDS} alternating rounds per server)`,
      );
      const oneDraft = await newDraft('One draft');
      const ref = await startRef();
      const seeders = [
        ...(await seed('ours', [oneDraft], 10, true)),
        ...(await seed('ref', ['one-draft'], 10, true)),
      ];
      const { ours: a, ref: b } = await compare(
        { kind: 'ours', pid: ours.pid, rooms: [oneDraft] },
        { kind: 'ref', pid: ref.pid, rooms: ['one-draft'] },
        50,
        5,
        WORKERS,
      );
      report.oneDraft = a;
      report.oneDraftRef = b;
      line('roundtable', a);
      line('reference', b);
      seeders.forEach((s) => s.provider.destroy());
      await stop(ref);
    }

    // ---- 500 sockets over 100 drafts ----
    if (ONLY.has('many-drafts')) {
      console.log(`\nmany-drafts: 500 sockets over 100 drafts (5 per draft), ${MANY_RATE} edit/s each`);
      await stop(ours);
      ours = await startOurs();
      const manyDrafts = [];
      for (let i = 0; i < 100; i++) manyDrafts.push(await newDraft(`Draft ${i}`));
      await seed('ours', manyDrafts, 3, false);
      const ref = await startRef();
      const refRooms = manyDrafts.map((_, i) => `room-${i}`);
      const refSeeders = await seed('ref', refRooms, 3, true);
      const { ours: a, ref: b } = await compare(
        { kind: 'ours', pid: ours.pid, rooms: manyDrafts },
        { kind: 'ref', pid: ref.pid, rooms: refRooms },
        5,
        MANY_RATE,
        WORKERS,
      );
      report.many = a;
      report.manyRef = b;
      line('roundtable', a);
      line('reference', b);
      refSeeders.forEach((s) => s.provider.destroy());
      await stop(ref);
    }

    // ---- RSS per open 60-clause draft ----
    if (ONLY.has('rss')) {
      console.log('\nrss: 100 open drafts of 60 clauses, one socket each');
      const rssDrafts = [];
      for (let i = 0; i < 100; i++) rssDrafts.push(await newDraft(`Sixty ${i}`));
      await seed('ours', rssDrafts, 60, false);
      await stop(ours);
      ours = await startOurs();
      await sleep(2000);
      const before = rssMb(ours.pid);
      const holders = await spawnWorkers('ours', rssDrafts, 1, 2);
      await sleep(3000);
      const after = rssMb(ours.pid);
      report.rssPerDocMb = round((after - before) / rssDrafts.length, 2);
      await holders.close();
      const ref = await startRef();
      await sleep(1000);
      const refBefore = rssMb(ref.pid);
      const refHolders = await seed(
        'ref',
        rssDrafts.map((_, i) => `sixty-${i}`),
        60,
        true,
      );
      await sleep(3000);
      report.refRssPerDocMb = round((rssMb(ref.pid) - refBefore) / rssDrafts.length, 2);
      refHolders.forEach((s) => s.provider.destroy());
      await stop(ref);
      const d = new Y.Doc();
      addClauses(d, 60);
      const docBytes = Y.encodeStateAsUpdate(d).byteLength;
      console.log(
        `  roundtable ${report.rssPerDocMb} MB per open draft (${before.toFixed(0)} → ${after.toFixed(0)} MB); ` +
          `reference ${report.refRssPerDocMb} MB; document ${Math.round(docBytes / 1024)} KiB encoded`,
      );
    }

    // ---- cold load of a draft whose log had 100k updates ----
    if (ONLY.has('cold-load')) {
      console.log(`\ncold-load: a draft whose log had ${COLD_UPDATES} updates (one per keystroke)`);
      const coldDraft = await newDraft('Long history');
      {
        // A year of typing: the cursor jumps to a random place in a random clause, types a run
        // of 5–45 characters with the odd backspace, and moves on. One update per keystroke.
        const doc = new Y.Doc();
        let pending = [];
        doc.on('update', (u) => pending.push(u));
        addClauses(doc, 60, 7, 20);
        const texts = doc
          .getXmlFragment('policy')
          .toArray()
          .map((c) => c.get(1).get(0));
        const letters = 'the officer shall de-escalate first ';
        let run = 0;
        let clause = 0;
        let cursor = 0;
        const flush = async () => {
          if (!pending.length) return;
          const params = [];
          const values = pending.map((u, i) => {
            params.push(Buffer.from(u));
            return `($1, $${i + 2})`;
          });
          await db.query(`INSERT INTO draft_update (draft_id, update) VALUES ${values.join(',')}`, [
            coldDraft,
            ...params,
          ]);
          pending = [];
        };
        for (let i = 1; i < COLD_UPDATES; i++) {
          if (run <= 0) {
            clause = Math.floor(Math.random() * texts.length);
            cursor = Math.floor(Math.random() * (texts[clause].length + 1));
            run = 5 + Math.floor(Math.random() * 40);
          }
          const text = texts[clause];
          if (Math.random() < 0.08 && cursor > 0) text.delete(--cursor, 1);
          else text.insert(cursor++, letters[i % letters.length]);
          run--;
          if (pending.length >= 2000) await flush();
        }
        await flush();
        doc.destroy();
      }
      const rowsBefore = Number(
        (await db.query('SELECT count(*) AS n FROM draft_update WHERE draft_id = $1', [coldDraft])).rows[0].n,
      );
      const coldLoad = async () => {
        const t = now();
        let firstFrame = NaN;
        const c = mainProvider(target.ours(coldDraft), (at) => (firstFrame = at));
        await c.synced;
        return { ms: now() - t, serverMs: firstFrame - t, c };
      };
      const first = await coldLoad();
      report.coldLoadUncompactedMs = round(first.ms, 0);
      // Loading a long log compacts it in the background.
      for (let i = 0; i < 600; i++) {
        const n = Number(
          (await db.query('SELECT count(*) AS n FROM draft_update WHERE draft_id = $1', [coldDraft])).rows[0]
            .n,
        );
        if (n <= 2) break;
        await sleep(100);
      }
      const compacted = (
        await db.query(
          'SELECT count(*) AS n, sum(length(update)) AS bytes FROM draft_update WHERE draft_id = $1',
          [coldDraft],
        )
      ).rows[0];
      first.c.provider.destroy();
      const loads = [];
      const serverParts = [];
      for (let i = 0; i < 5; i++) {
        await sleep(2500); // the server unloads the draft after its grace period
        const { ms, serverMs, c } = await coldLoad();
        loads.push(ms);
        serverParts.push(serverMs);
        c.provider.destroy();
      }
      loads.sort((a, b) => a - b);
      serverParts.sort((a, b) => a - b);
      report.coldLoadMs = round(loads[2], 0);
      report.coldLoadMaxMs = round(loads[4], 0);
      report.coldLoadServerMs = round(serverParts[2], 0);
      report.coldLoadBytes = Number(compacted.bytes);
      console.log(
        `  ${rowsBefore} rows → ${compacted.n} row(s), ${Math.round(compacted.bytes / 1024)} KiB; first load (uncompacted) ${report.coldLoadUncompactedMs} ms; ` +
          `after compaction: median ${report.coldLoadMs} ms, max ${report.coldLoadMaxMs} ms of 5 (socket open → synced); ` +
          `of which the server (socket open → its first message, sent once the document is loaded) median ${report.coldLoadServerMs} ms`,
      );
    }
    // ---- latency under attack ----
    if (ONLY.has('under-attack')) {
      console.log('\nunder-attack: 10 editors on one draft, 5 edits/s each; quiet, then under attack');
      const victim = await newDraft('Attacked board draft');
      const own = await newDraft("The attacker's own draft");
      const seeders = await seed('ours', [victim], 10, true);
      const half = Math.max(4, SECONDS / 2);
      const quiet = await load('ours', ours.pid, [victim], 10, 5, WORKERS, half);

      // The poison update of issue 10: 200,000 deleted ranges of a client nobody has (~790 KB).
      const frame = (update) => {
        const e = encoding.createEncoder();
        encoding.writeVarUint(e, 0);
        encoding.writeVarUint(e, 2);
        encoding.writeVarUint8Array(e, update);
        return encoding.toUint8Array(e);
      };
      const ds = encoding.createEncoder();
      encoding.writeVarUint(ds, 0);
      encoding.writeVarUint(ds, 1);
      encoding.writeVarUint(ds, 987654321);
      encoding.writeVarUint(ds, 200_000);
      for (let i = 0; i < 200_000; i++) {
        encoding.writeVarUint(ds, i * 2);
        encoding.writeVarUint(ds, 1);
      }
      const poison = frame(encoding.toUint8Array(ds));
      // Valid but costly: thousands of separate insertions per update, each set from its own
      // client. Built before the attack, so this process only sends while it is measured.
      const heavySets = Array.from({ length: 6 }, () => {
        const doc = new Y.Doc();
        const updates = [];
        doc.on('update', (u) => updates.push(frame(u)));
        const text = new Y.XmlText();
        doc.getXmlFragment('policy').insert(0, [text]);
        for (let k = 0; k < 20; k++)
          doc.transact(() => {
            for (let i = 0; i < 8000; i++) text.insert(0, 'x');
          });
        return updates;
      });
      const closes = {};
      let attacking = true;
      const attacker = (async () => {
        for (let n = 0; attacking; n++) {
          const messages = n % 2 ? heavySets[((n - 1) / 2) % heavySets.length] : [poison];
          const code = await new Promise((resolve) => {
            const ws = new WebSocket(`ws://127.0.0.1:${ourPort}/collab/${own}?editorVersion=1`, {
              headers: { cookie, origin: ourBase },
            });
            const timer = setTimeout(() => (ws.terminate(), resolve('open after 10 s')), 10_000);
            ws.on('error', () => {});
            ws.on('open', () => {
              for (const m of messages) if (ws.readyState === ws.OPEN) ws.send(m);
            });
            ws.on('close', (c) => (clearTimeout(timer), resolve(c)));
          });
          closes[code] = (closes[code] ?? 0) + 1;
        }
      })();
      const health = [];
      let healthFailures = 0;
      const prober = (async () => {
        while (attacking) {
          const t = now();
          try {
            const res = await fetch(`${ourBase}/healthz`, { signal: AbortSignal.timeout(10_000) });
            await res.text();
            if (!res.ok) healthFailures++;
          } catch {
            healthFailures++;
          }
          health.push(now() - t);
          await sleep(100);
        }
      })();
      const attacked = await load('ours', ours.pid, [victim], 10, 5, WORKERS, half);
      attacking = false;
      await Promise.all([attacker, prober]);
      health.sort((a, b) => a - b);
      report.attack = {
        quiet,
        attacked,
        healthP50: round(pct(health, 50), 1),
        healthMax: round(health[health.length - 1] ?? NaN, 1),
        healthFailures,
        closes,
      };
      line('quiet', quiet);
      line('attacked', attacked);
      console.log(
        `  /healthz under attack: p50 ${report.attack.healthP50} ms, max ${report.attack.healthMax} ms, ` +
          `${healthFailures} failed of ${health.length}; attacker sockets closed by code ${JSON.stringify(closes)}`,
      );
      seeders.forEach((s) => s.provider.destroy());
    }

    await stop(ours);
  } finally {
    for (const child of children) child.kill('SIGKILL');
    await db.end().catch(() => {});
    await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`).catch(() => {});
    await admin.end().catch(() => {});
    fs.rmSync(dataDir, { recursive: true, force: true });
  }

  const one = report.oneDraft ?? {};
  const oneRef = report.oneDraftRef ?? {};
  const many = report.many ?? {};
  const ratio = one.p99 && oneRef.p99 ? round(one.p99 / oneRef.p99, 2) : null;
  const targets = {};
  if (report.oneDraft) targets.one_draft_p99_le_50ms = one.p99 <= 50;
  if (report.oneDraft) targets.one_draft_ratio_le_1_5 = ratio <= 1.5;
  if (report.many) targets.many_drafts_p99_le_100ms = many.p99 <= 100;
  if (report.rssPerDocMb !== undefined) targets.rss_per_doc_le_2mb = report.rssPerDocMb <= 2;
  if (report.coldLoadMs !== undefined) targets.cold_load_le_300ms = report.coldLoadMs <= 300;
  if (report.attack)
    targets.under_attack_p99_le_2x_quiet = report.attack.attacked.p99 <= 2 * report.attack.quiet.p99;
  console.log(
    '\ntargets:',
    Object.entries(targets)
      .map(([k, v]) => `${k} ${v ? 'met' : 'MISSED'}`)
      .join(', '),
  );
  const summary = {
    p99_ms: one.p99 ?? null,
    ref_p99_ms: oneRef.p99 ?? null,
    ratio,
    p50_ms: one.p50 ?? null,
    p95_ms: one.p95 ?? null,
    p99_all_ms: one.p99_all ?? null,
    ref_p50_ms: oneRef.p50 ?? null,
    ref_p95_ms: oneRef.p95 ?? null,
    ref_p99_all_ms: oneRef.p99_all ?? null,
    updates_per_s: one.updates_per_s ?? null,
    cpu_pct: one.cpu_pct ?? null,
    ref_cpu_pct: oneRef.cpu_pct ?? null,
    rss_mb: one.rss_mb ?? null,
    rows_per_s: one.rows_per_s ?? null,
    commits_per_s: one.db_commits_per_s ?? null,
    db_cpu_pct: one.db_cpu_pct ?? null,
    sockets: many.sockets ?? one.sockets ?? null,
    many_p50_ms: many.p50 ?? null,
    many_p99_ms: many.p99 ?? null,
    many_ref_p99_ms: report.manyRef?.p99 ?? null,
    many_updates_per_s: many.updates_per_s ?? null,
    many_cpu_pct: many.cpu_pct ?? null,
    many_db_cpu_pct: many.db_cpu_pct ?? null,
    many_ref_cpu_pct: report.manyRef?.cpu_pct ?? null,
    many_rss_mb: many.rss_mb ?? null,
    rss_per_doc_mb: report.rssPerDocMb ?? null,
    ref_rss_per_doc_mb: report.refRssPerDocMb ?? null,
    cold_load_ms: report.coldLoadMs ?? null,
    cold_load_max_ms: report.coldLoadMaxMs ?? null,
    cold_load_server_ms: report.coldLoadServerMs ?? null,
    cold_load_uncompacted_ms: report.coldLoadUncompactedMs ?? null,
    cold_load_doc_kib: report.coldLoadBytes ? Math.round(report.coldLoadBytes / 1024) : null,
    attack_quiet_p50_ms: report.attack?.quiet.p50 ?? null,
    attack_quiet_p99_ms: report.attack?.quiet.p99 ?? null,
    attack_p50_ms: report.attack?.attacked.p50 ?? null,
    attack_p99_ms: report.attack?.attacked.p99 ?? null,
    attack_healthz_p50_ms: report.attack?.healthP50 ?? null,
    attack_healthz_max_ms: report.attack?.healthMax ?? null,
    attack_healthz_failures: report.attack?.healthFailures ?? null,
    seconds: SECONDS,
    targets_met: Object.values(targets).every(Boolean),
  };
  console.log(`BENCH collab ${JSON.stringify(summary)}`);
  process.exit(0); // y-websocket keeps timers in this process; nothing else is pending
}
