import { Field, GraphQLISODateTime, ID, InputType, Int } from '@nestjs/graphql';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsDate,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { QuestionKind, QuorumBase, Threshold, VOTE_LIMITS } from '@roundtable/shared';
import { QuestionSubject } from '../question.entity';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

@InputType()
export class CreateQuestionInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'boardId must be an id.' })
  boardId: string;

  @Field(() => QuestionSubject)
  @IsEnum(QuestionSubject)
  subject: QuestionSubject;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'draftId must be an id.' })
  draftId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'clauseId must be an id.' })
  clauseId?: string | null;

  @Field(() => [ID], { nullable: true, description: 'AMENDMENTS: the amendments to put to the vote.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(VOTE_LIMITS.optionsMax - 1)
  @IsUUID('all', { each: true, message: 'amendmentIds must be ids.' })
  amendmentIds?: string[] | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'meetingId must be an id.' })
  meetingId?: string | null;

  @Field()
  @Transform(trim)
  @IsString()
  @Length(1, VOTE_LIMITS.promptMax, { message: `Ask the question in 1–${VOTE_LIMITS.promptMax} characters.` })
  prompt: string;

  @Field(() => QuestionKind)
  @IsEnum(QuestionKind)
  kind: QuestionKind;

  @Field(() => Threshold, { nullable: true, description: 'Defaults to the first threshold the kind allows.' })
  @IsOptional()
  @IsEnum(Threshold)
  threshold?: Threshold | null;

  @Field(() => [String], {
    nullable: true,
    description: 'Choose-one and ranked questions on a draft or motion: the alternatives.',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(VOTE_LIMITS.optionsMax)
  @IsString({ each: true })
  @MaxLength(VOTE_LIMITS.optionLabelMax, { each: true })
  options?: string[] | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(10_000)
  quorumCount?: number | null;

  @Field(() => Int, { nullable: true, description: 'Percentage (0–100) of the quorum base.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100)
  quorumPercent?: number | null;

  @Field(() => QuorumBase, { nullable: true, defaultValue: QuorumBase.ELIGIBLE })
  @IsOptional()
  @IsEnum(QuorumBase)
  quorumBase?: QuorumBase;

  @Field({ nullable: true, defaultValue: false })
  @IsOptional()
  @IsBoolean()
  secret?: boolean;

  @Field({
    nullable: true,
    defaultValue: false,
    description: 'Show the running tally while open. Not allowed with secret ballots.',
  })
  @IsOptional()
  @IsBoolean()
  liveResults?: boolean;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'The server closes the vote at this time.',
  })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  deadline?: Date | null;

  @Field({
    nullable: true,
    defaultValue: true,
    description: 'Open at once (default), or prepare it for later.',
  })
  @IsOptional()
  @IsBoolean()
  open?: boolean;
}

@InputType()
export class CastBallotInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'questionId must be an id.' })
  questionId: string;

  @Field(() => String, {
    nullable: true,
    description: 'APPROVE/OBJECT/ABSTAIN/BLOCK, or an option id (or ABSTAIN) for choose-one.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  choice?: string | null;

  @Field(() => [String], {
    nullable: true,
    description: 'Ranked questions: option ids, most preferred first; empty to abstain.',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(VOTE_LIMITS.optionsMax)
  @IsString({ each: true })
  @MaxLength(64, { each: true })
  ranking?: string[] | null;

  @Field(() => String, {
    nullable: true,
    description: 'Why; objections and blocks with a reason become dissents.',
  })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(VOTE_LIMITS.reasonMax)
  reason?: string | null;
}

@InputType()
export class ReopenQuestionInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'questionId must be an id.' })
  questionId: string;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  deadline?: Date | null;
}
