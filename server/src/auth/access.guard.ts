import { CanActivate, ExecutionContext, Injectable, Logger } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { BoardRole, roleAtLeast } from '@roundtable/shared';
import type { AppRequest, GqlContext } from '../core/http/request-context';
import { forbidden, notFound, unauthenticated } from '../core/errors/app-error';
import { ACCESS_KEY, AccessRule, BoardScope } from './access.decorator';
import { BoardAccessService } from './board-access.service';

function readPath(source: unknown, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>(
      (value, key) => (value == null ? undefined : (value as Record<string, unknown>)[key]),
      source,
    );
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

  /** Rules per handler, read once: the guard runs for every guarded field of every request. */
  private readonly rules = new WeakMap<object, AccessRule | null>();

  canActivate(context: ExecutionContext): boolean | Promise<boolean> {
    const handler = context.getHandler();
    let rule = this.rules.get(handler);
    if (rule === undefined) {
      rule =
        this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_KEY, [handler, context.getClass()]) ??
        null;
      this.rules.set(handler, rule);
    }
    if (!rule) {
      this.logger.error(`No @Access rule on ${context.getClass().name}.${handler.name}; refusing`);
      throw forbidden('This operation is not available.');
    }
    if (rule.kind === 'public') return true;
    const isGraphql = context.getType<string>() === 'graphql';
    const gql = isGraphql ? GqlExecutionContext.create(context) : null;
    const req = gql ? gql.getContext<GqlContext>().req : context.switchToHttp().getRequest<AppRequest>();
    const user = req.caller?.user;
    if (!user) throw unauthenticated();
    if (rule.kind === 'signedIn') return true;

    const source = gql
      ? { args: gql.getArgs(), parent: gql.getRoot() }
      : { args: context.switchToHttp().getRequest<{ params: unknown }>().params, parent: undefined };
    const scope = rule.scope;
    const [kind, path] = Object.entries(scope)[0] as [keyof BoardScope & string, string];
    const id = readPath(source, path);
    // Fast path, taken by every field resolver on a board the caller belongs to (a member's email,
    // a board's drafts…): the board id is at hand and the role was read once for this request.
    if (kind === 'board' && typeof id === 'string') {
      const known = this.boardAccess.knownRole(req, id);
      if (known !== undefined) return this.decide(rule, scope, known);
    }
    return this.slowPath(rule, scope, kind, id, req);
  }

  private async slowPath(
    rule: Extract<AccessRule, { kind: 'board' }>,
    scope: BoardScope,
    kind: keyof BoardScope & string,
    id: unknown,
    req: AppRequest,
  ): Promise<boolean> {
    if (typeof id !== 'string') throw notFound(this.scopeLabel(scope));
    const boardId = await this.boardAccess.boardIdOf(
      kind as Parameters<BoardAccessService['boardIdOf']>[0],
      id,
    );
    if (!boardId) throw notFound(this.scopeLabel(scope));
    return this.decide(rule, scope, await this.boardAccess.roleOf(req, boardId));
  }

  private decide(
    rule: Extract<AccessRule, { kind: 'board' }>,
    scope: BoardScope,
    role: BoardRole | null,
  ): boolean {
    if (!role) throw notFound(this.scopeLabel(scope));
    if (!roleAtLeast(role, rule.role)) {
      throw forbidden(
        `Only a board ${rule.role.toLowerCase()}${rule.role === 'MEMBER' ? ' or facilitator' : ''} can do that.`,
      );
    }
    return true;
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
