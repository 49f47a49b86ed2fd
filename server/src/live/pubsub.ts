import { EventEmitter } from 'node:events';
import { Redis } from 'ioredis';
import { PubSub, PubSubEngine } from 'graphql-subscriptions';
import { RedisPubSub } from 'graphql-redis-subscriptions';

export const PUB_SUB = Symbol('PUB_SUB');

/**
 * Event payloads cross Redis as JSON. Dates are tagged on the way out and restored on the way in,
 * so a subscriber on another replica gets the same payload as one on this replica.
 */
export function serializePayload(payload: unknown): string {
  return JSON.stringify(payload, function (this: Record<string, unknown>, key: string, value: unknown) {
    const raw = this[key];
    return raw instanceof Date ? { $date: raw.toISOString() } : value;
  });
}

export function deserializePayload(text: string | Buffer): unknown {
  return JSON.parse(text.toString(), (_key, value: unknown) =>
    value &&
    typeof value === 'object' &&
    typeof (value as { $date?: unknown }).$date === 'string' &&
    Object.keys(value).length === 1
      ? new Date((value as { $date: string }).$date)
      : value,
  );
}

export interface ClosablePubSub {
  engine: PubSubEngine;
  close(): Promise<void>;
}

/** In-process without Redis; through Redis (one publisher and one subscriber connection) with it. */
export function createPubSub(redisUrl: string | undefined, onError: (error: Error) => void): ClosablePubSub {
  // Every subscriber listens on its topic: a board's hundred members are a hundred listeners.
  if (!redisUrl)
    return {
      engine: new PubSub({ eventEmitter: new EventEmitter().setMaxListeners(0) }),
      close: async () => undefined,
    };
  const options = { maxRetriesPerRequest: null, enableReadyCheck: true, lazyConnect: false };
  const publisher = new Redis(redisUrl, { ...options, connectionName: 'roundtable-live-pub' });
  // No ready check on the subscriber: a SUBSCRIBE queued while connecting (the access events
  // subscribe at boot) could reach Redis before the check's INFO, which Redis then refuses in
  // subscriber mode, and the subscription was lost on one replica in three.
  const subscriber = new Redis(redisUrl, {
    ...options,
    enableReadyCheck: false,
    connectionName: 'roundtable-live-sub',
  });
  publisher.on('error', onError);
  subscriber.on('error', onError);
  const engine = new RedisPubSub({
    publisher,
    subscriber,
    serializer: serializePayload,
    deserializer: (source) => deserializePayload(source),
  });
  return {
    engine: engine as unknown as PubSubEngine,
    async close() {
      await engine.close().catch(() => undefined);
    },
  };
}
