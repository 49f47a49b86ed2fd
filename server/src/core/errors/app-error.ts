import { GraphQLError } from 'graphql';

/** The error codes a client can rely on. One place maps them to GraphQL `extensions.code`. */
export enum ErrorCode {
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  NOT_FOUND = 'NOT_FOUND',
  CONFLICT = 'CONFLICT',
  RATE_LIMITED = 'RATE_LIMITED',
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
}

/**
 * An error meant for the person using the app: its message is shown as is, so write it for them.
 * Features throw it with a code; the GraphQL error formatter passes it through untouched.
 */
export class AppError extends GraphQLError {
  constructor(
    readonly code: ErrorCode,
    message: string,
    extra: Record<string, unknown> = {},
  ) {
    super(message, { extensions: { code, ...extra } });
  }
}

export const badInput = (message: string, extra?: Record<string, unknown>) =>
  new AppError(ErrorCode.BAD_USER_INPUT, message, extra);
export const unauthenticated = (message = 'Please sign in to continue.') =>
  new AppError(ErrorCode.UNAUTHENTICATED, message);
export const forbidden = (message = 'Your role on this board does not allow that.') =>
  new AppError(ErrorCode.FORBIDDEN, message);
export const notFound = (what = 'That item') =>
  new AppError(ErrorCode.NOT_FOUND, `${what} was not found, or you do not have access to it.`);
export const conflict = (message: string) => new AppError(ErrorCode.CONFLICT, message);
/** Waits are short at first (growing delays), so say seconds until there are minutes to say. */
function waitFor(seconds: number): string {
  const s = Math.max(1, Math.ceil(seconds));
  if (s < 60) return s === 1 ? '1 second' : `${s} seconds`;
  const m = Math.ceil(s / 60);
  return m === 1 ? '1 minute' : `${m} minutes`;
}
export const rateLimited = (retryAfterSeconds: number, what = 'Too many attempts.') =>
  new AppError(ErrorCode.RATE_LIMITED, `${what} Please wait ${waitFor(retryAfterSeconds)} and try again.`, {
    retryAfterSeconds: Math.max(1, Math.ceil(retryAfterSeconds)),
  });
