// `pnpm bench packet`: publish a realistic packet and render all five exports over HTTP.
// Draft: 60 clauses, 2,000 comments, 40 closed votes, 25 members, 6 meetings (seeded directly in
// PostgreSQL, clauses through the GraphQL API so the live document and the mirror agree).
// Targets: publish ≤ 1 s, PDF ≤ 2 s, DOCX ≤ 1 s, server peak RSS growth ≤ 200 MB.
import { spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const { Client } = require('pg');
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const serverMain = path.join(root, 'server', 'dist', 'main.js');

async function freePort() {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

async function adminUrl() {
  const url =
    process.env.TEST_DATABASE_ADMIN_URL ??
    process.env.DATABASE_URL ??
    'postgres://postgres@127.0.0.1:5432/postgres';
  const probe = new Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await probe.connect();
    await probe.end();
    return { url, stop: async () => {} };
  } catch {
    const { startEmbeddedPostgres } = require(
      path.join(root, 'server', 'dist', 'core', 'database', 'embedded.js'),
    );
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rt-bench-pg-'));
    const pg = await startEmbeddedPostgres(dir, await freePort(), () => {});
    return { url: pg.url.replace(/\/roundtable$/, '/postgres'), stop: () => pg.stop() };
  }
}

function rssKb(pid, field) {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
}

const words =
  'officers shall use only the force that is necessary and proportional to the threat and shall stop when the threat ends de-escalation comes first whenever time and safety allow supervisors review every report the public sees data each quarter'.split(
    ' ',
  );
const sentence = (n, seed) => {
  const out = [];
  for (let i = 0; i < n; i++) out.push(words[(seed * 7 + i * 13) % words.length]);
  out[0] = out[0][0].toUpperCase() + out[0].slice(1);
  return `${out.join(' ')}.`;
};

const admin = await adminUrl();
const dbName = `rt_bench_${crypto.randomBytes(4).toString('hex')}`;
const adminClient = new Client({ connectionString: admin.url });
await adminClient.connect();
await adminClient.query(`CREATE DATABASE ${dbName}`);
const dbUrl = new URL(admin.url);
dbUrl.pathname = `/${dbName}`;

const port = await freePort();
const base = `http://127.0.0.1:${port}`;
const server = spawn(process.execPath, [serverMain], {
  env: {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    PORT: String(port),
    HOST: '127.0.0.1',
    PUBLIC_ORIGIN: base,
    DATABASE_URL: dbUrl.toString(),
    DEMO_DATA: 'false',
    LOG_LEVEL: 'warn',
    SESSION_SECRET: crypto.randomBytes(32).toString('base64url'),
    DATA_DIR: fs.mkdtempSync(path.join(os.tmpdir(), 'rt-bench-data-')),
  },
  stdio: ['ignore', 'inherit', 'inherit'],
});

let db;
try {
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(`${base}/healthz`)).ok) break;
    } catch {}
    if (i > 300) throw new Error('server did not start');
    await new Promise((r) => setTimeout(r, 100));
  }

  let cookie = '';
  async function gql(query, variables) {
    const res = await fetch(`${base}/graphql`, {
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

  const started = Date.now();
  await gql('mutation($i: SignUpInput!) { signUp(input: $i) { id } }', {
    i: { email: 'bench@example.test', name: 'Bench Facilitator', password: 'a-long-bench-password' },
  });
  const boardId = (
    await gql(
      'mutation { createBoard(input: { name: "Bench City Board", jurisdiction: "Bench City" }) { id } }',
    )
  ).createBoard.id;
  const draftId = (
    await gql('mutation($i: CreateDraftInput!) { createDraft(input: $i) { id } }', {
      i: { boardId, title: 'Use of force policy' },
    })
  ).createDraft.id;
  const components = [
    'definitions',
    'use-of-force-standards',
    'minimum-force',
    'de-escalation',
    'vulnerable-populations',
    'deadly-force',
    'prohibited-force',
    'vehicle-pursuits',
    'duty-to-intervene',
    'medical-aid',
    'force-reporting',
    'publication',
  ];
  const clauseIds = [];
  for (let i = 0; i < 60; i++) {
    const text = [sentence(40, i), sentence(35, i + 1), sentence(45, i + 2)].join('\n');
    const data = await gql('mutation($i: AddClauseInput!) { addClause(input: $i) { id } }', {
      i: {
        draftId,
        heading: `Clause ${i + 1}: ${components[i % components.length].replace(/-/g, ' ')}`,
        text,
        componentIds: [components[i % components.length]],
      },
    });
    clauseIds.push(data.addClause.id);
  }

  db = new Client({ connectionString: dbUrl.toString() });
  await db.connect();
  const {
    rows: [me],
  } = await db.query(`SELECT id FROM user_account WHERE email = 'bench@example.test'`);
  const members = [me.id];
  for (let i = 1; i < 25; i++) {
    const {
      rows: [u],
    } = await db.query(
      `INSERT INTO user_account (email, name, password_hash) VALUES ($1, $2, 'x') RETURNING id`,
      [`m${i}@example.test`, `Member ${String(i).padStart(2, '0')}`],
    );
    await db.query(`INSERT INTO membership (board_id, user_id, role) VALUES ($1, $2, $3)`, [
      boardId,
      u.id,
      i > 21 ? 'OBSERVER' : 'MEMBER',
    ]);
    members.push(u.id);
  }
  // 2,000 comments: threads and replies, a third of the threads resolved.
  const comments = [];
  for (let i = 0; i < 2000; i++)
    comments.push([
      boardId,
      draftId,
      clauseIds[i % 60],
      members[i % 25],
      `${sentence(25, i)} (${i})`,
      i % 3 === 0 ? new Date() : null,
    ]);
  for (let i = 0; i < comments.length; i += 500) {
    const chunk = comments.slice(i, i + 500);
    const values = chunk
      .map(
        (_, k) =>
          `($${k * 6 + 1}, $${k * 6 + 2}, $${k * 6 + 3}, $${k * 6 + 4}, $${k * 6 + 5}, $${k * 6 + 6})`,
      )
      .join(',');
    await db.query(
      `INSERT INTO comment (board_id, draft_id, clause_id, author_id, body, resolved_at) VALUES ${values}`,
      chunk.flat(),
    );
  }
  // 40 closed approval votes on clauses, with results and dissents.
  const { rows: clauseRows } = await db.query(
    'SELECT id, heading, plain_text FROM clause WHERE draft_id = $1 ORDER BY position',
    [draftId],
  );
  for (let i = 0; i < 40; i++) {
    const c = clauseRows[i];
    const voted = {
      subject: 'CLAUSE',
      prompt: `Adopt clause ${i + 1}?`,
      clauses: [{ id: c.id, heading: c.heading, text: c.plain_text }],
      options: [],
    };
    const {
      rows: [q],
    } = await db.query(
      `INSERT INTO question (board_id, draft_id, clause_id, subject, prompt, kind, threshold, quorum_percent, state, opened_at, closed_at)
       VALUES ($1, $2, $3, 'CLAUSE', $4, 'APPROVAL', 'SIMPLE_MAJORITY', 50, 'CLOSED', now() - interval '2 days', now() - interval '1 day') RETURNING id`,
      [boardId, draftId, c.id, voted.prompt],
    );
    const approve = 12 + (i % 7);
    const object = i % 5;
    const tally = {
      kind: 'APPROVAL',
      threshold: 'SIMPLE_MAJORITY',
      ballots: approve + object + 2,
      abstentions: 2,
      eligible: 22,
      quorumBase: 22,
      quorumRequired: 11,
      quorumMet: true,
      counts: [
        { option: 'APPROVE', count: approve },
        { option: 'OBJECT', count: object },
        { option: 'ABSTAIN', count: 2 },
      ],
      rounds: [],
      outcome: approve > object ? 'PASSED' : 'FAILED',
      winner: null,
      tied: [],
    };
    const dissents = Array.from({ length: Math.min(object, 2) }, (_, k) => ({
      choice: 'OBJECT',
      reason: sentence(18, i + k),
      voter: `Member ${String(k + 2).padStart(2, '0')}`,
    }));
    const hash = crypto.createHash('sha256').update(JSON.stringify(voted)).digest('hex');
    await db.query(
      `INSERT INTO question_result (question_id, round, tally, outcome, dissents, voted_text, text_hash_at_open, text_hash_at_close, opened_at, closed_at, close_reason)
       VALUES ($1, 1, $2, $3, $4, $5, $6, $6, now() - interval '2 days', now() - interval '1 day', 'FACILITATOR')`,
      [q.id, JSON.stringify(tally), tally.outcome, JSON.stringify(dissents), JSON.stringify(voted), hash],
    );
  }
  // 6 meetings with attendance, agendas and minutes.
  for (let i = 0; i < 6; i++) {
    const {
      rows: [m],
    } = await db.query(
      `INSERT INTO meeting (board_id, draft_id, title, starts_at, location, state, minutes, decisions, opened_at, closed_at)
       VALUES ($1, $2, $3, now() - ($4 || ' days')::interval, 'Community Centre', 'CLOSED', $5, $6, now(), now()) RETURNING id`,
      [
        boardId,
        draftId,
        `Board meeting ${i + 1}`,
        String(60 - i * 10),
        [sentence(60, i), sentence(50, i + 3), sentence(40, i + 5)].join('\n'),
        sentence(20, i),
      ],
    );
    for (let k = 0; k < 20; k++)
      await db.query('INSERT INTO attendance (meeting_id, user_id, checked_in_at) VALUES ($1, $2, now())', [
        m.id,
        members[(k + i) % 25],
      ]);
    for (let k = 0; k < 4; k++)
      await db.query(
        `INSERT INTO agenda_item (meeting_id, position, kind, title) VALUES ($1, $2, 'FREE', $3)`,
        [m.id, k, `Agenda item ${k + 1}`],
      );
  }
  const seedMs = Date.now() - started;

  const rssBefore = rssKb(server.pid, 'VmRSS');
  const t0 = performance.now();
  const published = (
    await gql(
      'mutation($i: PublishPacketInput!) { publishPacket(input: $i) { id version sha256 files { format url } } }',
      {
        i: {
          draftId,
          title: 'Recommendations v1',
          coverLetter: 'Dear Chief,\nOur recommendations follow.',
          recipients: ['Chief of Police', 'City Council'],
        },
      },
    )
  ).publishPacket;
  const publishMs = performance.now() - t0;

  const timings = {};
  const sizes = {};
  for (const format of ['pdf', 'docx', 'html', 'md', 'json', 'zip']) {
    const file = published.files.find((f) => f.format === format);
    const t = performance.now();
    const res = await fetch(`${base}${file.url}`, { headers: { cookie } });
    const body = Buffer.from(await res.arrayBuffer());
    if (res.status !== 200) throw new Error(`${format}: HTTP ${res.status}`);
    timings[format] = performance.now() - t;
    sizes[format] = body.length;
    if (process.env.BENCH_SAVE_DIR)
      fs.writeFileSync(path.join(process.env.BENCH_SAVE_DIR, file.url.split('/').pop()), body);
  }
  const rssPeak = rssKb(server.pid, 'VmHWM');

  const t1 = performance.now();
  await gql('mutation($i: PublishPacketInput!) { publishPacket(input: $i) { id } }', {
    i: { draftId, title: 'Recommendations v2' },
  });
  const publishWarmMs = performance.now() - t1;

  const round = (n) => Math.round(n);
  const summary = {
    clauses: 60,
    comments: 2000,
    questions: 40,
    members: 25,
    meetings: 6,
    seed_ms: seedMs,
    publish_ms: round(publishMs),
    publish_warm_ms: round(publishWarmMs),
    pdf_ms: round(timings.pdf),
    docx_ms: round(timings.docx),
    html_ms: round(timings.html),
    md_ms: round(timings.md),
    json_ms: round(timings.json),
    zip_ms: round(timings.zip),
    pdf_kb: Math.round(sizes.pdf / 1024),
    docx_kb: Math.round(sizes.docx / 1024),
    rss_growth_mb: Math.round(((rssPeak - rssBefore) / 1024) * 10) / 10,
    targets_met:
      publishMs <= 1000 && timings.pdf <= 2000 && timings.docx <= 1000 && (rssPeak - rssBefore) / 1024 <= 200,
  };
  console.log(`publish ${summary.publish_ms} ms (warm ${summary.publish_warm_ms} ms; target ≤ 1000)`);
  console.log(
    `pdf ${summary.pdf_ms} ms (${summary.pdf_kb} KB; target ≤ 2000), docx ${summary.docx_ms} ms (target ≤ 1000), html ${summary.html_ms} ms, md ${summary.md_ms} ms, json ${summary.json_ms} ms, zip ${summary.zip_ms} ms`,
  );
  console.log(`server peak RSS growth ${summary.rss_growth_mb} MB (target ≤ 200)`);
  console.log(`BENCH packet ${JSON.stringify(summary)}`);
} finally {
  await db?.end().catch(() => {});
  server.kill('SIGTERM');
  await new Promise((r) => server.once('exit', r));
  await adminClient.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`).catch(() => {});
  await adminClient.end();
  await admin.stop();
}
