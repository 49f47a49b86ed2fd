import { Args, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { BoardRole } from '@roundtable/shared';
import { Access, CurrentUser } from '../auth/access.decorator';
import { UserEntity } from '../auth/user.entity';
import { DraftModel } from '../drafts/draft.model';
import { ClauseModel } from './clause.model';
import { ClausesService } from './clauses.service';
import { AddClauseInput, MoveClauseInput, RemoveClauseInput } from './dto/clause.input';

@Resolver(() => DraftModel)
export class DraftClausesResolver {
  constructor(private readonly service: ClausesService) {}

  @ResolveField(() => [ClauseModel], {
    description: 'The clauses in order, as of the last edit (within a second).',
  })
  @Access.board(BoardRole.OBSERVER, { board: 'parent.boardId' })
  clauses(@Parent() draft: DraftModel): Promise<ClauseModel[]> {
    return this.service.list(draft.id);
  }
}

@Resolver(() => ClauseModel)
export class ClausesResolver {
  constructor(private readonly service: ClausesService) {}

  @Mutation(() => ClauseModel, {
    description: 'Adds a clause to the live draft; open editors see it at once.',
  })
  @Access.board(BoardRole.MEMBER, { draft: 'args.input.draftId' })
  addClause(@Args('input') input: AddClauseInput, @CurrentUser() user: UserEntity): Promise<ClauseModel> {
    return this.service.add(input, user.id);
  }

  @Mutation(() => ClauseModel, { description: 'Moves a clause to a new position in the live draft.' })
  @Access.board(BoardRole.MEMBER, { draft: 'args.input.draftId' })
  moveClause(@Args('input') input: MoveClauseInput, @CurrentUser() user: UserEntity): Promise<ClauseModel> {
    return this.service.move(input, user.id);
  }

  @Mutation(() => Boolean, { description: 'Removes a clause from the live draft.' })
  @Access.board(BoardRole.MEMBER, { draft: 'args.input.draftId' })
  removeClause(@Args('input') input: RemoveClauseInput, @CurrentUser() user: UserEntity): Promise<boolean> {
    return this.service.remove(input, user.id);
  }
}
