import { Field, ID, InputType, registerEnumType } from '@nestjs/graphql';
import { Transform, Type } from 'class-transformer';
import { IsEnum, IsOptional, IsString, IsUUID, Length, ValidateNested } from 'class-validator';
import { LIMITS } from '@roundtable/shared';
import { ImportedPolicyInput } from '../../baselines/dto/baseline.input';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const TITLE_MESSAGE = `A draft title must be ${LIMITS.draftTitleMin}–${LIMITS.draftTitleMax} characters.`;

export enum DraftStart {
  BLANK = 'BLANK',
  TEMPLATE = 'TEMPLATE',
  IMPORT = 'IMPORT',
}
registerEnumType(DraftStart, {
  name: 'DraftStart',
  description: 'How a new draft begins.',
  valuesMap: {
    BLANK: { description: 'No clauses.' },
    TEMPLATE: { description: 'One scaffold clause per toolkit component, with [placeholders] to fill.' },
    IMPORT: { description: "The department's current policy, split into clauses and kept as the baseline." },
  },
});

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

  @Field(() => DraftStart, { nullable: true, defaultValue: DraftStart.BLANK })
  @IsOptional()
  @IsEnum(DraftStart, { message: 'start must be BLANK, TEMPLATE or IMPORT.' })
  start?: DraftStart | null;

  @Field(() => ImportedPolicyInput, { nullable: true, description: 'Required when start is IMPORT.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => ImportedPolicyInput)
  imported?: ImportedPolicyInput | null;
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
