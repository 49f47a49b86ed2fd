import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import Redis from 'ioredis';
import {
  IRateLimiterOptions,
  RateLimiterAbstract,
  RateLimiterMemory,
  RateLimiterRedis,
  RateLimiterRes,
} from 'rate-limiter-flexible';
import { APP_CONFIG, AppConfig } from '../core/config/config';
import { rateLimited } from '../core/errors/app-error';

/** A budget of attempts that, once spent, makes each further attempt wait longer than the last. */
interface GrowingDelayOptions {
  keyPrefix: string;
  /** Attempts allowed at once before any wait. */
  free: number;
  /** The first wait, doubled for each further attempt let through. */
  firstWaitSeconds: number;
  maxWaitSeconds: number;
  /** How long a key's history lasts after its first attempt. */
  lifetimeSeconds: number;
}

/**
 * Slows guessing without locking anyone out: after `free` attempts, one attempt is let through
 * per window and each window is twice the last (1 s, 2 s, 4 s … up to the maximum). Three
 * rate-limiter-flexible limiters, as its ExpressBruteFlexible does: `free` counts attempts, `gate`
 * holds the current window (its first caller passes, atomically, so parallel requests cannot
 * slip through together), `counter` counts the windows opened so far.
 */
class GrowingDelay {
  private readonly free: RateLimiterAbstract;
  private readonly gate: RateLimiterAbstract;
  private readonly counter: RateLimiterAbstract;

  constructor(
    private readonly options: GrowingDelayOptions,
    create: (opts: IRateLimiterOptions) => RateLimiterAbstract,
  ) {
    const { keyPrefix, lifetimeSeconds } = options;
    this.free = create({ keyPrefix: `${keyPrefix}:free`, points: options.free, duration: lifetimeSeconds });
    this.gate = create({ keyPrefix: `${keyPrefix}:gate`, points: 1, duration: options.maxWaitSeconds });
    this.counter = create({ keyPrefix: `${keyPrefix}:count`, points: 1_000_000, duration: lifetimeSeconds });
  }

  /** Counts one attempt; throws RATE_LIMITED (with the seconds to wait) when it must wait. */
  async attempt(key: string): Promise<void> {
    try {
      await this.free.consume(key);
      return;
    } catch (error) {
      if (!(error instanceof RateLimiterRes)) throw error;
    }
    const windows = (await this.counter.get(key))?.consumedPoints ?? 0;
    const wait = Math.min(this.options.firstWaitSeconds * 2 ** windows, this.options.maxWaitSeconds);
    const gate = await this.gate.penalty(key, 1, { customDuration: wait });
    if (gate.consumedPoints > 1) throw rateLimited(gate.msBeforeNext / 1000);
    await this.counter.penalty(key, 1);
  }

  async reset(key: string): Promise<void> {
    await Promise.all([this.free.delete(key), this.gate.delete(key), this.counter.delete(key)]).catch(
      () => undefined,
    );
  }
}

/**
 * Throttles for what anyone can call without an account. Shared through Redis when replicas
 * run (with an in-memory stand-in while Redis is unreachable), in memory otherwise.
 *
 * Sign-in (OWASP's advice against lockouts): guesses are slowed per address, and per account
 * *from that address*, with waits that grow rather than a wall. Someone who knows a person's
 * email can slow only their own attempts; the owner, from anywhere else, signs in at once.
 */
@Injectable()
export class RateLimitService implements OnModuleDestroy {
  private readonly redis?: Redis;
  /** One account from one address: a few mistypes, then 1 s, 2 s, 4 s … 15 min. */
  private readonly accountFromAddress: GrowingDelay;
  /** One address, whatever the accounts (spraying one password over many): 60 in 15 minutes, then growing waits. */
  private readonly signInAddress: GrowingDelay;
  /** Officials answering through a share link: a whole packet's worth, not a flood. */
  private readonly shareLinkResponses: RateLimiterAbstract;
  private readonly shareAddressResponses: RateLimiterAbstract;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    if (config.redisUrl) {
      this.redis = new Redis(config.redisUrl, {
        enableOfflineQueue: false,
        maxRetriesPerRequest: 1,
        lazyConnect: false,
      });
      this.redis.on('error', () => undefined);
    }
    const create = (opts: IRateLimiterOptions): RateLimiterAbstract =>
      this.redis
        ? new RateLimiterRedis({
            ...opts,
            storeClient: this.redis,
            insuranceLimiter: new RateLimiterMemory(opts),
          })
        : new RateLimiterMemory(opts);
    this.accountFromAddress = new GrowingDelay(
      {
        keyPrefix: 'rl:signin:account-address',
        free: 5,
        firstWaitSeconds: 1,
        maxWaitSeconds: 15 * 60,
        lifetimeSeconds: 60 * 60,
      },
      create,
    );
    this.signInAddress = new GrowingDelay(
      {
        keyPrefix: 'rl:signin:address',
        free: 60,
        firstWaitSeconds: 1,
        maxWaitSeconds: 15 * 60,
        lifetimeSeconds: 15 * 60,
      },
      create,
    );
    this.shareLinkResponses = create({ keyPrefix: 'rl:share:link', points: 200, duration: 60 * 60 });
    this.shareAddressResponses = create({ keyPrefix: 'rl:share:address', points: 60, duration: 10 * 60 });
  }

  /** Counts one sign-in attempt; throws RATE_LIMITED while this address, or this account from it, must wait. */
  async consumeSignIn(email: string, address: string): Promise<void> {
    await this.signInAddress.attempt(address);
    await this.accountFromAddress.attempt(accountKey(email, address));
  }

  /** A successful sign-in clears the account's count from that address, so a person who mistyped is not punished. */
  async signedIn(email: string, address: string): Promise<void> {
    await this.accountFromAddress.reset(accountKey(email, address));
  }

  /** Counts one response through a share link, per address or per link; throws RATE_LIMITED past the budget. */
  async consumeShareResponse(per: 'address' | 'link', key: string): Promise<void> {
    try {
      await (per === 'address' ? this.shareAddressResponses : this.shareLinkResponses).consume(key);
    } catch (error) {
      if (error instanceof RateLimiterRes)
        throw rateLimited(error.msBeforeNext / 1000, 'Too many responses in a short time.');
      throw error;
    }
  }

  async onModuleDestroy(): Promise<void> {
    this.redis?.disconnect();
  }
}

function accountKey(email: string, address: string): string {
  return `${email.toLowerCase()}|${address}`;
}
