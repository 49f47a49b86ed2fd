import { Field, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsEmail, IsString, Length, MaxLength } from 'class-validator';
import { LIMITS } from '@roundtable/shared';
import { cleanName } from '../../core/graphql/input-transforms';
import { IsAcceptableNewPassword } from '../password-policy';

const normaliseEmail = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? value.trim().toLowerCase() : value;

@InputType()
export class SignUpInput {
  @Field()
  @Transform(normaliseEmail)
  @IsEmail({}, { message: 'Please enter a valid email address.' })
  @MaxLength(LIMITS.emailMax)
  email: string;

  @Field()
  @Transform(cleanName)
  @IsString()
  @Length(LIMITS.nameMin, LIMITS.nameMax, {
    message: `Your name must be ${LIMITS.nameMin}–${LIMITS.nameMax} characters.`,
  })
  name: string;

  @Field({
    description:
      'At least 12 characters and hard to guess; refusals carry `extensions.reasons` (PASSWORD_TOO_SHORT, PASSWORD_TOO_LONG, PASSWORD_TOO_COMMON, PASSWORD_TOO_GUESSABLE).',
  })
  @IsString()
  @IsAcceptableNewPassword()
  password: string;
}

@InputType()
export class SignInInput {
  @Field()
  @Transform(normaliseEmail)
  @IsEmail({}, { message: 'Please enter a valid email address.' })
  @MaxLength(LIMITS.emailMax)
  email: string;

  @Field()
  @IsString()
  @Length(1, LIMITS.passwordMax)
  password: string;
}
