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
export const rateLimited = (retryAfterSeconds: number) =>
  new AppError(
    ErrorCode.RATE_LIMITED,
    `Too many attempts. Please wait ${Math.max(1, Math.ceil(retryAfterSeconds / 60))} minute(s) and try again.`,
    { retryAfterSeconds: Math.ceil(retryAfterSeconds) },
  );
