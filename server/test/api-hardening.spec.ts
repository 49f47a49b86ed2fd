/**
 * The API's edges against a hostile but signed-up caller (issue 10, "Medium and low"): text
 * PostgreSQL cannot store, subscription floods, sign-in lockouts, schema suggestions, share-link
 * responses, weak passwords, bidi overrides and oversized queries.
 */
import JSZip from 'jszip';
import { randomBytes } from 'node:crypto';
import WebSocket from 'ws';
import { createTestDatabase, GqlClient, startServer, TestDatabase, TestServer, uniqueEmail } from './harness';
import { bulkPeople, wsUrl } from './deliberation-world';

const PASSWORD = 'a-long-test-password';
const SIGN_UP = 'mutation($i: SignUpInput!) { signUp(input: $i) { id name } }';
const SIGN_IN = 'mutation($i: SignInInput!) { signIn(input: $i) { id } }';

interface GqlError {
  message: string;
  extensions?: { code?: string; reasons?: string[]; retryAfterSeconds?: number; field?: string };
}

/** A raw graphql-ws socket, to send many operations without a client library's bookkeeping. */
interface RawSubscriptions {
  subscribe(id: string, query: string): void;
  complete(id: string): void;
  /** Resolves with the error payload for `id`, or rejects after `timeoutMs`. */
  errorFor(id: string, timeoutMs?: number): Promise<GqlError[]>;
  errorIds(): string[];
  close(): void;
}

function openSubscriptions(server: TestServer, cookie: string): Promise<RawSubscriptions> {
  const socket = new WebSocket(wsUrl(server), 'graphql-transport-ws', {
    headers: { cookie, origin: server.url },
  });
  const errors = new Map<string, GqlError[]>();
  const waiters = new Map<string, (errors: GqlError[]) => void>();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('no connection_ack within 10 s')), 10_000);
    socket.on('error', reject);
    socket.on('open', () => socket.send(JSON.stringify({ type: 'connection_init' })));
    socket.on('message', (data) => {
      const message = JSON.parse(String(data)) as { type: string; id?: string; payload?: GqlError[] };
      if (message.type === 'connection_ack') {
        clearTimeout(timer);
        resolve({
          subscribe: (id, query) =>
            socket.send(JSON.stringify({ id, type: 'subscribe', payload: { query } })),
          complete: (id) => socket.send(JSON.stringify({ id, type: 'complete' })),
          errorFor: (id, timeoutMs = 10_000) =>
            errors.has(id)
              ? Promise.resolve(errors.get(id)!)
              : new Promise((ok, fail) => {
                  const t = setTimeout(
                    () => fail(new Error(`no error for subscription ${id} within ${timeoutMs} ms`)),
                    timeoutMs,
                  );
                  waiters.set(id, (e) => {
                    clearTimeout(t);
                    ok(e);
                  });
                }),
          errorIds: () => [...errors.keys()],
          close: () => socket.terminate(),
        });
      } else if (message.type === 'error' && message.id) {
        errors.set(message.id, message.payload ?? []);
        waiters.get(message.id)?.(message.payload ?? []);
      }
    });
  });
}

describe('API hardening', () => {
  let db: TestDatabase;
  let server: TestServer;

  beforeAll(async () => {
    db = await createTestDatabase();
    // Behind a proxy, so a test can speak from several addresses through X-Forwarded-For.
    server = await startServer({ DATABASE_URL: db.url, DEMO_DATA: 'false', TRUST_PROXY: 'true' });
  }, 60_000);

  afterAll(async () => {
    await server?.stop();
    await db?.drop();
  });

  /** One GraphQL request over HTTP, from `address` (through the trusted proxy header). */
  async function gqlFrom<T = Record<string, any>>(
    address: string,
    query: string,
    variables?: Record<string, unknown>,
    cookie?: string,
  ): Promise<{ status: number; data?: T | null; errors?: GqlError[] }> {
    const res = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-forwarded-for': address,
        ...(cookie ? { cookie } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    return { status: res.status, ...((await res.json()) as { data?: T; errors?: GqlError[] }) };
  }

  describe('text PostgreSQL cannot store', () => {
    it('refuses a NUL or a lone surrogate in any string argument with a validation error naming the field', async () => {
      const client = new GqlClient(server.url);
      const nul = await client.gql(SIGN_UP, {
        i: { email: uniqueEmail('nul'), name: 'Ann\u0000Lee', password: PASSWORD },
      });
      expect(nul.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(nul.errors?.[0].message).toMatch(/input\.name .*U\+0000/);

      const lone = await client.gql(SIGN_UP, {
        i: { email: uniqueEmail('lone'), name: 'Ann \uD800', password: PASSWORD },
      });
      expect(lone.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(lone.errors?.[0].message).toMatch(/input\.name .*U\+D800/);

      // Written into the query text instead of a variable, and inside a list.
      const facilitator = new GqlClient(server.url);
      await facilitator.signUp(uniqueEmail('nul-fac'));
      const literal = await facilitator.gql(
        'mutation { createBoard(input: { name: "Board \\u0000 of NUL", jurisdiction: "Here" }) { id } }',
      );
      expect(literal.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(literal.errors?.[0].message).toMatch(/input\.name/);
      const board = await facilitator.ok<{ createBoard: { id: string } }>(
        'mutation { createBoard(input: { name: "Storable board", jurisdiction: "Here" }) { id } }',
      );
      const draft = await facilitator.ok<{ createDraft: { id: string } }>(
        'mutation($i: CreateDraftInput!) { createDraft(input: $i) { id } }',
        { i: { boardId: board.createBoard.id, title: 'Draft' } },
      );
      const inList = await facilitator.gql(
        'mutation($i: PublishPacketInput!) { publishPacket(input: $i) { id } }',
        { i: { draftId: draft.createDraft.id, title: 'Packet', recipients: ['Chief', 'Council\u0000'] } },
      );
      expect(inList.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(inList.errors?.[0].message).toMatch(/input\.recipients\[1\]/);

      const stored = await db.query<{ n: number }>(
        "SELECT count(*)::int AS n FROM user_account WHERE name LIKE 'Ann%' OR name LIKE '%\uFFFD%'",
      );
      expect(stored[0].n).toBe(0);
    });
  });

  describe('subscriptions over graphql-ws', () => {
    const FEED = 'subscription { myNotificationsChanged { unreadCount } }';

    it('caps live subscriptions per socket and per person, with a clear error, and frees a slot when one ends', async () => {
      const [person] = await bulkPeople(db, server, 1, null, 'MEMBER', 'subs');
      const first = await openSubscriptions(server, person.client.cookie);
      const sockets = [first];
      try {
        for (let i = 1; i <= 101; i++) first.subscribe(String(i), FEED);
        const refused = await first.errorFor('101');
        expect(refused[0].extensions?.code).toBe('RATE_LIMITED');
        expect(refused[0].message).toMatch(/100 live subscriptions/);
        expect(first.errorIds()).toEqual(['101']);

        // Ending one makes room for exactly one more.
        first.complete('1');
        first.subscribe('102', FEED);
        first.subscribe('103', FEED);
        await first.errorFor('103');
        expect(first.errorIds().sort()).toEqual(['101', '103']);

        // Two more sockets of 100 reach the person's 300; a fourth socket's first is refused.
        for (const n of [2, 3]) {
          const socket = await openSubscriptions(server, person.client.cookie);
          sockets.push(socket);
          for (let i = 1; i <= 100; i++) socket.subscribe(`${n}-${i}`, FEED);
        }
        const fourth = await openSubscriptions(server, person.client.cookie);
        sockets.push(fourth);
        // The refusal of the fourth socket's subscription shows all 300 before it were live.
        fourth.subscribe('x', FEED);
        const overUser = await fourth.errorFor('x');
        expect(overUser[0].extensions?.code).toBe('RATE_LIMITED');
        expect(overUser[0].message).toMatch(/300 live subscriptions/);
        expect(sockets.slice(1, 3).flatMap((s) => s.errorIds())).toEqual([]);
      } finally {
        for (const socket of sockets) socket.close();
      }
    }, 60_000);

    it('never suggests field names over the socket', async () => {
      const [person] = await bulkPeople(db, server, 1, null, 'MEMBER', 'typo');
      const socket = await openSubscriptions(server, person.client.cookie);
      try {
        socket.subscribe('typo', 'subscription { myNotificationsChanged { unredCount } }');
        const [error] = await socket.errorFor('typo');
        expect(error.message).toMatch(/Cannot query field "unredCount"/);
        expect(error.message).not.toMatch(/Did you mean|unreadCount/);
      } finally {
        socket.close();
      }
    });
  });

  it('never suggests enum values or fields over HTTP, in literals or variables', async () => {
    const client = new GqlClient(server.url);
    await client.signUp(uniqueEmail('enum'));
    const literal = await client.gql(
      'mutation { changeMemberRole(input: { membershipId: "00000000-0000-4000-8000-000000000000", role: MEMBR }) { id } }',
    );
    const variable = await client.gql(
      'mutation($r: BoardRole!) { changeMemberRole(input: { membershipId: "00000000-0000-4000-8000-000000000000", role: $r }) { id } }',
      { r: 'MEMBR' },
    );
    const field = await client.gql('{ me { nam } }');
    for (const result of [literal, variable, field]) {
      expect(result.errors?.length).toBeGreaterThan(0);
      expect(JSON.stringify(result.errors)).not.toMatch(/Did you mean|MEMBER"|"name"/);
    }
    expect(literal.errors?.[0].message).toMatch(/"MEMBR" does not exist/);
  });

  describe('signing in', () => {
    it('slows guessing from one address with growing waits, while the owner signs in at once from another', async () => {
      const email = uniqueEmail('owner');
      await new GqlClient(server.url).signUp(email);
      const attacker = '203.0.113.9';
      const waits: number[] = [];
      let attempts = 0;
      // Guess, waiting out each wait as told, until the wait is long enough that the next request
      // surely falls inside it.
      while (attempts < 30 && !(waits.length && waits[waits.length - 1] >= 4)) {
        attempts++;
        const r = await gqlFrom(attacker, SIGN_IN, { i: { email, password: `wrong-guess-${attempts}` } });
        const error = r.errors?.[0];
        if (error?.extensions?.code === 'RATE_LIMITED') {
          const wait = error.extensions.retryAfterSeconds ?? 0;
          waits.push(wait);
          if (wait < 4) await new Promise((resolve) => setTimeout(resolve, wait * 1000 + 50));
        } else expect(error?.extensions?.code).toBe('UNAUTHENTICATED');
      }
      // A wait that grows (1 s, 2 s, 4 s…), not a fifteen-minute wall after the tenth mistake.
      expect(waits.length).toBeGreaterThan(1);
      expect(waits[waits.length - 1]).toBeGreaterThan(waits[0]);
      expect(Math.max(...waits)).toBeLessThan(60);
      // From the guessing address, even the right password waits its turn…
      const fromAttacker = await gqlFrom(attacker, SIGN_IN, { i: { email, password: PASSWORD } });
      expect(fromAttacker.errors?.[0].extensions?.code).toBe('RATE_LIMITED');
      expect(fromAttacker.errors?.[0].message).toMatch(/wait \d+ seconds?/);
      // …while the owner, from their own address, gets straight in.
      const owner = await gqlFrom<{ signIn: { id: string } }>('198.51.100.7', SIGN_IN, {
        i: { email, password: PASSWORD },
      });
      expect(owner.errors).toBeUndefined();
      expect(owner.data?.signIn.id).toBeTruthy();
    }, 60_000);
  });

  describe('share-link responses', () => {
    let token: string;
    let versionId: string;
    let clauseId: string;
    let facilitator: GqlClient;

    beforeAll(async () => {
      facilitator = new GqlClient(server.url);
      await facilitator.signUp(uniqueEmail('share-fac'), 'Fran Facilitator');
      const board = await facilitator.ok<{ createBoard: { id: string } }>(
        'mutation { createBoard(input: { name: "Share board", jurisdiction: "Here" }) { id } }',
      );
      const draft = await facilitator.ok<{ createDraft: { id: string } }>(
        'mutation($i: CreateDraftInput!) { createDraft(input: $i) { id } }',
        { i: { boardId: board.createBoard.id, title: 'Use of force' } },
      );
      clauseId = (
        await facilitator.ok<{ addClause: { id: string } }>(
          'mutation($i: AddClauseInput!) { addClause(input: $i) { id } }',
          {
            i: {
              draftId: draft.createDraft.id,
              heading: 'De-escalation',
              text: 'Officers shall de-escalate.',
              componentIds: [],
            },
          },
        )
      ).addClause.id;
      versionId = (
        await facilitator.ok<{ publishPacket: { id: string } }>(
          'mutation($i: PublishPacketInput!) { publishPacket(input: $i) { id } }',
          { i: { draftId: draft.createDraft.id, title: 'Recommendations' } },
        )
      ).publishPacket.id;
      const link = await facilitator.ok<{ createShareLink: { url: string } }>(
        'mutation($i: CreateShareLinkInput!) { createShareLink(input: $i) { url } }',
        { i: { packetVersionId: versionId, label: 'Chief', expiresInDays: 7 } },
      );
      token = link.createShareLink.url.split('/p/')[1];
    }, 60_000);

    const respond = (address: string, responderName = 'Chief Ramos') =>
      gqlFrom(
        address,
        'mutation($i: RespondToPacketInput!) { respondToPacket(input: $i) { id responderName } }',
        {
          i: {
            token,
            clauseId,
            status: 'UNDER_REVIEW',
            text: 'We are reviewing this.',
            responderName,
            responderRole: 'Chief',
          },
        },
      );

    it('shows a response as given through the link (name as given, no bidi tricks), for the board to judge', async () => {
      const r = await respond('192.0.2.10', 'Chief \u202ESomaR');
      expect(r.errors).toBeUndefined();
      expect(r.data?.respondToPacket.responderName).toBe('Chief SomaR');
      const seen = await facilitator.ok<{
        packetVersion: { responses: { responderName: string; shareLinkLabel: string | null }[] };
      }>('query($id: ID!) { packetVersion(id: $id) { responses { responderName shareLinkLabel } } }', {
        id: versionId,
      });
      expect(seen.packetVersion.responses[0]).toEqual({
        responderName: 'Chief SomaR',
        shareLinkLabel: 'Chief',
      });
    });

    it('throttles responses per address and per link', async () => {
      const codes: string[] = [];
      for (let i = 0; i < 65; i++) {
        const r = await respond('192.0.2.20');
        codes.push(r.errors?.[0].extensions?.code ?? 'ok');
      }
      expect(codes.slice(0, 60)).toEqual(Array(60).fill('ok'));
      expect(codes.slice(60)).toEqual(Array(5).fill('RATE_LIMITED'));

      // Spread over addresses, the link itself has a budget (one address used 1, one 60 so far).
      let linkRefused = 0;
      for (let a = 0; a < 4 && !linkRefused; a++) {
        for (let i = 0; i < 60; i++) {
          const r = await respond(`192.0.2.${30 + a}`);
          if (r.errors?.[0].extensions?.code === 'RATE_LIMITED') linkRefused++;
        }
      }
      expect(linkRefused).toBeGreaterThan(0);
      const [{ n }] = await db.query<{ n: number }>(
        'SELECT count(*)::int AS n FROM official_response WHERE packet_version_id = $1',
        [versionId],
      );
      expect(n).toBe(200);
    }, 120_000);
  });

  describe('new passwords', () => {
    const signUp = (password: string, email = uniqueEmail('pw')) =>
      new GqlClient(server.url).gql(SIGN_UP, { i: { email, name: 'Pat Password', password } }) as Promise<{
        errors?: GqlError[];
      }>;

    it('refuses common, patterned, personal, short and over-long passwords, saying why with a stable reason', async () => {
      const cases: [string, string, RegExp][] = [
        [' '.repeat(12), 'PASSWORD_TOO_GUESSABLE', /easy to guess.*Repeated/],
        ['password1234', 'PASSWORD_TOO_COMMON', /commonly used passwords/],
        ['qwertyuiop12', 'PASSWORD_TOO_COMMON', /commonly used passwords/],
        ['short', 'PASSWORD_TOO_SHORT', /at least 12 characters/],
        ['x'.repeat(257), 'PASSWORD_TOO_LONG', /at most 256 characters/],
      ];
      for (const [password, reason, message] of cases) {
        const result = await signUp(password);
        expect({ password, reasons: result.errors?.[0].extensions?.reasons }).toEqual({
          password,
          reasons: [reason],
        });
        expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
        expect(result.errors?.[0].message).toMatch(message);
      }
      const email = uniqueEmail('personal');
      const personal = await signUp(email, email);
      expect(personal.errors?.[0].extensions?.reasons).toEqual(['PASSWORD_TOO_GUESSABLE']);
      expect(personal.errors?.[0].message).toMatch(/name or email/);

      // A passphrase, and a long random one, are fine.
      expect((await signUp('tenants union meets on thursdays')).errors).toBeUndefined();
      expect((await signUp(randomBytes(150).toString('base64'))).errors).toBeUndefined();
    });
  });

  describe('bidirectional controls', () => {
    it('strips them from names, and shows them escaped in the HTML, Markdown and Word exports', async () => {
      const client = new GqlClient(server.url);
      const signedUp = await client.ok<{ signUp: { name: string } }>(SIGN_UP, {
        i: { email: uniqueEmail('bidi'), name: 'Ann \u202Eeil\u202C Lee', password: PASSWORD },
      });
      expect(signedUp.signUp.name).toBe('Ann eil Lee');
      const board = await client.ok<{ createBoard: { id: string; name: string } }>(
        'mutation($i: CreateBoardInput!) { createBoard(input: $i) { id name } }',
        { i: { name: 'Board \u2066of\u2069 bidi', jurisdiction: 'Here' } },
      );
      expect(board.createBoard.name).toBe('Board of bidi');
      const draft = await client.ok<{ createDraft: { id: string } }>(
        'mutation($i: CreateDraftInput!) { createDraft(input: $i) { id } }',
        { i: { boardId: board.createBoard.id, title: 'Draft' } },
      );
      await client.ok('mutation($i: AddClauseInput!) { addClause(input: $i) { id } }', {
        i: {
          draftId: draft.createDraft.id,
          heading: 'Deadly force',
          text: 'Officers shall \u202Eton\u202C use deadly force except as a last resort.',
          componentIds: [],
        },
      });
      const packet = await client.ok<{
        publishPacket: { json: string; files: { format: string; url: string }[] };
      }>('mutation($i: PublishPacketInput!) { publishPacket(input: $i) { json files { format url } } }', {
        i: { draftId: draft.createDraft.id, title: 'Bidi packet' },
      });
      // The frozen JSON keeps the words as voted (its hashes cover them)…
      expect(packet.publishPacket.json).toContain('\u202E');
      const download = async (format: string) => {
        const file = packet.publishPacket.files.find((f) => f.format === format)!;
        const res = await fetch(`${server.url}${file.url}`, { headers: { cookie: client.cookie } });
        expect(res.status).toBe(200);
        return Buffer.from(await res.arrayBuffer());
      };
      // …and every rendered document shows the controls instead of obeying them.
      const html = (await download('html')).toString('utf8');
      // Markdown escapes punctuation: `\[U\+202E\]` shows as [U+202E].
      const md = (await download('md')).toString('utf8').replace(/\\(.)/g, '$1');
      const docx = await (
        await JSZip.loadAsync(await download('docx'))
      )
        .file('word/document.xml')!
        .async('string');
      for (const text of [html, md, docx]) {
        expect(text).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
        expect(text).toContain('[U+202E]ton[U+202C]');
      }
    }, 60_000);
  });

  describe('oversized requests', () => {
    it('answers a token-heavy query with 400 naming the token limit, and an oversized body with 413 naming its limit', async () => {
      const heavy = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: `{ ${'me { id } '.repeat(100_000)}}` }),
      });
      expect(heavy.status).toBe(400);
      const body = (await heavy.json()) as { errors: GqlError[] };
      expect(body.errors[0].message).toMatch(/more than 3000 tokens/);

      const huge = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ me { id } }', variables: { x: 'a'.repeat(3 * 1024 * 1024) } }),
      });
      expect(huge.status).toBe(413);
      expect(await huge.text()).toMatch(/larger than 2 MB/);

      const broken = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"query": "{ me { id } "',
      });
      expect(broken.status).toBe(400);
      expect(await broken.text()).toMatch(/not valid JSON/);
    });
  });
});
