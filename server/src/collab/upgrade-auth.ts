import { Inject, Injectable } from '@nestjs/common';
import type { IncomingMessage } from 'node:http';
import { CloseCode, EDITOR_VERSION, EDITOR_VERSION_PARAM } from '@roundtable/shared';
import { BoardAccessService } from '../auth/board-access.service';
import { SessionService } from '../auth/session.service';
import { APP_CONFIG, AppConfig } from '../core/config/config';
import { SESSION_COOKIE } from '../core/http/request-context';
import { COLLAB } from './collab.constants';
import type { ConnectionContext } from './connection';

export type UpgradeDecision =
  { ok: true; draftId: string; context: ConnectionContext } | { ok: false; code: number; reason: string };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

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

/** The draft id in `/collab/<draftId>`, or null when the path is anything else. */
export function draftIdFromPath(pathname: string): string | null {
  if (!pathname.startsWith(COLLAB.pathPrefix)) return null;
  let id: string;
  try {
    id = decodeURIComponent(pathname.slice(COLLAB.pathPrefix.length));
  } catch {
    return null;
  }
  return UUID.test(id) ? id.toLowerCase() : null;
}

/**
 * Decides whether a socket may open a draft, before any document byte is sent: Origin on the
 * allow-list, a current editor, a valid session, and a membership on the draft's board.
 * Observers get a read-only connection. Refusals carry the shared close codes.
 */
@Injectable()
export class UpgradeAuthenticator {
  private readonly allowedOrigins: Set<string>;

  constructor(
    private readonly sessions: SessionService,
    private readonly boardAccess: BoardAccessService,
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
    const draftId = draftIdFromPath(url.pathname);
    const access = draftId ? await this.boardAccess.roleOnDraft(session.user.id, draftId) : null;
    if (!draftId || !access || access.archived) {
      return { ok: false, code: CloseCode.NOT_FOUND, reason: 'That draft was not found.' };
    }
    if (!access.role)
      return { ok: false, code: CloseCode.FORBIDDEN, reason: 'You are not a member of this board.' };
    return {
      ok: true,
      draftId,
      context: {
        user: { id: session.user.id, name: session.user.name },
        role: access.role,
        boardId: access.boardId,
      },
    };
  }
}
