import { ArgumentsHost, Catch, HttpException, Logger } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import type { Response } from 'express';
import { AppError, ErrorCode } from './app-error';

/** HTTP status for each error code a feature (or the access guard) throws. */
export const HTTP_STATUS: Record<ErrorCode, number> = {
  [ErrorCode.BAD_USER_INPUT]: 400,
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.NOT_FOUND]: 404,
  [ErrorCode.CONFLICT]: 409,
  [ErrorCode.RATE_LIMITED]: 429,
  [ErrorCode.INTERNAL_SERVER_ERROR]: 500,
};

const INTERNAL = 'Something went wrong on our side.';

/** The status and the message for a person, of anything an HTTP route threw. */
export function httpAnswer(exception: unknown): { status: number; message: string } {
  if (exception instanceof AppError) {
    const status = HTTP_STATUS[exception.code] ?? 500;
    return { status, message: status === 500 ? INTERNAL : exception.message };
  }
  if (exception instanceof HttpException) {
    const status = exception.getStatus();
    if (status === 404) return { status, message: 'Not found.' };
    if (status >= 500) return { status, message: INTERNAL };
    const body = exception.getResponse();
    const detail = typeof body === 'object' && body !== null ? (body as { message?: unknown }).message : body;
    const message = Array.isArray(detail)
      ? detail.join('; ')
      : typeof detail === 'string'
        ? detail
        : exception.message;
    return { status, message };
  }
  return { status: 500, message: INTERNAL };
}

/**
 * The one exception filter, applied globally.
 * - GraphQL: errors go back to Apollo untouched (its formatter decides what the client sees and
 *   logs the unexpected ones once, with a reference).
 * - HTTP routes (downloads, CSV export, health, unknown paths): the access guard's AppErrors and
 *   Nest's HttpExceptions become the matching status (401 signed out, 403 wrong role, 404 not a
 *   member or not there, 410 gone…) with a short plain-text message and no caching; anything
 *   else is logged and answered 500 without details.
 */
@Catch()
export class AppExceptionFilter extends BaseExceptionFilter {
  private readonly log = new Logger('HttpErrors');

  override catch(exception: unknown, host: ArgumentsHost): unknown {
    if (host.getType<string>() !== 'http') return exception;
    const { status, message } = httpAnswer(exception);
    if (status >= 500)
      this.log.error(exception instanceof Error ? (exception.stack ?? exception.message) : String(exception));
    const res = host.switchToHttp().getResponse<Response>();
    if (res.headersSent) {
      // A download that failed half way: the only honest signal left is to cut the connection.
      res.destroy();
      return undefined;
    }
    res.status(status).setHeader('Content-Type', 'text/plain; charset=utf-8');
    res.setHeader('Cache-Control', 'no-store');
    res.end(message);
    return undefined;
  }
}
