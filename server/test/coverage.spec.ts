/**
 * Toolkit coverage, language checks, checklist ticks and dismissals over GraphQL against the built
 * server: what readers see, what members change, what the audit log and the packet say.
 */
import { createHash } from 'node:crypto';
import { Client } from 'pg';
import { createTestDatabase, GqlClient, startServer, TestDatabase, TestServer, uniqueEmail } from './harness';

interface Finding {
  id: string;
  ruleId: string;
  from: number;
  to: number;
  excerpt: string;
  explanation: string;
  suggestion: string;
  fingerprint: string;
  dismissed: boolean;
  dismissal: { id: string; reason: string; dismissedByName: string | null } | null;
}
interface Item {
  itemId: string;
  status: string;
  source: string;
  evidence: { clauseId: string; clauseHeading: string; sentence: string }[];
  tick: { clauseId: string; tickedByName: string | null } | null;
}
interface Coverage {
  overall: number;
  components: { componentId: string; title: string; status: string; score: number; items: Item[] }[];
}

const COVERAGE = `query($id: ID!) { draft(id: $id) { coverage { overall components { componentId title status score
  items { itemId status source evidence { clauseId clauseHeading sentence } tick { clauseId tickedByName } } } } } }`;
const CHECKS = `query($id: ID!) { draft(id: $id) { clauses { id heading checks { id ruleId from to excerpt explanation suggestion fingerprint dismissed
  dismissal { id reason dismissedByName } } } checkDismissals { id clauseId ruleId excerpt reason dismissedByName } } }`;
const DISMISS =
  'mutation($i: DismissCheckMarkInput!) { dismissCheckMark(input: $i) { id ruleId excerpt fingerprint reason dismissedByName } }';

describe('coverage and language checks', () => {
  let db: TestDatabase;
  let server: TestServer;
  let facilitator: GqlClient;
  let member: GqlClient;
  let observer: GqlClient;
  let outsider: GqlClient;
  let boardId: string;
  let draftId: string;
  let aidId: string;
  let chokeId: string;
  let reportId: string;

  const addClause = async (heading: string, text: string, componentIds: string[] = []) =>
    (
      await facilitator.ok<{ addClause: { id: string } }>(
        'mutation($i: AddClauseInput!) { addClause(input: $i) { id } }',
        {
          i: { draftId, heading, text, componentIds },
        },
      )
    ).addClause.id;
  const coverage = async (client: GqlClient) =>
    (await client.ok<{ draft: { coverage: Coverage } }>(COVERAGE, { id: draftId })).draft.coverage;
  const item = (c: Coverage, itemId: string) =>
    c.components.flatMap((x) => x.items).find((i) => i.itemId === itemId)!;
  const checks = async (client: GqlClient) =>
    (
      await client.ok<{
        draft: {
          clauses: { id: string; checks: Finding[] }[];
          checkDismissals: { id: string; clauseId: string; reason: string; dismissedByName: string }[];
        };
      }>(CHECKS, { id: draftId })
    ).draft;
  const checksOf = async (client: GqlClient, clauseId: string) =>
    (await checks(client)).clauses.find((c) => c.id === clauseId)!.checks;
  const join = async (client: GqlClient, role: string) => {
    const invite = await facilitator.ok(
      'mutation($i: CreateInvitationInput!) { createInvitation(input: $i) { url } }',
      { i: { boardId, role } },
    );
    await client.ok('mutation($t: String!) { acceptInvitation(token: $t) { id } }', {
      t: invite.createInvitation.url.split('/invite/')[1],
    });
  };
  /** Rewrites a clause's mirror row as the collab server would after an edit in the editor. */
  const editMirror = async (clauseId: string, heading: string, text: string) => {
    const pg = new Client({ connectionString: db.url });
    await pg.connect();
    const hash = createHash('sha256').update(`${heading}\n${text}`).digest('hex');
    await pg.query('UPDATE clause SET plain_text = $2, text_hash = $3 WHERE id = $1', [clauseId, text, hash]);
    await pg.end();
  };

  beforeAll(async () => {
    db = await createTestDatabase();
    server = await startServer({ DATABASE_URL: db.url, DEMO_DATA: 'false' });
    [facilitator, member, observer, outsider] = [0, 1, 2, 3].map(() => new GqlClient(server.url));
    await facilitator.signUp(uniqueEmail('fac'), 'Fran Facilitator');
    await member.signUp(uniqueEmail('mem'), 'Mo Member');
    await observer.signUp(uniqueEmail('obs'), 'Olu Observer');
    await outsider.signUp(uniqueEmail('out'), 'Oscar Outsider');
    boardId = (
      await facilitator.ok(
        'mutation { createBoard(input: { name: "Elm Board", jurisdiction: "Elm City" }) { id } }',
      )
    ).createBoard.id;
    draftId = (
      await facilitator.ok('mutation($i: CreateDraftInput!) { createDraft(input: $i) { id } }', {
        i: { boardId, title: 'Use of force' },
      })
    ).createDraft.id;
    await join(member, 'MEMBER');
    await join(observer, 'OBSERVER');
    aidId = await addClause('Medical aid', 'Officers shall render medical aid if feasible.', ['medical-aid']);
    chokeId = await addClause(
      'Neck restraints',
      'Chokeholds are prohibited unless the officer believes the subject is dangerous.',
      ['prohibited-force'],
    );
    reportId = await addClause('Reporting', 'Any use of force shall be reported.', ['force-reporting']);
    await addClause(
      'Intervention',
      'Officers must intervene to stop excessive force by another officer and report it to a supervisor.',
      [],
    );
  }, 120_000);

  afterAll(async () => {
    await server?.stop();
    await db?.drop();
  });

  it('shows observers every component with a status, a score and the sentence behind each verdict', async () => {
    const c = await coverage(observer);
    expect(c.components.length).toBeGreaterThan(5);
    expect(c.overall).toBeGreaterThan(0);
    expect(c.overall).toBeLessThan(1);
    for (const comp of c.components) {
      expect(['COVERED', 'PARTLY', 'MISSING', 'CONTRADICTED']).toContain(comp.status);
      expect(comp.score).toBeGreaterThanOrEqual(0);
      expect(comp.score).toBeLessThanOrEqual(1);
    }
    const intervene = item(c, 'duty-to-intervene.intervene');
    expect(intervene.status).toBe('COVERED');
    expect(intervene.source).toBe('TEXT');
    expect(intervene.evidence[0].clauseHeading).toBe('Intervention');
    expect(intervene.evidence[0].sentence).toMatch(/must intervene/);
    // "unless the officer believes…" hollows the ban.
    expect(item(c, 'prohibited-force.neck-restraints').status).toBe('CONTRADICTED');
    expect(item(c, 'prohibited-force.neck-restraints').evidence[0].clauseId).toBe(chokeId);
    expect(item(c, 'vehicle-pursuits.restricted').status).toBe('MISSING');
    expect(c.components.find((x) => x.componentId === 'prohibited-force')!.status).toBe('CONTRADICTED');
  });

  it('hides coverage and checks from people outside the board', async () => {
    for (const q of [COVERAGE, CHECKS]) {
      const res = await outsider.gql(q, { id: draftId });
      expect(res.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    }
  });

  it('lists each weak wording with its rule, explanation, suggestion and range in the clause text', async () => {
    const aid = await checksOf(observer, aidId);
    const vague = aid.find((f) => f.ruleId === 'vague-qualifier');
    expect(vague).toBeDefined();
    expect(vague!.excerpt.toLowerCase()).toContain('if feasible');
    expect('Officers shall render medical aid if feasible.'.slice(vague!.from, vague!.to)).toBe(
      vague!.excerpt,
    );
    expect(vague!.explanation.length).toBeGreaterThan(10);
    expect(vague!.suggestion.length).toBeGreaterThan(5);
    expect(vague!.dismissed).toBe(false);
    expect((await checksOf(observer, chokeId)).map((f) => f.ruleId)).toContain('swallowing-exception');
    expect((await checksOf(observer, reportId)).map((f) => f.ruleId)).toContain('passive-duty');
  });

  it('lets a member tick an item as handled by a clause, which makes it covered and is audited', async () => {
    expect(item(await coverage(member), 'vehicle-pursuits.restricted').status).toBe('MISSING');
    const tick = await member.ok(
      'mutation($i: TickChecklistItemInput!) { tickChecklistItem(input: $i) { itemId clauseId tickedByName } }',
      {
        i: { draftId, itemId: 'vehicle-pursuits.restricted', clauseId: reportId },
      },
    );
    expect(tick.tickChecklistItem).toEqual({
      itemId: 'vehicle-pursuits.restricted',
      clauseId: reportId,
      tickedByName: 'Mo Member',
    });
    const ticked = item(await coverage(observer), 'vehicle-pursuits.restricted');
    expect(ticked).toMatchObject({
      status: 'COVERED',
      source: 'TICK',
      tick: { clauseId: reportId, tickedByName: 'Mo Member' },
    });
    expect(ticked.evidence[0].clauseId).toBe(reportId);
    // A tick never outvotes a contradiction in the text.
    await member.ok('mutation($i: TickChecklistItemInput!) { tickChecklistItem(input: $i) { id } }', {
      i: { draftId, itemId: 'prohibited-force.neck-restraints', clauseId: chokeId },
    });
    expect(item(await coverage(observer), 'prohibited-force.neck-restraints').status).toBe('CONTRADICTED');

    const observerTick = await observer.gql(
      'mutation($i: TickChecklistItemInput!) { tickChecklistItem(input: $i) { id } }',
      {
        i: { draftId, itemId: 'vehicle-pursuits.termination', clauseId: reportId },
      },
    );
    expect(observerTick.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const bogus = await member.gql(
      'mutation($i: TickChecklistItemInput!) { tickChecklistItem(input: $i) { id } }',
      {
        i: { draftId, itemId: 'no-such.item', clauseId: reportId },
      },
    );
    expect(bogus.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');

    await member.ok('mutation($i: UntickChecklistItemInput!) { untickChecklistItem(input: $i) }', {
      i: { draftId, itemId: 'vehicle-pursuits.restricted' },
    });
    expect(item(await coverage(observer), 'vehicle-pursuits.restricted').status).toBe('MISSING');
    const again = await member.gql(
      'mutation($i: UntickChecklistItemInput!) { untickChecklistItem(input: $i) }',
      { i: { draftId, itemId: 'vehicle-pursuits.restricted' } },
    );
    expect(again.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');

    const log = await facilitator.ok<{ auditLog: { action: string }[] }>(
      'query($b: ID!) { auditLog(boardId: $b, take: 50) { action } }',
      { b: boardId },
    );
    const actions = log.auditLog.map((e) => e.action);
    expect(actions).toContain('coverage.item_ticked');
    expect(actions).toContain('coverage.item_unticked');
  });

  it('shares a dismissal with the board, keeps it through unrelated edits, and lets a member undo it', async () => {
    const vague = (await checksOf(member, aidId)).find((f) => f.ruleId === 'vague-qualifier')!;
    const denied = await observer.gql(DISMISS, {
      i: {
        draftId,
        clauseId: aidId,
        ruleId: vague.ruleId,
        excerpt: vague.excerpt,
        reason: 'Not ours to change.',
      },
    });
    expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const noReason = await member.gql(DISMISS, {
      i: { draftId, clauseId: aidId, ruleId: vague.ruleId, excerpt: vague.excerpt, reason: '  ' },
    });
    expect(noReason.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const notThere = await member.gql(DISMISS, {
      i: { draftId, clauseId: aidId, ruleId: vague.ruleId, excerpt: 'when practicable', reason: 'Kept.' },
    });
    expect(notThere.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');

    const { dismissCheckMark: d } = await member.ok(DISMISS, {
      i: {
        draftId,
        clauseId: aidId,
        ruleId: vague.ruleId,
        excerpt: vague.excerpt,
        reason: 'State law sets this standard.',
      },
    });
    expect(d).toMatchObject({
      ruleId: 'vague-qualifier',
      fingerprint: vague.fingerprint,
      reason: 'State law sets this standard.',
      dismissedByName: 'Mo Member',
    });
    const twice = await facilitator.gql(DISMISS, {
      i: { draftId, clauseId: aidId, ruleId: vague.ruleId, excerpt: vague.excerpt, reason: 'Again.' },
    });
    expect(twice.errors?.[0]?.extensions?.code).toBe('CONFLICT');

    // Others on the board see it, reported as dismissed rather than dropped.
    const seen = await checks(observer);
    const finding = seen.clauses
      .find((c) => c.id === aidId)!
      .checks.find((f) => f.fingerprint === vague.fingerprint)!;
    expect(finding).toMatchObject({
      dismissed: true,
      dismissal: { id: d.id, reason: 'State law sets this standard.', dismissedByName: 'Mo Member' },
    });
    expect(seen.checkDismissals).toEqual([
      {
        id: d.id,
        clauseId: aidId,
        ruleId: 'vague-qualifier',
        excerpt: vague.excerpt,
        reason: 'State law sets this standard.',
        dismissedByName: 'Mo Member',
      },
    ]);

    // An edit elsewhere in the clause keeps the dismissal; changing the flagged words ends it.
    await editMirror(
      aidId,
      'Medical aid',
      'As soon as the scene is safe, officers shall render medical aid if feasible.',
    );
    const afterEdit = (await checksOf(observer, aidId)).find((f) => f.ruleId === 'vague-qualifier')!;
    expect(afterEdit.fingerprint).toBe(vague.fingerprint);
    expect(afterEdit.dismissed).toBe(true);
    expect(afterEdit.from).not.toBe(vague.from);

    // A member's tick counts in the packet's coverage as it does on the dashboard.
    await member.ok('mutation($i: TickChecklistItemInput!) { tickChecklistItem(input: $i) { id } }', {
      i: { draftId, itemId: 'vehicle-pursuits.restricted', clauseId: reportId },
    });
    const packet = await facilitator.ok<{ publishPacket: { json: string } }>(
      'mutation($i: PublishPacketInput!) { publishPacket(input: $i) { json } }',
      { i: { draftId, title: 'Recommendations' } },
    );
    const packetItems = (
      JSON.parse(packet.publishPacket.json).coverage.components as {
        items: { id: string; status: string }[];
      }[]
    ).flatMap((c) => c.items);
    expect(packetItems.find((i) => i.id === 'vehicle-pursuits.restricted')?.status).toBe('COVERED');
    const findings = JSON.parse(packet.publishPacket.json).languageFindings as {
      clauseId: string;
      ruleId: string;
      dismissed: boolean;
      dismissalReason: string | null;
      dismissedBy?: string;
      dismissedAt?: string;
    }[];
    const listed = findings.find((f) => f.clauseId === aidId && f.ruleId === 'vague-qualifier')!;
    expect(listed).toMatchObject({
      dismissed: true,
      dismissalReason: 'State law sets this standard.',
      dismissedBy: 'Mo Member',
    });
    expect(listed.dismissedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(findings.filter((f) => f.dismissed)).toHaveLength(1);

    const undo = await observer.gql(
      'mutation($i: UndismissCheckMarkInput!) { undismissCheckMark(input: $i) }',
      { i: { draftId, dismissalId: d.id } },
    );
    expect(undo.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    await facilitator.ok('mutation($i: UndismissCheckMarkInput!) { undismissCheckMark(input: $i) }', {
      i: { draftId, dismissalId: d.id },
    });
    expect((await checksOf(observer, aidId)).find((f) => f.ruleId === 'vague-qualifier')!.dismissed).toBe(
      false,
    );

    const log = await facilitator.ok<{ auditLog: { action: string; data: string }[] }>(
      'query($b: ID!) { auditLog(boardId: $b, take: 50) { action data } }',
      { b: boardId },
    );
    const undismissed = log.auditLog.find((e) => e.action === 'check.undismissed')!;
    expect(JSON.parse(undismissed.data)).toMatchObject({
      reason: 'State law sets this standard.',
      excerpt: vague.excerpt,
    });
    expect(log.auditLog.map((e) => e.action)).toContain('check.dismissed');
  });

  it('recomputes coverage after the clause text changes', async () => {
    await editMirror(chokeId, 'Neck restraints', 'Chokeholds and all other neck restraints are prohibited.');
    expect(item(await coverage(observer), 'prohibited-force.neck-restraints').status).toBe('COVERED');
  });
});
