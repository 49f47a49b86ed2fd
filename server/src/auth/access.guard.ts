import { CanActivate, ExecutionContext, Injectable, Logger } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { roleAtLeast } from '@roundtable/shared';
import { forbidden, notFound, unauthenticated } from '../core/errors/app-error';
import { ACCESS_KEY, AccessRule, BoardScope, requestFrom } from './access.decorator';
import { BoardAccessService } from './board-access.service';

function readPath(source: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((value, key) => (value == null ? undefined : (value as Record<string, unknown>)[key]), source);
}

/**
 * Deny by default: an operation without an `@Access` declaration is refused. For board-scoped
 * operations the caller must be a member with at least the declared role. Non-members get
 * NOT_FOUND so that a board's existence is not disclosed.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  private readonly logger = new Logger(AccessGuard.name);

  constructor(
    private readonly reflector: Reflector,
    private readonly boardAccess: BoardAccessService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_KEY, [context.getHandler(), context.getClass()]);
    if (!rule) {
      this.logger.error(`No @Access rule on ${context.getClass().name}.${context.getHandler().name}; refusing`);
      throw forbidden('This operation is not available.');
    }
    if (rule.kind === 'public') return true;
    const req = requestFrom(context);
    const user = req.caller?.user;
    if (!user) throw unauthenticated();
    if (rule.kind === 'signedIn') return true;

    const source = this.scopeSource(context);
    const boardId = await this.boardIdFor(rule.scope, source);
    if (!boardId) throw notFound(this.scopeLabel(rule.scope));
    const role = await this.boardAccess.roleOf(req, boardId);
    if (!role) throw notFound(this.scopeLabel(rule.scope));
    if (!roleAtLeast(role, rule.role)) {
      throw forbidden(`Only a board ${rule.role.toLowerCase()}${rule.role === 'MEMBER' ? ' or facilitator' : ''} can do that.`);
    }
    return true;
  }

  private scopeSource(context: ExecutionContext): { args: unknown; parent: unknown } {
    if (context.getType<string>() === 'graphql') {
      const gql = GqlExecutionContext.create(context);
      return { args: gql.getArgs(), parent: gql.getRoot() };
    }
    const req = context.switchToHttp().getRequest<{ params: unknown; query: unknown }>();
    return { args: req.params, parent: undefined };
  }

  private async boardIdFor(scope: BoardScope, source: { args: unknown; parent: unknown }): Promise<string | null> {
    const [kind, path] = Object.entries(scope)[0] as [keyof BoardScope & string, string];
    const id = readPath(source, path);
    if (typeof id !== 'string') return null;
    return this.boardAccess.boardIdOf(kind as Parameters<BoardAccessService['boardIdOf']>[0], id);
  }

  private scopeLabel(scope: BoardScope): string {
    if ('draft' in scope) return 'That draft';
    if ('membership' in scope) return 'That membership';
    if ('invitation' in scope) return 'That invitation';
    if ('packet' in scope) return 'That packet version';
    if ('shareLink' in scope) return 'That share link';
    if ('question' in scope) return 'That vote';
    if ('comment' in scope) return 'That comment';
    if ('amendment' in scope) return 'That amendment';
    if ('meeting' in scope) return 'That meeting';
    if ('agendaItem' in scope) return 'That agenda item';
    return 'That board';
  }
}
