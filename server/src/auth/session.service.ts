import { Inject, Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { LessThan, Repository } from 'typeorm';
import type { Response } from 'express';
import type { BoardRole } from '@roundtable/shared';
import { APP_CONFIG, AppConfig } from '../core/config/config';
import { hashToken, newToken } from '../core/crypto';
import { SESSION_SECRET } from '../core/secret';
import { SESSION_COOKIE } from '../core/http/request-context';
import { AccessEvents } from '../live/access-events';
import { SessionEntity } from './session.entity';
import { UserEntity } from './user.entity';

const TOUCH_INTERVAL_MS = 60 * 60 * 1000;

interface SessionRow {
  expires_at: Date | string;
  last_seen_at: Date | string;
  id: string;
  email: string;
  name: string;
  password_hash: string;
  created_at: Date | string;
  updated_at: Date | string;
  roles: Record<string, BoardRole> | string;
}

export interface ResolvedSession {
  user: UserEntity;
  tokenHash: string;
  /** The caller's role on each board they belonged to when the request started. */
  roles: Map<string, BoardRole>;
}

/** Server-side sessions: the cookie holds a random token, PostgreSQL holds its keyed hash. */
@Injectable()
export class SessionService implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(SessionService.name);
  private purgeTimer?: NodeJS.Timeout;

  constructor(
    @InjectRepository(SessionEntity) private readonly sessions: Repository<SessionEntity>,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(SESSION_SECRET) private readonly secret: string,
    private readonly access: AccessEvents,
  ) {}

  onModuleInit(): void {
    // Expired sessions are refused on sight; this only keeps the table small.
    this.purgeTimer = setInterval(
      () => {
        this.purgeExpired().catch((error) => this.logger.warn(`session purge failed: ${String(error)}`));
      },
      60 * 60 * 1000,
    );
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

  /**
   * The signed-in user for a session token, or null when it is unknown or expired. One raw query
   * (no ORM hydration) on the hot path of every request; it also returns the caller's board
   * roles, so the access guard needs no further query for boards the caller belongs to.
   */
  async resolve(token: string | undefined): Promise<ResolvedSession | null> {
    if (!token || token.length > 128) return null;
    const tokenHash = this.hash(token);
    const rows: SessionRow[] = await this.sessions.manager.query(
      `SELECT s.expires_at, s.last_seen_at, u.id, u.email, u.name, u.password_hash, u.created_at, u.updated_at,
              COALESCE((SELECT json_object_agg(m.board_id, m.role) FROM membership m WHERE m.user_id = u.id), '{}') AS roles
         FROM session s JOIN user_account u ON u.id = s.user_id
        WHERE s.token_hash = $1`,
      [tokenHash],
    );
    const row = rows[0];
    if (!row) return null;
    const now = Date.now();
    if (new Date(row.expires_at).getTime() <= now) {
      await this.destroy(tokenHash);
      return null;
    }
    if (now - new Date(row.last_seen_at).getTime() > TOUCH_INTERVAL_MS) {
      await this.sessions.update({ tokenHash }, { lastSeenAt: new Date(now) });
    }
    const user = Object.assign(new UserEntity(), {
      id: row.id,
      email: row.email,
      name: row.name,
      passwordHash: row.password_hash,
      createdAt: new Date(row.created_at),
      updatedAt: new Date(row.updated_at),
    });
    const roles =
      typeof row.roles === 'string' ? (JSON.parse(row.roles) as Record<string, BoardRole>) : row.roles;
    return { user, tokenHash, roles: new Map(Object.entries(roles)) };
  }

  /** Ends a session, and closes the live sockets opened with it on every replica. */
  async destroy(tokenHash: string): Promise<void> {
    // As a SELECT: TypeORM wraps a bare DELETE's rows together with its row count.
    const rows: { user_id: string }[] = await this.sessions.manager.query(
      'WITH gone AS (DELETE FROM session WHERE token_hash = $1 RETURNING user_id) SELECT user_id FROM gone',
      [tokenHash],
    );
    for (const row of rows) this.access.emit({ kind: 'session-ended', userId: row.user_id, tokenHash });
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
    res.clearCookie(SESSION_COOKIE, {
      httpOnly: true,
      sameSite: 'lax',
      secure: this.config.secureCookies,
      path: '/',
    });
  }
}
