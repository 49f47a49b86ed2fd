import { Field, ID, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsIn, IsString, IsUUID, Length } from 'class-validator';
import { CHECK_MARK_KINDS, ITEM_IDS } from '@roundtable/shared';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

/** Longest excerpt a dismissal keeps; marks point at words or a sentence, never a whole policy. */
export const EXCERPT_MAX = 2000;
export const REASON_MAX = 1000;

@InputType()
export class TickChecklistItemInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'draftId must be an id.' })
  draftId: string;

  @Field({ description: 'A checklist item id from the toolkit catalogue.' })
  @IsString()
  @IsIn(ITEM_IDS as string[], { message: 'That is not a checklist item of the toolkit catalogue.' })
  itemId: string;

  @Field(() => ID, { description: 'The clause that handles the item.' })
  @IsUUID('all', { message: 'clauseId must be an id.' })
  clauseId: string;
}

@InputType()
export class UntickChecklistItemInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'draftId must be an id.' })
  draftId: string;

  @Field()
  @IsString()
  @IsIn(ITEM_IDS as string[], { message: 'That is not a checklist item of the toolkit catalogue.' })
  itemId: string;
}

@InputType()
export class DismissCheckMarkInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'draftId must be an id.' })
  draftId: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'clauseId must be an id.' })
  clauseId: string;

  @Field({ description: "The mark's rule, e.g. 'vague-qualifier'." })
  @IsString()
  @IsIn(CHECK_MARK_KINDS as string[], { message: 'That is not a language-check rule.' })
  ruleId: string;

  @Field({ description: 'The words the mark points at, as shown.' })
  @IsString()
  @Length(1, EXCERPT_MAX, { message: `The marked words must be 1–${EXCERPT_MAX} characters.` })
  excerpt: string;

  @Field({ description: 'Why the mark does not apply; the board and the packet see it.' })
  @Transform(trim)
  @IsString()
  @Length(3, REASON_MAX, { message: `Give a reason of 3–${REASON_MAX} characters.` })
  reason: string;
}

@InputType()
export class UndismissCheckMarkInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'draftId must be an id.' })
  draftId: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'dismissalId must be an id.' })
  dismissalId: string;
}
