import { Args, Int, Mutation, Query, Resolver, Subscription } from '@nestjs/graphql';
import { Max, Min } from 'class-validator';
import { Access, CurrentUser } from '../auth/access.decorator';
import { UserEntity } from '../auth/user.entity';
import { MarkNotificationsReadInput, NotificationFeedModel } from './notification.model';
import { NotificationsService } from './notifications.service';
import { ArgsType, Field } from '@nestjs/graphql';

@ArgsType()
class FeedArgs {
  @Field(() => Int, { defaultValue: 30 })
  @Min(1)
  @Max(100)
  take: number;
}

/** Each person's own notifications: no board scope, every row is filtered by the caller's id. */
@Resolver(() => NotificationFeedModel)
export class NotificationsResolver {
  constructor(private readonly service: NotificationsService) {}

  @Query(() => NotificationFeedModel, {
    description: "The signed-in person's notifications (mentions, replies to their threads), newest first.",
  })
  @Access.signedIn()
  myNotifications(@Args() args: FeedArgs, @CurrentUser() user: UserEntity): Promise<NotificationFeedModel> {
    return this.service.feed(user.id, args.take);
  }

  @Mutation(() => Int, {
    description: 'Marks some (or all) of the caller’s notifications read; returns how many changed.',
  })
  @Access.signedIn()
  markNotificationsRead(
    @Args('input') input: MarkNotificationsReadInput,
    @CurrentUser() user: UserEntity,
  ): Promise<number> {
    return this.service.markRead(user.id, input);
  }

  @Subscription(() => NotificationFeedModel, {
    description:
      "The signed-in person's notifications, sent again whenever one arrives or some are marked read (in any tab).",
  })
  @Access.signedIn()
  myNotificationsChanged(
    @Args() args: FeedArgs,
    @CurrentUser() user: UserEntity,
  ): AsyncIterableIterator<unknown> {
    return this.service.changes(user.id, args.take);
  }
}
