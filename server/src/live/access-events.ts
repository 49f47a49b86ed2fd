import { Inject, Injectable, Logger, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { EventEmitter } from 'node:events';
import type { PubSubEngine } from 'graphql-subscriptions';
import { isUUID } from 'class-validator';
import { PUB_SUB } from './pubsub';

/** Someone's rights on a board changed: a role change, a removal, or leaving. */
export interface MembershipChange {
  kind: 'membership';
  boardId: string;
  userId: string;
  /** The new role, or null when the person left or was removed. */
  role: string | null;
}

/** A session was signed out (or replaced by a new sign-in): its open sockets must close. */
export interface SessionEnded {
  kind: 'session-ended';
  userId: string;
  tokenHash: string;
}

export type AccessChange = MembershipChange | SessionEnded;

const CHANNEL = 'access';

/** What crosses Redis is checked, not trusted: anything else on the channel is ignored. */
function readWire(message: unknown): (AccessChange & { replica: string }) | null {
  if (!message || typeof message !== 'object') return null;
  const m = message as Record<string, unknown>;
  if (typeof m.replica !== 'string' || !isUUID(m.userId)) return null;
  if (m.kind === 'membership' && isUUID(m.boardId) && (m.role === null || typeof m.role === 'string'))
    return {
      kind: 'membership',
      replica: m.replica,
      boardId: m.boardId as string,
      userId: m.userId as string,
      role: m.role,
    };
  if (m.kind === 'session-ended' && typeof m.tokenHash === 'string' && m.tokenHash.length > 0)
    return { kind: 'session-ended', replica: m.replica, userId: m.userId as string, tokenHash: m.tokenHash };
  return null;
}

/**
 * Tells live connections (collaboration sockets, subscriptions) that someone's rights changed,
 * on every replica, so that a removed member, a demoted one or a signed-out session loses its
 * open sockets at once and not at the next reconnect. Listeners on this replica hear a change
 * synchronously when it is emitted; the other replicas hear it through the PubSub, which is
 * Redis when REDIS_URL is set (in-process otherwise, where there is no other replica to tell).
 */
@Injectable()
export class AccessEvents implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger('AccessEvents');
  private readonly emitter = new EventEmitter().setMaxListeners(0);
  private readonly replica = randomBytes(8).toString('hex');
  private subscription: number | null = null;

  constructor(@Inject(PUB_SUB) private readonly engine: PubSubEngine) {}

  async onModuleInit(): Promise<void> {
    this.subscription = await this.engine.subscribe(
      CHANNEL,
      (message: unknown) => {
        const wire = readWire(message);
        if (!wire) {
          this.logger.warn('ignored a malformed access event');
          return;
        }
        const { replica, ...change } = wire;
        if (replica !== this.replica) this.emitter.emit('change', change);
      },
      {},
    );
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.subscription !== null) this.engine.unsubscribe(this.subscription);
    this.subscription = null;
  }

  emit(change: AccessChange): void {
    this.emitter.emit('change', change);
    this.engine.publish(CHANNEL, { ...change, replica: this.replica }).catch((error: unknown) => {
      // The change is stored; only other replicas' open sockets keep their old rights until
      // they reconnect. Say so loudly: this is the one event that must not be lost quietly.
      this.logger.error(`could not tell other replicas about a ${change.kind} change: ${String(error)}`);
    });
  }

  on(listener: (change: AccessChange) => void): () => void {
    this.emitter.on('change', listener);
    return () => this.emitter.off('change', listener);
  }
}
