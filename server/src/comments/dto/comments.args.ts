import { ArgsType, Field, ID, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { LIMITS } from '@roundtable/shared';

@ArgsType()
export class CommentsArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'draftId must be an id.' })
  draftId: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'clauseId must be an id.' })
  clauseId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'amendmentId must be an id.' })
  amendmentId?: string | null;

  @Field(() => Int, { nullable: true, defaultValue: LIMITS.pageSizeMax })
  @IsInt()
  @Min(1)
  @Max(LIMITS.pageSizeMax)
  take: number;
}
