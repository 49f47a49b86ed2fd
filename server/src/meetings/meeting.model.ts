import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { BoardRole } from '@roundtable/shared';
import { AgendaItemKind } from './agenda-item.entity';
import { MeetingState } from './meeting.entity';

registerEnumType(MeetingState, { name: 'MeetingState' });
registerEnumType(AgendaItemKind, {
  name: 'AgendaItemKind',
  valuesMap: {
    CLAUSE: { description: 'Discuss a clause.' },
    AMENDMENT: { description: 'Discuss an amendment.' },
    QUESTION: { description: 'Take a vote.' },
    FREE: { description: 'Anything else, with a time box.' },
  },
});

@ObjectType('AgendaItem')
export class AgendaItemModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  meetingId: string;

  @Field(() => Int)
  position: number;

  @Field(() => AgendaItemKind)
  kind: AgendaItemKind;

  @Field()
  title: string;

  @Field()
  notes: string;

  @Field(() => ID, { nullable: true })
  clauseId: string | null;

  @Field(() => ID, { nullable: true })
  amendmentId: string | null;

  @Field(() => ID, { nullable: true })
  questionId: string | null;

  @Field(() => Int, { nullable: true })
  timeBoxMinutes: number | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  startedAt: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  endedAt: Date | null;
}

@ObjectType('Attendee')
export class AttendeeModel {
  @Field(() => ID)
  userId: string;

  @Field()
  name: string;

  @Field(() => BoardRole, { nullable: true, description: 'Null when no longer on the board.' })
  role: BoardRole | null;

  @Field(() => GraphQLISODateTime)
  checkedInAt: Date;

  @Field(() => String, {
    nullable: true,
    description: 'The facilitator who marked them present, if they did not check in themselves.',
  })
  markedByName: string | null;
}

@ObjectType('Meeting')
export class MeetingModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  boardId: string;

  @Field(() => ID, { nullable: true })
  draftId: string | null;

  @Field()
  title: string;

  @Field(() => GraphQLISODateTime)
  startsAt: Date;

  @Field(() => Int)
  durationMinutes: number;

  @Field(() => String, { nullable: true })
  location: string | null;

  @Field(() => String, { nullable: true })
  link: string | null;

  @Field(() => MeetingState)
  state: MeetingState;

  @Field(() => GraphQLISODateTime, { nullable: true })
  openedAt: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  closedAt: Date | null;

  @Field(() => ID, { nullable: true })
  currentItemId: string | null;

  @Field(() => [AgendaItemModel])
  agenda: AgendaItemModel[];

  @Field(() => [AttendeeModel], { description: 'Who is present now.' })
  attendance: AttendeeModel[];

  @Field(() => Int, { description: 'Members and facilitators present (observers do not count).' })
  presentCount: number;

  @Field(() => Int)
  eligibleCount: number;

  @Field(() => Int, { nullable: true })
  quorumCount: number | null;

  @Field(() => Int, { nullable: true })
  quorumPercent: number | null;

  @Field(() => Int)
  quorumRequired: number;

  @Field()
  quorumMet: boolean;

  @Field({
    description: 'Minutes (plain text). Save with the version you edited to avoid overwriting someone else.',
  })
  minutes: string;

  @Field(() => Int)
  minutesVersion: number;

  @Field(() => String, {
    nullable: true,
    description: 'The decisions taken, written when the meeting closed.',
  })
  decisions: string | null;
}
