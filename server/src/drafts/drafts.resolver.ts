import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { ParseUUIDPipe } from '@nestjs/common';
import { BoardRole } from '@roundtable/shared';
import { Access, CurrentUser } from '../auth/access.decorator';
import { UserEntity } from '../auth/user.entity';
import { BoardModel } from '../boards/board.model';
import { BoardsService } from '../boards/boards.service';
import { PolicyBaselineModel } from '../baselines/baseline.model';
import { BaselinesService } from '../baselines/baselines.service';
import { DraftModel } from './draft.model';
import { DraftsService } from './drafts.service';
import { CreateDraftInput, RenameDraftInput } from './dto/draft.input';

@Resolver(() => DraftModel)
export class DraftsResolver {
  constructor(
    private readonly drafts: DraftsService,
    private readonly boards: BoardsService,
    private readonly baselines: BaselinesService,
  ) {}

  @Query(() => DraftModel)
  @Access.board(BoardRole.OBSERVER, { draft: 'args.id' })
  draft(@Args('id', { type: () => ID }, ParseUUIDPipe) id: string): Promise<DraftModel> {
    return this.drafts.get(id);
  }

  @ResolveField(() => BoardModel)
  @Access.board(BoardRole.OBSERVER, { board: 'parent.boardId' })
  board(@Parent() draft: DraftModel): Promise<BoardModel> {
    return this.boards.get(draft.boardId);
  }

  @ResolveField(() => PolicyBaselineModel, {
    nullable: true,
    description: "The department's policy this draft was imported from, if any.",
  })
  @Access.board(BoardRole.OBSERVER, { draft: 'parent.id' })
  baseline(@Parent() draft: DraftModel): Promise<PolicyBaselineModel | null> {
    return this.baselines.forDraft(draft.id);
  }

  @Mutation(() => DraftModel, {
    description: 'Starts a draft: blank, from the toolkit template, or from an imported department policy.',
  })
  @Access.board(BoardRole.MEMBER, { board: 'args.input.boardId' })
  createDraft(@Args('input') input: CreateDraftInput, @CurrentUser() user: UserEntity): Promise<DraftModel> {
    return this.drafts.create(input, user);
  }

  @Mutation(() => DraftModel)
  @Access.board(BoardRole.MEMBER, { draft: 'args.input.draftId' })
  renameDraft(@Args('input') input: RenameDraftInput): Promise<DraftModel> {
    return this.drafts.rename(input);
  }

  @Mutation(() => DraftModel, { description: 'Hides a draft from the board; it can be restored.' })
  @Access.board(BoardRole.FACILITATOR, { draft: 'args.draftId' })
  archiveDraft(@Args('draftId', { type: () => ID }, ParseUUIDPipe) draftId: string): Promise<DraftModel> {
    return this.drafts.setArchived(draftId, true);
  }

  @Mutation(() => DraftModel)
  @Access.board(BoardRole.FACILITATOR, { draft: 'args.draftId' })
  restoreDraft(@Args('draftId', { type: () => ID }, ParseUUIDPipe) draftId: string): Promise<DraftModel> {
    return this.drafts.setArchived(draftId, false);
  }
}
