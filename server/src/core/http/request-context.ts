import type { Request, Response } from 'express';
import type { BoardRole } from '@roundtable/shared';
import type { UserEntity } from '../../auth/user.entity';

/** What we learn about the caller once per request. */
export interface CallerState {
  user: UserEntity | null;
  sessionTokenHash: string | null;
  /** board id → role (null when not a member), filled lazily by the access guard. */
  roles: Map<string, BoardRole | null>;
  /**
   * Roles read with the session at the start of the request. A hit is authoritative for this
   * request; a miss is looked up (the request itself may have just created the membership).
   */
  knownRoles?: Map<string, BoardRole>;
}

export type AppRequest = Request & { caller?: CallerState; id?: string };

export interface GqlContext {
  req: AppRequest;
  res: Response;
}

export const SESSION_COOKIE = 'rt_session';
