import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { BoardRole } from '@roundtable/shared';

registerEnumType(BoardRole, {
  name: 'BoardRole',
  description: 'What a person may do on a board.',
  valuesMap: {
    FACILITATOR: { description: 'Runs meetings, invites people, opens and closes votes, publishes packets.' },
    MEMBER: { description: 'Edits drafts, comments, proposes amendments and votes.' },
    OBSERVER: { description: 'Officials and others who follow the work: read only.' },
  },
});

export enum InvitationStatus {
  PENDING = 'PENDING',
  ACCEPTED = 'ACCEPTED',
  REVOKED = 'REVOKED',
  EXPIRED = 'EXPIRED',
}
registerEnumType(InvitationStatus, { name: 'InvitationStatus' });

@ObjectType('Board')
export class BoardModel {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field({ description: 'The city, county or agency whose policy the board works on.' })
  jurisdiction: string;

  @Field()
  description: string;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;
}

@ObjectType('Member')
export class MemberModel {
  @Field(() => ID, { description: 'The membership id.' })
  id: string;

  boardId: string;

  @Field(() => ID)
  userId: string;

  @Field()
  name: string;

  /** Resolved by a field resolver: visible to the board's facilitators and to the person. */
  email: string;

  @Field(() => BoardRole)
  role: BoardRole;

  @Field(() => GraphQLISODateTime)
  joinedAt: Date;
}

@ObjectType('Invitation')
export class InvitationModel {
  @Field(() => ID)
  id: string;

  @Field(() => BoardRole)
  role: BoardRole;

  @Field(() => String, {
    nullable: true,
    description: 'Who the link is meant for, as the facilitator noted it.',
  })
  note: string | null;

  @Field(() => InvitationStatus)
  status: InvitationStatus;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  @Field(() => GraphQLISODateTime)
  expiresAt: Date;

  @Field()
  createdByName: string;

  @Field(() => String, { nullable: true })
  acceptedByName: string | null;
}

@ObjectType('CreatedInvitation')
export class CreatedInvitationModel {
  @Field(() => InvitationModel)
  invitation: InvitationModel;

  @Field({ description: 'The link to send. It is shown only once; the server keeps a hash.' })
  url: string;
}

@ObjectType('InvitationPreview')
export class InvitationPreviewModel {
  @Field()
  boardName: string;

  @Field()
  jurisdiction: string;

  @Field(() => BoardRole)
  role: BoardRole;

  @Field(() => InvitationStatus)
  status: InvitationStatus;

  @Field(() => GraphQLISODateTime)
  expiresAt: Date;

  @Field()
  invitedByName: string;

  @Field(() => Int)
  memberCount: number;
}
