import { Inject, Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { LessThan, Repository } from 'typeorm';
import type { Response } from 'express';
import { APP_CONFIG, AppConfig } from '../core/config/config';
import { hashToken, newToken } from '../core/crypto';
import { SESSION_SECRET } from '../core/secret';
import { SESSION_COOKIE } from '../core/http/request-context';
import { SessionEntity } from './session.entity';
import { UserEntity } from './user.entity';

const TOUCH_INTERVAL_MS = 60 * 60 * 1000;

/** Server-side sessions: the cookie holds a random token, PostgreSQL holds its keyed hash. */
@Injectable()
export class SessionService implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(SessionService.name);
  private purgeTimer?: NodeJS.Timeout;

  constructor(
    @InjectRepository(SessionEntity) private readonly sessions: Repository<SessionEntity>,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(SESSION_SECRET) private readonly secret: string,
  ) {}

  onModuleInit(): void {
    // Expired sessions are refused on sight; this only keeps the table small.
    this.purgeTimer = setInterval(() => {
      this.purgeExpired().catch((error) => this.logger.warn(`session purge failed: ${String(error)}`));
    }, 60 * 60 * 1000);
    this.purgeTimer.unref();
  }

  onModuleDestroy(): void {
    if (this.purgeTimer) clearInterval(this.purgeTimer);
  }

  hash(token: string): string {
    return hashToken(this.secret, token);
  }

  async create(user: UserEntity, userAgent: string | undefined): Promise<{ token: string; expiresAt: Date }> {
    const token = newToken();
    const now = new Date();
    const expiresAt = new Date(now.getTime() + this.config.sessionTtlDays * 86_400_000);
    await this.sessions.insert({
      tokenHash: this.hash(token),
      userId: user.id,
      expiresAt,
      lastSeenAt: now,
      userAgent: userAgent?.slice(0, 300) ?? null,
    });
    return { token, expiresAt };
  }

  /** The signed-in user for a session token, or null when it is unknown or expired. */
  async resolve(token: string | undefined): Promise<{ user: UserEntity; tokenHash: string } | null> {
    if (!token || token.length > 128) return null;
    const tokenHash = this.hash(token);
    const session = await this.sessions.findOne({ where: { tokenHash }, relations: { user: true } });
    if (!session?.user) return null;
    const now = Date.now();
    if (session.expiresAt.getTime() <= now) {
      await this.sessions.delete({ tokenHash });
      return null;
    }
    if (now - session.lastSeenAt.getTime() > TOUCH_INTERVAL_MS) {
      await this.sessions.update({ tokenHash }, { lastSeenAt: new Date(now) });
    }
    return { user: session.user, tokenHash };
  }

  async destroy(tokenHash: string): Promise<void> {
    await this.sessions.delete({ tokenHash });
  }

  async purgeExpired(): Promise<number> {
    const result = await this.sessions.delete({ expiresAt: LessThan(new Date()) });
    return result.affected ?? 0;
  }

  setCookie(res: Response, token: string, expiresAt: Date): void {
    res.cookie(SESSION_COOKIE, token, {
      httpOnly: true,
      sameSite: 'lax',
      secure: this.config.secureCookies,
      path: '/',
      expires: expiresAt,
    });
  }

  clearCookie(res: Response): void {
    res.clearCookie(SESSION_COOKIE, { httpOnly: true, sameSite: 'lax', secure: this.config.secureCookies, path: '/' });
  }
}
