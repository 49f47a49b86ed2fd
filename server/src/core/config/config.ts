import { plainToInstance, Transform } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUrl,
  Matches,
  Max,
  Min,
  MinLength,
  validateSync,
} from 'class-validator';
import { LIMITS } from '@roundtable/shared';
import * as path from 'node:path';

const toBool = ({ value }: { value: unknown }) => {
  if (value === undefined || value === '') return undefined;
  if (typeof value === 'boolean') return value;
  const text = String(value).trim().toLowerCase();
  if (['1', 'true', 'yes', 'on'].includes(text)) return true;
  if (['0', 'false', 'no', 'off'].includes(text)) return false;
  return value; // left as a string so validation names the variable
};
const toInt = ({ value }: { value: unknown }) =>
  value === undefined || value === '' ? undefined : /^-?\d+$/.test(String(value)) ? Number(value) : value;

/**
 * Every setting the server reads from the environment. Validated once at start; a bad value
 * stops the process with a message that names the variable, rather than failing later.
 */
export class EnvironmentVariables {
  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(65535)
  PORT?: number;

  @IsOptional()
  @IsString()
  HOST?: string;

  @IsOptional()
  @Matches(/^postgres(ql)?:\/\/.+/, { message: 'DATABASE_URL must be a postgres:// connection URL' })
  DATABASE_URL?: string;

  /**
   * The database password, kept out of DATABASE_URL: a generated password (base64: `/`, `+`)
   * breaks a URL it is pasted into. Takes precedence over a password in DATABASE_URL.
   */
  @IsOptional()
  @IsString()
  PGPASSWORD?: string;

  @IsOptional()
  @Matches(/^rediss?:\/\/.+/, { message: 'REDIS_URL must be a redis:// or rediss:// URL' })
  REDIS_URL?: string;

  @IsOptional()
  @IsUrl(
    { require_tld: false, require_protocol: true, protocols: ['http', 'https'] },
    { message: 'PUBLIC_ORIGIN must be an http(s) origin such as https://roundtable.example.org' },
  )
  PUBLIC_ORIGIN?: string;

  @IsOptional()
  @IsString()
  ALLOWED_ORIGINS?: string;

  @IsOptional()
  @IsString()
  @MinLength(32, { message: 'SESSION_SECRET must be at least 32 characters' })
  SESSION_SECRET?: string;

  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(365)
  SESSION_TTL_DAYS?: number;

  @IsOptional()
  @IsString()
  DATA_DIR?: string;

  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(65535)
  EMBEDDED_PG_PORT?: number;

  @IsOptional()
  @Transform(toBool)
  @IsBoolean({ message: 'DEMO_DATA must be true or false' })
  DEMO_DATA?: boolean;

  @IsOptional()
  @Transform(toBool)
  @IsBoolean({ message: 'GRAPHQL_INTROSPECTION must be true or false' })
  GRAPHQL_INTROSPECTION?: boolean;

  @IsOptional()
  @Transform(toBool)
  @IsBoolean({ message: 'TRUST_PROXY must be true or false' })
  TRUST_PROXY?: boolean;

  @IsOptional()
  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL?: string;

  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1024)
  @Max(64 * 1024 * 1024)
  COLLAB_MAX_MESSAGE_BYTES?: number;

  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(1000)
  COLLAB_CPU_MS_PER_SECOND?: number;

  @IsOptional()
  @IsString()
  CLIENT_DIST?: string;

  @IsOptional()
  @Matches(/^smtps?:\/\/[^\s]+$/, { message: 'SMTP_URL must be an smtp:// or smtps:// URL' })
  SMTP_URL?: string;

  @IsOptional()
  @Matches(/^(?:[^<>\r\n]*<[^\s@<>]+@[^\s@<>]+>|[^\s@<>]+@[^\s@<>]+)$/, {
    message:
      'MAIL_FROM must be an address such as roundtable@city.example or "Roundtable <roundtable@city.example>"',
  })
  MAIL_FROM?: string;

  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(3600)
  MAIL_DIGEST_SECONDS?: number;
}

export interface AppConfig {
  port: number;
  host: string;
  databaseUrl: string | undefined;
  redisUrl: string | undefined;
  publicOrigin: string;
  allowedOrigins: string[];
  sessionSecret: string | undefined;
  sessionTtlDays: number;
  dataDir: string;
  embeddedPgPort: number;
  demoData: boolean | undefined;
  graphqlIntrospection: boolean;
  trustProxy: boolean;
  logLevel: string;
  collabMaxMessageBytes: number;
  /** Server time (ms per second) one collab socket may use; see COLLAB.cpuBurstSeconds. */
  collabCpuMsPerSecond: number;
  clientDist: string;
  secureCookies: boolean;
  /** Unset: mail goes to each board's outbox instead of an SMTP server. */
  smtpUrl: string | undefined;
  mailFrom: string;
  /** Mentions and replies arriving within this window go out as one email. */
  mailDigestSeconds: number;
}

export class ConfigError extends Error {}

/** Reads and validates the environment. Throws ConfigError naming every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const raw = plainToInstance(EnvironmentVariables, { ...env }, { exposeDefaultValues: true });
  const errors = validateSync(raw, { skipMissingProperties: false, whitelist: false });
  if (errors.length > 0) {
    const lines = errors.map((e) => {
      const messages = Object.values(e.constraints ?? {}).join('; ');
      return `  - ${e.property}=${JSON.stringify(String(e.value))}: ${messages}`;
    });
    throw new ConfigError(`Roundtable cannot start: bad configuration\n${lines.join('\n')}`);
  }
  const databaseUrl = raw.DATABASE_URL ? withPassword(raw.DATABASE_URL, raw.PGPASSWORD) : undefined;
  const port = raw.PORT ?? 3000;
  const publicOrigin = (raw.PUBLIC_ORIGIN ?? `http://localhost:${port}`).replace(/\/+$/, '');
  const allowedOrigins = [
    publicOrigin,
    ...(raw.ALLOWED_ORIGINS ?? '')
      .split(',')
      .map((o) => o.trim().replace(/\/+$/, ''))
      .filter(Boolean),
  ];
  return {
    port,
    host: raw.HOST ?? '0.0.0.0',
    databaseUrl,
    redisUrl: raw.REDIS_URL,
    publicOrigin,
    allowedOrigins: [...new Set(allowedOrigins)],
    sessionSecret: raw.SESSION_SECRET,
    sessionTtlDays: raw.SESSION_TTL_DAYS ?? 30,
    dataDir: path.resolve(raw.DATA_DIR ?? 'data'),
    embeddedPgPort: raw.EMBEDDED_PG_PORT ?? 54329,
    demoData: raw.DEMO_DATA,
    graphqlIntrospection: raw.GRAPHQL_INTROSPECTION ?? false,
    trustProxy: raw.TRUST_PROXY ?? false,
    logLevel: raw.LOG_LEVEL ?? 'info',
    collabMaxMessageBytes: raw.COLLAB_MAX_MESSAGE_BYTES ?? LIMITS.collabMessageMaxBytes,
    collabCpuMsPerSecond: raw.COLLAB_CPU_MS_PER_SECOND ?? LIMITS.collabCpuMsPerSecond,
    clientDist: path.resolve(
      raw.CLIENT_DIST ?? path.join(__dirname, '..', '..', '..', '..', 'client', 'dist'),
    ),
    secureCookies: publicOrigin.startsWith('https://'),
    smtpUrl: raw.SMTP_URL,
    mailFrom: raw.MAIL_FROM ?? `Roundtable <roundtable@${new URL(publicOrigin).hostname}>`,
    mailDigestSeconds: raw.MAIL_DIGEST_SECONDS ?? 300,
  };
}

/**
 * DATABASE_URL with PGPASSWORD percent-encoded into it, so every connection (TypeORM, sessions,
 * migrations, LISTEN) gets one complete URL whatever characters the password holds. Refuses a
 * URL that does not parse, which is what an unencoded `/`, `#` or `?` in a password makes.
 */
function withPassword(databaseUrl: string, password: string | undefined): string {
  let url: URL;
  try {
    url = new URL(databaseUrl);
    if (!url.hostname) throw new Error('no host');
  } catch {
    throw new ConfigError(
      'Roundtable cannot start: bad configuration\n' +
        '  - DATABASE_URL: not a valid postgres:// URL. A password with characters such as / # ? @ : % ' +
        'must be percent-encoded in the URL; or leave it out of the URL and set PGPASSWORD.',
    );
  }
  if (password !== undefined && password !== '') url.password = encodeURIComponent(password);
  return url.toString();
}

export const APP_CONFIG = Symbol('APP_CONFIG');
