import { Field, ID, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsString, IsUUID, Length, MaxLength } from 'class-validator';
import { DELIBERATION_LIMITS } from '@roundtable/shared';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

@InputType()
export class ProposeAmendmentInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'draftId must be an id.' })
  draftId: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'clauseId must be an id.' })
  clauseId: string;

  @Field({ description: 'The proposed clause body, one block per line.' })
  @Transform(trim)
  @IsString()
  @Length(1, DELIBERATION_LIMITS.amendmentTextMax, {
    message: `Write the new wording (up to ${DELIBERATION_LIMITS.amendmentTextMax} characters).`,
  })
  text: string;

  @Field({ description: 'Why this wording is better.' })
  @Transform(trim)
  @IsString()
  @Length(1, DELIBERATION_LIMITS.rationaleMax, {
    message: `Say why, in up to ${DELIBERATION_LIMITS.rationaleMax} characters.`,
  })
  rationale: string;
}

@InputType()
export class ReviseAmendmentInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'amendmentId must be an id.' })
  amendmentId: string;

  @Field()
  @Transform(trim)
  @IsString()
  @Length(1, DELIBERATION_LIMITS.amendmentTextMax)
  text: string;

  @Field()
  @Transform(trim)
  @IsString()
  @MaxLength(DELIBERATION_LIMITS.rationaleMax)
  @Length(1, DELIBERATION_LIMITS.rationaleMax)
  rationale: string;
}
