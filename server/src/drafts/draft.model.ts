import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('Draft')
export class DraftModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  boardId: string;

  @Field()
  title: string;

  @Field()
  archived: boolean;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  @Field(() => GraphQLISODateTime)
  updatedAt: Date;
}
