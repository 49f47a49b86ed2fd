import {
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { UserEntity } from '../auth/user.entity';
import { DraftEntity } from '../drafts/draft.entity';

/**
 * The durable log of a draft's Y.Doc: every accepted Yjs update (V1 encoding), committed before
 * anyone else sees it. Compaction replaces a prefix of rows with one merged row.
 */
@Entity({ name: 'draft_update' })
export class DraftUpdateEntity {
  @PrimaryColumn({ name: 'draft_id', type: 'uuid', primaryKeyConstraintName: 'pk_draft_update' })
  draftId: string;

  @ManyToOne(() => DraftEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'draft_id', foreignKeyConstraintName: 'fk_draft_update_draft' })
  draft?: DraftEntity;

  /** Append order (a global sequence); the log is replayed in this order. */
  @PrimaryGeneratedColumn('increment', { type: 'bigint', primaryKeyConstraintName: 'pk_draft_update' })
  seq: string;

  @Column({ type: 'bytea' })
  update: Buffer;

  /** Who sent it; null for merged (compacted) rows and server-made changes without a person. */
  @Column({ name: 'user_id', type: 'uuid', nullable: true })
  userId: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_draft_update_user' })
  user?: UserEntity | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
