import type { NestExpressApplication } from '@nestjs/platform-express';
import cookieParser from 'cookie-parser';
import express, { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import { pinoHttp } from 'pino-http';
import type { AppConfig } from '../config/config';

const SERVER_PATHS = /^\/(graphql|collab|healthz|packets|api)(\/|$|\?)/;

/** What the JSON body parser throws (body-parser's `type`), answered for a person instead of Express's default. */
interface BodyParserError {
  type?: string;
  limit?: number;
}

function megabytes(bytes: number): string {
  return `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`;
}

/**
 * A request body the JSON parser refused: too large (413, naming the limit) or not JSON (400),
 * in plain text like every other HTTP error. Anything else goes on to Nest.
 */
export function bodyErrorHandler(error: unknown, _req: Request, res: Response, next: NextFunction): void {
  const { type, limit } = (error ?? {}) as BodyParserError;
  if (type !== 'entity.too.large' && type !== 'entity.parse.failed') return next(error);
  res.setHeader('Content-Type', 'text/plain; charset=utf-8');
  res.setHeader('Cache-Control', 'no-store');
  if (type === 'entity.too.large')
    res
      .status(413)
      .end(
        `The request is larger than ${limit ? megabytes(limit) : 'the limit'}, the most one request may carry.`,
      );
  else res.status(400).end('The request body is not valid JSON.');
}

/** Cookies, security headers and the built client (served by the same process on the same port). */
export function setupHttp(app: NestExpressApplication, config: AppConfig, logger: Logger): void {
  if (config.trustProxy) app.set('trust proxy', 1);
  app.disable('x-powered-by');
  app.use(
    pinoHttp({
      logger,
      // A correlation id per request: taken from the proxy when it sends one, echoed back.
      genReqId: (req, res) => {
        const incoming = req.headers['x-request-id'];
        const id = typeof incoming === 'string' && /^[\w-]{8,64}$/.test(incoming) ? incoming : randomUUID();
        res.setHeader('x-request-id', id);
        return id;
      },
      autoLogging: { ignore: (req) => req.url === '/healthz' || (req.url ?? '').startsWith('/assets/') },
      serializers: {
        req: (req: { id: string; method: string; url: string }) => ({
          id: req.id,
          method: req.method,
          url: req.url,
        }),
        res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      },
      customLogLevel: (_req, res, error) => (error || res.statusCode >= 500 ? 'error' : 'info'),
    }),
  );
  // Registered after the body parser (bootstrap), so it sees the parser's errors.
  app.use(bodyErrorHandler);
  app.use(cookieParser());
  app.use(
    helmet({
      contentSecurityPolicy: {
        useDefaults: true,
        directives: {
          'default-src': ["'self'"],
          'script-src': ["'self'"],
          'style-src': ["'self'", "'unsafe-inline'"],
          'img-src': ["'self'", 'data:', 'blob:'],
          'font-src': ["'self'", 'data:'],
          'connect-src': [
            "'self'",
            ...config.allowedOrigins,
            ...config.allowedOrigins.map((o) => o.replace(/^http/, 'ws')),
          ],
          'frame-ancestors': ["'none'"],
          'object-src': ["'none'"],
          'base-uri': ["'self'"],
          'form-action': ["'self'"],
          'upgrade-insecure-requests': config.secureCookies ? [] : null,
        },
      },
      strictTransportSecurity: config.secureCookies ? { maxAge: 15552000, includeSubDomains: true } : false,
      crossOriginEmbedderPolicy: false,
    }),
  );

  const indexHtml = path.join(config.clientDist, 'index.html');
  if (fs.existsSync(indexHtml)) {
    app.use(
      '/assets',
      express.static(path.join(config.clientDist, 'assets'), {
        immutable: true,
        maxAge: '1y',
        fallthrough: false,
      }),
    );
    app.use(express.static(config.clientDist, { index: false, maxAge: '1h' }));
    // Client-side routes: any other GET that wants HTML gets the app shell.
    app.use((req: Request, res: Response, next: NextFunction) => {
      if (req.method !== 'GET' || SERVER_PATHS.test(req.path) || !req.accepts('html')) return next();
      res.setHeader('Cache-Control', 'no-cache');
      res.sendFile(indexHtml);
    });
  }
}
