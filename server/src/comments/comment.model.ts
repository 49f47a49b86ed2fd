import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('CommentAnchor', {
  description: 'Where a thread points in its clause: Yjs relative positions that follow edits.',
})
export class CommentAnchorModel {
  @Field({ description: 'base64 of Y.encodeRelativePosition for the start of the range.' })
  start: string;

  @Field()
  end: string;

  @Field({ description: 'The text the range covered when the thread was started.' })
  quote: string;
}

@ObjectType('Mention')
export class MentionModel {
  @Field(() => ID)
  userId: string;

  @Field()
  name: string;
}

@ObjectType('Comment', { description: 'A comment on a clause (or an amendment). Replies have a parentId.' })
export class CommentModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  boardId: string;

  @Field(() => ID)
  draftId: string;

  @Field(() => ID)
  clauseId: string;

  @Field(() => ID, { nullable: true })
  amendmentId: string | null;

  @Field(() => ID, {
    nullable: true,
    description: "The thread's first comment; null for a thread's first comment.",
  })
  parentId: string | null;

  @Field(() => ID, { nullable: true })
  authorId: string | null;

  @Field()
  authorName: string;

  @Field(() => String, {
    nullable: true,
    description: 'Null when deleted by its author or hidden by a facilitator.',
  })
  body: string | null;

  @Field(() => CommentAnchorModel, { nullable: true })
  anchor: CommentAnchorModel | null;

  @Field(() => [MentionModel])
  mentions: MentionModel[];

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Set when the author edited it.' })
  editedAt: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Threads only: when it was resolved.' })
  resolvedAt: Date | null;

  @Field(() => String, { nullable: true })
  resolvedByName: string | null;

  @Field()
  deleted: boolean;

  @Field()
  hidden: boolean;

  @Field(() => String, { nullable: true, description: "The facilitator's reason for hiding it." })
  hiddenReason: string | null;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;
}
