import { Field, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsEmail, IsString, Length, MaxLength } from 'class-validator';
import { LIMITS } from '@roundtable/shared';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
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
  @Transform(trim)
  @IsString()
  @Length(LIMITS.nameMin, LIMITS.nameMax, {
    message: `Your name must be ${LIMITS.nameMin}–${LIMITS.nameMax} characters.`,
  })
  name: string;

  @Field()
  @IsString()
  @Length(LIMITS.passwordMin, LIMITS.passwordMax, {
    message: `Your password must be at least ${LIMITS.passwordMin} characters.`,
  })
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
