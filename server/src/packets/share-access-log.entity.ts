import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { ShareLinkEntity } from './share-link.entity';

/** Each use of a share link: opening the page, a download, a response. No IP address is kept. */
@Entity({ name: 'share_access_log' })
@Index('ix_share_access_log_link', ['shareLinkId', 'createdAt'])
export class ShareAccessLogEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_share_access_log' })
  id: string;

  @Column({ name: 'share_link_id', type: 'uuid' })
  shareLinkId: string;

  @ManyToOne(() => ShareLinkEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'share_link_id', foreignKeyConstraintName: 'fk_share_access_log_share_link' })
  shareLink?: ShareLinkEntity;

  /** view, download:pdf, download:docx, …, respond. */
  @Column({ type: 'varchar', length: 32 })
  kind: string;

  @Column({ name: 'user_agent', type: 'varchar', length: 200, nullable: true })
  userAgent: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
