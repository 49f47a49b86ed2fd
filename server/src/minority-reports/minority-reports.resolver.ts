import { ParseUUIDPipe } from '@nestjs/common';
import { Args, ID, Mutation, Query, Resolver, Subscription } from '@nestjs/graphql';
import { BoardRole } from '@roundtable/shared';
import { Access, CurrentUser } from '../auth/access.decorator';
import { UserEntity } from '../auth/user.entity';
import { LiveEvents } from '../live/live-events';
import { Topic } from '../live/topics';
import {
  CreateMinorityReportInput,
  MinorityReportRefInput,
  SignMinorityReportInput,
  UpdateMinorityReportInput,
} from './dto/minority-report.input';
import { MinorityReportModel, MinorityReportsChangeModel } from './minority-report.model';
import { MinorityReportsService } from './minority-reports.service';

@Resolver(() => MinorityReportModel)
export class MinorityReportsResolver {
  constructor(
    private readonly reports: MinorityReportsService,
    private readonly live: LiveEvents,
  ) {}

  @Query(() => [MinorityReportModel], {
    description: "A draft's minority reports, oldest first; optionally one clause's.",
  })
  @Access.board(BoardRole.OBSERVER, { draft: 'args.draftId' })
  minorityReports(
    @Args('draftId', { type: () => ID }, ParseUUIDPipe) draftId: string,
    @Args('clauseId', { type: () => ID, nullable: true }, new ParseUUIDPipe({ optional: true }))
    clauseId?: string | null,
  ): Promise<MinorityReportModel[]> {
    return this.reports.list(draftId, clauseId);
  }

  @Mutation(() => MinorityReportModel)
  @Access.board(BoardRole.MEMBER, { draft: 'args.input.draftId' })
  createMinorityReport(
    @Args('input') input: CreateMinorityReportInput,
    @CurrentUser() user: UserEntity,
  ): Promise<MinorityReportModel> {
    return this.reports.create(input, user);
  }

  @Mutation(() => MinorityReportModel, {
    description: 'Its author only, until a packet including it is published.',
  })
  @Access.board(BoardRole.MEMBER, { draft: 'args.input.draftId' })
  updateMinorityReport(
    @Args('input') input: UpdateMinorityReportInput,
    @CurrentUser() user: UserEntity,
  ): Promise<MinorityReportModel> {
    return this.reports.update(input, user);
  }

  @Mutation(() => Boolean, { description: 'Its author only, until a packet including it is published.' })
  @Access.board(BoardRole.MEMBER, { draft: 'args.input.draftId' })
  withdrawMinorityReport(
    @Args('input') input: MinorityReportRefInput,
    @CurrentUser() user: UserEntity,
  ): Promise<boolean> {
    return this.reports.withdraw(input, user);
  }

  @Mutation(() => MinorityReportModel, {
    description: 'Co-sign a minority report, or take your signature back.',
  })
  @Access.board(BoardRole.MEMBER, { draft: 'args.input.draftId' })
  signMinorityReport(
    @Args('input') input: SignMinorityReportInput,
    @CurrentUser() user: UserEntity,
  ): Promise<MinorityReportModel> {
    return this.reports.sign(input, user);
  }

  @Subscription(() => MinorityReportsChangeModel, {
    description: 'A minority report on the draft was written, revised, co-signed or withdrawn.',
  })
  @Access.board(BoardRole.OBSERVER, { draft: 'args.draftId' })
  minorityReportsChanged(
    @Args('draftId', { type: () => ID }, ParseUUIDPipe) draftId: string,
  ): AsyncIterableIterator<unknown> {
    return this.live.asyncIterator(Topic.minorityReports(draftId));
  }
}
