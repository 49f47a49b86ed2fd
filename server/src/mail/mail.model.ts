import { Field, GraphQLISODateTime, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsEnum, IsIn, IsOptional, ValidateNested } from 'class-validator';
import { MailMode, MailStatus, MailTopic } from './mail.entity';
import { LOCALES } from './templates/glossary';

registerEnumType(MailTopic, { name: 'MailTopic', description: 'What an email is about, for preferences.' });
registerEnumType(MailMode, { name: 'MailMode', description: 'Email now, in a daily digest, or not at all.' });
registerEnumType(MailStatus, { name: 'MailStatus' });

@ObjectType('MailPreference')
export class MailPreferenceModel {
  @Field(() => MailTopic)
  topic: MailTopic;

  @Field(() => MailMode)
  mode: MailMode;
}

@ObjectType('EmailSettings')
export class EmailSettingsModel {
  @Field({ description: "The language of the person's emails: en or es." })
  locale: string;

  @Field(() => [MailPreferenceModel], { description: 'One entry per topic.' })
  preferences: MailPreferenceModel[];
}

@InputType()
export class MailPreferenceInput {
  @Field(() => MailTopic)
  @IsEnum(MailTopic, { message: 'topic must be VOTES, MEETINGS, PACKETS or DISCUSSION.' })
  topic: MailTopic;

  @Field(() => MailMode)
  @IsEnum(MailMode, { message: 'mode must be NOW, DAILY or NONE.' })
  mode: MailMode;
}

@InputType()
export class UpdateEmailSettingsInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsIn(LOCALES, { message: 'locale must be en or es.' })
  locale?: string | null;

  @Field(() => [MailPreferenceInput], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => MailPreferenceInput)
  preferences?: MailPreferenceInput[] | null;
}

@ObjectType('OutboxMessage')
export class OutboxMessageModel {
  @Field(() => ID)
  id: string;

  @Field()
  kind: string;

  @Field()
  toAddress: string;

  @Field()
  locale: string;

  @Field()
  subject: string;

  @Field({ description: 'The plain-text part, as it would be sent.' })
  text: string;

  @Field(() => MailStatus)
  status: MailStatus;

  @Field(() => Int)
  attempts: number;

  @Field(() => String, { nullable: true, description: 'Why the last attempt failed.' })
  lastError: string | null;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  sentAt: Date | null;
}

@ObjectType('BoardOutbox')
export class BoardOutboxModel {
  @Field({ description: 'False: no SMTP server is configured, and these messages were not sent.' })
  smtpConfigured: boolean;

  @Field(() => [OutboxMessageModel], { description: "Email to this board's people, newest first." })
  messages: OutboxMessageModel[];
}
