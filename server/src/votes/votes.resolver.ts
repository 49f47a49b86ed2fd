import { ParseUUIDPipe } from '@nestjs/common';
import {
  Args,
  Context,
  ID,
  Mutation,
  Parent,
  Query,
  ResolveField,
  Resolver,
  Subscription,
} from '@nestjs/graphql';
import { BoardRole, roleAtLeast } from '@roundtable/shared';
import { Access, CurrentUser } from '../auth/access.decorator';
import { BoardAccessService } from '../auth/board-access.service';
import { UserEntity } from '../auth/user.entity';
import type { GqlContext } from '../core/http/request-context';
import { LiveEvents } from '../live/live-events';
import { Topic } from '../live/topics';
import { CastBallotInput, CreateQuestionInput, ReopenQuestionInput } from './dto/question.input';
import { QuestionsArgs } from './dto/questions.args';
import { QuestionState } from './question.entity';
import { MyBallotModel, QuestionModel } from './question.model';
import { VotesService } from './votes.service';

@Resolver(() => QuestionModel)
export class VotesResolver {
  constructor(
    private readonly votes: VotesService,
    private readonly access: BoardAccessService,
    private readonly live: LiveEvents,
  ) {}

  @Query(() => QuestionModel)
  @Access.board(BoardRole.OBSERVER, { question: 'args.id' })
  question(@Args('id', { type: () => ID }, ParseUUIDPipe) id: string): Promise<QuestionModel> {
    return this.votes.get(id);
  }

  @Query(() => [QuestionModel], { description: "A board's votes, newest first." })
  @Access.board(BoardRole.OBSERVER, { board: 'args.boardId' })
  questions(@Args() args: QuestionsArgs): Promise<QuestionModel[]> {
    return this.votes.list(args);
  }

  @ResolveField(() => MyBallotModel, {
    nullable: true,
    description: "The signed-in person's own ballot in the current round.",
  })
  @Access.board(BoardRole.OBSERVER, { board: 'parent.boardId' })
  myBallot(
    @Parent() question: QuestionModel,
    @CurrentUser() user: UserEntity,
  ): Promise<MyBallotModel | null> {
    return this.votes.myBallot(question.id, question.round, user.id);
  }

  @ResolveField(() => Boolean, { description: 'Whether the signed-in person may cast a ballot now.' })
  @Access.board(BoardRole.OBSERVER, { board: 'parent.boardId' })
  async canVote(@Parent() question: QuestionModel, @Context() { req }: GqlContext): Promise<boolean> {
    if (question.state !== QuestionState.OPEN) return false;
    if (question.deadline && question.deadline.getTime() <= Date.now()) return false;
    return roleAtLeast(await this.access.roleOf(req, question.boardId), BoardRole.MEMBER);
  }

  @Mutation(() => QuestionModel, {
    description: 'Puts a question to the board (opened at once unless `open: false`).',
  })
  @Access.board(BoardRole.FACILITATOR, { board: 'args.input.boardId' })
  createQuestion(
    @Args('input') input: CreateQuestionInput,
    @CurrentUser() user: UserEntity,
  ): Promise<QuestionModel> {
    return this.votes.create(input, user);
  }

  @Mutation(() => QuestionModel, { description: 'Opens a prepared question for ballots.' })
  @Access.board(BoardRole.FACILITATOR, { question: 'args.questionId' })
  openQuestion(
    @Args('questionId', { type: () => ID }, ParseUUIDPipe) questionId: string,
    @CurrentUser() user: UserEntity,
  ): Promise<QuestionModel> {
    return this.votes.open(questionId, user);
  }

  @Mutation(() => MyBallotModel, {
    description: 'Casts or changes your ballot. Members and facilitators only; until the vote closes.',
  })
  @Access.board(BoardRole.MEMBER, { question: 'args.input.questionId' })
  castBallot(@Args('input') input: CastBallotInput, @CurrentUser() user: UserEntity): Promise<MyBallotModel> {
    return this.votes.cast(input, user);
  }

  @Mutation(() => QuestionModel, {
    description: 'Closes the vote and freezes its result with the wording voted on.',
  })
  @Access.board(BoardRole.FACILITATOR, { question: 'args.questionId' })
  closeQuestion(
    @Args('questionId', { type: () => ID }, ParseUUIDPipe) questionId: string,
    @CurrentUser() user: UserEntity,
  ): Promise<QuestionModel> {
    return this.votes.close(questionId, user);
  }

  @Mutation(() => QuestionModel, {
    description: 'Starts a new round of a closed vote; earlier rounds are kept.',
  })
  @Access.board(BoardRole.FACILITATOR, { question: 'args.input.questionId' })
  reopenQuestion(
    @Args('input') input: ReopenQuestionInput,
    @CurrentUser() user: UserEntity,
  ): Promise<QuestionModel> {
    return this.votes.reopen(input, user);
  }

  @Subscription(() => QuestionModel, {
    description:
      'A vote on the board changed: opened, a ballot was cast (count only, unless results are live), closed.',
  })
  @Access.board(BoardRole.OBSERVER, { board: 'args.boardId' })
  questionUpdated(
    @Args('boardId', { type: () => ID }, ParseUUIDPipe) boardId: string,
  ): AsyncIterableIterator<unknown> {
    return this.live.asyncIterator(Topic.questions(boardId));
  }
}
