import type { Request, Response } from 'express';
import type { BoardRole } from '@roundtable/shared';
import type { UserEntity } from '../../auth/user.entity';

/** What we learn about the caller once per request. */
export interface CallerState {
  user: UserEntity | null;
  sessionTokenHash: string | null;
  /** board id → role (null when not a member), filled lazily by the access guard. */
  roles: Map<string, BoardRole | null>;
}

export type AppRequest = Request & { caller?: CallerState; id?: string };

export interface GqlContext {
  req: AppRequest;
  res: Response;
}

export const SESSION_COOKIE = 'rt_session';
