import { SetMetadata, createParamDecorator, ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { BoardRole } from '@roundtable/shared';
import type { AppRequest, GqlContext } from '../core/http/request-context';
import type { UserEntity } from './user.entity';

/**
 * Where the board of an operation comes from: a dotted path into `{ args, parent }` that holds
 * the id of a board, a draft, a membership or an invitation.
 */
export type BoardScope =
  | { board: string }
  | { draft: string }
  | { membership: string }
  | { invitation: string }
  | { packet: string }
  | { shareLink: string }
  | { question: string }
  | { comment: string }
  | { amendment: string }
  | { meeting: string }
  | { agendaItem: string };

export type AccessRule =
  { kind: 'public' } | { kind: 'signedIn' } | { kind: 'board'; role: BoardRole; scope: BoardScope };

export const ACCESS_KEY = 'roundtable:access';

/**
 * Every resolver method and controller route declares who may call it. The access guard denies
 * anything without a declaration, so a new operation is closed until someone opens it on purpose.
 */
export const Access = {
  /** Anyone, signed in or not (sign-in, sign-up, invitation preview, health). */
  public: () => SetMetadata(ACCESS_KEY, { kind: 'public' } satisfies AccessRule),
  /** Any signed-in person, whatever their boards. */
  signedIn: () => SetMetadata(ACCESS_KEY, { kind: 'signedIn' } satisfies AccessRule),
  /** Members of the board found through `scope` holding at least `role`. */
  board: (role: BoardRole, scope: BoardScope) =>
    SetMetadata(ACCESS_KEY, { kind: 'board', role, scope } satisfies AccessRule),
};

export function requestFrom(context: ExecutionContext): AppRequest {
  if (context.getType<string>() === 'graphql') {
    return GqlExecutionContext.create(context).getContext<GqlContext>().req;
  }
  return context.switchToHttp().getRequest<AppRequest>();
}

/** The signed-in user (the access guard has already refused anonymous callers where needed). */
export const CurrentUser = createParamDecorator(
  (_data: unknown, context: ExecutionContext): UserEntity | null => {
    return requestFrom(context).caller?.user ?? null;
  },
);
