import { Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import Redis from 'ioredis';
import { randomBytes } from 'node:crypto';
import { APP_CONFIG, AppConfig } from '../core/config/config';
import { COLLAB } from './collab.constants';

/** What a replica's open document does with messages from the other replicas. */
export interface FanoutTarget {
  /** The document name (a draft's bare id, or `minutes.<meetingId>`): one channel per document. */
  readonly name: string;
  /** An update another replica committed and applied. */
  onRemoteUpdate(update: Uint8Array): void;
  onRemoteAwareness(update: Uint8Array): void;
  /** Another replica sent its state vector: answer with what it lacks. */
  onSyncRequest(stateVector: Uint8Array, from: Buffer): void;
  /** Our state vector, for the periodic resync. */
  stateVector(): Uint8Array;
}

const enum Kind {
  Update = 1,
  Awareness = 2,
  SyncRequest = 3,
  SyncReply = 4,
}

const ID_BYTES = 8;
/** One channel per document (the `draft:` prefix predates minutes; kept so replicas of both versions meet). */
export const docChannel = (name: string) => `rt:collab:draft:${name}`;

/**
 * Fans document updates and presence out to the other server replicas through Redis pub/sub:
 * one channel per open draft, each message tagged with the sending replica so echoes are
 * skipped. Pub/sub may drop messages (a Redis restart, a slow subscriber), so every open
 * document periodically asks the others for what it lacks (state-vector resync), and again
 * whenever the connection to Redis comes back. Without REDIS_URL this does nothing.
 */
@Injectable()
export class RedisFanout implements OnApplicationShutdown {
  private readonly logger = new Logger('RedisFanout');
  readonly replicaId = randomBytes(ID_BYTES);
  private readonly pub: Redis | null = null;
  private readonly sub: Redis | null = null;
  private readonly targets = new Map<string, FanoutTarget>();
  private resyncTimer: NodeJS.Timeout | null = null;
  private closed = false;
  /** Messages received and published, for logs and the benchmark. */
  stats = { published: 0, received: 0, dropped: 0 };

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    if (!config.redisUrl) return;
    const common = {
      lazyConnect: false,
      maxRetriesPerRequest: null,
      retryStrategy: (times: number) => Math.min(100 * times, 2000),
    };
    // Publishing while Redis is away fails at once; the resync repairs what was missed.
    this.pub = new Redis(config.redisUrl, {
      ...common,
      enableOfflineQueue: false,
      connectionName: 'roundtable-collab-pub',
    });
    this.sub = new Redis(config.redisUrl, { ...common, connectionName: 'roundtable-collab-sub' });
    for (const client of [this.pub, this.sub]) {
      client.on('error', (error: Error) => this.logger.warn(`redis: ${error.message}`));
      client.on('ready', () => setTimeout(() => this.resyncAll(), 300).unref());
    }
    this.sub.on('messageBuffer', (channel: Buffer, message: Buffer) =>
      this.onMessage(channel.toString(), message),
    );
    this.resyncTimer = setInterval(() => this.resyncAll(), COLLAB.resyncIntervalMs);
    this.resyncTimer.unref();
  }

  get enabled(): boolean {
    return this.pub !== null;
  }

  /**
   * Starts listening on a draft's channel. Called before the document is loaded from the log,
   * so that nothing committed by another replica after our read can be missed.
   */
  async subscribe(target: FanoutTarget): Promise<void> {
    if (!this.sub) return;
    this.targets.set(docChannel(target.name), target);
    const subscribed = this.sub.subscribe(docChannel(target.name)).then(
      () => true,
      (error: Error) => {
        this.logger.warn(`subscribe ${target.name}: ${error.message}`);
        return false;
      },
    );
    const timedOut = new Promise<boolean>((resolve) =>
      setTimeout(() => resolve(false), COLLAB.subscribeTimeoutMs).unref(),
    );
    if (!(await Promise.race([subscribed, timedOut]))) {
      this.logger.warn(`${target.name}: Redis subscription not confirmed; relying on resync`);
    }
  }

  unsubscribe(target: FanoutTarget): void {
    if (!this.sub) return;
    const channel = docChannel(target.name);
    if (this.targets.get(channel) !== target) return;
    this.targets.delete(channel);
    void this.sub.unsubscribe(channel).catch(() => undefined);
  }

  publishUpdate(name: string, update: Uint8Array): void {
    this.publish(docChannel(name), Kind.Update, update);
  }

  publishAwareness(name: string, update: Uint8Array): void {
    this.publish(docChannel(name), Kind.Awareness, update);
  }

  requestSync(target: FanoutTarget): void {
    this.publish(docChannel(target.name), Kind.SyncRequest, target.stateVector());
  }

  replySync(name: string, to: Buffer, update: Uint8Array): void {
    this.publish(docChannel(name), Kind.SyncReply, update, to);
  }

  private publish(channel: string, kind: Kind, payload: Uint8Array, to?: Buffer): void {
    if (!this.pub || this.closed) return;
    const header = Buffer.alloc(1 + ID_BYTES + (to ? ID_BYTES : 0));
    header[0] = kind;
    this.replicaId.copy(header, 1);
    if (to) to.copy(header, 1 + ID_BYTES);
    this.stats.published++;
    this.pub.publish(channel, Buffer.concat([header, payload])).catch(() => (this.stats.dropped += 1));
  }

  private onMessage(channel: string, message: Buffer): void {
    try {
      const target = this.targets.get(channel);
      if (!target || message.length < 1 + ID_BYTES) return;
      const from = message.subarray(1, 1 + ID_BYTES);
      if (from.equals(this.replicaId)) return; // our own echo
      this.stats.received++;
      const kind = message[0] as Kind;
      const body = new Uint8Array(message.subarray(1 + ID_BYTES));
      switch (kind) {
        case Kind.Update:
          return target.onRemoteUpdate(body);
        case Kind.Awareness:
          return target.onRemoteAwareness(body);
        case Kind.SyncRequest:
          return target.onSyncRequest(body, Buffer.from(from));
        case Kind.SyncReply: {
          if (body.length < ID_BYTES || !Buffer.from(body.subarray(0, ID_BYTES)).equals(this.replicaId))
            return;
          return target.onRemoteUpdate(body.slice(ID_BYTES));
        }
      }
    } catch (error) {
      this.logger.error(`message on ${channel} failed: ${String(error)}`);
    }
  }

  private resyncAll(): void {
    if (this.closed || this.pub?.status !== 'ready') return;
    for (const target of this.targets.values()) this.requestSync(target);
  }

  async onApplicationShutdown(): Promise<void> {
    this.closed = true;
    if (this.resyncTimer) clearInterval(this.resyncTimer);
    await Promise.all([this.pub, this.sub].map((client) => client?.quit().catch(() => client.disconnect())));
  }
}
