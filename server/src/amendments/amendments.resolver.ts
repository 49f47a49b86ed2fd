import { ParseUUIDPipe } from '@nestjs/common';
import { Args, ID, Mutation, Query, Resolver, Subscription } from '@nestjs/graphql';
import { BoardRole } from '@roundtable/shared';
import { Access, CurrentUser } from '../auth/access.decorator';
import { UserEntity } from '../auth/user.entity';
import { LiveEvents } from '../live/live-events';
import { Topic } from '../live/topics';
import { AmendmentModel } from './amendment.model';
import { AmendmentsService } from './amendments.service';
import { ProposeAmendmentInput, ReviseAmendmentInput } from './dto/amendment.input';

@Resolver(() => AmendmentModel)
export class AmendmentsResolver {
  constructor(
    private readonly service: AmendmentsService,
    private readonly live: LiveEvents,
  ) {}

  @Query(() => AmendmentModel)
  @Access.board(BoardRole.OBSERVER, { amendment: 'args.id' })
  amendment(@Args('id', { type: () => ID }, ParseUUIDPipe) id: string): Promise<AmendmentModel> {
    return this.service.get(id);
  }

  @Query(() => [AmendmentModel], {
    description: "A draft's amendments (one clause's, with clauseId), oldest first.",
  })
  @Access.board(BoardRole.OBSERVER, { draft: 'args.draftId' })
  amendments(
    @Args('draftId', { type: () => ID }, ParseUUIDPipe) draftId: string,
    @Args('clauseId', { type: () => ID, nullable: true }, new ParseUUIDPipe({ optional: true }))
    clauseId: string | null,
    @Args('includeClosed', { type: () => Boolean, defaultValue: true }) includeClosed: boolean,
  ): Promise<AmendmentModel[]> {
    return this.service.list(draftId, clauseId ?? null, includeClosed);
  }

  @Mutation(() => AmendmentModel, { description: 'Proposes new wording for a clause body.' })
  @Access.board(BoardRole.MEMBER, { draft: 'args.input.draftId' })
  proposeAmendment(
    @Args('input') input: ProposeAmendmentInput,
    @CurrentUser() user: UserEntity,
  ): Promise<AmendmentModel> {
    return this.service.propose(input, user);
  }

  @Mutation(() => AmendmentModel, {
    description: 'Its author rewords an amendment that is not yet in a vote (support is reset).',
  })
  @Access.board(BoardRole.MEMBER, { amendment: 'args.input.amendmentId' })
  reviseAmendment(
    @Args('input') input: ReviseAmendmentInput,
    @CurrentUser() user: UserEntity,
  ): Promise<AmendmentModel> {
    return this.service.revise(input, user);
  }

  @Mutation(() => AmendmentModel)
  @Access.board(BoardRole.MEMBER, { amendment: 'args.amendmentId' })
  withdrawAmendment(
    @Args('amendmentId', { type: () => ID }, ParseUUIDPipe) amendmentId: string,
    @CurrentUser() user: UserEntity,
  ): Promise<AmendmentModel> {
    return this.service.withdraw(amendmentId, user);
  }

  @Mutation(() => AmendmentModel, { description: 'Adds or removes your support.' })
  @Access.board(BoardRole.MEMBER, { amendment: 'args.amendmentId' })
  supportAmendment(
    @Args('amendmentId', { type: () => ID }, ParseUUIDPipe) amendmentId: string,
    @Args('support', { type: () => Boolean, defaultValue: true }) support: boolean,
    @CurrentUser() user: UserEntity,
  ): Promise<AmendmentModel> {
    return this.service.setSupport(amendmentId, support, user);
  }

  @Subscription(() => AmendmentModel, {
    description: 'An amendment in the draft was proposed, supported, put to a vote or decided.',
  })
  @Access.board(BoardRole.OBSERVER, { draft: 'args.draftId' })
  amendmentUpdated(
    @Args('draftId', { type: () => ID }, ParseUUIDPipe) draftId: string,
  ): AsyncIterableIterator<unknown> {
    return this.live.asyncIterator(Topic.amendments(draftId));
  }
}
