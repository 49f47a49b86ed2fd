import { Field, GraphQLISODateTime, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ArrayMaxSize, IsBoolean, IsOptional, IsUUID } from 'class-validator';
import { NotificationKind } from './notification.entity';

registerEnumType(NotificationKind, { name: 'NotificationKind' });

@ObjectType('Notification', { description: 'A mention of the signed-in person, or a reply to their thread.' })
export class NotificationModel {
  @Field(() => ID)
  id: string;

  @Field(() => NotificationKind)
  kind: NotificationKind;

  @Field(() => ID)
  boardId: string;

  @Field()
  boardName: string;

  @Field(() => ID)
  draftId: string;

  @Field(() => ID)
  clauseId: string;

  @Field(() => ID)
  commentId: string;

  @Field()
  actorName: string;

  @Field(() => String, {
    nullable: true,
    description: 'The start of the comment; null once it was deleted or hidden.',
  })
  excerpt: string | null;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  @Field()
  read: boolean;
}

@ObjectType('NotificationFeed')
export class NotificationFeedModel {
  @Field(() => Int, { description: 'Unread notifications in all, not only those listed.' })
  unreadCount: number;

  @Field(() => [NotificationModel], { description: 'Newest first.' })
  items: NotificationModel[];
}

@InputType()
export class MarkNotificationsReadInput {
  @Field(() => [ID], {
    nullable: true,
    description: 'These notifications (the caller’s own); omit with all: true.',
  })
  @IsOptional()
  @IsUUID('all', { each: true })
  @ArrayMaxSize(200)
  ids?: string[];

  @Field({ nullable: true, description: 'Every notification of the caller.' })
  @IsOptional()
  @IsBoolean()
  all?: boolean;
}
