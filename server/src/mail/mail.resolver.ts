import { Args, ArgsType, Field, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { IsUUID, Max, Min } from 'class-validator';
import { BoardRole } from '@roundtable/shared';
import { Access, CurrentUser } from '../auth/access.decorator';
import { UserEntity } from '../auth/user.entity';
import { BoardOutboxModel, EmailSettingsModel, UpdateEmailSettingsInput } from './mail.model';
import { MailSettingsService } from './mail-settings.service';

@ArgsType()
class OutboxArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'boardId must be an id.' })
  boardId: string;

  @Field(() => Int, { defaultValue: 50 })
  @Min(1)
  @Max(100)
  take: number;
}

@Resolver()
export class MailResolver {
  constructor(private readonly settings: MailSettingsService) {}

  @Query(() => EmailSettingsModel, { description: "The signed-in person's email language and preferences." })
  @Access.signedIn()
  myEmailSettings(@CurrentUser() user: UserEntity): Promise<EmailSettingsModel> {
    return this.settings.settings(user.id);
  }

  @Mutation(() => EmailSettingsModel, {
    description: 'Changes the caller’s own email language or preferences.',
  })
  @Access.signedIn()
  updateMyEmailSettings(
    @Args('input') input: UpdateEmailSettingsInput,
    @CurrentUser() user: UserEntity,
  ): Promise<EmailSettingsModel> {
    return this.settings.update(user.id, input);
  }

  @Query(() => BoardOutboxModel, {
    description:
      "Email queued for this board's people: what was sent, what failed, and (without SMTP) the outbox.",
  })
  @Access.board(BoardRole.FACILITATOR, { board: 'args.boardId' })
  boardOutbox(@Args() args: OutboxArgs): Promise<BoardOutboxModel> {
    return this.settings.outbox(args.boardId, args.take);
  }
}
