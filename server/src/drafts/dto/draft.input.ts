import { Field, ID, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsString, IsUUID, Length } from 'class-validator';
import { LIMITS } from '@roundtable/shared';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const TITLE_MESSAGE = `A draft title must be ${LIMITS.draftTitleMin}–${LIMITS.draftTitleMax} characters.`;

@InputType()
export class CreateDraftInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'boardId must be an id.' })
  boardId: string;

  @Field()
  @Transform(trim)
  @IsString()
  @Length(LIMITS.draftTitleMin, LIMITS.draftTitleMax, { message: TITLE_MESSAGE })
  title: string;
}

@InputType()
export class RenameDraftInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'draftId must be an id.' })
  draftId: string;

  @Field()
  @Transform(trim)
  @IsString()
  @Length(LIMITS.draftTitleMin, LIMITS.draftTitleMax, { message: TITLE_MESSAGE })
  title: string;
}
