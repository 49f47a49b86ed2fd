import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { UserEntity } from '../auth/user.entity';
import { PacketVersionEntity } from './packet-version.entity';

/** A link that lets someone without an account read one packet version and respond to it. */
@Entity({ name: 'share_link' })
@Index('uq_share_link_token_hash', ['tokenHash'], { unique: true })
@Index('ix_share_link_packet_version', ['packetVersionId'])
export class ShareLinkEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_share_link' })
  id: string;

  @Column({ name: 'packet_version_id', type: 'uuid' })
  packetVersionId: string;

  @ManyToOne(() => PacketVersionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'packet_version_id', foreignKeyConstraintName: 'fk_share_link_packet_version' })
  packetVersion?: PacketVersionEntity;

  /** Keyed hash of the token; the token itself is shown once and never stored. */
  @Column({ name: 'token_hash', type: 'char', length: 64 })
  tokenHash: string;

  /** Who the link is for, as the facilitator noted it ("Chief Ramos", "Council clerk"). */
  @Column({ type: 'varchar', length: 120, nullable: true })
  label: string | null;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt: Date | null;

  @Column({ name: 'created_by_id', type: 'uuid', nullable: true })
  createdById: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by_id', foreignKeyConstraintName: 'fk_share_link_created_by' })
  createdBy?: UserEntity | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
