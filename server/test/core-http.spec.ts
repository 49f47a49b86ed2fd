import { createTestDatabase, startServer, TestDatabase, TestServer } from './harness';
import { Board, bulkPeople, newBoard } from './deliberation-world';

/**
 * The core HTTP exception filter (one for every controller) and the per-request access checks
 * that the board page relies on: roles read with the session must never outlive the request.
 */
describe('core HTTP errors and per-request access', () => {
  let db: TestDatabase;
  let server: TestServer;
  let board: Board;

  beforeAll(async () => {
    db = await createTestDatabase();
    server = await startServer({ DATABASE_URL: db.url, DEMO_DATA: 'false' });
    board = await newBoard(db, server, 1);
  }, 60_000);

  afterAll(async () => {
    await server?.stop();
    await db?.drop();
  });

  const get = (path: string, cookie?: string) =>
    fetch(`${server.url}${path}`, { headers: cookie ? { cookie } : {} });

  it('maps access-guard errors on HTTP routes to 401/403/404 with a plain, uncached message', async () => {
    const csv = `/api/boards/${board.boardId}/audit.csv`;
    const cases: [string | undefined, number, RegExp][] = [
      [undefined, 401, /sign in/i],
      [board.outsider.client.cookie, 404, /not found, or you do not have access/i],
      [board.member.client.cookie, 403, /facilitator/i],
      [board.observer.client.cookie, 403, /facilitator/i],
      [board.facilitator.client.cookie, 200, /^\uFEFF?seq,/],
    ];
    for (const [cookie, status, body] of cases) {
      const res = await get(csv, cookie);
      expect(res.status).toBe(status);
      const text = await res.text();
      expect(text).toMatch(body);
      if (status !== 200) {
        expect(res.headers.get('content-type')).toBe('text/plain; charset=utf-8');
        expect(res.headers.get('cache-control')).toBe('no-store');
      }
    }
    // A board that does not exist looks exactly like one the caller cannot see.
    const missing = await get(
      `/api/boards/00000000-0000-4000-8000-000000000000/audit.csv`,
      board.facilitator.client.cookie,
    );
    expect(missing.status).toBe(404);
    const notUuid = await get('/api/boards/not-a-uuid/audit.csv', board.facilitator.client.cookie);
    expect([400, 404]).toContain(notUuid.status);
    expect(notUuid.headers.get('content-type')).toBe('text/plain; charset=utf-8');
  });

  it('answers unknown server paths 404 in plain text, without naming the route', async () => {
    const res = await get('/api/no-such-thing', board.facilitator.client.cookie);
    expect(res.status).toBe(404);
    expect(await res.text()).toBe('Not found.');
  });

  it('leaves GraphQL errors as they were: HTTP 200 with the code in extensions', async () => {
    const res = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: board.outsider.client.cookie },
      body: JSON.stringify({
        query: 'query($id: ID!) { board(id: $id) { id } }',
        variables: { id: board.boardId },
      }),
    });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors[0].extensions.code).toBe('NOT_FOUND');
    const anon = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'query($id: ID!) { board(id: $id) { id } }',
        variables: { id: board.boardId },
      }),
    });
    expect(
      ((await anon.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code,
    ).toBe('UNAUTHENTICATED');
  });

  it('applies a role change, a removal and a sign-out on the very next request', async () => {
    const [person] = await bulkPeople(db, server, 1, board.boardId, 'MEMBER', 'changing');
    const page = `query($id: ID!) { board(id: $id) { myRole memberCount members { userId email } } }`;
    const before = await person.client.ok<{
      board: { myRole: string; members: { userId: string; email: string | null }[] };
    }>(page, { id: board.boardId });
    expect(before.board.myRole).toBe('MEMBER');
    // Members see only their own email.
    expect(before.board.members.filter((m) => m.email !== null).map((m) => m.userId)).toEqual([
      person.userId,
    ]);

    const [{ id: membershipId }] = await db.query<{ id: string }>(
      'SELECT id FROM membership WHERE board_id = $1 AND user_id = $2',
      [board.boardId, person.userId],
    );
    await board.facilitator.client.ok(
      'mutation($i: ChangeMemberRoleInput!) { changeMemberRole(input: $i) { id } }',
      {
        i: { membershipId, role: 'FACILITATOR' },
      },
    );
    const promoted = await person.client.ok<{
      board: { myRole: string; members: { email: string | null }[] };
    }>(page, { id: board.boardId });
    expect(promoted.board.myRole).toBe('FACILITATOR');
    expect(promoted.board.members.every((m) => m.email !== null)).toBe(true);

    await board.facilitator.client.ok(
      'mutation($i: ChangeMemberRoleInput!) { changeMemberRole(input: $i) { id } }',
      {
        i: { membershipId, role: 'OBSERVER' },
      },
    );
    const write = await person.client.gql(
      'mutation($i: CreateDraftInput!) { createDraft(input: $i) { id } }',
      {
        i: { boardId: board.boardId, title: 'Not allowed' },
      },
    );
    expect(write.errors?.[0].extensions?.code).toBe('FORBIDDEN');

    await board.facilitator.client.ok('mutation($id: ID!) { removeMember(membershipId: $id) }', {
      id: membershipId,
    });
    const gone = await person.client.gql(page, { id: board.boardId });
    expect(gone.errors?.[0].extensions?.code).toBe('NOT_FOUND');

    const cookie = board.member.client.cookie;
    const meWith = async () =>
      (
        (await (
          await fetch(`${server.url}/graphql`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', cookie },
            body: JSON.stringify({ query: '{ me { id } }' }),
          })
        ).json()) as { data: { me: { id: string } | null } }
      ).data.me;
    expect(await meWith()).toEqual({ id: board.member.userId });
    await board.member.client.ok('mutation { signOut }');
    expect(await meWith()).toBeNull();
  });

  it('answers the board page the same whether its lists come with the board (one query) or by field', async () => {
    const client = board.facilitator.client;
    const extra = await client.ok<{ createDraft: { id: string } }>(
      'mutation($i: CreateDraftInput!) { createDraft(input: $i) { id } }',
      {
        i: { boardId: board.boardId, title: 'Archived one' },
      },
    );
    await client.ok('mutation($id: ID!) { archiveDraft(draftId: $id) { archived } }', {
      id: extra.createDraft.id,
    });
    const fields =
      'id name memberCount myRole members { id userId name email role joinedAt } drafts(includeArchived: $a) { id boardId title archived createdAt updatedAt }';
    // @include makes the lookahead step aside, so these go through the per-field resolvers.
    const byField =
      'id name memberCount myRole members @include(if: true) { id userId name email role joinedAt } drafts(includeArchived: $a) @include(if: true) { id boardId title archived createdAt updatedAt }';
    for (const a of [true, false]) {
      const together = await client.ok<{ board: { drafts: { archived: boolean }[]; members: unknown[] } }>(
        `query($id: ID!, $a: Boolean) { board(id: $id) { ${fields} } }`,
        { id: board.boardId, a },
      );
      const apart = await client.ok(`query($id: ID!, $a: Boolean) { board(id: $id) { ${byField} } }`, {
        id: board.boardId,
        a,
      });
      expect(together).toEqual(apart);
      expect(together.board.drafts.some((d) => d.archived)).toBe(a);
      expect(together.board.members.length).toBe(3); // facilitator, member, observer
    }
    // Through a named fragment, as the client writes it; and as an observer, whose view hides others' emails.
    const viaFragment = await board.observer.client.ok<{
      board: { members: { userId: string; email: string | null }[] };
    }>(
      'fragment Page on Board { members { userId email } drafts { id } } query($id: ID!) { board(id: $id) { ...Page } }',
      { id: board.boardId },
    );
    expect(viaFragment.board.members.filter((m) => m.email !== null).map((m) => m.userId)).toEqual([
      board.observer.userId,
    ]);
  });
});
