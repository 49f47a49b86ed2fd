import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('Clause', {
  description:
    'A clause of a draft, as last written in the live document (refreshed within a second of an edit).',
})
export class ClauseModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  draftId: string;

  @Field(() => Int, { description: '0-based order in the draft.' })
  position: number;

  @Field()
  heading: string;

  @Field({ description: 'The clause body as plain text, one block per line.' })
  text: string;

  @Field(() => [String], { description: 'Toolkit catalogue component ids the clause implements.' })
  componentIds: string[];

  @Field({ description: 'sha256 (hex) of heading + "\\n" + text: what a vote on this wording records.' })
  textHash: string;

  @Field(() => GraphQLISODateTime)
  updatedAt: Date;
}
