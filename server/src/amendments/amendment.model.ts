import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { AmendmentStatus } from './amendment.entity';

registerEnumType(AmendmentStatus, {
  name: 'AmendmentStatus',
  valuesMap: {
    OPEN: { description: 'Proposed: open for support and comment.' },
    VOTING: { description: 'In an open vote; frozen until it closes.' },
    ADOPTED: { description: 'Chosen by a vote; its wording replaces the clause body.' },
    REJECTED: { description: 'Not chosen by a vote.' },
    WITHDRAWN: { description: 'Withdrawn by its author.' },
  },
});

@ObjectType('Amendment', { description: 'Alternative wording for a clause body, with its rationale.' })
export class AmendmentModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  boardId: string;

  @Field(() => ID)
  draftId: string;

  @Field(() => ID)
  clauseId: string;

  @Field(() => Int, { description: 'Its number among the amendments to this clause (1, 2, …).' })
  number: number;

  @Field(() => ID, { nullable: true })
  authorId: string | null;

  @Field()
  authorName: string;

  @Field({ description: 'The proposed clause body, one block per line.' })
  text: string;

  @Field()
  rationale: string;

  @Field({ description: 'The clause body it was written against.' })
  baseText: string;

  @Field()
  baseTextHash: string;

  @Field(() => AmendmentStatus)
  status: AmendmentStatus;

  @Field(() => ID, { nullable: true, description: 'The vote that decided it, or is deciding it.' })
  questionId: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  decidedAt: Date | null;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'When an adopted amendment reached the live document.',
  })
  appliedAt: Date | null;

  @Field(() => Int)
  supportCount: number;

  @Field(() => [String], { description: 'Names of the members who support it.' })
  supporters: string[];

  @Field(() => [ID])
  supporterIds: string[];

  @Field(() => Int)
  commentCount: number;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  @Field(() => GraphQLISODateTime)
  updatedAt: Date;
}
