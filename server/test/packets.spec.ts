/**
 * Packets end to end against the built server: publish, immutability, exports over HTTP,
 * redlines, share links for officials and their responses.
 */
import Ajv from 'ajv';
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { PACKET_JSON_SCHEMA, buildSamplePacket, freezePacket } from '@roundtable/shared';
import { createTestDatabase, GqlClient, startServer, TestDatabase, TestServer, uniqueEmail } from './harness';

const sha = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');

describe('packets', () => {
  let db: TestDatabase;
  let server: TestServer;
  let facilitator: GqlClient;
  let observer: GqlClient;
  let outsider: GqlClient;
  let boardId: string;
  let draftId: string;
  const clauseIds: string[] = [];

  const PUBLISH = `mutation($i: PublishPacketInput!) { publishPacket(input: $i) { id version sha256 json clauseCount files { format fileName url } } }`;
  const publish = (title: string) =>
    facilitator.ok<{
      publishPacket: {
        id: string;
        version: number;
        sha256: string;
        json: string;
        clauseCount: number;
        files: { format: string; fileName: string; url: string }[];
      };
    }>(PUBLISH, {
      i: {
        draftId,
        title,
        coverLetter: 'Dear Chief,\nPlease consider these recommendations.',
        recipients: ['Chief of Police', 'City Council'],
      },
    });
  const addClause = async (heading: string, text: string, componentIds: string[] = []) => {
    const data = await facilitator.ok<{ addClause: { id: string } }>(
      'mutation($i: AddClauseInput!) { addClause(input: $i) { id } }',
      {
        i: { draftId, heading, text, componentIds },
      },
    );
    return data.addClause.id;
  };
  const get = (client: GqlClient | null, url: string) =>
    fetch(`${server.url}${url}`, { headers: client?.cookie ? { cookie: client.cookie } : {} });

  beforeAll(async () => {
    db = await createTestDatabase();
    server = await startServer({ DATABASE_URL: db.url, DEMO_DATA: 'false' });
    facilitator = new GqlClient(server.url);
    observer = new GqlClient(server.url);
    outsider = new GqlClient(server.url);
    await facilitator.signUp(uniqueEmail('fac'), 'Fran Facilitator');
    await observer.signUp(uniqueEmail('obs'), 'Olu Observer');
    await outsider.signUp(uniqueEmail('out'), 'Oscar Outsider');
    boardId = (
      await facilitator.ok(
        'mutation { createBoard(input: { name: "Oak City Board", jurisdiction: "Oak City" }) { id } }',
      )
    ).createBoard.id;
    draftId = (
      await facilitator.ok('mutation($i: CreateDraftInput!) { createDraft(input: $i) { id } }', {
        i: { boardId, title: 'Use of force' },
      })
    ).createDraft.id;
    const invite = await facilitator.ok(
      'mutation($i: CreateInvitationInput!) { createInvitation(input: $i) { url } }',
      { i: { boardId, role: 'OBSERVER' } },
    );
    await observer.ok('mutation($t: String!) { acceptInvitation(token: $t) { id } }', {
      t: invite.createInvitation.url.split('/invite/')[1],
    });
    clauseIds.push(
      await addClause('Purpose', 'Officers protect life and dignity.\nForce is a last resort.', [
        'use-of-force-standards',
      ]),
    );
    clauseIds.push(
      await addClause('De-escalation', 'Officers shall use de-escalation whenever it is safe.', [
        'de-escalation',
      ]),
    );
    clauseIds.push(
      await addClause(
        'Hostile <script>alert(1)</script>',
        'Text with <img src=x onerror=alert(2)> and 警察 and يجب and 🗣️.',
        [],
      ),
    );
  }, 120_000);

  afterAll(async () => {
    await server?.stop();
    await db?.drop();
  });

  let v1: Awaited<ReturnType<typeof publish>>['publishPacket'];
  let v1Json: Buffer;

  it('publishes version 1 whose JSON validates against the schema and hashes to its SHA-256', async () => {
    v1 = (await publish('Recommendations v1')).publishPacket;
    expect(v1.version).toBe(1);
    expect(v1.clauseCount).toBe(3);
    expect(sha(v1.json)).toBe(v1.sha256);
    const validate = new Ajv({ strict: true, allErrors: true }).compile(PACKET_JSON_SCHEMA);
    const ok = validate(JSON.parse(v1.json));
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
    const packet = JSON.parse(v1.json);
    expect(packet.board.slug).toBe('oak-city-board');
    expect(packet.clauses.map((c: { heading: string }) => c.heading)).toEqual([
      'Purpose',
      'De-escalation',
      'Hostile <script>alert(1)</script>',
    ]);
    expect(packet.changeLog).toBeNull();
    // Coverage and language checks come from shared's analysers; votes and meetings from deliberation.
    expect(packet.coverage.components.length).toBeGreaterThan(5);
    expect(packet.notes.join(' ')).not.toMatch(/coverage|language checks/i);
    expect(packet.clauses[1].components).toEqual([{ id: 'de-escalation', title: expect.any(String) }]);
  });

  it('shows share links to facilitators only', async () => {
    const q = 'query($id: ID!) { packetVersion(id: $id) { shareLinks { id } } }';
    expect((await observer.gql(q, { id: v1.id })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await facilitator.gql(q, { id: v1.id })).errors).toBeUndefined();
  });

  it('serves every format to members with the right type and file name, and nothing to outsiders', async () => {
    const types: Record<string, string> = {
      pdf: 'application/pdf',
      docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      html: 'text/html; charset=utf-8',
      md: 'text/markdown; charset=utf-8',
      json: 'application/json; charset=utf-8',
      zip: 'application/zip',
    };
    for (const file of v1.files) {
      expect(file.fileName).toBe(`roundtable-oak-city-board-v1.${file.format}`);
      const res = await get(observer, file.url);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe(types[file.format]);
      expect(res.headers.get('content-disposition')).toBe(`attachment; filename="${file.fileName}"`);
      const body = Buffer.from(await res.arrayBuffer());
      expect(body.length).toBeGreaterThan(100);
      if (file.format === 'json') {
        v1Json = body;
        expect(sha(body)).toBe(v1.sha256);
      }
    }
    expect((await get(outsider, v1.files[0].url)).status).toBe(404);
    expect((await get(null, v1.files[0].url)).status).toBe(401);
    expect((await get(observer, `/packets/${v1.id}/roundtable-other-board-v1.pdf`)).status).toBe(404);
  }, 60_000);

  it('keeps version 1 byte-identical after the draft is edited and version 2 is published', async () => {
    await addClause('Annual review', 'The board reviews this policy every year.');
    await facilitator.ok('mutation($i: RemoveClauseInput!) { removeClause(input: $i) }', {
      i: { draftId, clauseId: clauseIds[2] },
    });
    const v2 = (await publish('Recommendations v2')).publishPacket;
    expect(v2.version).toBe(2);
    const packet2 = JSON.parse(v2.json);
    expect(packet2.changeLog.previousVersion).toBe(1);
    expect(packet2.changeLog.previousSha256).toBe(v1.sha256);
    expect(packet2.changeLog.summary).toMatchObject({ added: 1, removed: 1 });

    const again = Buffer.from(
      await (await get(observer, v1.files.find((f) => f.format === 'json')!.url)).arrayBuffer(),
    );
    expect(again.equals(v1Json)).toBe(true);
    const listed = await observer.ok<{ packetVersions: { version: number; sha256: string }[] }>(
      'query($d: ID!) { packetVersions(draftId: $d) { version sha256 } }',
      { d: draftId },
    );
    expect(listed.packetVersions).toEqual([
      { version: 2, sha256: v2.sha256 },
      { version: 1, sha256: v1.sha256 },
    ]);
  }, 60_000);

  it('refuses to change a published version even through SQL', async () => {
    await expect(db.query(`UPDATE packet_version SET json = '{}' WHERE id = $1`, [v1.id])).rejects.toThrow(
      /cannot be changed/,
    );
    await expect(
      db.query(`UPDATE packet_version SET sha256 = repeat('0', 64) WHERE id = $1`, [v1.id]),
    ).rejects.toThrow(/cannot be changed/);
  });

  it('shows a word-level redline between versions and against the live draft', async () => {
    const REDLINE = `query($i: PacketRedlineInput!) { packetRedline(input: $i) { fromLabel toLabel summary { added removed changed moved unchanged } entries { clauseId status moved heading { op text } text { op text } } } }`;
    const versions = (
      await observer.ok('query($d: ID!) { packetVersions(draftId: $d) { id version } }', { d: draftId })
    ).packetVersions;
    const byVersion = Object.fromEntries(
      versions.map((v: { id: string; version: number }) => [v.version, v.id]),
    );
    const between = (
      await observer.ok(REDLINE, { i: { draftId, fromVersionId: byVersion[1], toVersionId: byVersion[2] } })
    ).packetRedline;
    expect(between.fromLabel).toBe('Version 1');
    expect(between.summary).toEqual({ added: 1, removed: 1, changed: 0, moved: 0, unchanged: 2 });

    await facilitator.ok('mutation($i: AddClauseInput!) { addClause(input: $i) { id } }', {
      i: { draftId, heading: 'Data', text: 'Publish force data quarterly.' },
    });
    const live = (await observer.ok(REDLINE, { i: { draftId } })).packetRedline;
    expect(live.fromLabel).toBe('Version 2');
    expect(live.toLabel).toBe('Live draft');
    const added = live.entries.find((e: { status: string }) => e.status === 'ADDED');
    expect(added.text).toEqual([{ op: 'insert', text: 'Publish force data quarterly.' }]);
  });

  it('lets an official open a share link, download, and respond; the board sees the response', async () => {
    const created = (
      await facilitator.ok(
        'mutation($i: CreateShareLinkInput!) { createShareLink(input: $i) { url link { id status } } }',
        {
          i: { packetVersionId: v1.id, label: 'Chief', expiresInDays: 7 },
        },
      )
    ).createShareLink;
    expect(created.link.status).toBe('ACTIVE');
    const token = created.url.split('/p/')[1];
    const official = new GqlClient(server.url);
    const shared = (
      await official.ok(
        'query($t: String!) { sharedPacket(token: $t) { version sha256 files { format url } } }',
        { t: token },
      )
    ).sharedPacket;
    expect(shared.sha256).toBe(v1.sha256);
    const pdf = await get(null, shared.files.find((f: { format: string }) => f.format === 'pdf').url);
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');

    const respond = (status: string, text: string) =>
      official.gql(
        'mutation($i: RespondToPacketInput!) { respondToPacket(input: $i) { clauseNumber status text responderName } }',
        {
          i: {
            token,
            clauseId: clauseIds[1],
            status,
            text,
            responderName: 'Chief Ramos',
            responderRole: 'Chief of Police',
          },
        },
      );
    const answer = await respond('ACCEPTED_WITH_CHANGES', 'We will adopt this with a training period.');
    expect(answer.errors).toBeUndefined();
    expect(answer.data).toMatchObject({
      respondToPacket: { clauseNumber: '2', status: 'ACCEPTED_WITH_CHANGES', responderName: 'Chief Ramos' },
    });

    const seen = (
      await observer.ok(
        'query($id: ID!) { packetVersion(id: $id) { responses { status text responderName } } }',
        { id: v1.id },
      )
    ).packetVersion;
    expect(seen.responses).toEqual([
      {
        status: 'ACCEPTED_WITH_CHANGES',
        text: 'We will adopt this with a training period.',
        responderName: 'Chief Ramos',
      },
    ]);
    const links = (
      await facilitator.ok(
        'query($id: ID!) { packetVersion(id: $id) { shareLinks { accessCount recentAccesses { kind } } } }',
        { id: v1.id },
      )
    ).packetVersion.shareLinks;
    expect(links[0].recentAccesses.map((a: { kind: string }) => a.kind)).toEqual(
      expect.arrayContaining(['view', 'download:pdf', 'respond']),
    );

    // Given on v1 after v2 was published, the response is carried into v3 so nothing is lost.
    const v3 = JSON.parse((await publish('Recommendations v3')).publishPacket.json);
    expect(v3.responses).toEqual([
      expect.objectContaining({ version: 1, clauseNumber: '2', status: 'ACCEPTED_WITH_CHANGES' }),
    ]);
    // Revoked: 410 for downloads, an error for the page, and nothing about the board either way.
    await facilitator.ok('mutation($id: ID!) { revokeShareLink(shareLinkId: $id) { status } }', {
      id: created.link.id,
    });
    const gone = await get(null, shared.files[0].url);
    expect(gone.status).toBe(410);
    const goneText = await gone.text();
    expect(goneText).not.toMatch(/Oak|Recommendations/);
    const page = await official.gql('query($t: String!) { sharedPacket(token: $t) { version } }', {
      t: token,
    });
    expect(page.errors?.[0].extensions?.code).toBe('CONFLICT');
    expect((await respond('REJECTED', 'no')).errors?.[0].extensions?.code).toBe('CONFLICT');
  }, 60_000);

  it('answers 404 for unknown links and 410 for expired ones, leaking nothing', async () => {
    const unknown = await get(null, `/packets/shared/${'x'.repeat(43)}/roundtable-oak-city-board-v1.pdf`);
    expect(unknown.status).toBe(404);
    expect(await unknown.text()).toBe('Not found.');
    const created = (
      await facilitator.ok(
        'mutation($i: CreateShareLinkInput!) { createShareLink(input: $i) { url link { id } } }',
        { i: { packetVersionId: v1.id } },
      )
    ).createShareLink;
    await db.query(`UPDATE share_link SET expires_at = now() - interval '1 minute' WHERE id = $1`, [
      created.link.id,
    ]);
    const expired = await get(
      null,
      `/packets/shared/${created.url.split('/p/')[1]}/roundtable-oak-city-board-v1.pdf`,
    );
    expect(expired.status).toBe(410);
    expect(await expired.text()).toBe('This link has expired or was withdrawn.');
  });

  it('carries officials’ responses on the latest version into the next one', async () => {
    const latest = (
      await observer.ok('query($d: ID!) { packetVersions(draftId: $d) { id version json } }', { d: draftId })
    ).packetVersions[0];
    const link = (
      await facilitator.ok('mutation($i: CreateShareLinkInput!) { createShareLink(input: $i) { url } }', {
        i: { packetVersionId: latest.id },
      })
    ).createShareLink;
    const clauseId = JSON.parse(latest.json).clauses[0].id;
    await new GqlClient(server.url).ok(
      'mutation($i: RespondToPacketInput!) { respondToPacket(input: $i) { id } }',
      {
        i: {
          token: link.url.split('/p/')[1],
          clauseId,
          status: 'UNDER_REVIEW',
          text: 'Legal is reviewing.',
          responderName: 'Council clerk',
          responderRole: 'City Council',
        },
      },
    );
    const next = JSON.parse((await publish('Recommendations next')).publishPacket.json);
    expect(next.responses).toEqual([
      expect.objectContaining({
        version: latest.version,
        clauseId,
        clauseNumber: '1',
        status: 'UNDER_REVIEW',
        responderName: 'Council clerk',
      }),
    ]);
  });

  it('publishes a clause’s lists as blocks, on the paper the facilitator chose', async () => {
    await addClause(
      'Reporting',
      'Officers shall report:\n- Every use of force.\n- Every warning.\n1. Name the officer.',
    );
    const published = (
      await facilitator.ok<{ publishPacket: { json: string; files: { format: string; url: string }[] } }>(
        PUBLISH,
        {
          i: { draftId, title: 'Recommendations on A4', pageSize: 'A4' },
        },
      )
    ).publishPacket;
    const packet = JSON.parse(published.json);
    expect(packet.schemaVersion).toBe(2);
    expect(packet.pageSize).toBe('A4');
    const clause = packet.clauses.find((c: { heading: string }) => c.heading === 'Reporting');
    expect(clause.blocks).toEqual([
      { type: 'paragraph', content: [{ text: 'Officers shall report:' }] },
      {
        type: 'list',
        ordered: false,
        start: 1,
        items: [
          { blocks: [{ type: 'paragraph', content: [{ text: 'Every use of force.' }] }] },
          { blocks: [{ type: 'paragraph', content: [{ text: 'Every warning.' }] }] },
        ],
      },
      {
        type: 'list',
        ordered: true,
        start: 1,
        items: [{ blocks: [{ type: 'paragraph', content: [{ text: 'Name the officer.' }] }] }],
      },
    ]);
    const pdf = Buffer.from(
      await (await get(observer, published.files.find((f) => f.format === 'pdf')!.url)).arrayBuffer(),
    );
    const file = path.join(os.tmpdir(), `rt-a4-${process.pid}.pdf`);
    try {
      fs.writeFileSync(file, pdf);
      expect(execFileSync('pdfinfo', [file], { encoding: 'utf8' })).toMatch(/\(A4\)/);
    } finally {
      fs.rmSync(file, { force: true });
    }
  }, 60_000);

  it('still verifies and renders a version published under packet schema 1, and publishes on from it', async () => {
    const [{ id: userId }] = await db.query(`SELECT id FROM user_account WHERE name = 'Fran Facilitator'`);
    const [{ version: latest }]: { version: number }[] = await db.query(
      'SELECT max(version) AS version FROM packet_version WHERE draft_id = $1',
      [draftId],
    );
    const old = buildSamplePacket({ clauses: 4, schemaVersion: 1 });
    old.board = { ...old.board, id: boardId, name: 'Oak City Board', slug: 'oak-city-board' };
    old.draft = { id: draftId, title: 'Use of force' };
    old.version = latest + 1;
    const frozen = freezePacket(old, sha);
    const [{ id }] = await db.query(
      `INSERT INTO packet_version (draft_id, board_id, version, title, cover_letter, recipients, json, sha256, published_by_id, published_at)
       VALUES ($1, $2, $3, $4, '', '{}', $5, $6, $7, $8) RETURNING id`,
      [draftId, boardId, old.version, old.title, frozen.json, frozen.sha256, userId, old.publishedAt],
    );
    const file = (format: string) =>
      get(observer, `/packets/${id}/roundtable-oak-city-board-v${old.version}.${format}`);
    expect(sha(Buffer.from(await (await file('json')).arrayBuffer()))).toBe(frozen.sha256);
    for (const format of ['pdf', 'docx', 'md']) expect((await file(format)).status).toBe(200);
    const html = await (await file('html')).text();
    expect(html).toContain('<li><p dir="auto">Name every officer present.</p></li>');
    const next = JSON.parse((await publish('Recommendations after schema 1')).publishPacket.json);
    expect(next.schemaVersion).toBe(2);
    expect(next.changeLog.previousSha256).toBe(frozen.sha256);
  }, 60_000);
});
