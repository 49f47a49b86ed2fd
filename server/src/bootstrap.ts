import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import pino, { Logger } from 'pino';
import { AppModule } from './app.module';
import { CollabServer } from './collab/collab-server';
import { AppConfig } from './core/config/config';
import { EmbeddedDatabase, startEmbeddedPostgres } from './core/database/embedded';
import { migrate } from './core/database/migrate';
import { setupHttp } from './core/http/setup-http';
import { AppExceptionFilter } from './core/errors/exception.filter';
import { createValidationPipe } from './core/errors/validation';
import { StorableTextPipe } from './core/graphql/storable-text.pipe';
import { resolveSessionSecret } from './core/secret';
import { loadDemoDataIfEmpty } from './demo/demo-data';
import { PinoNestLogger } from './core/logging/pino-nest-logger';

export interface RunningApp {
  app: NestExpressApplication;
  url: string;
  databaseUrl: string;
  embedded: boolean;
  demoLoaded: boolean;
  logger: Logger;
  close(): Promise<void>;
}

export function createLogger(config: AppConfig): Logger {
  return pino({
    level: config.logLevel,
    redact: {
      paths: ['req.headers.cookie', 'res.headers["set-cookie"]', '*.password', '*.passwordHash'],
      remove: true,
    },
    base: { service: 'roundtable' },
  });
}

/**
 * Starts Roundtable: embedded PostgreSQL when no DATABASE_URL is set, migrations (and demo data
 * on a first run), then the Nest app on one port. Used by `main.ts` and by integration tests.
 */
export async function startApp(
  config: AppConfig,
  options: { logger?: Logger; listen?: boolean } = {},
): Promise<RunningApp> {
  const logger = options.logger ?? createLogger(config);
  let embedded: EmbeddedDatabase | undefined;
  let databaseUrl = config.databaseUrl;
  if (!databaseUrl) {
    embedded = await startEmbeddedPostgres(config.dataDir, config.embeddedPgPort, (msg) => logger.info(msg));
    databaseUrl = embedded.url;
  }
  const loadDemo = config.demoData ?? embedded !== undefined;
  let demoLoaded = false;
  const applied = await migrate(databaseUrl, async (db) => {
    if (loadDemo) demoLoaded = await loadDemoDataIfEmpty(db);
  });
  if (applied.length) logger.info({ migrations: applied }, 'applied database migrations');

  const sessionSecret = resolveSessionSecret(config);
  const app = await NestFactory.create<NestExpressApplication>(
    AppModule.forRoot({ config, databaseUrl, sessionSecret, logger }),
    { logger: new PinoNestLogger(logger), bodyParser: true },
  );
  app.useBodyParser('json', { limit: '2mb' });
  setupHttp(app, config, logger);
  app.useGlobalFilters(new AppExceptionFilter(app.getHttpAdapter()));
  // Text PostgreSQL cannot store is refused first, naming the field, before any rule reads it.
  app.useGlobalPipes(new StorableTextPipe(), createValidationPipe());
  if (options.listen !== false) await app.listen(config.port, config.host);
  const address = app.getHttpServer().address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  return {
    app,
    url: `http://127.0.0.1:${port}`,
    databaseUrl,
    embedded: embedded !== undefined,
    demoLoaded,
    logger,
    async close() {
      // Collaboration sockets first: close frames out, accepted edits stored (see CollabServer).
      await app.get(CollabServer).shutdown();
      await app.close();
      if (embedded) await embedded.stop();
    },
  };
}
