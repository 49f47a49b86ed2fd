import { ParseUUIDPipe } from '@nestjs/common';
import { Args, ArgsType, Field, ID, Int, Query, Resolver, Subscription } from '@nestjs/graphql';
import { IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { BoardRole, LIMITS } from '@roundtable/shared';
import { Access } from '../auth/access.decorator';
import { LiveEvents } from '../live/live-events';
import { Topic } from '../live/topics';
import { ActivityModel, AuditEventModel } from './audit.model';
import { AuditService } from './audit.service';

@ArgsType()
export class AuditPageArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'boardId must be an id.' })
  boardId: string;

  @Field(() => Int, { nullable: true, defaultValue: 50 })
  @IsInt()
  @Min(1)
  @Max(LIMITS.pageSizeMax)
  take: number;

  @Field(() => Int, { nullable: true, description: 'Older than this `seq` (the next page).' })
  @IsOptional()
  @IsInt()
  @Min(0)
  beforeSeq?: number | null;
}

@Resolver(() => AuditEventModel)
export class AuditResolver {
  constructor(
    private readonly audit: AuditService,
    private readonly live: LiveEvents,
  ) {}

  @Query(() => [AuditEventModel], {
    description:
      "The board's audit log, newest first. Facilitators only; export it at /api/boards/:boardId/audit.csv.",
  })
  @Access.board(BoardRole.FACILITATOR, { board: 'args.boardId' })
  auditLog(@Args() args: AuditPageArgs): Promise<AuditEventModel[]> {
    return this.audit.list(args.boardId, args.take, args.beforeSeq ?? null);
  }

  @Query(() => [ActivityModel], { description: 'What happened on the board lately, newest first.' })
  @Access.board(BoardRole.OBSERVER, { board: 'args.boardId' })
  boardActivity(@Args() args: AuditPageArgs): Promise<ActivityModel[]> {
    return this.audit.activity(args.boardId, args.take, args.beforeSeq ?? null);
  }

  @Subscription(() => ActivityModel)
  @Access.board(BoardRole.OBSERVER, { board: 'args.boardId' })
  activityAdded(
    @Args('boardId', { type: () => ID }, ParseUUIDPipe) boardId: string,
  ): AsyncIterableIterator<unknown> {
    return this.live.asyncIterator(Topic.activity(boardId));
  }
}
