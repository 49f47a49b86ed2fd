/**
 * Fixtures for the deliberation specs: a board with a draft and clauses, many members made
 * directly in the database (signing up fifty people through argon2 would dominate the run), and
 * a graphql-ws client that rides on a member's session cookie.
 */
import { createHmac, randomBytes } from 'node:crypto';
import { createClient, Client as WsClient } from 'graphql-ws';
import WebSocket from 'ws';
import { GqlClient, TestDatabase, TestServer, uniqueEmail } from './harness';

/** startServer's default SESSION_SECRET: sessions written here are valid for the test server. */
export const TEST_SESSION_SECRET = 'test-secret-test-secret-test-secret-0123456789';

export interface Person {
  userId: string;
  name: string;
  client: GqlClient;
}

export interface Board {
  boardId: string;
  draftId: string;
  clauseIds: string[];
  facilitator: Person;
  member: Person;
  observer: Person;
  outsider: Person;
}

/** People with sessions, written straight into the database (optionally as board members). */
export async function bulkPeople(
  db: TestDatabase,
  server: TestServer,
  count: number,
  boardId: string | null,
  role = 'MEMBER',
  prefix = 'member',
): Promise<Person[]> {
  const people: Person[] = [];
  const users: unknown[] = [];
  for (let i = 0; i < count; i++) {
    const name = `${prefix}-${i}-${randomBytes(2).toString('hex')}`;
    const token = randomBytes(32).toString('base64url');
    users.push({
      name,
      email: uniqueEmail(prefix),
      token,
      tokenHash: createHmac('sha256', TEST_SESSION_SECRET).update(token).digest('hex'),
    });
  }
  const rows = await db.query<{ id: string; name: string }>(
    `INSERT INTO user_account (email, name, password_hash)
     SELECT u->>'email', u->>'name', 'not-a-usable-hash' FROM jsonb_array_elements($1::jsonb) AS u RETURNING id, name`,
    [JSON.stringify(users)],
  );
  const byName = new Map(rows.map((r) => [r.name, r.id]));
  await db.query(
    `INSERT INTO session (token_hash, user_id, expires_at, last_seen_at)
     SELECT u->>'tokenHash', ($2::jsonb->>(u->>'name'))::uuid, now() + interval '1 day', now() FROM jsonb_array_elements($1::jsonb) AS u`,
    [JSON.stringify(users), JSON.stringify(Object.fromEntries(byName))],
  );
  if (boardId) {
    await db.query(
      `INSERT INTO membership (board_id, user_id, role) SELECT $1, id, $3::board_role FROM unnest($2::uuid[]) AS id`,
      [boardId, [...byName.values()], role],
    );
  }
  for (const user of users as { name: string; token: string }[]) {
    const client = new GqlClient(server.url);
    client.cookie = `rt_session=${user.token}`;
    people.push({ userId: byName.get(user.name)!, name: user.name, client });
  }
  return people;
}

/** A board with a draft of `clauses` clauses, a facilitator, a member, an observer and an outsider. */
export async function newBoard(db: TestDatabase, server: TestServer, clauses = 2): Promise<Board> {
  const [facilitator] = await bulkPeople(db, server, 1, null, 'FACILITATOR', 'facilitator');
  const board = await facilitator.client.ok<{ createBoard: { id: string } }>(
    'mutation { createBoard(input: { name: "Deliberation board", jurisdiction: "Testville" }) { id } }',
  );
  const boardId = board.createBoard.id;
  const draft = await facilitator.client.ok<{ createDraft: { id: string } }>(
    'mutation($i: CreateDraftInput!) { createDraft(input: $i) { id } }',
    { i: { boardId, title: 'Use of force policy' } },
  );
  const draftId = draft.createDraft.id;
  const clauseIds: string[] = [];
  for (let i = 0; i < clauses; i++) {
    const added = await facilitator.client.ok<{ addClause: { id: string } }>(
      'mutation($i: AddClauseInput!) { addClause(input: $i) { id } }',
      {
        i: {
          draftId,
          heading: `Clause ${i + 1}`,
          text: `Officers shall do thing ${i + 1}.\nAnd report it.`,
          componentIds: [],
        },
      },
    );
    clauseIds.push(added.addClause.id);
  }
  const [member] = await bulkPeople(db, server, 1, boardId, 'MEMBER', 'member');
  const [observer] = await bulkPeople(db, server, 1, boardId, 'OBSERVER', 'observer');
  const [outsider] = await bulkPeople(db, server, 1, null, 'MEMBER', 'outsider');
  return { boardId, draftId, clauseIds, facilitator: { ...facilitator }, member, observer, outsider };
}

export function wsUrl(server: TestServer): string {
  return server.url.replace(/^http/, 'ws') + '/graphql';
}

/** A graphql-ws client carrying a session cookie (and an Origin, as a browser would). */
export function subscriptionClient(
  server: TestServer,
  cookie: string,
  origin: string | null = server.url,
): WsClient {
  const headers: Record<string, string> = {};
  if (cookie) headers.cookie = cookie;
  if (origin) headers.origin = origin;
  class CookieSocket extends WebSocket {
    constructor(url: string, protocols?: string | string[]) {
      super(url, protocols, { headers });
    }
  }
  return createClient({ url: wsUrl(server), webSocketImpl: CookieSocket, retryAttempts: 0, lazy: true });
}

export interface Subscription<T> {
  events: T[];
  errors: unknown[];
  /** Resolves with the first event received so far, or from now on, that satisfies `test`. */
  next(test?: (event: T) => boolean, timeoutMs?: number): Promise<T>;
  close(): void;
  done: Promise<void>;
}

/** Subscribes and collects every event; `next` waits for a matching one. */
export function subscribe<T = Record<string, any>>(
  client: WsClient,
  query: string,
  variables: Record<string, unknown>,
): Subscription<T> {
  const events: T[] = [];
  const errors: unknown[] = [];
  const waiters: { test: (e: T) => boolean; resolve: (e: T) => void }[] = [];
  let finish: () => void = () => undefined;
  const done = new Promise<void>((resolve) => (finish = resolve));
  const dispose = client.subscribe<T>(
    { query, variables },
    {
      next: (result) => {
        if (result.errors) errors.push(...result.errors);
        if (!result.data) return;
        const event = result.data as T;
        events.push(event);
        for (const waiter of [...waiters]) {
          if (waiter.test(event)) {
            waiters.splice(waiters.indexOf(waiter), 1);
            waiter.resolve(event);
          }
        }
      },
      error: (error) => {
        // graphql-ws reports refused operations as an array of GraphQL errors.
        if (Array.isArray(error)) errors.push(...error);
        else errors.push(error);
        finish();
      },
      complete: () => finish(),
    },
  );
  return {
    events,
    errors,
    done,
    close: dispose,
    next(test = () => true, timeoutMs = 10_000) {
      const already = events.find(test);
      if (already) return Promise.resolve(already);
      return new Promise<T>((resolve, reject) => {
        const timer = setTimeout(
          () =>
            reject(
              new Error(
                `no matching event within ${timeoutMs} ms; got ${JSON.stringify(events).slice(0, 2000)}; errors ${JSON.stringify(errors)}`,
              ),
            ),
          timeoutMs,
        );
        waiters.push({
          test,
          resolve: (event) => {
            clearTimeout(timer);
            resolve(event);
          },
        });
      });
    },
  };
}

/** Waits until the subscription is live on the server (graphql-ws has no "subscribed" ack). */
export async function settle(ms = 300): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, ms));
}

export const QUESTION_FIELDS = `
  id state round kind threshold secret liveResults prompt ballotCount eligibleCount textHashAtOpen deadline
  options { id label amendmentId }
  tally { provisional ballots abstentions quorumRequired quorumMet outcome winner summary counts { option label count } rounds { eliminated exhausted counts { option count } } }
  votes { voterId voterName choice ranking reason }
  results { round outcome winner textHashAtOpen textHashAtClose textChanged closeReason
            votedText { subject prompt clauses { id heading text } options { id label text } }
            dissents { choice reason voterName } votes { voterId voterName choice ranking reason }
            tally { ballots outcome counts { option count } } }
`;

export async function createQuestion(
  facilitator: GqlClient,
  input: Record<string, unknown>,
): Promise<Record<string, any>> {
  const data = await facilitator.ok<{ createQuestion: Record<string, any> }>(
    `mutation($i: CreateQuestionInput!) { createQuestion(input: $i) { ${QUESTION_FIELDS} } }`,
    { i: input },
  );
  return data.createQuestion;
}

export async function question(client: GqlClient, id: string): Promise<Record<string, any>> {
  const data = await client.ok<{ question: Record<string, any> }>(
    `query($id: ID!) { question(id: $id) { ${QUESTION_FIELDS} myBallot { choice ranking reason round } canVote } }`,
    { id },
  );
  return data.question;
}

export const CAST =
  'mutation($i: CastBallotInput!) { castBallot(input: $i) { questionId round choice ranking reason } }';
export const CLOSE = `mutation($id: ID!) { closeQuestion(questionId: $id) { ${QUESTION_FIELDS} } }`;

/**
 * Runs a subscription over the socket the way the authorization matrix runs HTTP operations:
 * the first error if the server refuses it, otherwise `{ data: {} }` once it has been accepted
 * (no refusal within `settleMs`).
 */
export async function subscriptionOutcome(
  server: TestServer,
  cookie: string,
  query: string,
  variables: Record<string, unknown> | undefined,
  settleMs = 300,
): Promise<{ data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] }> {
  const client = subscriptionClient(server, cookie);
  // Time the wait from the server's acknowledgement, not from the dial: a refusal comes right
  // after it, but reaching it can take longer than the wait on a busy machine (a cold socket path).
  const connected = new Promise<void>((resolve) => client.on('connected', () => resolve()));
  const sub = subscribe(client, query, variables ?? {});
  await Promise.race([sub.done, connected, new Promise((resolve) => setTimeout(resolve, 10_000))]);
  await Promise.race([sub.done, new Promise((resolve) => setTimeout(resolve, settleMs))]);
  sub.close();
  await client.dispose();
  const errors = sub.errors as { message: string; extensions?: { code?: string } }[];
  return errors.length ? { errors } : { data: {} };
}
