/**
 * Real y-websocket clients for the collaboration specs: `WebsocketProvider` from y-websocket,
 * unchanged, with `ws` as its WebSocket (carrying the session cookie and an Origin, as a
 * browser would), plus a raw socket for watching exactly what the server sends.
 */
import { WebSocket } from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { CLAUSE_ATTR, EDITOR_VERSION, EDITOR_VERSION_PARAM, NODE, POLICY_FRAGMENT } from '@roundtable/shared';
import { GqlClient, TestServer, uniqueEmail } from '../harness';

export interface ClientOptions {
  origin?: string;
  editorVersion?: number | null;
  /** Reconnect after every close, whatever the code (the kill -9 test wants that). */
  alwaysReconnect?: boolean;
}

export interface CollabClient {
  doc: Y.Doc;
  provider: WebsocketProvider;
  /** Close events the provider saw, in order. */
  closes: { code: number; reason: string }[];
  synced(timeoutMs?: number): Promise<void>;
  destroy(): void;
}

/** A `ws` WebSocket that sends the cookie and Origin headers a browser would. */
function socketClass(cookie: string, origin: string): typeof WebSocket {
  return class extends WebSocket {
    constructor(url: string, protocols?: string | string[]) {
      super(url, protocols, { headers: { cookie, origin } });
    }
  } as typeof WebSocket;
}

export function collabUrl(baseUrl: string): string {
  return `${baseUrl.replace(/^http/, 'ws')}/collab`;
}

export function connect(
  baseUrl: string,
  draftId: string,
  cookie: string,
  options: ClientOptions = {},
): CollabClient {
  const doc = new Y.Doc();
  const closes: { code: number; reason: string }[] = [];
  const params: Record<string, string> = {};
  const version = options.editorVersion === undefined ? EDITOR_VERSION : options.editorVersion;
  if (version !== null) params[EDITOR_VERSION_PARAM] = String(version);
  const provider = new WebsocketProvider(collabUrl(baseUrl), draftId, doc, {
    WebSocketPolyfill: socketClass(
      cookie,
      options.origin ?? baseUrl,
    ) as unknown as typeof globalThis.WebSocket,
    params,
    disableBc: true,
    maxBackoffTime: 300,
    shouldReconnect: options.alwaysReconnect ? () => true : undefined,
  });
  provider.on('connection-close', (event) => {
    if (event) closes.push({ code: event.code, reason: event.reason });
  });
  return {
    doc,
    provider,
    closes,
    synced: (timeoutMs = 10_000) =>
      provider.synced
        ? Promise.resolve()
        : new Promise<void>((resolve, reject) => {
            const timer = setTimeout(() => reject(new Error('provider did not sync')), timeoutMs);
            provider.once('sync', () => {
              clearTimeout(timer);
              resolve();
            });
          }),
    destroy: () => {
      provider.destroy();
      doc.destroy();
    },
  };
}

/** Polls until `check` returns a truthy value (or throws after `timeoutMs`). */
export async function eventually<T>(
  check: () => T | Promise<T>,
  timeoutMs = 5000,
  what = 'condition',
): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const value = await check();
      if (value) return value as NonNullable<T>;
    } catch (error) {
      last = error;
    }
    if (Date.now() > deadline)
      throw new Error(`timed out waiting for ${what}${last ? `: ${String(last)}` : ''}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

export interface RawResult {
  messages: Buffer[];
  code: number;
  reason: string;
}

/** Opens a plain socket and reports every frame received and the close code. */
export function rawConnect(
  baseUrl: string,
  path: string,
  headers: Record<string, string>,
  onOpen?: (ws: WebSocket) => void,
  timeoutMs = 5000,
): Promise<RawResult> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(`${baseUrl.replace(/^http/, 'ws')}${path}`, { headers });
    const messages: Buffer[] = [];
    const timer = setTimeout(() => {
      ws.terminate();
      reject(new Error(`socket to ${path} did not close`));
    }, timeoutMs);
    ws.on('message', (data: Buffer) => messages.push(data));
    ws.on('open', () => onOpen?.(ws));
    ws.on('error', () => undefined);
    ws.on('close', (code, reason) => {
      clearTimeout(timer);
      resolve({ messages, code, reason: reason.toString() });
    });
  });
}

// ---- document helpers ----------------------------------------------------------------------

/** The body text of the first clause (the first paragraph's text node). */
export function firstClauseText(doc: Y.Doc): Y.XmlText | null {
  const clause = doc.getXmlFragment(POLICY_FRAGMENT).get(0);
  if (!(clause instanceof Y.XmlElement)) return null;
  const paragraph = clause
    .toArray()
    .find((n) => n instanceof Y.XmlElement && n.nodeName === NODE.paragraph) as Y.XmlElement | undefined;
  const text = paragraph?.get(0);
  return text instanceof Y.XmlText ? text : null;
}

export function plain(text: Y.XmlText | null): string {
  return text
    ? text
        .toDelta()
        .map((op: { insert: unknown }) => (typeof op.insert === 'string' ? op.insert : ''))
        .join('')
    : '';
}

export function clauseIds(doc: Y.Doc): string[] {
  return doc
    .getXmlFragment(POLICY_FRAGMENT)
    .toArray()
    .filter((n): n is Y.XmlElement => n instanceof Y.XmlElement && n.nodeName === NODE.clause)
    .map((n) => n.getAttribute(CLAUSE_ATTR.id) as string);
}

// ---- people --------------------------------------------------------------------------------

export interface Person {
  gql: GqlClient;
  userId: string;
  email: string;
  cookie: string;
}

export interface Board {
  boardId: string;
  draftId: string;
  facilitator: Person;
  join(role: 'MEMBER' | 'OBSERVER' | 'FACILITATOR', name?: string): Promise<Person>;
  addDraft(title?: string): Promise<string>;
}

export async function signUp(server: { url: string }, name = 'person'): Promise<Person> {
  const gql = new GqlClient(server.url);
  const email = uniqueEmail(name);
  const userId = await gql.signUp(email, name);
  return { gql, userId, email, cookie: gql.cookie };
}

/** A second session of the same person, as from another browser. */
export async function signInAgain(server: { url: string }, person: Person): Promise<Person> {
  const gql = new GqlClient(server.url);
  await gql.signIn(person.email, 'a-long-test-password');
  return { ...person, gql, cookie: gql.cookie };
}

export interface LiveSocket {
  /** Resolves once the server has acknowledged the graphql-ws connection. */
  acked: Promise<void>;
  /** The close code, whoever closed, or null if still open after `timeoutMs`. */
  closed(timeoutMs?: number): Promise<number | null>;
  close(): void;
}

/** A GraphQL subscription socket (graphql-ws protocol), watched for its close code. */
export function liveSocket(baseUrl: string, cookie: string): LiveSocket {
  const ws = new WebSocket(`${baseUrl.replace(/^http/, 'ws')}/graphql`, 'graphql-transport-ws', {
    headers: { cookie, origin: baseUrl },
  });
  ws.on('error', () => undefined);
  const acked = new Promise<void>((resolve, reject) => {
    ws.on('message', (data: Buffer) => {
      if ((JSON.parse(data.toString()) as { type?: string }).type === 'connection_ack') resolve();
    });
    ws.once('close', () => reject(new Error('closed before connection_ack')));
  });
  acked.catch(() => undefined);
  ws.on('open', () => ws.send(JSON.stringify({ type: 'connection_init' })));
  const code = new Promise<number>((resolve) => ws.once('close', (c) => resolve(c)));
  const closed = (timeoutMs = 5000) =>
    Promise.race([code, new Promise<null>((r) => setTimeout(() => r(null), timeoutMs))]);
  return { acked, closed, close: () => ws.close() };
}

/** A board with one draft, its facilitator, and a way to invite people into it. */
export async function createBoard(server: TestServer | { url: string }): Promise<Board> {
  const facilitator = await signUp(server, 'Facilitator');
  const { createBoard: board } = await facilitator.gql.ok<{ createBoard: { id: string } }>(
    'mutation { createBoard(input: { name: "Riverside test board", jurisdiction: "Riverside" }) { id } }',
  );
  const addDraft = async (title = 'Use of force policy') => {
    const { createDraft } = await facilitator.gql.ok<{ createDraft: { id: string } }>(
      'mutation($i: CreateDraftInput!) { createDraft(input: $i) { id } }',
      { i: { boardId: board.id, title } },
    );
    return createDraft.id;
  };
  const draftId = await addDraft();
  return {
    boardId: board.id,
    draftId,
    facilitator,
    addDraft,
    async join(role, name = role.toLowerCase()) {
      const { createInvitation } = await facilitator.gql.ok<{ createInvitation: { url: string } }>(
        'mutation($i: CreateInvitationInput!) { createInvitation(input: $i) { url } }',
        { i: { boardId: board.id, role } },
      );
      const person = await signUp(server, name);
      await person.gql.ok('mutation($t: String!) { acceptInvitation(token: $t) { id } }', {
        t: createInvitation.url.split('/invite/')[1],
      });
      return person;
    },
  };
}

export async function membershipId(board: Board, userId: string): Promise<string> {
  const data = await board.facilitator.gql.ok<{ board: { members: { id: string; userId: string }[] } }>(
    'query($id: ID!) { board(id: $id) { members { id userId } } }',
    { id: board.boardId },
  );
  return data.board.members.find((m) => m.userId === userId)!.id;
}

export async function addClause(
  person: Person,
  draftId: string,
  heading: string,
  text: string,
  componentIds: string[] = [],
): Promise<string> {
  const data = await person.gql.ok<{ addClause: { id: string } }>(
    'mutation($i: AddClauseInput!) { addClause(input: $i) { id } }',
    { i: { draftId, heading, text, componentIds } },
  );
  return data.addClause.id;
}
