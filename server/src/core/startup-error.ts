/**
 * A start-up failure we understand: what went wrong, and what the person starting Roundtable
 * can do about it. main.ts prints both.
 */
export class StartupError extends Error {
  constructor(
    message: string,
    readonly hint: string,
  ) {
    super(message);
    this.name = 'StartupError';
  }
}

interface ErrorWithCode {
  code?: string;
  address?: string;
  port?: number;
  message?: string;
}

/**
 * Turns whatever stopped the start into one message with a cause and a next step, never a bare
 * `undefined`: a StartupError as it is, the usual PostgreSQL and network failures with the
 * setting to check, anything else with its own message (or its type when it has none).
 */
export function describeStartupFailure(
  error: unknown,
  context: { port: number; databaseUrl?: string },
): string {
  if (error instanceof StartupError) return `${error.message}\n  What to do: ${error.hint}`;
  const e = (typeof error === 'object' && error !== null ? error : {}) as ErrorWithCode;
  const where = context.databaseUrl ? databaseHost(context.databaseUrl) : 'the database';
  const known: Record<string, string> = {
    EADDRINUSE: `port ${e.port ?? context.port} is already in use.\n  What to do: stop the program using it or set PORT to a free port.`,
    EACCES: `permission denied (${e.message ?? 'no detail'}).\n  What to do: use a PORT above 1023, or check that DATA_DIR is writable.`,
    ECONNREFUSED: `cannot reach PostgreSQL at ${where}: connection refused.\n  What to do: check DATABASE_URL and that the PostgreSQL server is running.`,
    ENOTFOUND: `cannot resolve the PostgreSQL host of ${where}.\n  What to do: check the host name in DATABASE_URL.`,
    ETIMEDOUT: `PostgreSQL at ${where} did not answer in time.\n  What to do: check DATABASE_URL and the network between this machine and the database.`,
    '28P01': `PostgreSQL at ${where} refused the password.\n  What to do: check the user and password in DATABASE_URL (or PGUSER/PGPASSWORD).`,
    '28000': `PostgreSQL at ${where} refused this user.\n  What to do: check the user in DATABASE_URL and the server's pg_hba.conf.`,
    '3D000': `the database named in DATABASE_URL does not exist on ${where}.\n  What to do: create it (createdb) or fix the name.`,
  };
  if (e.code && known[e.code]) return known[e.code];
  if (error instanceof Error && error.message) return error.stack ?? error.message;
  const shown = error === undefined ? 'an error with no detail (undefined)' : String(error);
  return `${shown}.\n  What to do: run again with LOG_LEVEL=debug and report this message.`;
}

/** host:port/database of a connection URL, without its password. */
function databaseHost(url: string): string {
  try {
    const u = new URL(url);
    return `${u.hostname}:${u.port || 5432}${u.pathname}`;
  } catch {
    return 'DATABASE_URL';
  }
}
