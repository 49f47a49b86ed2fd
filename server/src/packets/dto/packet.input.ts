import { Field, ID, InputType, Int, registerEnumType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  IsBoolean,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { cleanName } from '../../core/graphql/input-transforms';
import { OfficialResponseStatus } from '../official-response.entity';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const trimAll = ({ value }: { value: unknown }) =>
  Array.isArray(value)
    ? value.map((v) => (typeof v === 'string' ? v.trim() : v)).filter((v) => v !== '')
    : value;

export const PACKET_LIMITS = {
  titleMax: 200,
  coverLetterMax: 20_000,
  recipientsMax: 20,
  recipientMax: 200,
  responseTextMax: 5000,
  responderMax: 120,
  shareLinkDefaultDays: 30,
  shareLinkMaxDays: 365,
} as const;

/** Paper for the paged formats; boards outside North America print on A4. */
export enum PacketPageSizeChoice {
  LETTER = 'LETTER',
  A4 = 'A4',
}
registerEnumType(PacketPageSizeChoice, {
  name: 'PacketPageSize',
  description: 'Paper size every paged format of the packet follows (PDF, Word, printed HTML).',
});

@InputType()
export class PublishPacketInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'draftId must be an id.' })
  draftId: string;

  @Field()
  @Transform(trim)
  @IsString()
  @Length(1, PACKET_LIMITS.titleMax, {
    message: `A packet title must be 1–${PACKET_LIMITS.titleMax} characters.`,
  })
  title: string;

  @Field({ defaultValue: '' })
  @IsString()
  @MaxLength(PACKET_LIMITS.coverLetterMax, {
    message: `A cover letter can be up to ${PACKET_LIMITS.coverLetterMax} characters.`,
  })
  coverLetter: string;

  @Field(() => [String], { defaultValue: [] })
  @Transform(trimAll)
  @ArrayMaxSize(PACKET_LIMITS.recipientsMax, { message: `Up to ${PACKET_LIMITS.recipientsMax} recipients.` })
  @IsString({ each: true })
  @MaxLength(PACKET_LIMITS.recipientMax, { each: true })
  recipients: string[];

  @Field({ defaultValue: true, description: "List the board's members in the packet." })
  @IsBoolean()
  includeMembers: boolean;

  @Field(() => PacketPageSizeChoice, { defaultValue: PacketPageSizeChoice.LETTER })
  @IsEnum(PacketPageSizeChoice, { message: 'Page size must be LETTER or A4.' })
  pageSize: PacketPageSizeChoice;
}

@InputType()
export class PacketRedlineInput {
  @Field(() => ID)
  @IsUUID('all')
  draftId: string;

  @Field(() => ID, {
    nullable: true,
    description:
      'The older side; omitted: the version before `toVersionId` (or the latest version when comparing with the live draft).',
  })
  @IsOptional()
  @IsUUID('all')
  fromVersionId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The newer side; omitted: the live draft.' })
  @IsOptional()
  @IsUUID('all')
  toVersionId?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      "Compare with the department's policy as imported when the draft began (instead of fromVersionId); clauses are paired by heading.",
  })
  @IsOptional()
  @IsBoolean()
  againstBaseline?: boolean | null;
}

@InputType()
export class CreateShareLinkInput {
  @Field(() => ID)
  @IsUUID('all')
  packetVersionId: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(120)
  label?: string | null;

  @Field(() => Int, { defaultValue: PACKET_LIMITS.shareLinkDefaultDays })
  @IsInt()
  @Min(1)
  @Max(PACKET_LIMITS.shareLinkMaxDays, {
    message: `A share link can last up to ${PACKET_LIMITS.shareLinkMaxDays} days.`,
  })
  expiresInDays: number;
}

@InputType()
export class RespondToPacketInput {
  @Field()
  @IsString()
  @Matches(/^[A-Za-z0-9_-]{20,100}$/, { message: 'That link is not valid. Check that you copied all of it.' })
  token: string;

  @Field(() => ID)
  @IsUUID('all')
  clauseId: string;

  @Field(() => OfficialResponseStatus)
  @IsEnum(OfficialResponseStatus)
  status: OfficialResponseStatus;

  @Field({ defaultValue: '' })
  @Transform(trim)
  @IsString()
  @MaxLength(PACKET_LIMITS.responseTextMax, {
    message: `A response can be up to ${PACKET_LIMITS.responseTextMax} characters.`,
  })
  text: string;

  @Field({ description: 'The name the responder gives; shown as given through the link, not verified.' })
  @Transform(cleanName)
  @IsString()
  @Length(1, PACKET_LIMITS.responderMax, { message: 'Please give your name.' })
  responderName: string;

  @Field()
  @Transform(cleanName)
  @IsString()
  @Length(1, PACKET_LIMITS.responderMax, { message: 'Please give your role or office.' })
  responderRole: string;
}
