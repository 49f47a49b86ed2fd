import {
  BeforeApplicationShutdown,
  Inject,
  Injectable,
  Logger,
  OnApplicationBootstrap,
} from '@nestjs/common';
import { HttpAdapterHost, ModuleRef } from '@nestjs/core';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import {
  ExecutionArgs,
  getOperationAST,
  GraphQLError,
  NoSchemaIntrospectionCustomRule,
  parse,
  specifiedRules,
  validate,
  ValidationRule,
} from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import type { Logger as PinoLogger } from 'pino';
import { WebSocket, WebSocketServer } from 'ws';
import { SessionService } from '../auth/session.service';
import { APP_CONFIG, AppConfig } from '../core/config/config';
import { createErrorFormatter } from '../core/errors/format-error';
import { createArmor, GRAPHQL_LIMITS } from '../core/graphql/graphql-options';
import type { AppRequest, CallerState } from '../core/http/request-context';
import { SESSION_COOKIE } from '../core/http/request-context';
import type { UserEntity } from '../auth/user.entity';
import { AccessEvents } from './access-events';

export const SUBSCRIPTION_PATH = '/graphql';

/** Close codes of the subscription socket (graphql-ws reserves 4400–4499 for its own). */
export const SubscriptionCloseCode = {
  /** The person's role on a board changed: reconnect and subscribe again with the new rights. */
  ROLE_CHANGED: 4000,
  /** The session the socket was opened with was signed out (graphql-ws's own "Unauthorized"). */
  SESSION_ENDED: 4401,
  GOING_AWAY: 1001,
} as const;

interface SocketRequest extends IncomingMessage {
  caller?: { user: UserEntity | null; sessionTokenHash: string | null };
}

function readCookie(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const index = part.indexOf('=');
    if (index > 0 && part.slice(0, index).trim() === name) {
      try {
        return decodeURIComponent(part.slice(index + 1).trim());
      } catch {
        return undefined;
      }
    }
  }
  return undefined;
}

/**
 * GraphQL subscriptions over graphql-ws on `/graphql`, beside the HTTP endpoint of the same path.
 * Nest's own subscription server is not used: attached with {server, path} it refuses upgrades
 * for other paths (the collaboration socket shares this HTTP server), and it skips the HTTP
 * Apollo plugins. Here the socket gets what HTTP gets: the session cookie, the Origin allow-list,
 * the same depth/cost/alias/token limits, no introspection, masked errors, and the same
 * `@Access` guard on every subscription field. It accepts subscriptions only.
 */
@Injectable()
export class SubscriptionServer implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('Subscriptions');
  private readonly wss = new WebSocketServer({
    noServer: true,
    maxPayload: 64 * 1024,
    perMessageDeflate: false,
  });
  private readonly byUser = new Map<string, Set<WebSocket>>();
  /** The session each socket was opened with, so that signing it out closes the socket. */
  private readonly sessionOf = new WeakMap<WebSocket, string>();
  /** graphql-ws's context of each socket: its `subscriptions` are the ones live (or starting) on it. */
  private readonly contextOf = new WeakMap<WebSocket, { subscriptions: Record<string, unknown> }>();
  private server: Server | null = null;
  private dispose: (() => void | Promise<void>) | null = null;
  private stopAccess: (() => void) | null = null;

  constructor(
    private readonly adapterHost: HttpAdapterHost,
    private readonly moduleRef: ModuleRef,
    private readonly sessions: SessionService,
    private readonly access: AccessEvents,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    // GraphQLModule does not export its schema host to other modules; look it up app-wide.
    const schema = this.moduleRef.get(GraphQLSchemaHost, { strict: false }).schema;
    const rules: ValidationRule[] = [
      ...specifiedRules,
      NoSchemaIntrospectionCustomRule,
      ...(createArmor().validationRules as ValidationRule[]),
    ];
    const formatError = createErrorFormatter({
      error: (obj: object, msg: string) =>
        this.logger.error(
          `${msg} ${JSON.stringify(obj, (_k, v: unknown) => (v instanceof Error ? v.stack : v))}`,
        ),
    } as unknown as PinoLogger);
    const format = (errors: readonly GraphQLError[]) => errors.map((e) => formatError(e.toJSON(), e));

    const server = useServer(
      {
        schema,
        connectionInitWaitTimeout: 5_000,
        onConnect: (ctx) => {
          this.contextOf.set(ctx.extra.socket, ctx);
        },
        onSubscribe: (ctx, _id, payload): ExecutionArgs | readonly GraphQLError[] => {
          // The same codes Apollo gives these failures over HTTP.
          const coded = (error: GraphQLError, code: string) =>
            new GraphQLError(error.message, {
              nodes: error.nodes,
              source: error.source,
              positions: error.positions,
              extensions: { ...error.extensions, code },
            });
          const overBudget = this.overBudget(ctx.extra.socket, ctx.extra.request as SocketRequest);
          if (overBudget) return [coded(new GraphQLError(overBudget), 'RATE_LIMITED')];
          let document;
          try {
            document = parse(payload.query, { maxTokens: GRAPHQL_LIMITS.maxTokens });
          } catch (error) {
            return [
              coded(
                error instanceof GraphQLError ? error : new GraphQLError('The operation could not be read.'),
                'GRAPHQL_PARSE_FAILED',
              ),
            ];
          }
          const errors = validate(schema, document, rules);
          if (errors.length) return errors.map((e) => coded(e, 'GRAPHQL_VALIDATION_FAILED'));
          const operation = getOperationAST(document, payload.operationName);
          if (!operation) return [coded(new GraphQLError('Name the operation to run.'), 'BAD_REQUEST')];
          if (operation.operation !== 'subscription') {
            return [
              coded(
                new GraphQLError(
                  'This socket carries subscriptions only; send queries and mutations over HTTP.',
                ),
                'BAD_REQUEST',
              ),
            ];
          }
          const request = ctx.extra.request as SocketRequest;
          // A fresh role cache per subscription, as HTTP has one per request.
          const caller: CallerState = {
            user: request.caller?.user ?? null,
            sessionTokenHash: request.caller?.sessionTokenHash ?? null,
            roles: new Map(),
          };
          const req = { caller, headers: {}, cookies: {} } as unknown as AppRequest;
          return {
            schema,
            document,
            operationName: payload.operationName,
            variableValues: payload.variables,
            contextValue: { req, res: undefined },
          };
        },
        onError: (_ctx, _id, _payload, errors) => format(errors),
        onNext: (_ctx, _id, _payload, _args, result) =>
          result.errors ? { ...result, errors: format(result.errors as readonly GraphQLError[]) } : result,
      },
      this.wss,
      25_000,
    );
    this.dispose = () => server.dispose();

    this.server = this.adapterHost.httpAdapter.getHttpServer() as Server;
    this.server.on('upgrade', this.onUpgrade);
    // On this replica or another: a role change closes the person's sockets (they reconnect with
    // the new rights); a sign-out closes the sockets opened with that session.
    this.stopAccess = this.access.on((change) => {
      for (const socket of this.byUser.get(change.userId) ?? []) {
        if (change.kind === 'membership')
          socket.close(SubscriptionCloseCode.ROLE_CHANGED, 'Your role on a board changed; reconnecting.');
        else if (this.sessionOf.get(socket) === change.tokenHash)
          socket.close(SubscriptionCloseCode.SESSION_ENDED, 'You signed out.');
      }
    });
  }

  /**
   * Why one more subscription is refused on this socket, or null. graphql-ws has already entered
   * the new one in the socket's `subscriptions`, so the counts include it.
   */
  private overBudget(socket: WebSocket, request: SocketRequest): string | null {
    const live = (ws: WebSocket) => Object.keys(this.contextOf.get(ws)?.subscriptions ?? {}).length;
    if (live(socket) > GRAPHQL_LIMITS.subscriptionsPerSocket)
      return `This connection already has ${GRAPHQL_LIMITS.subscriptionsPerSocket} live subscriptions, the most one connection may hold. End some before starting more.`;
    const userId = request.caller?.user?.id;
    let total = 0;
    for (const ws of (userId && this.byUser.get(userId)) || []) total += live(ws);
    if (total > GRAPHQL_LIMITS.subscriptionsPerUser)
      return `You already have ${GRAPHQL_LIMITS.subscriptionsPerUser} live subscriptions open, the most one person may hold. Close some tabs or windows and try again.`;
    return null;
  }

  private readonly onUpgrade = (req: IncomingMessage, socket: Duplex, head: Buffer): void => {
    const pathname = (req.url ?? '').split('?')[0];
    if (pathname !== SUBSCRIPTION_PATH) return; // other paths belong to other handlers
    socket.on('error', () => socket.destroy());
    void this.accept(req as SocketRequest, socket, head).catch((error: unknown) => {
      this.logger.error(`upgrade failed: ${String(error)}`);
      if (!socket.destroyed)
        socket.end('HTTP/1.1 500 Internal Server Error\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
    });
  };

  private async accept(req: SocketRequest, socket: Duplex, head: Buffer): Promise<void> {
    const origin = req.headers.origin;
    // Browsers always send Origin; a page on another site must not ride on the session cookie.
    if (origin !== undefined && !this.config.allowedOrigins.includes(origin)) {
      socket.end('HTTP/1.1 403 Forbidden\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
      return;
    }
    const session = await this.sessions.resolve(readCookie(req.headers.cookie, SESSION_COOKIE));
    req.caller = { user: session?.user ?? null, sessionTokenHash: session?.tokenHash ?? null };
    if (socket.destroyed) return;
    this.wss.handleUpgrade(req, socket, head, (ws) => {
      const userId = session?.user.id;
      if (userId) {
        const set = this.byUser.get(userId) ?? new Set<WebSocket>();
        set.add(ws);
        this.byUser.set(userId, set);
        this.sessionOf.set(ws, session.tokenHash);
        ws.once('close', () => {
          set.delete(ws);
          if (set.size === 0) this.byUser.delete(userId);
        });
      }
      this.wss.emit('connection', ws, req);
    });
  }

  /** Open subscription sockets (tests, benchmark). */
  get socketCount(): number {
    return this.wss.clients.size;
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.server?.off('upgrade', this.onUpgrade);
    this.stopAccess?.();
    for (const ws of this.wss.clients)
      ws.close(SubscriptionCloseCode.GOING_AWAY, 'Server restarting; reconnect shortly.');
    const closing = this.dispose?.();
    await Promise.race([closing, new Promise((resolve) => setTimeout(resolve, 2000).unref())]);
    for (const ws of this.wss.clients) ws.terminate();
  }
}
