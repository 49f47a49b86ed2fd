/**
 * Walks every operation in schema.gql as five callers and compares the outcome with the table
 * below. An operation added to the schema without a row here fails this test, so nothing new
 * ships open by accident.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse, ObjectTypeDefinitionNode } from 'graphql';
import { createTestDatabase, GqlClient, startServer, TestDatabase, TestServer, uniqueEmail } from './harness';
import { subscriptionOutcome } from './deliberation-world';

type Caller = 'anonymous' | 'outsider' | 'observer' | 'member' | 'facilitator';
type Outcome = 'ok' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'CONFLICT';
const CALLERS: Caller[] = ['anonymous', 'outsider', 'observer', 'member', 'facilitator'];
const PASSWORD = 'a-long-test-password';

interface World {
  boardId: string;
  draftId: string;
  joinBoardId: string;
  clients: Record<Caller, GqlClient>;
  emails: Partial<Record<Caller, string>>;
  facilitator: GqlClient;
  server: TestServer;
}

interface Case {
  /** 0: ordinary; 1: changes the caller's own membership; 2: replaces or ends the caller's session. */
  phase?: 0 | 1 | 2;
  expect: Record<Caller, Outcome>;
  run(
    world: World,
    caller: Caller,
    client: GqlClient,
  ): Promise<{ query: string; variables?: Record<string, unknown>; overSocket?: boolean }>;
}

const everyone = (outcome: Outcome): Record<Caller, Outcome> =>
  Object.fromEntries(CALLERS.map((c) => [c, outcome])) as Record<Caller, Outcome>;
const signedIn: Record<Caller, Outcome> = { ...everyone('ok'), anonymous: 'UNAUTHENTICATED' };
const readers: Record<Caller, Outcome> = { ...signedIn, outsider: 'NOT_FOUND' };
const writers: Record<Caller, Outcome> = { ...readers, observer: 'FORBIDDEN' };
const facilitators: Record<Caller, Outcome> = { ...writers, member: 'FORBIDDEN' };

async function newInvitation(
  world: World,
  boardId: string,
  role = 'MEMBER',
): Promise<{ id: string; token: string }> {
  const data = await world.facilitator.ok<{ createInvitation: { invitation: { id: string }; url: string } }>(
    'mutation($i: CreateInvitationInput!) { createInvitation(input: $i) { invitation { id } url } }',
    { i: { boardId, role } },
  );
  return { id: data.createInvitation.invitation.id, token: data.createInvitation.url.split('/invite/')[1] };
}

/** A fresh member of the main board, for operations that consume their target. */
async function throwawayMembership(world: World): Promise<string> {
  const { token } = await newInvitation(world, world.boardId);
  const person = new GqlClient(world.server.url);
  const userId = await person.signUp(uniqueEmail('throwaway'));
  await person.ok('mutation($t: String!) { acceptInvitation(token: $t) { id } }', { t: token });
  const data = await world.facilitator.ok<{ board: { members: { id: string; userId: string }[] } }>(
    'query($id: ID!) { board(id: $id) { members { id userId } } }',
    { id: world.boardId },
  );
  return data.board.members.find((m) => m.userId === userId)!.id;
}

/** One published packet version of the main draft (publishing needs a clause), made once. */
let packetFixture: Promise<{ versionId: string; clauseId: string }> | undefined;
function packetVersion(world: World): Promise<{ versionId: string; clauseId: string }> {
  packetFixture ??= (async () => {
    await world.facilitator.ok('mutation($i: AddClauseInput!) { addClause(input: $i) { id } }', {
      i: { draftId: world.draftId, heading: 'Purpose', text: 'Protect life.' },
    });
    const data = await world.facilitator.ok<{ publishPacket: { id: string; json: string } }>(
      'mutation($i: PublishPacketInput!) { publishPacket(input: $i) { id json } }',
      { i: { draftId: world.draftId, title: 'Recommendations' } },
    );
    return { versionId: data.publishPacket.id, clauseId: JSON.parse(data.publishPacket.json).clauses[0].id };
  })();
  return packetFixture;
}

async function newShareLink(world: World): Promise<{ id: string; token: string }> {
  const { versionId } = await packetVersion(world);
  const data = await world.facilitator.ok<{ createShareLink: { url: string; link: { id: string } } }>(
    'mutation($i: CreateShareLinkInput!) { createShareLink(input: $i) { url link { id } } }',
    { i: { packetVersionId: versionId } },
  );
  return { id: data.createShareLink.link.id, token: data.createShareLink.url.split('/p/')[1] };
}

/** A minority report on the shared clause, written by `author` (a member or the facilitator). */
async function newMinorityReport(world: World, author: GqlClient): Promise<string> {
  const data = await author.ok<{ createMinorityReport: { id: string } }>(
    'mutation($i: CreateMinorityReportInput!) { createMinorityReport(input: $i) { id } }',
    { i: { draftId: world.draftId, clauseId: await clauseOf(world), title: 'We dissent', body: 'Because.' } },
  );
  return data.createMinorityReport.id;
}

/** Written by the caller when they may write one (so it is theirs), else by the facilitator. */
const ownMinorityReport = (world: World, caller: Caller) =>
  newMinorityReport(
    world,
    caller === 'member' || caller === 'facilitator' ? world.clients[caller] : world.facilitator,
  );

/** Written by someone other than the caller, so the caller can co-sign it. */
const othersMinorityReport = (world: World, caller: Caller) =>
  newMinorityReport(world, caller === 'facilitator' ? world.clients.member : world.facilitator);

// ---- deliberation fixtures (made by the facilitator, or by the caller when it must be theirs) ----

const deliberationCache = new WeakMap<World, { clauseId?: string }>();

async function clauseOf(world: World): Promise<string> {
  const cache = deliberationCache.get(world) ?? {};
  deliberationCache.set(world, cache);
  if (!cache.clauseId) {
    const data = await world.facilitator.ok<{ addClause: { id: string } }>(
      'mutation($i: AddClauseInput!) { addClause(input: $i) { id } }',
      {
        i: {
          draftId: world.draftId,
          heading: 'Deliberated clause',
          text: 'Officers shall de-escalate.',
          componentIds: [],
        },
      },
    );
    cache.clauseId = data.addClause.id;
  }
  return cache.clauseId;
}

/** A fresh clause with a vague qualifier in it, so each caller has an undismissed mark of their own. */
async function markedClause(world: World): Promise<string> {
  const data = await world.facilitator.ok<{ addClause: { id: string } }>(
    'mutation($i: AddClauseInput!) { addClause(input: $i) { id } }',
    {
      i: {
        draftId: world.draftId,
        heading: 'Medical aid',
        text: 'Officers shall render aid if feasible.',
        componentIds: [],
      },
    },
  );
  return data.addClause.id;
}

async function newQuestion(world: World, extra: Record<string, unknown> = {}): Promise<string> {
  const data = await world.facilitator.ok<{ createQuestion: { id: string } }>(
    'mutation($i: CreateQuestionInput!) { createQuestion(input: $i) { id } }',
    {
      i: { boardId: world.boardId, subject: 'MOTION', prompt: 'A motion', kind: 'APPROVAL', ...extra },
    },
  );
  return data.createQuestion.id;
}

async function closedQuestion(world: World): Promise<string> {
  const id = await newQuestion(world);
  await world.facilitator.ok('mutation($id: ID!) { closeQuestion(questionId: $id) { id } }', { id });
  return id;
}

/** An amendment proposed by the caller when they may propose one (so it is theirs), else by the facilitator. */
async function newAmendment(world: World, caller?: Caller): Promise<string> {
  const author = caller === 'member' || caller === 'facilitator' ? world.clients[caller] : world.facilitator;
  const data = await author.ok<{ proposeAmendment: { id: string } }>(
    'mutation($i: ProposeAmendmentInput!) { proposeAmendment(input: $i) { id } }',
    {
      i: {
        draftId: world.draftId,
        clauseId: await clauseOf(world),
        text: `Officers shall de-escalate first (${Math.random()}).`,
        rationale: 'Clearer.',
      },
    },
  );
  return data.proposeAmendment.id;
}

async function newComment(world: World, caller?: Caller): Promise<string> {
  const author = caller === 'member' || caller === 'facilitator' ? world.clients[caller] : world.facilitator;
  const data = await author.ok<{ addComment: { id: string } }>(
    'mutation($i: AddCommentInput!) { addComment(input: $i) { id } }',
    {
      i: { draftId: world.draftId, clauseId: await clauseOf(world), body: 'A comment' },
    },
  );
  return data.addComment.id;
}

/** A meeting; `open` also opens it and gives it one agenda item. */
async function newMeeting(
  world: World,
  open = false,
): Promise<{ id: string; itemId: string | null; minutesVersion: number }> {
  const data = await world.facilitator.ok<{ scheduleMeeting: { id: string } }>(
    'mutation($i: ScheduleMeetingInput!) { scheduleMeeting(input: $i) { id } }',
    {
      i: {
        boardId: world.boardId,
        title: 'Session',
        startsAt: new Date(Date.now() + 86_400_000).toISOString(),
      },
    },
  );
  const id = data.scheduleMeeting.id;
  if (!open) return { id, itemId: null, minutesVersion: 0 };
  const withItem = await world.facilitator.ok<{ addAgendaItem: { agenda: { id: string }[] } }>(
    'mutation($i: AddAgendaItemInput!) { addAgendaItem(input: $i) { agenda { id } } }',
    { i: { meetingId: id, kind: 'FREE', title: 'Welcome' } },
  );
  const opened = await world.facilitator.ok<{ openMeeting: { minutesVersion: number } }>(
    'mutation($m: ID!) { openMeeting(meetingId: $m) { minutesVersion } }',
    { m: id },
  );
  return {
    id,
    itemId: withItem.addAgendaItem.agenda[0].id,
    minutesVersion: opened.openMeeting.minutesVersion,
  };
}

const CASES: Record<string, Case> = {
  me: { expect: everyone('ok'), run: async () => ({ query: '{ me { id } }' }) },
  myBoards: { expect: signedIn, run: async () => ({ query: '{ myBoards { id } }' }) },
  // Notifications are the caller's own (every row filtered by their id), so any signed-in person may ask.
  myNotifications: {
    expect: signedIn,
    run: async () => ({ query: '{ myNotifications { unreadCount items { id } } }' }),
  },
  myNotificationsChanged: {
    expect: signedIn,
    run: async () => ({
      query: 'subscription { myNotificationsChanged { unreadCount } }',
      overSocket: true,
    }),
  },
  markNotificationsRead: {
    expect: signedIn,
    run: async () => ({ query: 'mutation { markNotificationsRead(input: { all: true }) }' }),
  },
  // Email settings are the caller's own account; the outbox is for the board's facilitators only.
  myEmailSettings: {
    expect: signedIn,
    run: async () => ({ query: '{ myEmailSettings { locale preferences { topic mode } } }' }),
  },
  updateMyEmailSettings: {
    expect: signedIn,
    run: async () => ({
      query:
        'mutation { updateMyEmailSettings(input: { preferences: [{ topic: MEETINGS, mode: DAILY }] }) { locale } }',
    }),
  },
  boardOutbox: {
    expect: facilitators,
    run: async (w) => ({
      query:
        'query($b: ID!) { boardOutbox(boardId: $b, take: 5) { smtpConfigured messages { id subject } } }',
      variables: { b: w.boardId },
    }),
  },
  board: {
    expect: readers,
    run: async (w) => ({
      query: 'query($id: ID!) { board(id: $id) { id name members { name } drafts { id } } }',
      variables: { id: w.boardId },
    }),
  },
  draft: {
    expect: readers,
    run: async (w) => ({
      query: 'query($id: ID!) { draft(id: $id) { id title board { id } } }',
      variables: { id: w.draftId },
    }),
  },
  invitation: {
    expect: everyone('ok'),
    run: async (w) => ({
      query: 'query($t: String!) { invitation(token: $t) { boardName status } }',
      variables: { t: (await newInvitation(w, w.boardId)).token },
    }),
  },
  signUp: {
    expect: everyone('ok'),
    run: async () => ({
      query: 'mutation($i: SignUpInput!) { signUp(input: $i) { id } }',
      variables: { i: { email: uniqueEmail('signup'), name: 'New Person', password: PASSWORD } },
    }),
  },
  signIn: {
    // Signing in replaces the caller's session (no session fixation), so it runs at the end.
    phase: 2,
    expect: everyone('ok'),
    run: async (w) => {
      const email = uniqueEmail('signin');
      await new GqlClient(w.server.url).signUp(email);
      return {
        query: 'mutation($i: SignInInput!) { signIn(input: $i) { id } }',
        variables: { i: { email, password: PASSWORD } },
      };
    },
  },
  signOut: { phase: 2, expect: everyone('ok'), run: async () => ({ query: 'mutation { signOut }' }) },
  createBoard: {
    expect: signedIn,
    run: async () => ({
      query: 'mutation($i: CreateBoardInput!) { createBoard(input: $i) { id } }',
      variables: { i: { name: 'Another board', jurisdiction: 'Elsewhere' } },
    }),
  },
  updateBoard: {
    expect: facilitators,
    run: async (w) => ({
      query: 'mutation($i: UpdateBoardInput!) { updateBoard(input: $i) { id } }',
      variables: { i: { boardId: w.boardId, description: 'Updated description' } },
    }),
  },
  createInvitation: {
    expect: facilitators,
    run: async (w) => ({
      query: 'mutation($i: CreateInvitationInput!) { createInvitation(input: $i) { url } }',
      variables: { i: { boardId: w.boardId, role: 'MEMBER' } },
    }),
  },
  revokeInvitation: {
    expect: facilitators,
    run: async (w) => ({
      query: 'mutation($id: ID!) { revokeInvitation(invitationId: $id) { status } }',
      variables: { id: (await newInvitation(w, w.boardId)).id },
    }),
  },
  acceptInvitation: {
    expect: signedIn,
    run: async (w) => ({
      query: 'mutation($t: String!) { acceptInvitation(token: $t) { id } }',
      variables: { t: (await newInvitation(w, w.joinBoardId)).token },
    }),
  },
  changeMemberRole: {
    expect: facilitators,
    run: async (w) => ({
      query: 'mutation($i: ChangeMemberRoleInput!) { changeMemberRole(input: $i) { role } }',
      variables: { i: { membershipId: await throwawayMembership(w), role: 'OBSERVER' } },
    }),
  },
  removeMember: {
    expect: facilitators,
    run: async (w) => ({
      query: 'mutation($id: ID!) { removeMember(membershipId: $id) }',
      variables: { id: await throwawayMembership(w) },
    }),
  },
  leaveBoard: {
    phase: 1,
    // The facilitator is the board's only one, and a board must keep a facilitator.
    expect: { ...readers, facilitator: 'CONFLICT' },
    run: async (w) => ({
      query: 'mutation($id: ID!) { leaveBoard(boardId: $id) }',
      variables: { id: w.boardId },
    }),
  },
  createDraft: {
    expect: writers,
    run: async (w) => ({
      query: 'mutation($i: CreateDraftInput!) { createDraft(input: $i) { id } }',
      variables: { i: { boardId: w.boardId, title: 'Another draft' } },
    }),
  },
  renameDraft: {
    expect: writers,
    run: async (w) => ({
      query: 'mutation($i: RenameDraftInput!) { renameDraft(input: $i) { id } }',
      variables: { i: { draftId: w.draftId, title: 'Renamed draft' } },
    }),
  },
  addClause: {
    expect: writers,
    run: async (w) => ({
      query: 'mutation($i: AddClauseInput!) { addClause(input: $i) { id } }',
      variables: {
        i: {
          draftId: w.draftId,
          heading: 'Added by the matrix',
          text: 'Officers shall intervene.',
          componentIds: ['duty-to-intervene'],
        },
      },
    }),
  },
  moveClause: {
    expect: writers,
    run: async (w) => {
      const added = await w.facilitator.ok<{ addClause: { id: string } }>(
        'mutation($i: AddClauseInput!) { addClause(input: $i) { id } }',
        {
          i: { draftId: w.draftId, heading: 'To move', text: 'Text.' },
        },
      );
      return {
        query: 'mutation($i: MoveClauseInput!) { moveClause(input: $i) { id } }',
        variables: { i: { draftId: w.draftId, clauseId: added.addClause.id, toIndex: 0 } },
      };
    },
  },
  removeClause: {
    expect: writers,
    run: async (w) => {
      const added = await w.facilitator.ok<{ addClause: { id: string } }>(
        'mutation($i: AddClauseInput!) { addClause(input: $i) { id } }',
        {
          i: { draftId: w.draftId, heading: 'To remove', text: 'Text.' },
        },
      );
      return {
        query: 'mutation($i: RemoveClauseInput!) { removeClause(input: $i) }',
        variables: { i: { draftId: w.draftId, clauseId: added.addClause.id } },
      };
    },
  },
  previewPolicyImport: {
    expect: writers,
    run: async (w) => ({
      query:
        'mutation($i: PreviewPolicyImportInput!) { previewPolicyImport(input: $i) { sha256 clauses { heading } } }',
      variables: {
        i: {
          boardId: w.boardId,
          text: 'Duty to intervene\nOfficers shall intervene to stop excessive force.',
        },
      },
    }),
  },
  minorityReports: {
    expect: readers,
    run: async (w) => ({
      query: 'query($d: ID!) { minorityReports(draftId: $d) { id } }',
      variables: { d: w.draftId },
    }),
  },
  attachBaseline: {
    expect: facilitators,
    run: async (w) => {
      // A fresh draft for each caller: a draft takes one baseline, once.
      const { createDraft } = await w.facilitator.ok<{ createDraft: { id: string } }>(
        'mutation($i: CreateDraftInput!) { createDraft(input: $i) { id } }',
        { i: { boardId: w.boardId, title: 'Compared later' } },
      );
      const text = 'Officers shall de-escalate first.';
      return {
        query: 'mutation($i: AttachBaselineInput!) { attachBaseline(input: $i) { id } }',
        variables: {
          i: {
            draftId: createDraft.id,
            imported: {
              sourceName: 'GO 1',
              sourceKind: 'PASTE',
              text,
              clauses: [{ heading: 'De-escalation', text, componentIds: [] }],
            },
          },
        },
      };
    },
  },
  minorityReportsChanged: {
    expect: readers,
    run: async (w) => ({
      query: 'subscription($d: ID!) { minorityReportsChanged(draftId: $d) { reportId } }',
      variables: { d: w.draftId },
      overSocket: true,
    }),
  },
  createMinorityReport: {
    expect: writers,
    run: async (w) => ({
      query: 'mutation($i: CreateMinorityReportInput!) { createMinorityReport(input: $i) { id } }',
      variables: {
        i: { draftId: w.draftId, clauseId: await clauseOf(w), title: 'Dissent', body: 'We disagree.' },
      },
    }),
  },
  updateMinorityReport: {
    expect: writers,
    run: async (w, caller) => ({
      query: 'mutation($i: UpdateMinorityReportInput!) { updateMinorityReport(input: $i) { id } }',
      variables: {
        i: {
          draftId: w.draftId,
          reportId: await ownMinorityReport(w, caller),
          title: 'Reworded',
          body: 'Still.',
        },
      },
    }),
  },
  withdrawMinorityReport: {
    expect: writers,
    run: async (w, caller) => ({
      query: 'mutation($i: MinorityReportRefInput!) { withdrawMinorityReport(input: $i) }',
      variables: { i: { draftId: w.draftId, reportId: await ownMinorityReport(w, caller) } },
    }),
  },
  signMinorityReport: {
    expect: writers,
    run: async (w, caller) => ({
      query: 'mutation($i: SignMinorityReportInput!) { signMinorityReport(input: $i) { id } }',
      variables: { i: { draftId: w.draftId, reportId: await othersMinorityReport(w, caller), signed: true } },
    }),
  },
  // ---- coverage: checklist ticks and dismissed language-check marks ----
  tickChecklistItem: {
    expect: writers,
    run: async (w) => ({
      query: 'mutation($i: TickChecklistItemInput!) { tickChecklistItem(input: $i) { id itemId } }',
      variables: {
        i: { draftId: w.draftId, itemId: 'de-escalation.before-force', clauseId: await clauseOf(w) },
      },
    }),
  },
  untickChecklistItem: {
    expect: writers,
    run: async (w) => {
      const i = { draftId: w.draftId, itemId: 'de-escalation.techniques', clauseId: await clauseOf(w) };
      await w.facilitator.ok(
        'mutation($i: TickChecklistItemInput!) { tickChecklistItem(input: $i) { id } }',
        { i },
      );
      return {
        query: 'mutation($i: UntickChecklistItemInput!) { untickChecklistItem(input: $i) }',
        variables: { i: { draftId: w.draftId, itemId: i.itemId } },
      };
    },
  },
  dismissCheckMark: {
    expect: writers,
    run: async (w) => {
      const clauseId = await markedClause(w);
      return {
        query: 'mutation($i: DismissCheckMarkInput!) { dismissCheckMark(input: $i) { id reason } }',
        variables: {
          i: {
            draftId: w.draftId,
            clauseId,
            ruleId: 'vague-qualifier',
            excerpt: 'if feasible',
            reason: 'Kept on purpose.',
          },
        },
      };
    },
  },
  undismissCheckMark: {
    expect: writers,
    run: async (w) => {
      const clauseId = await markedClause(w);
      const d = await w.facilitator.ok<{ dismissCheckMark: { id: string } }>(
        'mutation($i: DismissCheckMarkInput!) { dismissCheckMark(input: $i) { id } }',
        {
          i: {
            draftId: w.draftId,
            clauseId,
            ruleId: 'vague-qualifier',
            excerpt: 'if feasible',
            reason: 'Kept on purpose.',
          },
        },
      );
      return {
        query: 'mutation($i: UndismissCheckMarkInput!) { undismissCheckMark(input: $i) }',
        variables: { i: { draftId: w.draftId, dismissalId: d.dismissCheckMark.id } },
      };
    },
  },
  archiveDraft: {
    expect: facilitators,
    run: async (w) => ({
      query: 'mutation($id: ID!) { archiveDraft(draftId: $id) { archived } }',
      variables: { id: w.draftId },
    }),
  },
  restoreDraft: {
    expect: facilitators,
    run: async (w) => ({
      query: 'mutation($id: ID!) { restoreDraft(draftId: $id) { archived } }',
      variables: { id: w.draftId },
    }),
  },
  packetVersions: {
    expect: readers,
    run: async (w) => ({
      query: 'query($d: ID!) { packetVersions(draftId: $d) { id version } }',
      variables: { d: w.draftId },
    }),
  },
  packetVersion: {
    expect: readers,
    run: async (w) => ({
      query: 'query($id: ID!) { packetVersion(id: $id) { id sha256 files { url } responses { id } } }',
      variables: { id: (await packetVersion(w)).versionId },
    }),
  },
  packetPreview: {
    expect: facilitators,
    run: async (w) => {
      await packetVersion(w);
      return {
        query: 'query($i: PublishPacketInput!) { packetPreview(input: $i) { version sha256 } }',
        variables: { i: { draftId: w.draftId, title: 'Preview' } },
      };
    },
  },
  publishPacket: {
    expect: facilitators,
    run: async (w) => {
      await packetVersion(w);
      return {
        query: 'mutation($i: PublishPacketInput!) { publishPacket(input: $i) { id } }',
        variables: { i: { draftId: w.draftId, title: 'Again' } },
      };
    },
  },
  packetRedline: {
    expect: readers,
    run: async (w) => ({
      query: 'query($i: PacketRedlineInput!) { packetRedline(input: $i) { summary { added } } }',
      variables: { i: { draftId: w.draftId } },
    }),
  },
  createShareLink: {
    expect: facilitators,
    run: async (w) => ({
      query: 'mutation($i: CreateShareLinkInput!) { createShareLink(input: $i) { url } }',
      variables: { i: { packetVersionId: (await packetVersion(w)).versionId, expiresInDays: 3 } },
    }),
  },
  revokeShareLink: {
    expect: facilitators,
    run: async (w) => ({
      query: 'mutation($id: ID!) { revokeShareLink(shareLinkId: $id) { status } }',
      variables: { id: (await newShareLink(w)).id },
    }),
  },
  sharedPacket: {
    // Share links are for people without an account: anyone holding the token may read.
    expect: everyone('ok'),
    run: async (w) => ({
      query: 'query($t: String!) { sharedPacket(token: $t) { version sha256 } }',
      variables: { t: (await newShareLink(w)).token },
    }),
  },
  respondToPacket: {
    expect: everyone('ok'),
    run: async (w) => ({
      query: 'mutation($i: RespondToPacketInput!) { respondToPacket(input: $i) { id } }',
      variables: {
        i: {
          token: (await newShareLink(w)).token,
          clauseId: (await packetVersion(w)).clauseId,
          status: 'UNDER_REVIEW',
          text: 'Reviewing.',
          responderName: 'A. Official',
          responderRole: 'Chief of Police',
        },
      },
    }),
  },

  // ---- deliberation: votes ----
  question: {
    expect: readers,
    run: async (w) => ({
      query: 'query($id: ID!) { question(id: $id) { id tally { outcome } myBallot { choice } canVote } }',
      variables: { id: await newQuestion(w) },
    }),
  },
  questions: {
    expect: readers,
    run: async (w) => ({
      query: 'query($b: ID!) { questions(boardId: $b, take: 5) { id } }',
      variables: { b: w.boardId },
    }),
  },
  createQuestion: {
    expect: facilitators,
    run: async (w) => ({
      query: 'mutation($i: CreateQuestionInput!) { createQuestion(input: $i) { id } }',
      variables: {
        i: { boardId: w.boardId, subject: 'MOTION', prompt: 'Adopt the agenda?', kind: 'APPROVAL' },
      },
    }),
  },
  openQuestion: {
    expect: facilitators,
    run: async (w) => ({
      query: 'mutation($id: ID!) { openQuestion(questionId: $id) { state } }',
      variables: { id: await newQuestion(w, { open: false }) },
    }),
  },
  castBallot: {
    expect: writers,
    run: async (w) => ({
      query: 'mutation($i: CastBallotInput!) { castBallot(input: $i) { choice } }',
      variables: { i: { questionId: await newQuestion(w), choice: 'APPROVE' } },
    }),
  },
  closeQuestion: {
    expect: facilitators,
    run: async (w) => ({
      query: 'mutation($id: ID!) { closeQuestion(questionId: $id) { state } }',
      variables: { id: await newQuestion(w) },
    }),
  },
  reopenQuestion: {
    expect: facilitators,
    run: async (w) => ({
      query: 'mutation($i: ReopenQuestionInput!) { reopenQuestion(input: $i) { round } }',
      variables: { i: { questionId: await closedQuestion(w) } },
    }),
  },
  questionUpdated: {
    expect: readers,
    run: async (w) => ({
      query: 'subscription($b: ID!) { questionUpdated(boardId: $b) { id } }',
      variables: { b: w.boardId },
      overSocket: true,
    }),
  },
  // ---- deliberation: amendments ----
  amendment: {
    expect: readers,
    run: async (w) => ({
      query: 'query($id: ID!) { amendment(id: $id) { id text } }',
      variables: { id: await newAmendment(w) },
    }),
  },
  amendments: {
    expect: readers,
    run: async (w) => ({
      query: 'query($d: ID!) { amendments(draftId: $d) { id } }',
      variables: { d: w.draftId },
    }),
  },
  proposeAmendment: {
    expect: writers,
    run: async (w) => ({
      query: 'mutation($i: ProposeAmendmentInput!) { proposeAmendment(input: $i) { id } }',
      variables: {
        i: {
          draftId: w.draftId,
          clauseId: await clauseOf(w),
          text: 'Officers shall always de-escalate.',
          rationale: 'Stronger.',
        },
      },
    }),
  },
  reviseAmendment: {
    expect: writers,
    run: async (w, caller) => ({
      query: 'mutation($i: ReviseAmendmentInput!) { reviseAmendment(input: $i) { id } }',
      variables: {
        i: { amendmentId: await newAmendment(w, caller), text: 'Reworded.', rationale: 'Shorter.' },
      },
    }),
  },
  withdrawAmendment: {
    expect: writers,
    run: async (w, caller) => ({
      query: 'mutation($id: ID!) { withdrawAmendment(amendmentId: $id) { status } }',
      variables: { id: await newAmendment(w, caller) },
    }),
  },
  supportAmendment: {
    expect: writers,
    run: async (w) => ({
      query: 'mutation($id: ID!) { supportAmendment(amendmentId: $id) { supportCount } }',
      variables: { id: await newAmendment(w) },
    }),
  },
  amendmentUpdated: {
    expect: readers,
    run: async (w) => ({
      query: 'subscription($d: ID!) { amendmentUpdated(draftId: $d) { id } }',
      variables: { d: w.draftId },
      overSocket: true,
    }),
  },
  // ---- deliberation: audit and activity ----
  auditLog: {
    expect: facilitators,
    run: async (w) => ({
      query: 'query($b: ID!) { auditLog(boardId: $b, take: 5) { action data } }',
      variables: { b: w.boardId },
    }),
  },
  boardActivity: {
    expect: readers,
    run: async (w) => ({
      query: 'query($b: ID!) { boardActivity(boardId: $b, take: 5) { action label } }',
      variables: { b: w.boardId },
    }),
  },
  activityAdded: {
    expect: readers,
    run: async (w) => ({
      query: 'subscription($b: ID!) { activityAdded(boardId: $b) { id } }',
      variables: { b: w.boardId },
      overSocket: true,
    }),
  },

  // ---- deliberation: comments ----
  comments: {
    expect: readers,
    run: async (w) => ({
      query: 'query($d: ID!) { comments(draftId: $d) { id body } }',
      variables: { d: w.draftId },
    }),
  },
  addComment: {
    expect: writers,
    run: async (w) => ({
      query: 'mutation($i: AddCommentInput!) { addComment(input: $i) { id } }',
      variables: { i: { draftId: w.draftId, clauseId: await clauseOf(w), body: 'I agree.' } },
    }),
  },
  editComment: {
    expect: writers,
    run: async (w, caller) => ({
      query: 'mutation($i: EditCommentInput!) { editComment(input: $i) { editedAt } }',
      variables: { i: { commentId: await newComment(w, caller), body: 'Edited.' } },
    }),
  },
  deleteComment: {
    expect: writers,
    run: async (w, caller) => ({
      query: 'mutation($id: ID!) { deleteComment(commentId: $id) { deleted } }',
      variables: { id: await newComment(w, caller) },
    }),
  },
  resolveThread: {
    expect: writers,
    run: async (w) => ({
      query: 'mutation($id: ID!) { resolveThread(commentId: $id) { resolvedAt } }',
      variables: { id: await newComment(w) },
    }),
  },
  hideComment: {
    expect: facilitators,
    run: async (w) => ({
      query: 'mutation($i: HideCommentInput!) { hideComment(input: $i) { hidden } }',
      variables: { i: { commentId: await newComment(w), reason: 'Off topic' } },
    }),
  },
  commentUpdated: {
    expect: readers,
    run: async (w) => ({
      query: 'subscription($d: ID!) { commentUpdated(draftId: $d) { id } }',
      variables: { d: w.draftId },
      overSocket: true,
    }),
  },
  // ---- deliberation: meetings ----
  meeting: {
    expect: readers,
    run: async (w) => ({
      query: 'query($id: ID!) { meeting(id: $id) { id agenda { id } attendance { name } } }',
      variables: { id: (await newMeeting(w)).id },
    }),
  },
  meetings: {
    expect: readers,
    run: async (w) => ({
      query: 'query($b: ID!) { meetings(boardId: $b, take: 5) { id } }',
      variables: { b: w.boardId },
    }),
  },
  scheduleMeeting: {
    expect: facilitators,
    run: async (w) => ({
      query: 'mutation($i: ScheduleMeetingInput!) { scheduleMeeting(input: $i) { id } }',
      variables: {
        i: {
          boardId: w.boardId,
          title: 'Session',
          startsAt: new Date(Date.now() + 86_400_000).toISOString(),
        },
      },
    }),
  },
  addAgendaItem: {
    expect: facilitators,
    run: async (w) => ({
      query: 'mutation($i: AddAgendaItemInput!) { addAgendaItem(input: $i) { id } }',
      variables: {
        i: {
          meetingId: (await newMeeting(w)).id,
          kind: 'FREE',
          title: 'Any other business',
          timeBoxMinutes: 10,
        },
      },
    }),
  },
  updateAgendaItem: {
    expect: facilitators,
    run: async (w) => ({
      query: 'mutation($i: UpdateAgendaItemInput!) { updateAgendaItem(input: $i) { id } }',
      variables: { i: { agendaItemId: (await newMeeting(w, true)).itemId, title: 'Renamed' } },
    }),
  },
  removeAgendaItem: {
    expect: facilitators,
    run: async (w) => ({
      query: 'mutation($id: ID!) { removeAgendaItem(agendaItemId: $id) { id } }',
      variables: { id: (await newMeeting(w, true)).itemId },
    }),
  },
  openMeeting: {
    expect: facilitators,
    run: async (w) => ({
      query: 'mutation($m: ID!) { openMeeting(meetingId: $m) { state } }',
      variables: { m: (await newMeeting(w)).id },
    }),
  },
  setCurrentAgendaItem: {
    expect: facilitators,
    run: async (w) => {
      const m = await newMeeting(w, true);
      return {
        query:
          'mutation($m: ID!, $a: ID) { setCurrentAgendaItem(meetingId: $m, agendaItemId: $a) { currentItemId } }',
        variables: { m: m.id, a: m.itemId },
      };
    },
  },
  checkIn: {
    expect: readers,
    run: async (w) => ({
      query: 'mutation($m: ID!) { checkIn(meetingId: $m) { presentCount } }',
      variables: { m: (await newMeeting(w, true)).id },
    }),
  },
  markAttendance: {
    expect: facilitators,
    run: async (w) => {
      const me = await w.facilitator.ok<{ me: { id: string } }>('{ me { id } }');
      return {
        query: 'mutation($i: MarkAttendanceInput!) { markAttendance(input: $i) { presentCount } }',
        variables: { i: { meetingId: (await newMeeting(w, true)).id, userId: me.me.id, present: true } },
      };
    },
  },
  saveMinutes: {
    expect: writers,
    run: async (w) => {
      const m = await newMeeting(w, true);
      return {
        query: 'mutation($i: SaveMinutesInput!) { saveMinutes(input: $i) { minutesVersion } }',
        variables: { i: { meetingId: m.id, text: 'Minutes.', baseVersion: m.minutesVersion } },
      };
    },
  },
  closeMeeting: {
    expect: facilitators,
    run: async (w) => ({
      query: 'mutation($m: ID!) { closeMeeting(meetingId: $m) { state decisions } }',
      variables: { m: (await newMeeting(w, true)).id },
    }),
  },
  meetingUpdated: {
    expect: readers,
    run: async (w) => ({
      query: 'subscription($m: ID!) { meetingUpdated(meetingId: $m) { id } }',
      variables: { m: (await newMeeting(w)).id },
      overSocket: true,
    }),
  },
};

function schemaOperations(): string[] {
  const sdl = fs.readFileSync(path.resolve(__dirname, '..', 'schema.gql'), 'utf8');
  const doc = parse(sdl);
  const names: string[] = [];
  for (const def of doc.definitions) {
    if (
      def.kind === 'ObjectTypeDefinition' &&
      ['Query', 'Mutation', 'Subscription'].includes(def.name.value)
    ) {
      for (const field of (def as ObjectTypeDefinitionNode).fields ?? []) names.push(field.name.value);
    }
  }
  return names.sort();
}

describe('authorization: every operation × every kind of caller', () => {
  let db: TestDatabase;
  let world: World;

  beforeAll(async () => {
    db = await createTestDatabase();
    const server = await startServer({ DATABASE_URL: db.url, DEMO_DATA: 'false' });
    const clients = Object.fromEntries(CALLERS.map((c) => [c, new GqlClient(server.url)])) as Record<
      Caller,
      GqlClient
    >;
    const emails: Partial<Record<Caller, string>> = {};
    for (const caller of CALLERS) {
      if (caller === 'anonymous') continue;
      emails[caller] = uniqueEmail(caller);
      await clients[caller].signUp(emails[caller]!, caller, PASSWORD);
    }
    const facilitator = clients.facilitator;
    const board = await facilitator.ok<{ createBoard: { id: string } }>(
      'mutation { createBoard(input: { name: "Main board", jurisdiction: "Testville" }) { id } }',
    );
    const join = await facilitator.ok<{ createBoard: { id: string } }>(
      'mutation { createBoard(input: { name: "Join board", jurisdiction: "Testville" }) { id } }',
    );
    await clients.outsider.ok(
      'mutation { createBoard(input: { name: "Other board", jurisdiction: "Elsewhere" }) { id } }',
    );
    const draft = await facilitator.ok<{ createDraft: { id: string } }>(
      'mutation($i: CreateDraftInput!) { createDraft(input: $i) { id } }',
      { i: { boardId: board.createBoard.id, title: 'Draft' } },
    );
    world = {
      boardId: board.createBoard.id,
      draftId: draft.createDraft.id,
      joinBoardId: join.createBoard.id,
      clients,
      emails,
      facilitator,
      server,
    };
    for (const role of ['observer', 'member'] as const) {
      const { token } = await newInvitation(world, world.boardId, role.toUpperCase());
      await clients[role].ok('mutation($t: String!) { acceptInvitation(token: $t) { id } }', { t: token });
    }
  }, 120_000);

  afterAll(async () => {
    await world?.server.stop();
    await db?.drop();
  });

  it('has an expected outcome for every operation in schema.gql, and no stale rows', () => {
    expect(Object.keys(CASES).sort()).toEqual(schemaOperations());
  });

  it('shows invitations to facilitators only, and member emails to facilitators and to the person', async () => {
    const q = 'query($id: ID!) { board(id: $id) { invitations { id } } }';
    const facilitator = new GqlClient(world.server.url);
    facilitator.cookie = world.facilitator.cookie;
    expect((await facilitator.gql(q, { id: world.boardId })).errors).toBeUndefined();
    const fresh = new GqlClient(world.server.url);
    const email = uniqueEmail('emails');
    await fresh.signUp(email);
    const { token } = await newInvitation(world, world.boardId, 'MEMBER');
    await fresh.ok('mutation($t: String!) { acceptInvitation(token: $t) { id } }', { t: token });
    const denied = await fresh.gql(q, { id: world.boardId });
    expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const members = await fresh.ok<{ board: { members: { email: string | null; name: string }[] } }>(
      'query($id: ID!) { board(id: $id) { members { name email } } }',
      { id: world.boardId },
    );
    const visible = members.board.members.filter((m) => m.email !== null).map((m) => m.email);
    expect(visible).toEqual([email]);
  }, 60_000);

  it('gives each caller exactly the expected outcome on every operation', async () => {
    const mismatches: string[] = [];
    const ordered = Object.entries(CASES).sort(([, a], [, b]) => (a.phase ?? 0) - (b.phase ?? 0));
    for (const [operation, testCase] of ordered) {
      for (const caller of CALLERS) {
        // A copy of the caller's cookie jar, so sign-in and sign-up do not change who the caller is.
        const client = new GqlClient(world.server.url);
        client.cookie = world.clients[caller].cookie;
        const { query, variables, overSocket } = await testCase.run(world, caller, client);
        // Subscriptions run over the graphql-ws socket, with the same cookie.
        const result = overSocket
          ? await subscriptionOutcome(world.server, client.cookie, query, variables)
          : await client.gql(query, variables);
        const outcome = result.errors?.length ? String(result.errors[0].extensions?.code) : 'ok';
        if (outcome !== testCase.expect[caller]) {
          mismatches.push(
            `${operation} as ${caller}: expected ${testCase.expect[caller]}, got ${outcome} (${result.errors?.[0]?.message ?? ''})`,
          );
        }
      }
    }
    expect(mismatches).toEqual([]);
  }, 180_000);
});
