import { GraphQLFormattedError } from 'graphql';
import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import { ErrorCode } from './app-error';

const PASS_THROUGH = new Set<string>([
  ErrorCode.BAD_USER_INPUT,
  ErrorCode.UNAUTHENTICATED,
  ErrorCode.FORBIDDEN,
  ErrorCode.NOT_FOUND,
  ErrorCode.CONFLICT,
  ErrorCode.RATE_LIMITED,
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'OPERATION_RESOLUTION_FAILURE',
]);

/** Nest's own HTTP exceptions, as thrown by pipes and guards, mapped onto our codes. */
const NEST_STATUS_TO_CODE: Record<number, ErrorCode> = {
  400: ErrorCode.BAD_USER_INPUT,
  401: ErrorCode.UNAUTHENTICATED,
  403: ErrorCode.FORBIDDEN,
  404: ErrorCode.NOT_FOUND,
  409: ErrorCode.CONFLICT,
  429: ErrorCode.RATE_LIMITED,
};

interface NestLikeError {
  getStatus?: () => number;
  getResponse?: () => unknown;
}

function nestMessage(response: unknown, fallback: string): string {
  if (response && typeof response === 'object' && 'message' in response) {
    const message = (response as { message: unknown }).message;
    if (Array.isArray(message)) return message.join('; ');
    if (typeof message === 'string') return message;
  }
  return fallback;
}

/**
 * Keeps errors meant for people, maps Nest exceptions onto our codes, and masks everything else
 * behind a reference id that is logged with the real error.
 */
export function createErrorFormatter(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = String(formatted.extensions?.code ?? '');
    const original = (error as { originalError?: unknown })?.originalError as NestLikeError | undefined;
    if (original && typeof original.getStatus === 'function') {
      const status = original.getStatus();
      const mapped = NEST_STATUS_TO_CODE[status];
      if (mapped) {
        const fallback =
          mapped === ErrorCode.BAD_USER_INPUT ? 'Some of what you entered is not valid.' : formatted.message;
        return {
          message: nestMessage(original.getResponse?.(), fallback),
          path: formatted.path,
          locations: formatted.locations,
          extensions: { code: mapped },
        };
      }
    }
    if (PASS_THROUGH.has(code)) {
      const {
        stacktrace: _stack,
        exception: _exception,
        ...extensions
      } = (formatted.extensions ?? {}) as Record<string, unknown>;
      return { message: formatted.message, path: formatted.path, locations: formatted.locations, extensions };
    }
    const reference = randomUUID();
    logger.error({ err: original ?? error, reference, path: formatted.path }, 'unexpected GraphQL error');
    return {
      message: `Something went wrong on our side. If it keeps happening, quote reference ${reference}.`,
      path: formatted.path,
      extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR, reference },
    };
  };
}
