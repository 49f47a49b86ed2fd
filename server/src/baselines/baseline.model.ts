import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('BaselineClause')
export class BaselineClauseModel {
  @Field()
  heading: string;

  @Field()
  text: string;

  @Field(() => [String])
  componentIds: string[];
}

@ObjectType('PolicyBaseline', {
  description: "The department's policy as imported when the draft began. Never changes.",
})
export class PolicyBaselineModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  draftId: string;

  @Field()
  sourceName: string;

  @Field({ description: 'PASTE, TXT or DOCX.' })
  sourceKind: string;

  @Field({ description: 'SHA-256 (hex) of the imported text.' })
  sha256: string;

  @Field()
  sourceText: string;

  @Field(() => [BaselineClauseModel])
  clauses: BaselineClauseModel[];

  @Field()
  createdByName: string;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;
}

@ObjectType('ImportPreviewClause')
export class ImportPreviewClauseModel {
  @Field()
  heading: string;

  @Field()
  text: string;

  @Field(() => [String], { description: 'Components the detector suggests, best first.' })
  suggestedComponentIds: string[];
}

@ObjectType('PolicyImportPreview', {
  description: 'How an imported policy would be split. Nothing is saved.',
})
export class PolicyImportPreviewModel {
  @Field()
  sourceName: string;

  @Field()
  sourceKind: string;

  @Field({ description: 'The extracted plain text; send it back unchanged to create the draft.' })
  text: string;

  @Field()
  sha256: string;

  @Field(() => [ImportPreviewClauseModel])
  clauses: ImportPreviewClauseModel[];
}
