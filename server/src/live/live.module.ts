import { Global, Inject, Logger, Module, OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '../core/config/config';
import { AccessEvents } from './access-events';
import { LiveEvents } from './live-events';
import { ClosablePubSub, createPubSub, PUB_SUB } from './pubsub';
import { SubscriptionServer } from './subscription-server';

const CLOSABLE_PUB_SUB = Symbol('CLOSABLE_PUB_SUB');

/**
 * Live updates: one PubSub (in-process, or Redis when REDIS_URL is set so every replica's
 * subscribers get every event), the graphql-ws subscription socket, and the access events that
 * close live sockets on every replica when someone's rights change.
 */
@Global()
@Module({
  providers: [
    {
      provide: CLOSABLE_PUB_SUB,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => {
        const logger = new Logger('PubSub');
        let lastError = 0;
        return createPubSub(config.redisUrl, (error) => {
          // ioredis retries on its own; say so once in a while, not on every attempt.
          if (Date.now() - lastError > 10_000) logger.warn(`Redis: ${error.message}`);
          lastError = Date.now();
        });
      },
    },
    { provide: PUB_SUB, inject: [CLOSABLE_PUB_SUB], useFactory: (p: ClosablePubSub) => p.engine },
    LiveEvents,
    AccessEvents,
    SubscriptionServer,
  ],
  exports: [PUB_SUB, LiveEvents, AccessEvents],
})
export class LiveModule implements OnApplicationShutdown {
  constructor(@Inject(CLOSABLE_PUB_SUB) private readonly pubsub: ClosablePubSub) {}

  async onApplicationShutdown(): Promise<void> {
    await this.pubsub.close();
  }
}
