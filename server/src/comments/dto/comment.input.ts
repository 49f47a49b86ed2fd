import { Field, ID, InputType } from '@nestjs/graphql';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { DELIBERATION_LIMITS } from '@roundtable/shared';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const BODY = `Write a comment of up to ${DELIBERATION_LIMITS.commentMax} characters.`;

@InputType()
export class CommentAnchorInput {
  @Field()
  @IsString()
  @Length(1, DELIBERATION_LIMITS.anchorMax)
  start: string;

  @Field()
  @IsString()
  @Length(1, DELIBERATION_LIMITS.anchorMax)
  end: string;

  @Field()
  @IsString()
  @MaxLength(DELIBERATION_LIMITS.quoteMax)
  quote: string;
}

@InputType()
export class AddCommentInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'draftId must be an id.' })
  draftId: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'clauseId must be an id.' })
  clauseId: string;

  @Field(() => ID, { nullable: true, description: 'Comment on an amendment to the clause.' })
  @IsOptional()
  @IsUUID('all', { message: 'amendmentId must be an id.' })
  amendmentId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Reply to a thread.' })
  @IsOptional()
  @IsUUID('all', { message: 'parentId must be an id.' })
  parentId?: string | null;

  @Field()
  @Transform(trim)
  @IsString()
  @Length(1, DELIBERATION_LIMITS.commentMax, { message: BODY })
  body: string;

  @Field(() => CommentAnchorInput, {
    nullable: true,
    description: 'Threads only: the range of the clause it is about.',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => CommentAnchorInput)
  anchor?: CommentAnchorInput | null;

  @Field(() => [ID], { nullable: true, description: 'Members mentioned (user ids).' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(DELIBERATION_LIMITS.mentionsMax)
  @IsUUID('all', { each: true })
  mentions?: string[] | null;
}

@InputType()
export class EditCommentInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'commentId must be an id.' })
  commentId: string;

  @Field()
  @Transform(trim)
  @IsString()
  @Length(1, DELIBERATION_LIMITS.commentMax, { message: BODY })
  body: string;

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(DELIBERATION_LIMITS.mentionsMax)
  @IsUUID('all', { each: true })
  mentions?: string[] | null;
}

@InputType()
export class HideCommentInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'commentId must be an id.' })
  commentId: string;

  @Field()
  @Transform(trim)
  @IsString()
  @Length(1, DELIBERATION_LIMITS.hiddenReasonMax, {
    message: `Give a reason of up to ${DELIBERATION_LIMITS.hiddenReasonMax} characters.`,
  })
  reason: string;
}
