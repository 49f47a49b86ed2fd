import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { Response } from 'express';
import { AppError, ErrorCode } from '../core/errors/app-error';

const STATUS: Partial<Record<ErrorCode, number>> = {
  [ErrorCode.BAD_USER_INPUT]: 400,
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.NOT_FOUND]: 404,
  [ErrorCode.CONFLICT]: 409,
  [ErrorCode.RATE_LIMITED]: 429,
};

/**
 * The access guard throws AppErrors (made for GraphQL); on download routes they become plain
 * HTTP answers with a short text body. Anything unexpected is logged and answered 500.
 */
@Catch()
export class PacketHttpErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('PacketDownloads');

  catch(exception: unknown, host: ArgumentsHost): void {
    const res = host.switchToHttp().getResponse<Response>();
    let status = 500;
    let message = 'Something went wrong on our side.';
    if (exception instanceof AppError) {
      status = STATUS[exception.code] ?? 500;
      if (status !== 500) message = exception.message;
    } else if (exception instanceof HttpException) {
      status = exception.getStatus();
      message = status === 404 ? 'Not found.' : exception.message;
    }
    if (status === 500) this.logger.error(exception instanceof Error ? exception.stack : String(exception));
    if (res.headersSent) return;
    res.status(status).setHeader('Content-Type', 'text/plain; charset=utf-8');
    res.setHeader('Cache-Control', 'no-store');
    res.end(message);
  }
}
