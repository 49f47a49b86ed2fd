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

/**
 * graphql-js appends `Did you mean "body"?` (fields, arguments, types, enum values) to validation
 * and coercion errors; graphql-armor only strips it from some, and only over HTTP. Every error
 * of both transports passes here, so this is the one place that keeps the schema to itself.
 */
export function withoutSuggestions(message: string): string {
  return message.replace(/\s*Did you mean [^?]*\?/g, '');
}

/** graphql-js's words for its token limit ("more that 3000 tokens"), said plainly with the limit named. */
function plainLimits(message: string): string {
  return message.replace(
    /Document contains more that (\d+) tokens\. Parsing aborted\./,
    'The query has more than $1 tokens, the most one request may have.',
  );
}

function nestReasons(response: unknown): string[] | undefined {
  const reasons = (response as { reasons?: unknown } | null)?.reasons;
  return Array.isArray(reasons) ? reasons.filter((r): r is string => typeof r === 'string') : undefined;
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
        const response = original.getResponse?.();
        const reasons = nestReasons(response);
        return {
          message: nestMessage(response, fallback),
          path: formatted.path,
          locations: formatted.locations,
          extensions: { code: mapped, ...(reasons ? { reasons } : {}) },
        };
      }
    }
    if (PASS_THROUGH.has(code)) {
      const {
        stacktrace: _stack,
        exception: _exception,
        ...extensions
      } = (formatted.extensions ?? {}) as Record<string, unknown>;
      return {
        message: plainLimits(withoutSuggestions(formatted.message)),
        path: formatted.path,
        locations: formatted.locations,
        extensions,
      };
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
