import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { OfficialResponseStatus } from './official-response.entity';

registerEnumType(OfficialResponseStatus, {
  name: 'OfficialResponseStatus',
  description: "An official's answer to one recommendation.",
});

export enum ShareLinkStatus {
  ACTIVE = 'ACTIVE',
  EXPIRED = 'EXPIRED',
  REVOKED = 'REVOKED',
}
registerEnumType(ShareLinkStatus, { name: 'ShareLinkStatus' });

export enum RedlineEntryStatus {
  ADDED = 'ADDED',
  REMOVED = 'REMOVED',
  MOVED = 'MOVED',
  CHANGED = 'CHANGED',
  UNCHANGED = 'UNCHANGED',
}
registerEnumType(RedlineEntryStatus, { name: 'RedlineEntryStatus' });

export enum RedlinePartOp {
  equal = 'equal',
  insert = 'insert',
  delete = 'delete',
}
registerEnumType(RedlinePartOp, { name: 'RedlinePartOp' });

@ObjectType('PacketFile')
export class PacketFileModel {
  @Field({ description: 'pdf, docx, html, md, json or zip.' })
  format: string;

  @Field()
  label: string;

  @Field()
  fileName: string;

  @Field({ description: 'Path to download it from (same origin).' })
  url: string;
}

@ObjectType('OfficialResponse')
export class OfficialResponseModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  packetVersionId: string;

  @Field(() => Int)
  version: number;

  @Field(() => ID)
  clauseId: string;

  @Field({ description: 'The clause number in that version ("3"), or "?" when it is not in it.' })
  clauseNumber: string;

  @Field(() => OfficialResponseStatus)
  status: OfficialResponseStatus;

  @Field()
  text: string;

  @Field({
    description:
      'The name given by whoever answered through the share link. Not verified: show it as a name given through the link, not as an identity.',
  })
  responderName: string;

  @Field({ description: 'The role or office given with the name; not verified either.' })
  responderRole: string;

  @Field(() => String, {
    nullable: true,
    description:
      'The label of the share link the answer came through (null: no label, or the link was deleted).',
  })
  shareLinkLabel: string | null;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;
}

@ObjectType('ShareAccess')
export class ShareAccessModel {
  @Field()
  kind: string;

  @Field(() => GraphQLISODateTime)
  at: Date;
}

@ObjectType('ShareLink')
export class ShareLinkModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  packetVersionId: string;

  @Field(() => String, { nullable: true })
  label: string | null;

  @Field(() => ShareLinkStatus)
  status: ShareLinkStatus;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  @Field(() => GraphQLISODateTime)
  expiresAt: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  revokedAt: Date | null;

  @Field()
  createdByName: string;

  @Field(() => Int)
  accessCount: number;

  @Field(() => [ShareAccessModel], { description: 'The most recent uses, newest first (at most 20).' })
  recentAccesses: ShareAccessModel[];
}

@ObjectType('CreatedShareLink')
export class CreatedShareLinkModel {
  @Field(() => ShareLinkModel)
  link: ShareLinkModel;

  @Field({ description: 'The link to send. Shown only once; the server keeps a hash.' })
  url: string;
}

@ObjectType('PacketVersion')
export class PacketVersionModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  draftId: string;

  boardId: string;

  @Field(() => Int)
  version: number;

  @Field()
  title: string;

  @Field()
  coverLetter: string;

  @Field(() => [String])
  recipients: string[];

  @Field({ description: 'SHA-256 (hex) of the frozen canonical JSON.' })
  sha256: string;

  @Field(() => GraphQLISODateTime)
  publishedAt: Date;

  @Field()
  publishedByName: string;

  @Field(() => Int)
  clauseCount: number;

  @Field({ description: 'The frozen packet: canonical JSON, exactly as hashed.' })
  json: string;

  @Field(() => [PacketFileModel])
  files: PacketFileModel[];
}

@ObjectType('PacketPreview')
export class PacketPreviewModel {
  @Field(() => Int, { description: 'The version number publishing now would create.' })
  version: number;

  @Field({ description: 'The packet as it would be frozen now (canonical JSON).' })
  json: string;

  @Field()
  sha256: string;
}

@ObjectType('RedlinePart')
export class RedlinePartModel {
  @Field(() => RedlinePartOp)
  op: RedlinePartOp;

  @Field()
  text: string;
}

@ObjectType('RedlineClauseRef')
export class RedlineClauseRefModel {
  @Field()
  number: string;

  @Field()
  heading: string;
}

@ObjectType('RedlineEntry')
export class RedlineEntryModel {
  @Field(() => ID)
  clauseId: string;

  @Field(() => RedlineEntryStatus)
  status: RedlineEntryStatus;

  @Field({ description: 'Also true for a changed clause that moved.' })
  moved: boolean;

  @Field(() => RedlineClauseRefModel, { nullable: true })
  before: RedlineClauseRefModel | null;

  @Field(() => RedlineClauseRefModel, { nullable: true })
  after: RedlineClauseRefModel | null;

  @Field(() => [RedlinePartModel])
  heading: RedlinePartModel[];

  @Field(() => [RedlinePartModel])
  text: RedlinePartModel[];
}

@ObjectType('RedlineSummary')
export class RedlineSummaryModel {
  @Field(() => Int) added: number;
  @Field(() => Int) removed: number;
  @Field(() => Int) moved: number;
  @Field(() => Int) changed: number;
  @Field(() => Int) unchanged: number;
}

@ObjectType('Redline')
export class RedlineModel {
  @Field({ description: 'What the left side is: "Version 1", "Live draft".' })
  fromLabel: string;

  @Field()
  toLabel: string;

  @Field(() => RedlineSummaryModel)
  summary: RedlineSummaryModel;

  @Field(() => [RedlineEntryModel])
  entries: RedlineEntryModel[];
}

@ObjectType('SharedPacket', { description: 'What a share link opens: one published version, read-only.' })
export class SharedPacketModel {
  @Field(() => ID)
  packetVersionId: string;

  @Field(() => Int)
  version: number;

  @Field()
  title: string;

  @Field()
  boardName: string;

  @Field()
  sha256: string;

  @Field()
  json: string;

  @Field(() => GraphQLISODateTime)
  expiresAt: Date;

  @Field(() => [PacketFileModel])
  files: PacketFileModel[];

  @Field(() => [OfficialResponseModel], { description: 'Responses already recorded on this version.' })
  responses: OfficialResponseModel[];
}
