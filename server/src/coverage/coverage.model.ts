import { Field, Float, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum CoverageStatus {
  COVERED = 'COVERED',
  PARTLY = 'PARTLY',
  MISSING = 'MISSING',
  CONTRADICTED = 'CONTRADICTED',
}
registerEnumType(CoverageStatus, {
  name: 'CoverageStatus',
  description: 'How far the draft meets a toolkit component or checklist item.',
});

export enum CoverageSource {
  TEXT = 'TEXT',
  TAG = 'TAG',
  TICK = 'TICK',
}
registerEnumType(CoverageSource, {
  name: 'CoverageSource',
  description: 'What decided an item: the clause text, a clause tagged with the component, or a member tick.',
});

@ObjectType('CoverageEvidence', { description: 'A clause (and the sentence in it) that supports a verdict.' })
export class CoverageEvidenceModel {
  @Field(() => ID)
  clauseId: string;

  @Field()
  clauseHeading: string;

  @Field({ description: 'The supporting sentence; empty when the clause is only tagged or ticked.' })
  sentence: string;

  @Field(() => Int, { description: 'Offset (UTF-16 code units) of the matched words in the clause text.' })
  from: number;

  @Field(() => Int)
  to: number;

  @Field({
    description:
      'Why the text earns the verdict, quoting the words that decided it ("\'should\' makes this optional"); empty for tags and ticks.',
  })
  reason: string;
}

@ObjectType('ChecklistTick', { description: "A member's statement that a clause handles a checklist item." })
export class ChecklistTickModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  draftId: string;

  @Field()
  itemId: string;

  @Field(() => ID)
  clauseId: string;

  @Field(() => String, { nullable: true })
  tickedByName: string | null;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;
}

@ObjectType('ItemCoverage')
export class ItemCoverageModel {
  @Field()
  itemId: string;

  @Field()
  title: string;

  @Field()
  guidance: string;

  @Field(() => CoverageStatus)
  status: CoverageStatus;

  @Field(() => CoverageSource)
  source: CoverageSource;

  @Field(() => [CoverageEvidenceModel])
  evidence: CoverageEvidenceModel[];

  @Field(() => ChecklistTickModel, { nullable: true, description: "A member's tick on this item, if any." })
  tick: ChecklistTickModel | null;
}

@ObjectType('ComponentCoverage')
export class ComponentCoverageModel {
  @Field()
  componentId: string;

  @Field()
  title: string;

  @Field(() => CoverageStatus)
  status: CoverageStatus;

  @Field(() => Float, { description: '0–1: covered items count 1, partly 0.5, missing and contradicted 0.' })
  score: number;

  @Field(() => [ItemCoverageModel])
  items: ItemCoverageModel[];
}

@ObjectType('DraftCoverage', {
  description: 'What the draft covers of the toolkit catalogue, component by component.',
})
export class DraftCoverageModel {
  @Field(() => Float, { description: 'Mean of the component scores, 0–1.' })
  overall: number;

  @Field(() => [ComponentCoverageModel])
  components: ComponentCoverageModel[];
}

@ObjectType('CheckDismissal', {
  description: 'A member dismissed a language-check mark, with a reason; shared with the board.',
})
export class CheckDismissalModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  draftId: string;

  @Field(() => ID)
  clauseId: string;

  @Field()
  ruleId: string;

  @Field()
  excerpt: string;

  @Field()
  fingerprint: string;

  @Field()
  reason: string;

  @Field(() => String, { nullable: true })
  dismissedByName: string | null;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;
}

@ObjectType('CheckFinding', { description: 'A language-check mark on a clause.' })
export class CheckFindingModel {
  @Field(() => ID, { description: 'Unique within the clause for this wording.' })
  id: string;

  @Field(() => ID)
  clauseId: string;

  @Field({ description: "The rule, e.g. 'vague-qualifier', 'weak-modal', 'passive-duty'." })
  ruleId: string;

  @Field({ description: 'info, warning or problem.' })
  severity: string;

  @Field(() => Int, { description: 'Offset (UTF-16 code units) into the clause text.' })
  from: number;

  @Field(() => Int)
  to: number;

  @Field()
  excerpt: string;

  @Field({ description: 'Why this matters, in plain English.' })
  explanation: string;

  @Field({ description: 'A better phrasing or the next step.' })
  suggestion: string;

  @Field({ description: 'Stable across unrelated edits; what a dismissal is keyed on.' })
  fingerprint: string;

  @Field()
  dismissed: boolean;

  @Field(() => CheckDismissalModel, { nullable: true })
  dismissal: CheckDismissalModel | null;
}
