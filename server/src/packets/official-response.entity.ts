import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { PacketVersionEntity } from './packet-version.entity';
import { ShareLinkEntity } from './share-link.entity';

export enum OfficialResponseStatus {
  ACCEPTED = 'ACCEPTED',
  ACCEPTED_WITH_CHANGES = 'ACCEPTED_WITH_CHANGES',
  REJECTED = 'REJECTED',
  UNDER_REVIEW = 'UNDER_REVIEW',
}

/**
 * An official's formal answer to one recommendation (clause) of a published version. Answers
 * are appended, never edited: a later answer on the same clause supersedes the earlier one.
 */
@Entity({ name: 'official_response' })
@Index('ix_official_response_version_clause', ['packetVersionId', 'clauseId', 'createdAt'])
export class OfficialResponseEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_official_response' })
  id: string;

  @Column({ name: 'packet_version_id', type: 'uuid' })
  packetVersionId: string;

  @ManyToOne(() => PacketVersionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'packet_version_id', foreignKeyConstraintName: 'fk_official_response_packet_version' })
  packetVersion?: PacketVersionEntity;

  @Column({ name: 'share_link_id', type: 'uuid', nullable: true })
  shareLinkId: string | null;

  @ManyToOne(() => ShareLinkEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'share_link_id', foreignKeyConstraintName: 'fk_official_response_share_link' })
  shareLink?: ShareLinkEntity | null;

  /** The recommendation answered: a clause id inside the version's frozen JSON. */
  @Column({ name: 'clause_id', type: 'uuid' })
  clauseId: string;

  @Column({ type: 'enum', enum: OfficialResponseStatus, enumName: 'official_response_status' })
  status: OfficialResponseStatus;

  @Column({ type: 'text' })
  text: string;

  @Column({ name: 'responder_name', type: 'varchar', length: 120 })
  responderName: string;

  @Column({ name: 'responder_role', type: 'varchar', length: 120 })
  responderRole: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
