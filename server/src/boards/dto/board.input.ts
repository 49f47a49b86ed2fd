import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import {
  IsEmail,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { BoardRole, LIMITS } from '@roundtable/shared';
import { cleanName } from '../../core/graphql/input-transforms';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

@InputType()
export class CreateBoardInput {
  @Field()
  @Transform(cleanName)
  @IsString()
  @Length(LIMITS.boardNameMin, LIMITS.boardNameMax, {
    message: `A board name must be ${LIMITS.boardNameMin}–${LIMITS.boardNameMax} characters.`,
  })
  name: string;

  @Field()
  @Transform(trim)
  @IsString()
  @Length(1, LIMITS.jurisdictionMax, {
    message: `Please name the jurisdiction (up to ${LIMITS.jurisdictionMax} characters).`,
  })
  jurisdiction: string;

  @Field({ nullable: true, defaultValue: '' })
  @Transform(trim)
  @IsString()
  @MaxLength(LIMITS.descriptionMax, {
    message: `A description can be up to ${LIMITS.descriptionMax} characters.`,
  })
  description: string;
}

@InputType()
export class UpdateBoardInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'boardId must be an id.' })
  boardId: string;

  @Field({ nullable: true })
  @IsOptional()
  @Transform(cleanName)
  @IsString()
  @Length(LIMITS.boardNameMin, LIMITS.boardNameMax, {
    message: `A board name must be ${LIMITS.boardNameMin}–${LIMITS.boardNameMax} characters.`,
  })
  name?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(1, LIMITS.jurisdictionMax)
  jurisdiction?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(LIMITS.descriptionMax)
  description?: string;
}

@InputType()
export class CreateInvitationInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'boardId must be an id.' })
  boardId: string;

  @Field(() => BoardRole)
  @IsEnum(BoardRole, { message: 'role must be FACILITATOR, MEMBER or OBSERVER.' })
  role: BoardRole;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(120)
  note?: string | null;

  @Field(() => Int, { nullable: true, defaultValue: LIMITS.invitationDefaultDays })
  @IsInt()
  @Min(1)
  @Max(LIMITS.invitationMaxDays, {
    message: `An invitation can last at most ${LIMITS.invitationMaxDays} days.`,
  })
  expiresInDays: number;

  @Field(() => String, {
    nullable: true,
    description: 'Also email the link to this address (in its account language, if it has one).',
  })
  @IsOptional()
  @Transform(trim)
  @IsEmail({}, { message: 'Enter an email address such as name@example.org.' })
  @MaxLength(254)
  sendToEmail?: string | null;
}

@InputType()
export class ChangeMemberRoleInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'membershipId must be an id.' })
  membershipId: string;

  @Field(() => BoardRole)
  @IsEnum(BoardRole, { message: 'role must be FACILITATOR, MEMBER or OBSERVER.' })
  role: BoardRole;
}
