// `pnpm bench api`: GraphQL load on Roundtable's server, beside a bare NestJS + Apollo
// hello-world (same framework versions) measured in the same run for the ratio.
//   board     the board page query (board + members + drafts, as a member) of a BENCH_BOARD_MEMBERS-member
//             board (20) at a fixed 200 req/s open-loop for BENCH_SECONDS; p50/p99.   target p99 ≤ 25 ms
//   board100  the same query on the 100-member board of the ballot test, at the same rate (reported, no target)
//   reference `{ hello }` on the bare NestJS + Apollo app at the same rate; ratio = board p99 / ref p99
//   rps       closed-loop throughput of the board query (BENCH_CONCURRENCY in flight), and the reference's
//   ballots   BENCH_VOTERS members (100) each cast one ballot, spread over one second, on a live-results
//             vote while every one of them is subscribed over graphql-ws. Ballot latency p50/p99, the time
//             until every subscriber has seen each ballot counted (broadcast p99), and the final count.
//             target ballot p99 ≤ 100 ms with every subscriber updated
// Env: BENCH_SECONDS (10), BENCH_RATE (200), BENCH_CONCURRENCY (16), BENCH_VOTERS (100),
// BENCH_BOARD_MEMBERS (20), BENCH_REDIS_URL (run the server with Redis pub/sub), BENCH_NODE_ARGS
// (e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof" for the server), BENCH_PAUSE (seconds to wait after
// setup, printing the base URL, a member's cookie and the board id, for manual profiling).
// Last line: BENCH api {json}
import { fork, spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..', '..');
const serverRequire = createRequire(path.join(root, 'server', 'package.json'));
const { Client } = require('pg');
const { createClient } = serverRequire('graphql-ws');
const { WebSocket } = serverRequire('ws');

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const RATE = Number(process.env.BENCH_RATE ?? 200);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 16);
const VOTERS = Number(process.env.BENCH_VOTERS ?? 100);
/** Members of the board whose page is loaded (an advisory board is typically 10–25 people). */
const BOARD_MEMBERS = Number(process.env.BENCH_BOARD_MEMBERS ?? 20);
const now = () => performance.now();
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const pct = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : NaN;
};
const round = (x, d = 1) => Math.round(x * 10 ** d) / 10 ** d;
const freePort = () =>
  new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });

const BOARD_QUERY = `query Board($id: ID!) { board(id: $id) { id name jurisdiction description createdAt memberCount myRole
  members { id userId name email role joinedAt } drafts(includeArchived: true) { id boardId title archived createdAt updatedAt } } }`;
const CAST = `mutation($i: CastBallotInput!) { castBallot(input: $i) { questionId round choice } }`;

async function post(base, cookie, query, variables) {
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = await res.json();
  if (body.errors?.length) throw new Error(body.errors[0].message);
  return { body, setCookie: res.headers.get('set-cookie') };
}

/** Why requests failed (message → count), printed at the end so an error count can be explained. */
const failures = new Map();
const failed = (error) => {
  const message = String(error?.cause?.code ?? error?.cause?.message ?? error?.message ?? error).slice(
    0,
    160,
  );
  failures.set(message, (failures.get(message) ?? 0) + 1);
};

/** Sends `send()` at a fixed rate for `seconds`, and returns each request's latency (ms). */
async function openLoop(send, rate, seconds) {
  const latencies = [];
  let errors = 0;
  const pending = [];
  const start = now();
  const total = Math.round(rate * seconds);
  for (let i = 0; i < total; i++) {
    const due = start + (i * 1000) / rate;
    const wait = due - now();
    if (wait > 1) await sleep(wait);
    // Latency from when the request was due, so a stalled server cannot hide its queue.
    pending.push(
      send().then(
        () => latencies.push(now() - due),
        (error) => {
          errors++;
          failed(error);
        },
      ),
    );
  }
  await Promise.all(pending);
  return { latencies, errors, seconds: (now() - start) / 1000 };
}

/** As many requests as `concurrency` loops can push through in `seconds`. */
async function closedLoop(send, concurrency, seconds) {
  const stopAt = now() + seconds * 1000;
  let done = 0;
  let errors = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (now() < stopAt) {
        try {
          await send();
          done++;
        } catch (error) {
          errors++;
          failed(error);
        }
      }
    }),
  );
  return { rps: done / seconds, errors };
}

async function main() {
  const adminUrl =
    process.env.TEST_DATABASE_ADMIN_URL ??
    process.env.DATABASE_URL ??
    'postgres://postgres@127.0.0.1:5432/postgres';
  const dbName = `rt_bench_api_${crypto.randomBytes(3).toString('hex')}`;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${dbName}`);
  const dbUrl = new URL(adminUrl);
  dbUrl.pathname = `/${dbName}`;
  const db = new Client({ connectionString: dbUrl.toString() });
  const children = new Set();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rt-bench-api-'));
  const clients = [];

  try {
    // ---- the two servers ----
    const ourPort = await freePort();
    const ours = `http://127.0.0.1:${ourPort}`;
    const secret = crypto.randomBytes(32).toString('base64url');
    const server = spawn(
      process.execPath,
      [
        ...(process.env.BENCH_NODE_ARGS ? process.env.BENCH_NODE_ARGS.split(' ') : []),
        path.join(root, 'server', 'dist', 'main.js'),
      ],
      {
        env: {
          PATH: process.env.PATH,
          HOME: process.env.HOME,
          // As deployed (the Dockerfile sets it): graphql-js skips its development-only checks.
          NODE_ENV: 'production',
          PORT: String(ourPort),
          HOST: '127.0.0.1',
          PUBLIC_ORIGIN: ours,
          DATABASE_URL: dbUrl.toString(),
          DEMO_DATA: 'false',
          LOG_LEVEL: 'warn',
          SESSION_SECRET: secret,
          DATA_DIR: dataDir,
          ...(process.env.BENCH_REDIS_URL ? { REDIS_URL: process.env.BENCH_REDIS_URL } : {}),
        },
        stdio: ['ignore', 'inherit', 'inherit'],
      },
    );
    children.add(server);
    const refPort = await freePort();
    const ref = `http://127.0.0.1:${refPort}`;
    const reference = fork(path.join(here, '_api-reference.cjs'), [], {
      env: { PATH: process.env.PATH, PORT: String(refPort), NODE_ENV: 'production' },
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    children.add(reference);
    for (let i = 0; ; i++) {
      const up = await Promise.all([
        fetch(`${ours}/healthz`).then(
          (r) => r.ok,
          () => false,
        ),
        post(ref, '', '{ hello }').then(
          () => true,
          () => false,
        ),
      ]);
      if (up.every(Boolean)) break;
      if (i > 300 || server.exitCode !== null || reference.exitCode !== null)
        throw new Error('a server did not start');
      await sleep(100);
    }

    // ---- a board with a draft, and VOTERS members with sessions ----
    const email = `bench-${crypto.randomBytes(3).toString('hex')}@example.test`;
    const signUp = await post(ours, '', 'mutation($i: SignUpInput!) { signUp(input: $i) { id } }', {
      i: { email, name: 'Bench Facilitator', password: 'a-long-bench-password' },
    });
    const facilitator = /rt_session=[^;]*/.exec(signUp.setCookie)[0];
    const gql = async (query, variables, cookie = facilitator) =>
      (await post(ours, cookie, query, variables)).body.data;
    const boardId = (
      await gql('mutation { createBoard(input: { name: "Bench board", jurisdiction: "Benchville" }) { id } }')
    ).createBoard.id;
    const draftId = (
      await gql('mutation($i: CreateDraftInput!) { createDraft(input: $i) { id } }', {
        i: { boardId, title: 'Use of force' },
      })
    ).createDraft.id;
    for (let i = 0; i < 3; i++) {
      await gql('mutation($i: AddClauseInput!) { addClause(input: $i) { id } }', {
        i: {
          draftId,
          heading: `Clause ${i + 1}`,
          text: 'Officers shall de-escalate first.',
          componentIds: [],
        },
      });
    }
    await db.connect();
    const people = Array.from({ length: VOTERS }, (_, i) => {
      const token = crypto.randomBytes(32).toString('base64url');
      return {
        name: `Member ${i + 1}`,
        email: `m${i}-${crypto.randomBytes(3).toString('hex')}@example.test`,
        token,
        hash: crypto.createHmac('sha256', secret).update(token).digest('hex'),
      };
    });
    const users = await db.query(
      `INSERT INTO user_account (email, name, password_hash) SELECT u->>'email', u->>'name', 'x' FROM jsonb_array_elements($1::jsonb) u RETURNING id, email`,
      [JSON.stringify(people)],
    );
    const idOf = new Map(users.rows.map((r) => [r.email, r.id]));
    await db.query(
      `INSERT INTO membership (board_id, user_id, role) SELECT $1, unnest($2::uuid[]), 'MEMBER'`,
      [boardId, people.map((p) => idOf.get(p.email))],
    );
    await db.query(
      `INSERT INTO session (token_hash, user_id, expires_at, last_seen_at) SELECT p->>'hash', (p->>'id')::uuid, now() + interval '1 day', now() FROM jsonb_array_elements($1::jsonb) p`,
      [JSON.stringify(people.map((p) => ({ hash: p.hash, id: idOf.get(p.email) })))],
    );
    const cookies = people.map((p) => `rt_session=${p.token}`);
    // A typical board: the facilitator and BOARD_MEMBERS - 1 of the same people.
    const smallBoardId = (
      await gql(
        'mutation { createBoard(input: { name: "Typical board", jurisdiction: "Benchville" }) { id } }',
      )
    ).createBoard.id;
    await gql('mutation($i: CreateDraftInput!) { createDraft(input: $i) { id } }', {
      i: { boardId: smallBoardId, title: 'Use of force' },
    });
    await db.query(
      `INSERT INTO membership (board_id, user_id, role) SELECT $1, unnest($2::uuid[]), 'MEMBER'`,
      [smallBoardId, people.slice(0, Math.max(0, BOARD_MEMBERS - 1)).map((p) => idOf.get(p.email))],
    );

    if (process.env.BENCH_PAUSE) {
      console.log(JSON.stringify({ base: ours, cookie: cookies[0], boardId }));
      await sleep(Number(process.env.BENCH_PAUSE) * 1000);
    }
    // ---- board page: fixed rate, then throughput ----
    const boardOnce = () => post(ours, cookies[0], BOARD_QUERY, { id: smallBoardId });
    const board100Once = () => post(ours, cookies[0], BOARD_QUERY, { id: boardId });
    const helloOnce = () => post(ref, '', '{ hello }');
    // Warm up each measured request (JIT, connection pools) so no phase pays for another's first run.
    await closedLoop(boardOnce, 4, 2);
    await closedLoop(board100Once, 4, 2);
    await closedLoop(helloOnce, 4, 2);
    const board = await openLoop(boardOnce, RATE, SECONDS);
    const hello = await openLoop(helloOnce, RATE, SECONDS);
    const board100 = await openLoop(board100Once, RATE, Math.min(5, SECONDS));
    const boardRps = await closedLoop(boardOnce, CONCURRENCY, Math.min(5, SECONDS));
    const helloRps = await closedLoop(helloOnce, CONCURRENCY, Math.min(5, SECONDS));
    console.log(
      `board page (${BOARD_MEMBERS} members) at ${RATE} req/s: p50 ${round(pct(board.latencies, 50))} ms, p99 ${round(pct(board.latencies, 99))} ms, ${board.errors} errors`,
    );
    console.log(
      `board page of ${VOTERS} members at ${RATE} req/s: p50 ${round(pct(board100.latencies, 50))} ms, p99 ${round(pct(board100.latencies, 99))} ms, ${board100.errors} errors`,
    );
    console.log(
      `reference at ${RATE} req/s:  p50 ${round(pct(hello.latencies, 50))} ms, p99 ${round(pct(hello.latencies, 99))} ms`,
    );
    console.log(
      `throughput (${CONCURRENCY} in flight): board ${round(boardRps.rps, 0)} req/s, reference ${round(helloRps.rps, 0)} req/s`,
    );

    // ---- ballots: VOTERS members vote within one second while all of them watch ----
    const seenAt = Array.from({ length: VOTERS }, () => []); // per subscriber: [time, ballotCount]
    let questionId = null;
    await Promise.all(
      cookies.map(
        (cookie, i) =>
          new Promise((resolve, reject) => {
            const Socket = class extends WebSocket {
              constructor(url, protocols) {
                super(url, protocols, { headers: { cookie, origin: ours } });
              }
            };
            const client = createClient({
              url: `ws://127.0.0.1:${ourPort}/graphql`,
              webSocketImpl: Socket,
              retryAttempts: 0,
              on: { connected: () => resolve() },
            });
            clients.push(client);
            client.subscribe(
              {
                query:
                  'subscription($b: ID!) { questionUpdated(boardId: $b) { id ballotCount tally { ballots } } }',
                variables: { b: boardId },
              },
              {
                next: ({ data }) => {
                  if (data?.questionUpdated?.id === questionId)
                    seenAt[i].push([now(), data.questionUpdated.ballotCount]);
                },
                error: reject,
                complete: () => undefined,
              },
            );
          }),
      ),
    );
    await sleep(500);
    questionId = (
      await gql('mutation($i: CreateQuestionInput!) { createQuestion(input: $i) { id } }', {
        i: {
          boardId,
          subject: 'MOTION',
          prompt: 'Adopt the bench motion?',
          kind: 'APPROVAL',
          liveResults: true,
        },
      })
    ).createQuestion.id;
    await sleep(300);
    const ballots = [];
    const start = now();
    await Promise.all(
      cookies.map(async (cookie, i) => {
        const due = start + (i * 1000) / VOTERS;
        await sleep(Math.max(0, due - now()));
        const sent = now();
        await post(ours, cookie, CAST, { i: { questionId, choice: i % 4 === 0 ? 'OBJECT' : 'APPROVE' } });
        ballots.push({ sent, done: now() });
      }),
    );
    const deadline = now() + 10_000;
    while (now() < deadline && !seenAt.every((s) => s.some(([, count]) => count >= VOTERS))) await sleep(20);
    const allSeen = seenAt.every((s) => s.some(([, count]) => count >= VOTERS));
    ballots.sort((a, b) => a.done - b.done);
    // Ballot k (k-th to be accepted) is broadcast once every subscriber has seen a count ≥ k.
    const broadcast = ballots.map((b, k) => {
      const at = Math.max(
        ...seenAt.map((events) => events.find(([, count]) => count >= k + 1)?.[0] ?? Infinity),
      );
      return at - b.sent;
    });
    const ballotLatency = ballots.map((b) => b.done - b.sent);
    const closed = await gql(
      'mutation($id: ID!) { closeQuestion(questionId: $id) { tally { ballots counts { option count } } } }',
      { id: questionId },
    );
    const counted = closed.closeQuestion.tally.ballots;
    const events = seenAt.reduce((n, s) => n + s.length, 0);
    console.log(
      `ballots: ${VOTERS} in ${round((ballots.at(-1).done - start) / 1000, 2)} s, p50 ${round(pct(ballotLatency, 50))} ms, p99 ${round(pct(ballotLatency, 99))} ms; ` +
        `every subscriber updated: p50 ${round(pct(broadcast, 50))} ms, p99 ${round(pct(broadcast, 99))} ms; counted ${counted}/${VOTERS}; ${events} events to ${VOTERS} subscribers`,
    );

    const result = {
      board_p50_ms: round(pct(board.latencies, 50), 2),
      board_p99_ms: round(pct(board.latencies, 99), 2),
      board_errors: board.errors,
      board_members: BOARD_MEMBERS,
      board100_p50_ms: round(pct(board100.latencies, 50), 2),
      board100_p99_ms: round(pct(board100.latencies, 99), 2),
      ref_p50_ms: round(pct(hello.latencies, 50), 2),
      ref_p99_ms: round(pct(hello.latencies, 99), 2),
      ratio: round(pct(board.latencies, 99) / pct(hello.latencies, 99), 2),
      rps: round(boardRps.rps, 0),
      ref_rps: round(helloRps.rps, 0),
      rate: RATE,
      ballot_p50_ms: round(pct(ballotLatency, 50), 2),
      ballot_p99_ms: round(pct(ballotLatency, 99), 2),
      broadcast_p99_ms: round(pct(broadcast, 99), 2),
      ballots_counted: counted,
      voters: VOTERS,
      all_subscribers_updated: allSeen,
      targets_met:
        pct(board.latencies, 99) <= 25 &&
        pct(ballotLatency, 99) <= 100 &&
        pct(broadcast, 99) <= 100 &&
        counted === VOTERS &&
        allSeen,
    };
    if (failures.size) console.log(`failed requests: ${JSON.stringify(Object.fromEntries(failures))}`);
    console.log(`BENCH api ${JSON.stringify(result)}`);
  } finally {
    for (const client of clients) await client.dispose();
    for (const child of children) child.kill('SIGTERM');
    await sleep(1500);
    for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
    await db.end().catch(() => undefined);
    await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`).catch(() => undefined);
    await admin.end();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
