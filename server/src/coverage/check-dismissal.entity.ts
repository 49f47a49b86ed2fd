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
import { DraftEntity } from '../drafts/draft.entity';

/**
 * A member's decision that one language-check mark does not apply, with their reason. Keyed on the
 * mark's fingerprint (rule + clause + normalised excerpt), so it survives edits elsewhere in the
 * clause and lapses on its own once the flagged words themselves change.
 */
@Entity({ name: 'check_dismissal' })
@Index('uq_check_dismissal_clause_fingerprint', ['clauseId', 'fingerprint'], { unique: true })
@Index('ix_check_dismissal_draft', ['draftId', 'createdAt'])
export class CheckDismissalEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_check_dismissal' })
  id: string;

  @Column({ name: 'board_id', type: 'uuid' })
  boardId: string;

  @Column({ name: 'draft_id', type: 'uuid' })
  draftId: string;

  @ManyToOne(() => DraftEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'draft_id', foreignKeyConstraintName: 'fk_check_dismissal_draft' })
  draft?: DraftEntity;

  /** No foreign key: the mirror row of a clause can go and come back with the document. */
  @Column({ name: 'clause_id', type: 'uuid' })
  clauseId: string;

  /** The check's kind, e.g. 'vague-qualifier'. */
  @Column({ name: 'rule_id', type: 'varchar', length: 40 })
  ruleId: string;

  /** The words the mark pointed at when it was dismissed. */
  @Column({ type: 'text' })
  excerpt: string;

  @Column({ type: 'varchar', length: 32 })
  fingerprint: string;

  @Column({ type: 'text' })
  reason: string;

  @Column({ name: 'dismissed_by_id', type: 'uuid', nullable: true })
  dismissedById: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'dismissed_by_id', foreignKeyConstraintName: 'fk_check_dismissal_user' })
  dismissedBy?: UserEntity | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
