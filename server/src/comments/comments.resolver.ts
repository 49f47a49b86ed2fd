import { ParseUUIDPipe } from '@nestjs/common';
import { Args, ID, Mutation, Query, Resolver, Subscription } from '@nestjs/graphql';
import { BoardRole } from '@roundtable/shared';
import { Access, CurrentUser } from '../auth/access.decorator';
import { UserEntity } from '../auth/user.entity';
import { LiveEvents } from '../live/live-events';
import { Topic } from '../live/topics';
import { CommentModel } from './comment.model';
import { CommentsService } from './comments.service';
import { CommentsArgs } from './dto/comments.args';
import { AddCommentInput, EditCommentInput, HideCommentInput } from './dto/comment.input';

@Resolver(() => CommentModel)
export class CommentsResolver {
  constructor(
    private readonly service: CommentsService,
    private readonly live: LiveEvents,
  ) {}

  @Query(() => [CommentModel], {
    description:
      "A draft's comments (one clause's, or one amendment's), oldest first; group replies by parentId.",
  })
  @Access.board(BoardRole.OBSERVER, { draft: 'args.draftId' })
  comments(@Args() args: CommentsArgs): Promise<CommentModel[]> {
    return this.service.list(args.draftId, args.clauseId ?? null, args.amendmentId ?? null, args.take);
  }

  @Mutation(() => CommentModel, {
    description: 'Starts a thread on a clause (optionally on a passage), or replies to one.',
  })
  @Access.board(BoardRole.MEMBER, { draft: 'args.input.draftId' })
  addComment(@Args('input') input: AddCommentInput, @CurrentUser() user: UserEntity): Promise<CommentModel> {
    return this.service.add(input, user);
  }

  @Mutation(() => CommentModel, { description: 'Its author edits a comment; it shows as edited.' })
  @Access.board(BoardRole.MEMBER, { comment: 'args.input.commentId' })
  editComment(
    @Args('input') input: EditCommentInput,
    @CurrentUser() user: UserEntity,
  ): Promise<CommentModel> {
    return this.service.edit(input, user);
  }

  @Mutation(() => CommentModel, { description: 'Its author deletes a comment; replies stay.' })
  @Access.board(BoardRole.MEMBER, { comment: 'args.commentId' })
  deleteComment(
    @Args('commentId', { type: () => ID }, ParseUUIDPipe) commentId: string,
    @CurrentUser() user: UserEntity,
  ): Promise<CommentModel> {
    return this.service.remove(commentId, user);
  }

  @Mutation(() => CommentModel, {
    description: "Resolves (or, with resolved: false, reopens) a comment's thread.",
  })
  @Access.board(BoardRole.MEMBER, { comment: 'args.commentId' })
  resolveThread(
    @Args('commentId', { type: () => ID }, ParseUUIDPipe) commentId: string,
    @Args('resolved', { type: () => Boolean, defaultValue: true }) resolved: boolean,
    @CurrentUser() user: UserEntity,
  ): Promise<CommentModel> {
    return this.service.setResolved(commentId, resolved, user);
  }

  @Mutation(() => CommentModel, {
    description: 'A facilitator hides an abusive comment; its text stays in the audit log.',
  })
  @Access.board(BoardRole.FACILITATOR, { comment: 'args.input.commentId' })
  hideComment(
    @Args('input') input: HideCommentInput,
    @CurrentUser() user: UserEntity,
  ): Promise<CommentModel> {
    return this.service.hide(input, user);
  }

  @Subscription(() => CommentModel, {
    description: 'A comment in the draft was added, edited, resolved, deleted or hidden.',
  })
  @Access.board(BoardRole.OBSERVER, { draft: 'args.draftId' })
  commentUpdated(
    @Args('draftId', { type: () => ID }, ParseUUIDPipe) draftId: string,
  ): AsyncIterableIterator<unknown> {
    return this.live.asyncIterator(Topic.comments(draftId));
  }
}
