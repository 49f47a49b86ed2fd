import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('MinorityReportSignatory')
export class MinorityReportSignatoryModel {
  @Field(() => ID)
  userId: string;

  @Field()
  name: string;

  @Field(() => GraphQLISODateTime)
  signedAt: Date;
}

@ObjectType('MinorityReport', {
  description: "Members' written dissent from a clause or a vote, carried into the packet.",
})
export class MinorityReportModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  draftId: string;

  @Field(() => ID, { nullable: true })
  clauseId: string | null;

  @Field(() => ID, { nullable: true })
  questionId: string | null;

  @Field()
  title: string;

  @Field()
  body: string;

  @Field(() => ID, { nullable: true })
  authorId: string | null;

  @Field(() => String, { nullable: true })
  authorName: string | null;

  @Field(() => [MinorityReportSignatoryModel], { description: 'Co-signers, not counting the author.' })
  signatories: MinorityReportSignatoryModel[];

  @Field({
    description: 'True once a packet version that includes it has been published: it can no longer change.',
  })
  locked: boolean;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  @Field(() => GraphQLISODateTime)
  updatedAt: Date;
}

@ObjectType('MinorityReportsChange', {
  description: 'A minority report on a draft was written, revised, co-signed or withdrawn.',
})
export class MinorityReportsChangeModel {
  @Field(() => ID)
  draftId: string;

  @Field(() => ID, { nullable: true, description: 'The clause it is about, if any.' })
  clauseId: string | null;

  @Field(() => ID)
  reportId: string;

  @Field({ description: 'True when the report was withdrawn (it is gone).' })
  withdrawn: boolean;
}
