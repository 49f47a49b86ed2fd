import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { DraftStart } from './dto/draft.input';

@ObjectType('Draft')
export class DraftModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  boardId: string;

  @Field()
  title: string;

  @Field(() => DraftStart, { description: 'How the draft began.' })
  startingPoint: DraftStart;

  @Field()
  archived: boolean;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  @Field(() => GraphQLISODateTime)
  updatedAt: Date;
}
