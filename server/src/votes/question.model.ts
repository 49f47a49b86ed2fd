import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Outcome, QuestionKind, QuorumBase, Threshold } from '@roundtable/shared';
import { CloseReason } from './question-result.entity';
import { QuestionState, QuestionSubject } from './question.entity';

registerEnumType(QuestionKind, {
  name: 'QuestionKind',
  valuesMap: {
    APPROVAL: { description: 'Approve, object or abstain (plus block in consensus mode).' },
    CHOICE: { description: 'Choose one of several alternatives.' },
    RANKED: { description: 'Rank alternatives; counted by instant runoff.' },
  },
});
registerEnumType(Threshold, {
  name: 'Threshold',
  valuesMap: {
    PLURALITY: { description: 'Most votes wins (choose-one).' },
    SIMPLE_MAJORITY: { description: 'More than half of the votes cast for or against.' },
    TWO_THIRDS: { description: 'At least two thirds of the votes cast for or against.' },
    CONSENSUS: { description: 'Nobody blocks, and objections do not outnumber approvals.' },
  },
});
registerEnumType(QuorumBase, { name: 'QuorumBase' });
registerEnumType(Outcome, { name: 'Outcome' });
registerEnumType(QuestionSubject, { name: 'QuestionSubject' });
registerEnumType(QuestionState, { name: 'QuestionState' });
registerEnumType(CloseReason, { name: 'CloseReason' });

@ObjectType('QuestionOption')
export class QuestionOptionModel {
  @Field()
  id: string;

  @Field()
  label: string;

  @Field(() => ID, {
    nullable: true,
    description: 'The amendment this alternative adopts; null for "keep the current text".',
  })
  amendmentId: string | null;
}

@ObjectType('OptionCount')
export class OptionCountModel {
  @Field({ description: 'APPROVE/OBJECT/ABSTAIN/BLOCK for approval questions, an option id otherwise.' })
  option: string;

  @Field()
  label: string;

  @Field(() => Int)
  count: number;
}

@ObjectType('RunoffRound')
export class RunoffRoundModel {
  @Field(() => [OptionCountModel])
  counts: OptionCountModel[];

  @Field(() => Int)
  exhausted: number;

  @Field(() => [String])
  eliminated: string[];
}

@ObjectType('Tally')
export class TallyModel {
  @Field({ description: 'True while the question is still open (a live tally).' })
  provisional: boolean;

  @Field(() => Int)
  ballots: number;

  @Field(() => Int)
  abstentions: number;

  @Field(() => Int)
  eligible: number;

  @Field(() => Int)
  quorumBase: number;

  @Field(() => Int)
  quorumRequired: number;

  @Field()
  quorumMet: boolean;

  @Field(() => [OptionCountModel])
  counts: OptionCountModel[];

  @Field(() => [RunoffRoundModel])
  rounds: RunoffRoundModel[];

  @Field(() => Outcome)
  outcome: Outcome;

  @Field(() => String, { nullable: true })
  winner: string | null;

  @Field(() => [String])
  tied: string[];

  @Field({ description: 'One sentence saying what happened.' })
  summary: string;
}

@ObjectType('Dissent', {
  description: 'A reason given with an objection or block (or a losing first choice).',
})
export class DissentModel {
  @Field()
  choice: string;

  @Field()
  reason: string;

  @Field(() => String, { nullable: true, description: 'Null on secret ballots.' })
  voterName: string | null;
}

@ObjectType('RecordedVote', { description: 'Who chose what, on recorded (not secret) ballots.' })
export class RecordedVoteModel {
  @Field(() => ID)
  voterId: string;

  @Field()
  voterName: string;

  @Field(() => String, { nullable: true })
  choice: string | null;

  @Field(() => [String], { nullable: true })
  ranking: string[] | null;

  @Field(() => String, { nullable: true })
  reason: string | null;
}

@ObjectType('VotedClause')
export class VotedClauseModel {
  @Field(() => ID)
  id: string;

  @Field()
  heading: string;

  @Field()
  text: string;
}

@ObjectType('VotedOption')
export class VotedOptionModel {
  @Field()
  id: string;

  @Field()
  label: string;

  @Field(() => String, { nullable: true })
  text: string | null;
}

@ObjectType('VotedText', {
  description: 'The exact wording a round was about; its sha256 is frozen with the result.',
})
export class VotedTextModel {
  @Field(() => QuestionSubject)
  subject: QuestionSubject;

  @Field()
  prompt: string;

  @Field(() => [VotedClauseModel])
  clauses: VotedClauseModel[];

  @Field(() => [VotedOptionModel])
  options: VotedOptionModel[];
}

@ObjectType('QuestionResult', { description: 'A closed round, frozen.' })
export class QuestionResultModel {
  @Field(() => Int)
  round: number;

  @Field(() => Outcome)
  outcome: Outcome;

  @Field(() => String, { nullable: true })
  winner: string | null;

  @Field(() => TallyModel)
  tally: TallyModel;

  @Field(() => [DissentModel])
  dissents: DissentModel[];

  @Field(() => [RecordedVoteModel], { nullable: true, description: 'Null on secret ballots.' })
  votes: RecordedVoteModel[] | null;

  @Field(() => VotedTextModel)
  votedText: VotedTextModel;

  @Field(() => VotedTextModel, {
    nullable: true,
    description: 'The wording at closing, when it changed during the vote.',
  })
  textAtClose: VotedTextModel | null;

  @Field({ description: 'sha256 of the canonical voted text when the round opened.' })
  textHashAtOpen: string;

  @Field()
  textHashAtClose: string;

  @Field()
  textChanged: boolean;

  @Field(() => GraphQLISODateTime)
  openedAt: Date;

  @Field(() => GraphQLISODateTime)
  closedAt: Date;

  @Field(() => CloseReason)
  closeReason: CloseReason;
}

@ObjectType('MyBallot')
export class MyBallotModel {
  @Field(() => ID)
  questionId: string;

  @Field(() => Int)
  round: number;

  @Field(() => String, { nullable: true })
  choice: string | null;

  @Field(() => [String], { nullable: true })
  ranking: string[] | null;

  @Field(() => String, { nullable: true })
  reason: string | null;

  @Field(() => GraphQLISODateTime)
  castAt: Date;

  @Field(() => GraphQLISODateTime)
  updatedAt: Date;
}

@ObjectType('Question', {
  description: 'A vote. What is visible depends on its rules: secret ballots never show who chose what.',
})
export class QuestionModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  boardId: string;

  @Field(() => ID, { nullable: true })
  draftId: string | null;

  @Field(() => ID, { nullable: true })
  clauseId: string | null;

  @Field(() => ID, { nullable: true })
  meetingId: string | null;

  @Field(() => QuestionSubject)
  subject: QuestionSubject;

  @Field()
  prompt: string;

  @Field(() => QuestionKind)
  kind: QuestionKind;

  @Field(() => Threshold)
  threshold: Threshold;

  @Field(() => [QuestionOptionModel])
  options: QuestionOptionModel[];

  @Field(() => Int, { nullable: true })
  quorumCount: number | null;

  @Field(() => Int, { nullable: true })
  quorumPercent: number | null;

  @Field(() => QuorumBase)
  quorumBase: QuorumBase;

  @Field()
  secret: boolean;

  @Field({ description: 'The running tally is shown while the vote is open.' })
  liveResults: boolean;

  @Field(() => GraphQLISODateTime, { nullable: true })
  deadline: Date | null;

  @Field(() => QuestionState)
  state: QuestionState;

  @Field(() => Int)
  round: number;

  @Field(() => GraphQLISODateTime, { nullable: true })
  openedAt: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  closedAt: Date | null;

  @Field(() => String, {
    nullable: true,
    description: 'sha256 of the wording when the current round opened.',
  })
  textHashAtOpen: string | null;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  @Field(() => Int, { description: 'Ballots cast in the current round (who chose what is never implied).' })
  ballotCount: number;

  @Field(() => Int, { description: 'Members and facilitators who may vote.' })
  eligibleCount: number;

  @Field(() => TallyModel, {
    nullable: true,
    description: 'Live while open if the question says so; the frozen result once closed.',
  })
  tally: TallyModel | null;

  @Field(() => [RecordedVoteModel], {
    nullable: true,
    description: 'Recorded ballots of the current round, when results are visible. Null on secret ballots.',
  })
  votes: RecordedVoteModel[] | null;

  @Field(() => [QuestionResultModel], { description: 'Closed rounds, latest first.' })
  results: QuestionResultModel[];
}
