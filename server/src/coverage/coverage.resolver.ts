import { Args, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { BoardRole } from '@roundtable/shared';
import { Access, CurrentUser } from '../auth/access.decorator';
import { UserEntity } from '../auth/user.entity';
import { ClauseModel } from '../clauses/clause.model';
import { DraftModel } from '../drafts/draft.model';
import {
  CheckDismissalModel,
  CheckFindingModel,
  ChecklistTickModel,
  DraftCoverageModel,
} from './coverage.model';
import { CoverageService } from './coverage.service';
import {
  DismissCheckMarkInput,
  TickChecklistItemInput,
  UndismissCheckMarkInput,
  UntickChecklistItemInput,
} from './dto/coverage.input';

@Resolver(() => DraftModel)
export class DraftCoverageResolver {
  constructor(private readonly service: CoverageService) {}

  @ResolveField(() => DraftCoverageModel, {
    description: 'Toolkit coverage of the draft as of the last edit (within a second), with members’ ticks.',
  })
  @Access.board(BoardRole.OBSERVER, { board: 'parent.boardId' })
  coverage(@Parent() draft: DraftModel): Promise<DraftCoverageModel> {
    return this.service.coverage(draft.id);
  }

  @ResolveField(() => [CheckDismissalModel], {
    description: 'Language-check marks members have dismissed, oldest first.',
  })
  @Access.board(BoardRole.OBSERVER, { board: 'parent.boardId' })
  checkDismissals(@Parent() draft: DraftModel): Promise<CheckDismissalModel[]> {
    return this.service.dismissals(draft.id);
  }
}

@Resolver(() => ClauseModel)
export class ClauseChecksResolver {
  constructor(private readonly service: CoverageService) {}

  @ResolveField(() => [CheckFindingModel], {
    description: 'Language-check findings on the clause, in text order; dismissed ones say so.',
  })
  @Access.board(BoardRole.OBSERVER, { draft: 'parent.draftId' })
  checks(@Parent() clause: ClauseModel): Promise<CheckFindingModel[]> {
    return this.service.checks(clause.draftId, clause.id);
  }
}

@Resolver()
export class CoverageResolver {
  constructor(private readonly service: CoverageService) {}

  @Mutation(() => ChecklistTickModel, {
    description:
      'A member marks a checklist item as handled by a clause (replacing an earlier tick on the item).',
  })
  @Access.board(BoardRole.MEMBER, { draft: 'args.input.draftId' })
  tickChecklistItem(
    @Args('input') input: TickChecklistItemInput,
    @CurrentUser() user: UserEntity,
  ): Promise<ChecklistTickModel> {
    return this.service.tick(input, user);
  }

  @Mutation(() => Boolean, {
    description: 'Removes the tick on a checklist item; the text alone decides again.',
  })
  @Access.board(BoardRole.MEMBER, { draft: 'args.input.draftId' })
  untickChecklistItem(
    @Args('input') input: UntickChecklistItemInput,
    @CurrentUser() user: UserEntity,
  ): Promise<boolean> {
    return this.service.untick(input, user);
  }

  @Mutation(() => CheckDismissalModel, {
    description: 'A member dismisses a language-check mark with a reason; the board and the packet see it.',
  })
  @Access.board(BoardRole.MEMBER, { draft: 'args.input.draftId' })
  dismissCheckMark(
    @Args('input') input: DismissCheckMarkInput,
    @CurrentUser() user: UserEntity,
  ): Promise<CheckDismissalModel> {
    return this.service.dismiss(input, user);
  }

  @Mutation(() => Boolean, { description: 'Brings a dismissed mark back.' })
  @Access.board(BoardRole.MEMBER, { draft: 'args.input.draftId' })
  undismissCheckMark(
    @Args('input') input: UndismissCheckMarkInput,
    @CurrentUser() user: UserEntity,
  ): Promise<boolean> {
    return this.service.undismiss(input, user);
  }
}
