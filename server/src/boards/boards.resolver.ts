import { ParseUUIDPipe } from '@nestjs/common';
import {
  Args,
  Context,
  ID,
  Info,
  Int,
  Mutation,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { boardPageWants } from './board-lookahead';
import { BoardRole } from '@roundtable/shared';
import { Access, CurrentUser } from '../auth/access.decorator';
import { BoardAccessService } from '../auth/board-access.service';
import { UserEntity } from '../auth/user.entity';
import type { GqlContext } from '../core/http/request-context';
import { DraftModel } from '../drafts/draft.model';
import { DraftsService } from '../drafts/drafts.service';
import {
  BoardModel,
  CreatedInvitationModel,
  InvitationModel,
  InvitationPreviewModel,
  MemberModel,
} from './board.model';
import { BoardPrefetch, BoardsService } from './boards.service';
import {
  ChangeMemberRoleInput,
  CreateBoardInput,
  CreateInvitationInput,
  UpdateBoardInput,
} from './dto/board.input';

@Resolver(() => BoardModel)
export class BoardsResolver {
  constructor(
    private readonly boards: BoardsService,
    private readonly draftService: DraftsService,
    private readonly access: BoardAccessService,
  ) {}

  @Query(() => [BoardModel], { description: 'Boards the signed-in person belongs to.' })
  @Access.signedIn()
  myBoards(@CurrentUser() user: UserEntity): Promise<BoardModel[]> {
    return this.boards.myBoards(user.id);
  }

  @Query(() => BoardModel)
  @Access.board(BoardRole.OBSERVER, { board: 'args.id' })
  board(
    @Args('id', { type: () => ID }, ParseUUIDPipe) id: string,
    @Info() info: GraphQLResolveInfo,
  ): Promise<BoardModel> {
    // The board page asks for members and drafts too: read them in the same round trip.
    return this.boards.getPage(id, boardPageWants(info));
  }

  @Query(() => InvitationPreviewModel, {
    description: 'What an invitation link offers, shown before signing in.',
  })
  @Access.public()
  invitation(@Args('token') token: string): Promise<InvitationPreviewModel> {
    return this.boards.previewInvitation(token);
  }

  @ResolveField(() => BoardRole, { description: "The signed-in person's role on this board." })
  @Access.board(BoardRole.OBSERVER, { board: 'parent.id' })
  async myRole(@Parent() board: BoardModel, @Context() { req }: GqlContext): Promise<BoardRole> {
    return (await this.access.roleOf(req, board.id))!;
  }

  @ResolveField(() => Int)
  @Access.board(BoardRole.OBSERVER, { board: 'parent.id' })
  memberCount(@Parent() board: BoardModel & { memberCount?: number }): number | Promise<number> {
    // Read with the board by `board(id:)`; other paths that return a board count here.
    return board.memberCount ?? this.boards.memberCount(board.id);
  }

  @ResolveField(() => [MemberModel])
  @Access.board(BoardRole.OBSERVER, { board: 'parent.id' })
  members(
    @Parent() board: BoardModel & { prefetched?: BoardPrefetch },
  ): MemberModel[] | Promise<MemberModel[]> {
    return board.prefetched?.members ?? this.boards.members(board.id);
  }

  @ResolveField(() => [InvitationModel], { description: 'Facilitators only.' })
  @Access.board(BoardRole.FACILITATOR, { board: 'parent.id' })
  invitations(@Parent() board: BoardModel): Promise<InvitationModel[]> {
    return this.boards.listInvitations(board.id);
  }

  @ResolveField(() => [DraftModel])
  @Access.board(BoardRole.OBSERVER, { board: 'parent.id' })
  drafts(
    @Parent() board: BoardModel & { prefetched?: BoardPrefetch },
    @Args('includeArchived', { type: () => Boolean, defaultValue: false }) includeArchived: boolean,
  ): DraftModel[] | Promise<DraftModel[]> {
    const prefetched = board.prefetched?.drafts;
    if (prefetched && prefetched.includeArchived === includeArchived) return prefetched.list;
    return this.draftService.forBoard(board.id, includeArchived);
  }

  @Mutation(() => BoardModel, { description: 'Creates a board; its creator becomes its facilitator.' })
  @Access.signedIn()
  createBoard(@Args('input') input: CreateBoardInput, @CurrentUser() user: UserEntity): Promise<BoardModel> {
    return this.boards.create(input, user);
  }

  @Mutation(() => BoardModel)
  @Access.board(BoardRole.FACILITATOR, { board: 'args.input.boardId' })
  updateBoard(@Args('input') input: UpdateBoardInput): Promise<BoardModel> {
    return this.boards.update(input);
  }

  @Mutation(() => CreatedInvitationModel)
  @Access.board(BoardRole.FACILITATOR, { board: 'args.input.boardId' })
  createInvitation(
    @Args('input') input: CreateInvitationInput,
    @CurrentUser() user: UserEntity,
  ): Promise<CreatedInvitationModel> {
    return this.boards.createInvitation(input, user);
  }

  @Mutation(() => InvitationModel)
  @Access.board(BoardRole.FACILITATOR, { invitation: 'args.invitationId' })
  revokeInvitation(
    @Args('invitationId', { type: () => ID }, ParseUUIDPipe) invitationId: string,
  ): Promise<InvitationModel> {
    return this.boards.revokeInvitation(invitationId);
  }

  @Mutation(() => BoardModel, { description: 'Joins the board an invitation link is for.' })
  @Access.signedIn()
  acceptInvitation(@Args('token') token: string, @CurrentUser() user: UserEntity): Promise<BoardModel> {
    return this.boards.acceptInvitation(token, user);
  }

  @Mutation(() => MemberModel)
  @Access.board(BoardRole.FACILITATOR, { membership: 'args.input.membershipId' })
  changeMemberRole(@Args('input') input: ChangeMemberRoleInput): Promise<MemberModel> {
    return this.boards.changeRole(input);
  }

  @Mutation(() => Boolean)
  @Access.board(BoardRole.FACILITATOR, { membership: 'args.membershipId' })
  removeMember(
    @Args('membershipId', { type: () => ID }, ParseUUIDPipe) membershipId: string,
  ): Promise<boolean> {
    return this.boards.removeMember(membershipId);
  }

  @Mutation(() => Boolean, { description: 'Leaves a board. The last facilitator cannot leave.' })
  @Access.board(BoardRole.OBSERVER, { board: 'args.boardId' })
  leaveBoard(
    @Args('boardId', { type: () => ID }, ParseUUIDPipe) boardId: string,
    @CurrentUser() user: UserEntity,
  ): Promise<boolean> {
    return this.boards.leave(boardId, user);
  }
}

@Resolver(() => MemberModel)
export class MemberResolver {
  constructor(private readonly access: BoardAccessService) {}

  @ResolveField(() => String, {
    nullable: true,
    description: "Shown to the board's facilitators and to the person.",
  })
  @Access.board(BoardRole.OBSERVER, { board: 'parent.boardId' })
  async email(@Parent() member: MemberModel, @Context() { req }: GqlContext): Promise<string | null> {
    if (member.userId === req.caller?.user?.id) return member.email;
    const role = await this.access.roleOf(req, member.boardId);
    return role === BoardRole.FACILITATOR ? member.email : null;
  }
}
