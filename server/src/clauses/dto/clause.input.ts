import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  MaxLength,
  Min,
} from 'class-validator';
import { COMPONENT_IDS, LIMITS } from '@roundtable/shared';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const HEADING_MESSAGE = `A clause heading must be 1–${LIMITS.clauseHeadingMax} characters.`;

@InputType()
export class AddClauseInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'draftId must be an id.' })
  draftId: string;

  @Field()
  @Transform(trim)
  @IsString()
  @Length(1, LIMITS.clauseHeadingMax, { message: HEADING_MESSAGE })
  heading: string;

  @Field({ defaultValue: '', description: 'Plain text; each line becomes a paragraph.' })
  @IsString()
  @MaxLength(LIMITS.clauseTextMax, { message: `A clause may hold up to ${LIMITS.clauseTextMax} characters.` })
  text: string;

  @Field(() => [String], { defaultValue: [] })
  @IsArray()
  @ArrayMaxSize(COMPONENT_IDS.length)
  @IsIn(COMPONENT_IDS as string[], {
    each: true,
    message: 'Each component must be one of the toolkit catalogue ids.',
  })
  componentIds: string[];

  @Field(() => ID, { nullable: true, description: 'Insert after this clause; at the end when omitted.' })
  @IsOptional()
  @IsUUID('all', { message: 'afterClauseId must be an id.' })
  afterClauseId?: string | null;
}

@InputType()
export class MoveClauseInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'draftId must be an id.' })
  draftId: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'clauseId must be an id.' })
  clauseId: string;

  @Field(() => Int, { description: 'New 0-based position among the clauses (past the end means last).' })
  @IsInt()
  @Min(0)
  toIndex: number;
}

@InputType()
export class RemoveClauseInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'draftId must be an id.' })
  draftId: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'clauseId must be an id.' })
  clauseId: string;
}
