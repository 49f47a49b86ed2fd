import { Field, ID, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional, IsString, IsUUID, Length } from 'class-validator';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export const MINORITY_REPORT_LIMITS = { titleMax: 200, bodyMax: 20000 } as const;

@InputType()
export class CreateMinorityReportInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'draftId must be an id.' })
  draftId: string;

  @Field(() => ID, { nullable: true, description: 'The clause the report dissents from.' })
  @IsOptional()
  @IsUUID('all', { message: 'clauseId must be an id.' })
  clauseId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The question (vote) the report dissents from.' })
  @IsOptional()
  @IsUUID('all', { message: 'questionId must be an id.' })
  questionId?: string | null;

  @Field()
  @Transform(trim)
  @IsString()
  @Length(1, MINORITY_REPORT_LIMITS.titleMax, {
    message: `A title must be 1–${MINORITY_REPORT_LIMITS.titleMax} characters.`,
  })
  title: string;

  @Field()
  @Transform(trim)
  @IsString()
  @Length(1, MINORITY_REPORT_LIMITS.bodyMax, {
    message: `The report must have text, at most ${MINORITY_REPORT_LIMITS.bodyMax} characters.`,
  })
  body: string;
}

@InputType()
export class UpdateMinorityReportInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'draftId must be an id.' })
  draftId: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'reportId must be an id.' })
  reportId: string;

  @Field()
  @Transform(trim)
  @IsString()
  @Length(1, MINORITY_REPORT_LIMITS.titleMax, {
    message: `A title must be 1–${MINORITY_REPORT_LIMITS.titleMax} characters.`,
  })
  title: string;

  @Field()
  @Transform(trim)
  @IsString()
  @Length(1, MINORITY_REPORT_LIMITS.bodyMax, {
    message: `The report must have text, at most ${MINORITY_REPORT_LIMITS.bodyMax} characters.`,
  })
  body: string;
}

@InputType()
export class MinorityReportRefInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'draftId must be an id.' })
  draftId: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'reportId must be an id.' })
  reportId: string;
}

@InputType()
export class SignMinorityReportInput extends MinorityReportRefInput {
  @Field({ description: 'True to co-sign, false to take your signature back.' })
  @IsBoolean()
  signed: boolean;
}
