import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import Redis from 'ioredis';
import {
  RateLimiterAbstract,
  RateLimiterMemory,
  RateLimiterRedis,
  RateLimiterRes,
} from 'rate-limiter-flexible';
import { APP_CONFIG, AppConfig } from '../core/config/config';
import { rateLimited } from '../core/errors/app-error';

/**
 * Sign-in throttling per account and per address (OWASP: slow guessing on one account, and
 * spraying from one address). Shared through Redis when replicas run, in memory otherwise.
 */
@Injectable()
export class RateLimitService implements OnModuleDestroy {
  private readonly perAccount: RateLimiterAbstract;
  private readonly perAddress: RateLimiterAbstract;
  private readonly redis?: Redis;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    const account = { keyPrefix: 'rl:signin:account', points: 10, duration: 15 * 60, blockDuration: 15 * 60 };
    const address = { keyPrefix: 'rl:signin:address', points: 60, duration: 15 * 60, blockDuration: 15 * 60 };
    if (config.redisUrl) {
      this.redis = new Redis(config.redisUrl, {
        enableOfflineQueue: false,
        maxRetriesPerRequest: 1,
        lazyConnect: false,
      });
      this.redis.on('error', () => undefined);
      const insurance = (opts: typeof account) => new RateLimiterMemory(opts);
      this.perAccount = new RateLimiterRedis({
        ...account,
        storeClient: this.redis,
        insuranceLimiter: insurance(account),
      });
      this.perAddress = new RateLimiterRedis({
        ...address,
        storeClient: this.redis,
        insuranceLimiter: insurance(address),
      });
    } else {
      this.perAccount = new RateLimiterMemory(account);
      this.perAddress = new RateLimiterMemory(address);
    }
  }

  /** Counts one sign-in attempt; throws RATE_LIMITED once either budget is spent. */
  async consumeSignIn(email: string, address: string): Promise<void> {
    try {
      await Promise.all([this.perAccount.consume(email.toLowerCase()), this.perAddress.consume(address)]);
    } catch (error) {
      if (error instanceof RateLimiterRes) throw rateLimited(error.msBeforeNext / 1000);
      throw error;
    }
  }

  /** A successful sign-in clears the account's count so a person who mistyped is not punished. */
  async resetAccount(email: string): Promise<void> {
    await this.perAccount.delete(email.toLowerCase()).catch(() => undefined);
  }

  async onModuleDestroy(): Promise<void> {
    this.redis?.disconnect();
  }
}
