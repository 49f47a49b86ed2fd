/**
 * Starting points and dissent end to end against the built server: a draft from the toolkit
 * template, a draft imported from the department's policy (pasted, .txt, .docx) kept as an
 * immutable baseline, the comparison with it, and minority reports in the packet.
 */
import { createHash } from 'node:crypto';
import { Document, HeadingLevel, Packer, Paragraph } from 'docx';
import JSZip from 'jszip';
import { CATALOGUE, Packet, TOOLKIT_TEMPLATE } from '@roundtable/shared';
import { createTestDatabase, GqlClient, startServer, TestDatabase, TestServer, uniqueEmail } from './harness';
import { settle, subscribe, subscriptionClient } from './deliberation-world';

const sha = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');
const b64 = (data: Buffer | string) => Buffer.from(data).toString('base64');

const POLICY = [
  'GENERAL ORDER 300 - USE OF FORCE',
  '',
  '1. Purpose',
  'This order sets out when officers may use force.',
  '',
  '2. Definitions',
  '"Force" means any physical effort to make a person comply.',
  '"Deadly force" means force likely to cause death.',
  '',
  '3. Prohibited techniques',
  'Officers shall not use chokeholds unless the officer believes deadly force is authorized.',
  '',
  '4. Duty to intervene',
  'Officers should intervene when another officer uses excessive force.',
].join('\n');

interface Preview {
  sourceName: string;
  sourceKind: string;
  text: string;
  sha256: string;
  clauses: { heading: string; text: string; suggestedComponentIds: string[] }[];
}
interface ClauseRow {
  id: string;
  heading: string;
  text: string;
  componentIds: string[];
}

const PREVIEW = `mutation($i: PreviewPolicyImportInput!) { previewPolicyImport(input: $i) { sourceName sourceKind text sha256 clauses { heading text suggestedComponentIds } } }`;
const CREATE = `mutation($i: CreateDraftInput!) { createDraft(input: $i) { id title startingPoint } }`;
const DRAFT = `query($id: ID!) { draft(id: $id) { id startingPoint clauses { id heading text componentIds } baseline { id sourceName sourceKind sha256 sourceText createdByName clauses { heading text componentIds } } } }`;
const REDLINE = `query($i: PacketRedlineInput!) { packetRedline(input: $i) { fromLabel toLabel summary { added removed moved changed unchanged } entries { status heading { op text } text { op text } } } }`;
const PUBLISH = `mutation($i: PublishPacketInput!) { publishPacket(input: $i) { id version json } }`;
const REPORT_FIELDS = 'id title body clauseId questionId authorName locked signatories { name }';

describe('starting points, the department baseline and minority reports', () => {
  let db: TestDatabase;
  let server: TestServer;
  let facilitator: GqlClient;
  let member: GqlClient;
  let member2: GqlClient;
  let observer: GqlClient;
  let outsider: GqlClient;
  let boardId: string;

  const code = (r: { errors?: { extensions?: { code?: string } }[] }) => r.errors?.[0]?.extensions?.code;
  const preview = (client: GqlClient, input: Record<string, unknown>) =>
    client.gql<{ previewPolicyImport: Preview }>(PREVIEW, { i: { boardId, ...input } });
  const draft = async (id: string) =>
    (
      await facilitator.ok<{
        draft: {
          id: string;
          startingPoint: string;
          clauses: ClauseRow[];
          baseline: null | {
            id: string;
            sourceName: string;
            sourceKind: string;
            sha256: string;
            sourceText: string;
            createdByName: string;
            clauses: { heading: string; text: string; componentIds: string[] }[];
          };
        };
      }>(DRAFT, { id })
    ).draft;
  const importDraft = async (client: GqlClient, p: Preview, title = 'Imported') =>
    (
      await client.ok<{ createDraft: { id: string; startingPoint: string } }>(CREATE, {
        i: {
          boardId,
          title,
          start: 'IMPORT',
          imported: {
            sourceName: p.sourceName,
            sourceKind: p.sourceKind,
            text: p.text,
            clauses: p.clauses.map((c) => ({
              heading: c.heading,
              text: c.text,
              componentIds: c.suggestedComponentIds.slice(0, 1),
            })),
          },
        },
      })
    ).createDraft;

  beforeAll(async () => {
    db = await createTestDatabase();
    server = await startServer({ DATABASE_URL: db.url, DEMO_DATA: 'false' });
    [facilitator, member, member2, observer, outsider] = Array.from(
      { length: 5 },
      () => new GqlClient(server.url),
    );
    await facilitator.signUp(uniqueEmail('fac'), 'Fran Facilitator');
    await member.signUp(uniqueEmail('mem'), 'Mina Member');
    await member2.signUp(uniqueEmail('mem2'), 'Milo Member');
    await observer.signUp(uniqueEmail('obs'), 'Olu Observer');
    await outsider.signUp(uniqueEmail('out'), 'Oscar Outsider');
    boardId = (
      await facilitator.ok(
        'mutation { createBoard(input: { name: "Oak City Board", jurisdiction: "Oak City" }) { id } }',
      )
    ).createBoard.id;
    for (const [client, role] of [
      [member, 'MEMBER'],
      [member2, 'MEMBER'],
      [observer, 'OBSERVER'],
    ] as const) {
      const invite = await facilitator.ok(
        'mutation($i: CreateInvitationInput!) { createInvitation(input: $i) { url } }',
        { i: { boardId, role } },
      );
      await client.ok('mutation($t: String!) { acceptInvitation(token: $t) { id } }', {
        t: invite.createInvitation.url.split('/invite/')[1],
      });
    }
  }, 120_000);

  afterAll(async () => {
    await server?.stop();
    await db?.drop();
  });

  describe('new draft from a starting point', () => {
    it('a blank draft has no clauses and no baseline', async () => {
      const created = await member.ok<{ createDraft: { id: string; startingPoint: string } }>(CREATE, {
        i: { boardId, title: 'Blank' },
      });
      expect(created.createDraft.startingPoint).toBe('BLANK');
      const d = await draft(created.createDraft.id);
      expect(d.clauses).toEqual([]);
      expect(d.baseline).toBeNull();
    });

    it('a template draft has one scaffold clause per toolkit component, tagged with it, with [placeholders]', async () => {
      const created = await member.ok<{ createDraft: { id: string; startingPoint: string } }>(CREATE, {
        i: { boardId, title: 'From the toolkit', start: 'TEMPLATE' },
      });
      expect(created.createDraft.startingPoint).toBe('TEMPLATE');
      const d = await draft(created.createDraft.id);
      expect(d.clauses).toHaveLength(CATALOGUE.length);
      expect(d.clauses.map((c) => c.componentIds)).toEqual(CATALOGUE.map((c) => [c.id]));
      d.clauses.forEach((c, i) => {
        expect(c.heading).toBe(TOOLKIT_TEMPLATE[i].heading);
        expect(c.text).toMatch(/\[[^\]]+\]/);
        // Guidance is for the board, not policy text.
        expect(c.text).not.toContain(TOOLKIT_TEMPLATE[i].guidance);
      });
      expect(d.baseline).toBeNull();
      const [event] = await db.query<{ data: { start: string; clauses: number } }>(
        `SELECT data FROM audit_event WHERE action = 'draft.created' AND target_id = $1`,
        [created.createDraft.id],
      );
      expect(event.data).toMatchObject({ start: 'TEMPLATE', clauses: CATALOGUE.length });
    });

    it('the template draft is a normal draft: it can be edited clause by clause', async () => {
      const created = await member.ok<{ createDraft: { id: string } }>(CREATE, {
        i: { boardId, title: 'Editable', start: 'TEMPLATE' },
      });
      const d = await draft(created.createDraft.id);
      await member.ok('mutation($i: RemoveClauseInput!) { removeClause(input: $i) }', {
        i: { draftId: d.id, clauseId: d.clauses[0].id },
      });
      expect((await draft(d.id)).clauses).toHaveLength(CATALOGUE.length - 1);
    });

    it('refuses IMPORT without reviewed clauses, and imported clauses with another start', async () => {
      expect(code(await member.gql(CREATE, { i: { boardId, title: 'x', start: 'IMPORT' } }))).toBe(
        'BAD_USER_INPUT',
      );
      const imported = {
        sourceName: 'x',
        sourceKind: 'PASTE',
        text: 'x',
        clauses: [{ heading: 'A', text: 'B', componentIds: [] }],
      };
      expect(
        code(await member.gql(CREATE, { i: { boardId, title: 'x', start: 'TEMPLATE', imported } })),
      ).toBe('BAD_USER_INPUT');
      const unknown = {
        ...imported,
        clauses: [{ heading: 'A', text: 'B', componentIds: ['not-a-component'] }],
      };
      expect(
        code(await member.gql(CREATE, { i: { boardId, title: 'x', start: 'IMPORT', imported: unknown } })),
      ).toBe('BAD_USER_INPUT');
      expect(code(await observer.gql(CREATE, { i: { boardId, title: 'x', start: 'TEMPLATE' } }))).toBe(
        'FORBIDDEN',
      );
    });
  });

  describe('importing the department policy', () => {
    it('splits pasted text into clauses with suggested components, then keeps the reviewed split as the baseline', async () => {
      const p = (await preview(member, { text: POLICY, sourceName: 'General Order 300' })).data!
        .previewPolicyImport;
      expect(p.sourceKind).toBe('PASTE');
      expect(p.sourceName).toBe('General Order 300');
      expect(p.sha256).toBe(sha(p.text));
      expect(p.clauses.map((c) => c.heading)).toEqual([
        'Purpose',
        'Definitions',
        'Prohibited techniques',
        'Duty to intervene',
      ]);
      expect(p.clauses[1].suggestedComponentIds[0]).toBe('definitions');
      expect(p.clauses[2].suggestedComponentIds).toContain('prohibited-force');
      expect(p.clauses[3].suggestedComponentIds).toContain('duty-to-intervene');
      // The person reviews: the purpose clause is tagged by hand.
      const reviewed = {
        ...p,
        clauses: p.clauses.map((c, i) =>
          i === 0 ? { ...c, suggestedComponentIds: ['use-of-force-standards'] } : c,
        ),
      };
      const created = await importDraft(member, reviewed, 'GO 300 revision');
      expect(created.startingPoint).toBe('IMPORT');
      const d = await draft(created.id);
      expect(d.clauses.map((c) => c.heading)).toEqual(p.clauses.map((c) => c.heading));
      expect(d.clauses.map((c) => c.text)).toEqual(p.clauses.map((c) => c.text));
      expect(d.clauses[0].componentIds).toEqual(['use-of-force-standards']);
      expect(d.baseline).toMatchObject({
        sourceName: 'General Order 300',
        sourceKind: 'PASTE',
        sha256: sha(p.text),
        sourceText: p.text,
        createdByName: 'Mina Member',
      });
      expect(d.baseline!.clauses.map((c) => c.heading)).toEqual(p.clauses.map((c) => c.heading));
      const events = await db.query<{ action: string; data: Record<string, unknown> }>(
        `SELECT action, data FROM audit_event WHERE data->>'draftId' = $1 OR target_id::text = $1 ORDER BY seq`,
        [created.id],
      );
      expect(events.map((e) => e.action)).toEqual(['draft.created', 'baseline.imported']);
      expect(events[1].data).toMatchObject({ sha256: sha(p.text), clauses: 4, sourceKind: 'PASTE' });
    });

    it('reads an uploaded .txt file (UTF-8, with a byte-order mark and CRLF line ends) the same way', async () => {
      const file = Buffer.concat([
        Buffer.from([0xef, 0xbb, 0xbf]),
        Buffer.from(POLICY.replace(/\n/g, '\r\n'), 'utf8'),
      ]);
      const p = (await preview(member, { fileName: 'go-300.txt', fileBase64: b64(file) })).data!
        .previewPolicyImport;
      expect(p.sourceKind).toBe('TXT');
      expect(p.sourceName).toBe('go-300.txt');
      expect(p.clauses.map((c) => c.heading)).toEqual([
        'Purpose',
        'Definitions',
        'Prohibited techniques',
        'Duty to intervene',
      ]);
      expect(p.text).not.toContain('\r');
    });

    it('reads a .docx with real headings, lists and paragraphs', async () => {
      const doc = new Document({
        sections: [
          {
            children: [
              new Paragraph({ text: 'Use of Force Policy', heading: HeadingLevel.TITLE }),
              new Paragraph({ text: 'De-escalation', heading: HeadingLevel.HEADING_1 }),
              new Paragraph('Officers shall use de-escalation techniques before using force.'),
              new Paragraph({ text: 'Medical aid', heading: HeadingLevel.HEADING_1 }),
              new Paragraph(
                'Officers shall provide medical aid to any injured person as soon as it is safe.',
              ),
              new Paragraph({ text: 'Warning shots are prohibited.', bullet: { level: 0 } }),
            ],
          },
        ],
      });
      const bytes = await Packer.toBuffer(doc);
      const p = (await preview(member, { fileName: 'Policy 300.docx', fileBase64: b64(bytes) })).data!
        .previewPolicyImport;
      expect(p.sourceKind).toBe('DOCX');
      const headings = p.clauses.map((c) => c.heading);
      expect(headings).toEqual(expect.arrayContaining(['De-escalation', 'Medical aid']));
      const aid = p.clauses.find((c) => c.heading === 'Medical aid')!;
      expect(aid.text).toContain('Officers shall provide medical aid');
      expect(aid.text).toContain('Warning shots are prohibited.');
      expect(aid.suggestedComponentIds[0]).toBe('medical-aid');
      expect(p.clauses.find((c) => c.heading === 'De-escalation')!.suggestedComponentIds[0]).toBe(
        'de-escalation',
      );
      const created = await importDraft(member, p, 'From Word');
      expect((await draft(created.id)).baseline!.sourceKind).toBe('DOCX');
    });

    it('refuses other file types, damaged or oversized files and zip bombs with a clear message', async () => {
      const cases: [Record<string, unknown>, RegExp][] = [
        [{ fileName: 'policy.pdf', fileBase64: b64('%PDF-1.7 ...') }, /Only \.txt and \.docx/],
        [{ fileName: 'policy', fileBase64: b64('text') }, /Only \.txt and \.docx/],
        [{ fileName: 'policy.docx', fileBase64: b64('not a zip at all') }, /not a Word \.docx/],
        [
          { fileName: 'policy.docx', fileBase64: b64(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 1, 2, 3])) },
          /old Word \(\.doc\)/,
        ],
        [{ fileName: 'policy.txt', fileBase64: b64(Buffer.from([0x41, 0x00, 0x42])) }, /binary data/],
        [{ fileName: 'policy.txt', fileBase64: b64(Buffer.from([0x41, 0xff, 0xfe, 0x42])) }, /not UTF-8/],
        [
          { fileName: 'policy.txt', fileBase64: b64(Buffer.alloc(1024 * 1024 + 10, 0x41)) },
          /larger than 1 MB/,
        ],
        [{ fileName: 'policy.txt', fileBase64: '!!!not base64!!!' }, /base64/],
        [{ fileName: 'policy.txt', fileBase64: b64('a'), text: 'also text' }, /not both/],
        [{}, /Paste the policy text or upload one file/],
        [{ text: '   \n\t  ' }, /Paste the policy text or upload one file/],
      ];
      for (const [input, message] of cases) {
        const result = await preview(member, input);
        expect([input.fileName, code(result)]).toEqual([input.fileName, 'BAD_USER_INPUT']);
        expect(result.errors![0].message).toMatch(message);
      }
      const zip = new JSZip();
      zip.file('word/document.xml', 'x'.repeat(31 * 1024 * 1024));
      const bomb = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
      expect(bomb.length).toBeLessThan(1024 * 1024);
      const result = await preview(member, { fileName: 'bomb.docx', fileBase64: b64(bomb) });
      expect(result.errors?.[0].message).toMatch(/expands to far more/);
    });

    // A NUL in any GraphQL string is refused before it gets here (api-hardening.spec); other
    // control characters, which a pasted document can carry, are stripped by the importer.
    it('keeps markup as inert text and strips control and bidi-override characters', async () => {
      const hostile =
        'Use of force\nOfficers <script>alert(1)</script> shall not\u0007 use \u202Eforce\u202C without cause. <img src=x onerror=alert(2)> 警察 شرطة 👮';
      const p = (await preview(member, { text: hostile })).data!.previewPolicyImport;
      const all = p.clauses.map((c) => `${c.heading}\n${c.text}`).join('\n');
      expect(all).toContain('<script>alert(1)</script>');
      expect(all).toContain('<img src=x onerror=alert(2)>');
      expect(all).toContain('警察 شرطة 👮');
      // eslint-disable-next-line no-control-regex -- checking that control characters are gone
      expect(all).not.toMatch(/[\u0007\u202E\u202C]/);
      const created = await importDraft(member, p, 'Hostile');
      const d = await draft(created.id);
      expect(d.clauses.map((c) => c.text).join('\n')).toContain('<script>alert(1)</script>');
    });

    it('keeps text that has no clause structure as one clause instead of refusing it', async () => {
      const p = (await preview(member, { text: 'CHAPTER 3\nUSE OF FORCE' })).data!.previewPolicyImport;
      expect(p.clauses).toEqual([
        { heading: 'Imported policy', text: 'CHAPTER 3\nUSE OF FORCE', suggestedComponentIds: [] },
      ]);
    });

    it('observers and outsiders cannot import', async () => {
      expect(code(await preview(observer, { text: POLICY }))).toBe('FORBIDDEN');
      expect(code(await preview(outsider, { text: POLICY }))).toBe('NOT_FOUND');
    });
  });

  describe('the baseline', () => {
    let draftId: string;
    let policy: Preview;

    beforeAll(async () => {
      policy = (await preview(facilitator, { text: POLICY, sourceName: 'GO 300' })).data!.previewPolicyImport;
      draftId = (await importDraft(facilitator, policy, 'Compared')).id;
    });

    it('cannot be changed, even directly in the database, and editing the draft leaves it alone', async () => {
      const before = await draft(draftId);
      await expect(
        db.query(`UPDATE policy_baseline SET source_text = 'rewritten' WHERE draft_id = $1`, [draftId]),
      ).rejects.toThrow(/never change/);
      await facilitator.ok('mutation($i: RemoveClauseInput!) { removeClause(input: $i) }', {
        i: { draftId, clauseId: before.clauses[0].id },
      });
      const after = await draft(draftId);
      expect(after.baseline).toEqual(before.baseline);
      expect(after.baseline!.sha256).toBe(sha(policy.text));
      // A second baseline for the same draft is refused by the database.
      await expect(
        db.query(
          `INSERT INTO policy_baseline (board_id, draft_id, source_name, source_kind, source_text, sha256, clauses, created_by_name) VALUES ($1, $2, 'x', 'PASTE', 'x', $3, '[]', 'x')`,
          [boardId, draftId, sha('x')],
        ),
      ).rejects.toThrow(/uq_policy_baseline_draft|duplicate/);
    });

    it('compares the live draft with the baseline clause by clause, word by word', async () => {
      const d = await draft(draftId);
      // Purpose was removed above; strengthen "should intervene" and add a new clause.
      const intervene = d.clauses.find((c) => c.heading === 'Duty to intervene')!;
      await facilitator.ok('mutation($i: RemoveClauseInput!) { removeClause(input: $i) }', {
        i: { draftId, clauseId: intervene.id },
      });
      await facilitator.ok('mutation($i: AddClauseInput!) { addClause(input: $i) { id } }', {
        i: {
          draftId,
          heading: 'Duty to intervene',
          text: 'Officers shall intervene when another officer uses excessive force.',
          componentIds: ['duty-to-intervene'],
        },
      });
      await facilitator.ok('mutation($i: AddClauseInput!) { addClause(input: $i) { id } }', {
        i: {
          draftId,
          heading: 'Medical aid',
          text: 'Officers shall give medical aid.',
          componentIds: ['medical-aid'],
        },
      });
      const r = (
        await observer.ok<{ packetRedline: any }>(REDLINE, { i: { draftId, againstBaseline: true } })
      ).packetRedline;
      expect(r.fromLabel).toBe('Department policy (GO 300)');
      expect(r.toLabel).toBe('Live draft');
      expect(r.summary).toEqual({ added: 1, removed: 1, moved: 0, changed: 1, unchanged: 2 });
      const changed = r.entries.find((e: any) => e.status === 'CHANGED');
      expect(changed.text).toEqual(
        expect.arrayContaining([
          { op: 'delete', text: 'should' },
          { op: 'insert', text: 'shall' },
        ]),
      );
      expect(r.entries.find((e: any) => e.status === 'REMOVED').heading).toEqual([
        { op: 'delete', text: 'Purpose' },
      ]);
    });

    it('answers NOT_FOUND for a draft with no baseline, and refuses baseline plus a version', async () => {
      const blank = (
        await facilitator.ok<{ createDraft: { id: string } }>(CREATE, {
          i: { boardId, title: 'No baseline' },
        })
      ).createDraft.id;
      expect(code(await facilitator.gql(REDLINE, { i: { draftId: blank, againstBaseline: true } }))).toBe(
        'NOT_FOUND',
      );
      expect(
        code(
          await facilitator.gql(REDLINE, { i: { draftId, againstBaseline: true, fromVersionId: draftId } }),
        ),
      ).toBe('BAD_USER_INPUT');
      expect(code(await outsider.gql(REDLINE, { i: { draftId, againstBaseline: true } }))).toBe('NOT_FOUND');
    });

    it('attaches the policy to a draft started from the template, once, by a facilitator only', async () => {
      const ATTACH = `mutation($i: AttachBaselineInput!) { attachBaseline(input: $i) { draftId sourceName sha256 clauses { heading } } }`;
      const templated = (
        await facilitator.ok<{ createDraft: { id: string } }>(CREATE, {
          i: { boardId, title: 'Template, compared later', start: 'TEMPLATE' },
        })
      ).createDraft.id;
      const imported = {
        sourceName: policy.sourceName,
        sourceKind: policy.sourceKind,
        text: policy.text,
        clauses: policy.clauses.map((c) => ({
          heading: c.heading,
          text: c.text,
          componentIds: c.suggestedComponentIds,
        })),
      };
      // Members and observers cannot; nor can someone from outside the board.
      expect(code(await member.gql(ATTACH, { i: { draftId: templated, imported } }))).toBe('FORBIDDEN');
      expect(code(await observer.gql(ATTACH, { i: { draftId: templated, imported } }))).toBe('FORBIDDEN');
      expect(code(await outsider.gql(ATTACH, { i: { draftId: templated, imported } }))).toBe('NOT_FOUND');
      // Bad input is refused before anything is stored.
      expect(
        code(
          await facilitator.gql(ATTACH, {
            i: { draftId: templated, imported: { ...imported, clauses: [] } },
          }),
        ),
      ).toBe('BAD_USER_INPUT');

      const attached = (
        await facilitator.ok<{ attachBaseline: any }>(ATTACH, { i: { draftId: templated, imported } })
      ).attachBaseline;
      expect(attached).toMatchObject({ draftId: templated, sourceName: 'GO 300', sha256: sha(policy.text) });
      expect((await draft(templated)).baseline!.sha256).toBe(sha(policy.text));
      const r = (
        await observer.ok<{ packetRedline: any }>(REDLINE, {
          i: { draftId: templated, againstBaseline: true },
        })
      ).packetRedline;
      expect(r.fromLabel).toBe('Department policy (GO 300)');
      // Fixed once attached: a second one is refused with a reason, and the first stands.
      const again = await facilitator.gql(ATTACH, {
        i: { draftId: templated, imported: { ...imported, sourceName: 'Another policy' } },
      });
      expect(code(again)).toBe('CONFLICT');
      expect(again.errors![0].message).toMatch(/cannot be replaced/);
      expect((await draft(templated)).baseline!.sourceName).toBe('GO 300');
      const [audited] = await db.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM audit_event WHERE action = 'baseline.imported' AND data->>'draftId' = $1`,
        [templated],
      );
      expect(audited.n).toBe(1);
    });

    it('goes into the published packet as "Compared with the department\'s current policy", and into the exports', async () => {
      const v = (
        await facilitator.ok<{ publishPacket: { id: string; json: string } }>(PUBLISH, {
          i: { draftId, title: 'Recommendations', coverLetter: 'Dear Chief,', recipients: ['Chief'] },
        })
      ).publishPacket;
      const packet = JSON.parse(v.json) as Packet;
      expect(packet.baselineComparison).toMatchObject({
        sourceName: 'GO 300',
        sourceKind: 'PASTE',
        sha256: sha(policy.text),
        importedBy: 'Fran Facilitator',
      });
      expect(packet.baselineComparison!.summary).toEqual({
        added: 1,
        removed: 1,
        moved: 0,
        changed: 1,
        unchanged: 2,
      });
      const md = await fetch(`${server.url}/packets/${v.id}/roundtable-oak-city-board-v1.md`, {
        headers: { cookie: observer.cookie },
      });
      expect(md.status).toBe(200);
      expect(await md.text()).toContain("## Compared with the department's current policy");
    });
  });

  describe('minority reports', () => {
    let draftId: string;
    let clauseId: string;
    let reportId: string;
    const CREATE_REPORT = `mutation($i: CreateMinorityReportInput!) { createMinorityReport(input: $i) { ${REPORT_FIELDS} } }`;
    const UPDATE_REPORT = `mutation($i: UpdateMinorityReportInput!) { updateMinorityReport(input: $i) { ${REPORT_FIELDS} } }`;
    const SIGN = `mutation($i: SignMinorityReportInput!) { signMinorityReport(input: $i) { ${REPORT_FIELDS} } }`;

    beforeAll(async () => {
      draftId = (
        await facilitator.ok<{ createDraft: { id: string } }>(CREATE, {
          i: { boardId, title: 'Dissent', start: 'TEMPLATE' },
        })
      ).createDraft.id;
      clauseId = (await draft(draftId)).clauses[6].id;
    });

    it('a member writes one on a clause, another co-signs, and it is audited', async () => {
      // An observer watching the draft hears of each change live.
      const watcher = subscriptionClient(server, observer.cookie);
      const live = subscribe<{
        minorityReportsChanged: { reportId: string; clauseId: string; withdrawn: boolean };
      }>(
        watcher,
        'subscription($d: ID!) { minorityReportsChanged(draftId: $d) { reportId clauseId withdrawn } }',
        { d: draftId },
      );
      await settle();
      const created = (
        await member.ok<{ createMinorityReport: any }>(CREATE_REPORT, {
          i: {
            draftId,
            clauseId,
            title: 'Keep the ban absolute',
            body: 'The exception swallows the ban.\nWe would strike it.',
          },
        })
      ).createMinorityReport;
      reportId = created.id;
      expect(created).toMatchObject({ clauseId, authorName: 'Mina Member', locked: false, signatories: [] });
      const signed = (
        await member2.ok<{ signMinorityReport: any }>(SIGN, { i: { draftId, reportId, signed: true } })
      ).signMinorityReport;
      expect(signed.signatories).toEqual([{ name: 'Milo Member' }]);
      // Signing twice changes nothing; the author cannot co-sign their own report.
      await member2.ok(SIGN, { i: { draftId, reportId, signed: true } });
      expect(code(await member.gql(SIGN, { i: { draftId, reportId, signed: true } }))).toBe('CONFLICT');
      const listed = await observer.ok<{ minorityReports: any[] }>(
        `query($d: ID!, $c: ID) { minorityReports(draftId: $d, clauseId: $c) { ${REPORT_FIELDS} } }`,
        { d: draftId, c: clauseId },
      );
      expect(listed.minorityReports.map((r) => r.signatories.length)).toEqual([1]);
      const actions = await db.query<{ action: string }>(
        `SELECT action FROM audit_event WHERE target_id = $1 ORDER BY seq`,
        [reportId],
      );
      expect(actions.map((a) => a.action)).toEqual(['minority_report.created', 'minority_report.signed']);
      // Written, then co-signed (the second, no-op signature and the refused one are not news).
      await settle();
      expect(live.errors).toEqual([]);
      expect(live.events.map((e) => e.minorityReportsChanged)).toEqual([
        { reportId, clauseId, withdrawn: false },
        { reportId, clauseId, withdrawn: false },
      ]);
      await watcher.dispose();
    });

    it('only its author can edit it; observers cannot write one; bad input is refused', async () => {
      expect(
        code(await member2.gql(UPDATE_REPORT, { i: { draftId, reportId, title: 'Hijacked', body: 'x' } })),
      ).toBe('FORBIDDEN');
      expect(
        code(
          await facilitator.gql(UPDATE_REPORT, { i: { draftId, reportId, title: 'Hijacked', body: 'x' } }),
        ),
      ).toBe('FORBIDDEN');
      expect(
        code(await observer.gql(CREATE_REPORT, { i: { draftId, clauseId, title: 'x', body: 'y' } })),
      ).toBe('FORBIDDEN');
      expect(
        code(await outsider.gql(CREATE_REPORT, { i: { draftId, clauseId, title: 'x', body: 'y' } })),
      ).toBe('NOT_FOUND');
      expect(code(await member.gql(CREATE_REPORT, { i: { draftId, title: 'x', body: 'y' } }))).toBe(
        'BAD_USER_INPUT',
      );
      expect(
        code(await member.gql(CREATE_REPORT, { i: { draftId, clauseId, title: '   ', body: 'y' } })),
      ).toBe('BAD_USER_INPUT');
      expect(
        code(await member.gql(CREATE_REPORT, { i: { draftId, clauseId: draftId, title: 'x', body: 'y' } })),
      ).toBe('NOT_FOUND');
      const edited = (
        await member.ok<{ updateMinorityReport: any }>(UPDATE_REPORT, {
          i: {
            draftId,
            reportId,
            title: 'Keep the ban absolute, no exceptions',
            body: 'Strike the exception.',
          },
        })
      ).updateMinorityReport;
      expect(edited.title).toBe('Keep the ban absolute, no exceptions');
    });

    it("a report on a board motion with no clause is listed among the packet's other dissents", async () => {
      const q = await facilitator.ok<{ createQuestion: { id: string } }>(
        'mutation($i: CreateQuestionInput!) { createQuestion(input: $i) { id } }',
        {
          i: { boardId, subject: 'MOTION', prompt: 'Send the draft to the chief now?', kind: 'APPROVAL' },
        },
      );
      const r = (
        await member2.ok<{ createMinorityReport: any }>(CREATE_REPORT, {
          i: {
            draftId,
            questionId: q.createQuestion.id,
            title: 'Too early',
            body: 'We have not heard from residents.',
          },
        })
      ).createMinorityReport;
      expect(r.clauseId).toBeNull();
    });

    it('is in the packet under its clause with title and co-signers, and is frozen once published', async () => {
      const v = (
        await facilitator.ok<{ publishPacket: { json: string } }>(PUBLISH, {
          i: { draftId, title: 'Recommendations', coverLetter: 'Dear Chief,', recipients: ['Chief'] },
        })
      ).publishPacket;
      const packet = JSON.parse(v.json) as Packet;
      const clause = packet.clauses.find((c) => c.id === clauseId)!;
      expect(clause.dissents).toEqual([
        expect.objectContaining({
          kind: 'MINORITY_REPORT',
          author: 'Mina Member',
          title: 'Keep the ban absolute, no exceptions',
          text: 'Strike the exception.',
          signatories: ['Milo Member'],
        }),
      ]);
      expect(packet.dissents).toEqual([
        expect.objectContaining({ kind: 'MINORITY_REPORT', title: 'Too early', author: 'Milo Member' }),
      ]);
      expect(packet.baselineComparison).toBeUndefined();
      expect(
        code(await member.gql(UPDATE_REPORT, { i: { draftId, reportId, title: 'Later', body: 'Later' } })),
      ).toBe('CONFLICT');
      expect(code(await member2.gql(SIGN, { i: { draftId, reportId, signed: false } }))).toBe('CONFLICT');
      expect(
        code(
          await member.gql('mutation($i: MinorityReportRefInput!) { withdrawMinorityReport(input: $i) }', {
            i: { draftId, reportId },
          }),
        ),
      ).toBe('CONFLICT');
      // A new report after publication is open again.
      const fresh = (
        await member.ok<{ createMinorityReport: any }>(CREATE_REPORT, {
          i: { draftId, clauseId, title: 'Still opposed', body: 'For v2.' },
        })
      ).createMinorityReport;
      expect(fresh.locked).toBe(false);
      expect(
        await member.ok('mutation($i: MinorityReportRefInput!) { withdrawMinorityReport(input: $i) }', {
          i: { draftId, reportId: fresh.id },
        }),
      ).toEqual({ withdrawMinorityReport: true });
    });
  });
});
