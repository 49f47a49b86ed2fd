import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { IncomingMessage } from 'node:http';
import { DataSource } from 'typeorm';
import { BoardRole, CloseCode, EDITOR_VERSION, EDITOR_VERSION_PARAM } from '@roundtable/shared';
import { BoardAccessService } from '../auth/board-access.service';
import { SessionService } from '../auth/session.service';
import { APP_CONFIG, AppConfig } from '../core/config/config';
import { SESSION_COOKIE } from '../core/http/request-context';
import type { ConnectionContext } from './connection';
import { DocRef, refFromPath } from './doc-ref';

export type UpgradeDecision =
  { ok: true; doc: DocRef; context: ConnectionContext } | { ok: false; code: number; reason: string };

interface Access {
  boardId: string;
  role: BoardRole | null;
  /** Gone for everyone (an archived draft). */
  hidden: boolean;
  /** Nobody writes any more (a closed meeting's minutes are final): everyone reads only. */
  frozen: boolean;
}

function normalOrigin(value: string): string | null {
  try {
    const url = new URL(value);
    return url.origin === 'null' ? null : url.origin;
  } catch {
    return null;
  }
}

export function readCookie(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0 || part.slice(0, eq).trim() !== name) continue;
    const raw = part
      .slice(eq + 1)
      .trim()
      .replace(/^"(.*)"$/, '$1');
    try {
      return decodeURIComponent(raw);
    } catch {
      return raw;
    }
  }
  return undefined;
}

/**
 * Decides whether a socket may open a document (a draft, a meeting's minutes), before any
 * document byte is sent: Origin on the allow-list, a current editor, a valid session, and a
 * membership on the document's board. Observers get a read-only connection, and so does
 * everyone on the minutes of a closed meeting. Refusals carry the shared close codes.
 */
@Injectable()
export class UpgradeAuthenticator {
  private readonly allowedOrigins: Set<string>;

  constructor(
    private readonly sessions: SessionService,
    private readonly boardAccess: BoardAccessService,
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.allowedOrigins = new Set(
      config.allowedOrigins.map(normalOrigin).filter((o): o is string => o !== null),
    );
  }

  async decide(req: IncomingMessage): Promise<UpgradeDecision> {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const origin = typeof req.headers.origin === 'string' ? normalOrigin(req.headers.origin) : null;
    if (!origin || !this.allowedOrigins.has(origin)) {
      return {
        ok: false,
        code: CloseCode.BAD_ORIGIN,
        reason: 'This page is not allowed to open the editor.',
      };
    }
    const version = Number(url.searchParams.get(EDITOR_VERSION_PARAM));
    if (!Number.isInteger(version) || version < EDITOR_VERSION) {
      return {
        ok: false,
        code: CloseCode.OUTDATED_CLIENT,
        reason: 'The editor was updated. Reload the page.',
      };
    }
    const session = await this.sessions.resolve(readCookie(req.headers.cookie, SESSION_COOKIE));
    if (!session) return { ok: false, code: CloseCode.UNAUTHENTICATED, reason: 'Please sign in again.' };
    const doc = refFromPath(url.pathname);
    const access = doc ? await this.accessTo(session.user.id, doc) : null;
    const what = doc?.kind === 'minutes' ? 'meeting' : 'draft';
    if (!doc || !access || access.hidden) {
      return { ok: false, code: CloseCode.NOT_FOUND, reason: `That ${what} was not found.` };
    }
    if (!access.role)
      return { ok: false, code: CloseCode.FORBIDDEN, reason: 'You are not a member of this board.' };
    return {
      ok: true,
      doc,
      context: {
        user: { id: session.user.id, name: session.user.name },
        sessionTokenHash: session.tokenHash,
        // Final minutes are read by everyone the way an observer reads a draft.
        role: access.frozen ? BoardRole.OBSERVER : access.role,
        boardId: access.boardId,
      },
    };
  }

  private async accessTo(userId: string, doc: DocRef): Promise<Access | null> {
    if (doc.kind === 'draft') {
      const access = await this.boardAccess.roleOnDraft(userId, doc.id);
      return access && { boardId: access.boardId, role: access.role, hidden: access.archived, frozen: false };
    }
    const rows: { board_id: string; role: BoardRole | null; closed: boolean }[] = await this.db.query(
      `SELECT mt.board_id, m.role, mt.state = 'CLOSED' AS closed
         FROM meeting mt LEFT JOIN membership m ON m.board_id = mt.board_id AND m.user_id = $2
        WHERE mt.id = $1`,
      [doc.id, userId],
    );
    const row = rows[0];
    return row ? { boardId: row.board_id, role: row.role, hidden: false, frozen: row.closed } : null;
  }
}
