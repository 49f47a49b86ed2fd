import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('AuditEvent', { description: 'One recorded change on a board. The log is append-only.' })
export class AuditEventModel {
  @Field(() => ID)
  id: string;

  @Field(() => Int, { description: 'Order of writing.' })
  seq: number;

  boardId: string;

  @Field(() => ID, { nullable: true })
  actorId: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Null when the server acted (a deadline closed a vote).',
  })
  actorName: string | null;

  @Field({ description: 'What happened, as `<target>.<verb>`, e.g. `question.closed`.' })
  action: string;

  @Field()
  targetType: string;

  @Field(() => ID, { nullable: true })
  targetId: string | null;

  @Field({ description: 'Details as a JSON object.' })
  data: string;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;
}

@ObjectType('Activity', {
  description: "A line of the board's activity feed: the audit log without its details.",
})
export class ActivityModel {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  seq: number;

  @Field(() => String, { nullable: true })
  actorName: string | null;

  @Field()
  action: string;

  @Field()
  targetType: string;

  @Field(() => ID, { nullable: true })
  targetId: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'What it was about (a vote prompt, a clause heading, a meeting title).',
  })
  label: string | null;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;
}
