import { ArgsType, Field, ID, Int } from '@nestjs/graphql';
import { IsEnum, IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { LIMITS } from '@roundtable/shared';
import { QuestionState } from '../question.entity';

@ArgsType()
export class QuestionsArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'boardId must be an id.' })
  boardId: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'draftId must be an id.' })
  draftId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'clauseId must be an id.' })
  clauseId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'meetingId must be an id.' })
  meetingId?: string | null;

  @Field(() => QuestionState, { nullable: true })
  @IsOptional()
  @IsEnum(QuestionState)
  state?: QuestionState | null;

  @Field(() => Int, { nullable: true, defaultValue: 50 })
  @IsInt()
  @Min(1)
  @Max(LIMITS.pageSizeMax)
  take: number;
}
