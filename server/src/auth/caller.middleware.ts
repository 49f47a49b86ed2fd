import { Injectable, NestMiddleware } from '@nestjs/common';
import type { NextFunction, Response } from 'express';
import { AppRequest, SESSION_COOKIE } from '../core/http/request-context';
import { SessionService } from './session.service';

/** Resolves the session cookie to a user once per request, for guards and resolvers. */
@Injectable()
export class CallerMiddleware implements NestMiddleware {
  constructor(private readonly sessions: SessionService) {}

  async use(req: AppRequest, _res: Response, next: NextFunction): Promise<void> {
    try {
      const token = (req.cookies as Record<string, string> | undefined)?.[SESSION_COOKIE];
      const session = await this.sessions.resolve(token);
      req.caller = {
        user: session?.user ?? null,
        sessionTokenHash: session?.tokenHash ?? null,
        roles: new Map(),
        knownRoles: session?.roles,
      };
      next();
    } catch (error) {
      next(error);
    }
  }
}
