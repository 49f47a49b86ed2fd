import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';

/** The error codes the server promises (server/src/core/errors/app-error.ts), plus what can go wrong on the way. */
export type ProblemCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'BAD_USER_INPUT'
  | 'CONFLICT'
  | 'RATE_LIMITED'
  | 'NETWORK'
  | 'OUTDATED'
  | 'INTERNAL';

export interface Problem {
  code: ProblemCode;
  /** Written for the person using the app. */
  message: string;
}

const KNOWN = new Set<ProblemCode>([
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'BAD_USER_INPUT',
  'CONFLICT',
  'RATE_LIMITED',
]);

/** What we say when the server gave no message of its own for a code. */
const FALLBACK: Record<ProblemCode, string> = {
  UNAUTHENTICATED: 'Please sign in to continue.',
  FORBIDDEN: 'Your role on this board does not allow that.',
  NOT_FOUND: 'We could not find that. It may have been removed, or you may not have access to it.',
  BAD_USER_INPUT: 'Some of what you entered is not valid. Please check it and try again.',
  CONFLICT: 'That could not be done because something changed. Reload the page and try again.',
  RATE_LIMITED: 'Too many attempts. Please wait a minute and try again.',
  NETWORK: 'We could not reach Roundtable. Check your internet connection and try again.',
  OUTDATED: 'This page is out of date. Reload it to get the latest version of Roundtable.',
  INTERNAL: 'Something went wrong on our side. Please try again in a moment.',
};

interface FormattedError {
  message?: string;
  extensions?: Record<string, unknown>;
}

function fromGraphQLErrors(errors: readonly FormattedError[]): Problem {
  const first = errors[0];
  const raw = String(first?.extensions?.code ?? '');
  if (KNOWN.has(raw as ProblemCode)) {
    const code = raw as ProblemCode;
    return { code, message: first?.message?.trim() || FALLBACK[code] };
  }
  if (raw === 'GRAPHQL_VALIDATION_FAILED' || raw === 'GRAPHQL_PARSE_FAILED') {
    return { code: 'OUTDATED', message: FALLBACK.OUTDATED };
  }
  // INTERNAL_SERVER_ERROR messages carry a reference the person can quote; keep them.
  if (raw === 'INTERNAL_SERVER_ERROR' && first?.message) return { code: 'INTERNAL', message: first.message };
  return { code: 'INTERNAL', message: FALLBACK.INTERNAL };
}

/** Turns whatever Apollo gives us into one plain-language problem. */
export function describeError(error: unknown): Problem {
  if (CombinedGraphQLErrors.is(error)) return fromGraphQLErrors(error.errors);
  if (ServerError.is(error)) {
    try {
      const body = JSON.parse(error.bodyText) as { errors?: FormattedError[] };
      if (Array.isArray(body.errors) && body.errors.length > 0) return fromGraphQLErrors(body.errors);
    } catch {
      // not JSON: fall through to the status code
    }
    if (error.statusCode === 429) return { code: 'RATE_LIMITED', message: FALLBACK.RATE_LIMITED };
    if (error.statusCode >= 500) return { code: 'INTERNAL', message: FALLBACK.INTERNAL };
    return { code: 'INTERNAL', message: FALLBACK.INTERNAL };
  }
  if (error instanceof TypeError || (error instanceof Error && /fetch|network/i.test(error.message))) {
    return { code: 'NETWORK', message: FALLBACK.NETWORK };
  }
  return { code: 'INTERNAL', message: FALLBACK.INTERNAL };
}

/** Whether an error means the session is gone. */
export function isUnauthenticated(error: unknown): boolean {
  return error != null && describeError(error).code === 'UNAUTHENTICATED';
}
