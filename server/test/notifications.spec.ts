import { createTestDatabase, startServer, TestDatabase, TestServer } from './harness';
import {
  Board,
  bulkPeople,
  newBoard,
  Person,
  settle,
  subscribe,
  subscriptionClient,
} from './deliberation-world';

interface Feed {
  myNotifications: {
    unreadCount: number;
    items: {
      id: string;
      kind: string;
      boardId: string;
      clauseId: string;
      commentId: string;
      actorName: string;
      excerpt: string | null;
      read: boolean;
    }[];
  };
}
const FEED =
  '{ myNotifications { unreadCount items { id kind boardId clauseId commentId actorName excerpt read } } }';
const ADD = 'mutation($i: AddCommentInput!) { addComment(input: $i) { id mentions { userId name } } }';

describe('mentions and notifications', () => {
  let db: TestDatabase;
  let server: TestServer;
  let board: Board;
  let second: Person;

  beforeAll(async () => {
    db = await createTestDatabase();
    server = await startServer({ DATABASE_URL: db.url, DEMO_DATA: 'false' });
    board = await newBoard(db, server, 1);
    [second] = await bulkPeople(db, server, 1, board.boardId, 'MEMBER', 'second');
  }, 60_000);

  afterAll(async () => {
    await server?.stop();
    await db?.drop();
  });

  const feed = async (who: Person) => (await who.client.ok<Feed>(FEED)).myNotifications;
  const comment = (who: Person, body: string, mentions: string[], parentId?: string) =>
    who.client.gql<{ addComment: { id: string; mentions: { userId: string; name: string }[] } }>(ADD, {
      i: {
        draftId: board.draftId,
        clauseId: board.clauseIds[0],
        body,
        mentions,
        ...(parentId ? { parentId } : {}),
      },
    });

  it('refuses to mention someone who is not on the board, and stores nothing', async () => {
    const [{ n: before }] = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM comment');
    const result = await comment(board.member, 'Hello @outsider', [board.outsider.userId]);
    expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0].message).toMatch(/only mention members of this board/);
    const [{ n: after }] = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM comment');
    expect(after).toBe(before);
    expect((await feed(board.outsider)).items).toEqual([]);
    const bad = await comment(board.member, 'Hello', ['not-an-id']);
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('notifies the mentioned members (observers included) and nobody else; the mention is audited', async () => {
    const added = await comment(board.member, 'What do @facilitator and @observer think?', [
      board.facilitator.userId,
      board.observer.userId,
    ]);
    expect(added.errors).toBeUndefined();
    const { id, mentions } = added.data!.addComment;
    expect(mentions.map((m) => m.userId).sort()).toEqual(
      [board.facilitator.userId, board.observer.userId].sort(),
    );

    for (const who of [board.facilitator, board.observer]) {
      const mine = await feed(who);
      expect(mine.unreadCount).toBe(1);
      expect(mine.items).toEqual([
        expect.objectContaining({
          kind: 'MENTION',
          commentId: id,
          boardId: board.boardId,
          clauseId: board.clauseIds[0],
          actorName: board.member.name,
          read: false,
        }),
      ]);
      expect(mine.items[0].excerpt).toContain('What do @facilitator');
    }
    for (const who of [board.member, second, board.outsider]) expect((await feed(who)).items).toEqual([]);

    const [audit] = await db.query<{ data: { mentions: string[] } }>(
      "SELECT data FROM audit_event WHERE target_id = $1 AND action = 'comment.created'",
      [id],
    );
    expect(audit.data.mentions.sort()).toEqual([board.facilitator.userId, board.observer.userId].sort());
  });

  it('lets observers read and clear their notifications but not comment', async () => {
    const denied = await comment(board.observer, 'Me too', []);
    expect(denied.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const mine = await feed(board.observer);
    const marked = await board.observer.client.ok<{ markNotificationsRead: number }>(
      'mutation($i: MarkNotificationsReadInput!) { markNotificationsRead(input: $i) }',
      {
        i: { ids: [mine.items[0].id] },
      },
    );
    expect(marked.markNotificationsRead).toBe(1);
    expect((await feed(board.observer)).unreadCount).toBe(0);
    expect((await feed(board.observer)).items[0].read).toBe(true);
  });

  it("cannot mark someone else's notifications read", async () => {
    const theirs = (await feed(board.facilitator)).items[0];
    const marked = await second.client.ok<{ markNotificationsRead: number }>(
      'mutation($i: MarkNotificationsReadInput!) { markNotificationsRead(input: $i) }',
      {
        i: { ids: [theirs.id] },
      },
    );
    expect(marked.markNotificationsRead).toBe(0);
    expect((await feed(board.facilitator)).items[0].read).toBe(false);
    const neither = await second.client.gql('mutation { markNotificationsRead(input: {}) }');
    expect(neither.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it("tells a thread's author about replies, once, and not the replier", async () => {
    const thread = await comment(second, 'A thread by the second member', []);
    const threadId = thread.data!.addComment.id;
    const reply = await comment(board.member, 'A reply', [], threadId);
    expect(reply.errors).toBeUndefined();
    const mine = await feed(second);
    expect(mine.items).toEqual([
      expect.objectContaining({
        kind: 'REPLY',
        commentId: reply.data!.addComment.id,
        actorName: board.member.name,
      }),
    ]);
    // Replying to your own thread tells nobody; a reply that mentions the author is one MENTION, not two notices.
    await comment(second, 'My own reply', [], threadId);
    const mention = await comment(board.member, '@second see above', [second.userId], threadId);
    const after = await feed(second);
    expect(after.items.filter((n) => n.commentId === mention.data!.addComment.id).map((n) => n.kind)).toEqual(
      ['MENTION'],
    );
    expect(after.items).toHaveLength(2);
    expect((await feed(board.member)).items).toEqual([]);
  });

  it('pushes the feed live to the person mentioned, in every tab, and to nobody else', async () => {
    type Live = { myNotificationsChanged: Feed['myNotifications'] };
    const LIVE = `subscription { myNotificationsChanged(take: 5) { unreadCount items { commentId excerpt read } } }`;
    const tabs = [
      subscriptionClient(server, board.observer.client.cookie),
      subscriptionClient(server, board.observer.client.cookie),
    ];
    const onTabs = tabs.map((c) => subscribe<Live>(c, LIVE, {}));
    const bystanderClient = subscriptionClient(server, second.client.cookie);
    const bystander = subscribe<Live>(bystanderClient, LIVE, {});
    await settle();
    const before = (await feed(board.observer)).unreadCount;

    const added = await comment(board.member, 'Live ping for @observer', [board.observer.userId]);
    const commentId = added.data!.addComment.id;
    for (const tab of onTabs) {
      const event = await tab.next((e) => e.myNotificationsChanged.items[0]?.commentId === commentId);
      expect(event.myNotificationsChanged.unreadCount).toBe(before + 1);
      expect(event.myNotificationsChanged.items[0]).toEqual({
        commentId,
        excerpt: 'Live ping for @observer',
        read: false,
      });
    }

    // Reading them in one tab clears the count in the others.
    await board.observer.client.ok('mutation { markNotificationsRead(input: { all: true }) }');
    for (const tab of onTabs) await tab.next((e) => e.myNotificationsChanged.unreadCount === 0);

    await settle();
    expect(bystander.events).toEqual([]);
    expect([...onTabs, bystander].flatMap((t) => t.errors)).toEqual([]);
    await Promise.all([...tabs, bystanderClient].map((c) => c.dispose()));
  });

  it('hides the text of a deleted comment and stops showing a board after leaving it', async () => {
    const added = await comment(board.member, 'Soon deleted, @second', [second.userId]);
    await board.member.client.ok('mutation($id: ID!) { deleteComment(commentId: $id) { id } }', {
      id: added.data!.addComment.id,
    });
    const item = (await feed(second)).items.find((n) => n.commentId === added.data!.addComment.id)!;
    expect(item.excerpt).toBeNull();

    await second.client.ok('mutation($b: ID!) { leaveBoard(boardId: $b) }', { b: board.boardId });
    const gone = await feed(second);
    expect(gone.items).toEqual([]);
    expect(gone.unreadCount).toBe(0);
  });

  it('notifies a member whose name is typed by hand without the list, and nobody for a name two members share', async () => {
    const [darnell, mayaO, mayaC] = await bulkPeople(db, server, 3, board.boardId, 'MEMBER', 'typed');
    const names: [Person, string][] = [
      [darnell, 'Darnell Hughes'],
      [mayaO, 'Maya Okafor'],
      [mayaC, 'Maya Chen'],
    ];
    for (const [who, name] of names)
      await db.query('UPDATE user_account SET name = $2 WHERE id = $1', [who.userId, name]);
    const mentioned = async (body: string) => {
      const added = await comment(board.member, body, []);
      expect(added.errors).toBeUndefined();
      return added.data!.addComment;
    };

    const toDarnell = await mentioned('Could @darnell look at the reporting window?');
    expect(toDarnell.mentions).toEqual([{ userId: darnell.userId, name: 'Darnell Hughes' }]);
    expect((await feed(darnell)).items).toEqual([
      expect.objectContaining({ kind: 'MENTION', commentId: toDarnell.id, read: false }),
    ]);

    // Two Mayas: the server cannot know which one is meant (the client asks), so it tells neither.
    const unclear = await mentioned('And @Maya, what do you think?');
    expect(unclear.mentions).toEqual([]);
    // A full name settles it.
    const toMayaChen = await mentioned('Thanks @Maya Chen.');
    expect(toMayaChen.mentions).toEqual([{ userId: mayaC.userId, name: 'Maya Chen' }]);
    expect((await feed(mayaC)).items.map((n) => n.commentId)).toEqual([toMayaChen.id]);
    expect((await feed(mayaO)).items).toEqual([]);
  });

  it('requires a session', async () => {
    const res = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: FEED }),
    });
    expect(
      ((await res.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code,
    ).toBe('UNAUTHENTICATED');
  });
});
