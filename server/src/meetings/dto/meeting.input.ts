import { Field, GraphQLISODateTime, ID, InputType, Int } from '@nestjs/graphql';
import { Transform, Type } from 'class-transformer';
import {
  IsBoolean,
  IsDate,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  Length,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { MEETING_LIMITS } from '@roundtable/shared';
import { AgendaItemKind } from '../agenda-item.entity';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const emptyToNull = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? value.trim() || null : value;

@InputType()
export class ScheduleMeetingInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'boardId must be an id.' })
  boardId: string;

  @Field(() => ID, { nullable: true, description: 'The draft the meeting works on.' })
  @IsOptional()
  @IsUUID('all', { message: 'draftId must be an id.' })
  draftId?: string | null;

  @Field()
  @Transform(trim)
  @IsString()
  @Length(1, MEETING_LIMITS.titleMax, {
    message: `Give the meeting a title of up to ${MEETING_LIMITS.titleMax} characters.`,
  })
  title: string;

  @Field(() => GraphQLISODateTime)
  @Type(() => Date)
  @IsDate({ message: 'startsAt must be a date and time.' })
  startsAt: Date;

  @Field(() => Int, { nullable: true, defaultValue: 90 })
  @IsInt()
  @Min(5)
  @Max(24 * 60)
  durationMinutes: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Transform(emptyToNull)
  @IsString()
  @MaxLength(MEETING_LIMITS.locationMax)
  location?: string | null;

  @Field(() => String, { nullable: true, description: 'A video-call link.' })
  @IsOptional()
  @Transform(emptyToNull)
  @IsUrl(
    { protocols: ['https', 'http'], require_protocol: true },
    { message: 'The link must be a full web address (https://…).' },
  )
  @MaxLength(MEETING_LIMITS.linkMax)
  link?: string | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(10_000)
  quorumCount?: number | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100)
  quorumPercent?: number | null;
}

@InputType()
export class AddAgendaItemInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'meetingId must be an id.' })
  meetingId: string;

  @Field(() => AgendaItemKind)
  @IsEnum(AgendaItemKind)
  kind: AgendaItemKind;

  @Field(() => String, {
    nullable: true,
    description: 'Defaults to the clause heading, amendment or question prompt.',
  })
  @IsOptional()
  @Transform(emptyToNull)
  @IsString()
  @MaxLength(MEETING_LIMITS.agendaTitleMax)
  title?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(MEETING_LIMITS.agendaNotesMax)
  notes?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all')
  clauseId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all')
  amendmentId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all')
  questionId?: string | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MEETING_LIMITS.timeBoxMaxMinutes)
  timeBoxMinutes?: number | null;
}

@InputType()
export class UpdateAgendaItemInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'agendaItemId must be an id.' })
  agendaItemId: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(1, MEETING_LIMITS.agendaTitleMax)
  title?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(MEETING_LIMITS.agendaNotesMax)
  notes?: string | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MEETING_LIMITS.timeBoxMaxMinutes)
  timeBoxMinutes?: number | null;

  @Field(() => Int, { nullable: true, description: 'Move it to this 0-based position.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MEETING_LIMITS.agendaItemsMax)
  position?: number | null;
}

@InputType()
export class SaveMinutesInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'meetingId must be an id.' })
  meetingId: string;

  @Field()
  @IsString()
  @MaxLength(MEETING_LIMITS.minutesMax)
  text: string;

  @Field(() => Int, {
    description: 'The minutesVersion you started from; a newer version on the server is a conflict.',
  })
  @IsInt()
  @Min(0)
  baseVersion: number;
}

@InputType()
export class MarkAttendanceInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'meetingId must be an id.' })
  meetingId: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'userId must be an id.' })
  userId: string;

  @Field()
  @IsBoolean()
  present: boolean;
}
