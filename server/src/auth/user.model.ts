import { Field, ID, ObjectType } from '@nestjs/graphql';

/** The signed-in person, as they see themselves. */
@ObjectType('Viewer')
export class ViewerModel {
  @Field(() => ID)
  id: string;

  @Field()
  email: string;

  @Field()
  name: string;
}
