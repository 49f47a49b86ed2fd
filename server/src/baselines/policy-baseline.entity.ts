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
import { BoardEntity } from '../boards/board.entity';
import { DraftEntity } from '../drafts/draft.entity';

/** One clause of the department's policy as the board reviewed it on import. */
export interface BaselineClause {
  heading: string;
  text: string;
  componentIds: string[];
}

/**
 * The department's current policy, as imported when a draft was started from it. Written once and
 * never changed (a trigger refuses UPDATE), so a comparison with it always means the same thing.
 */
@Entity({ name: 'policy_baseline' })
@Index('ix_policy_baseline_board', ['boardId'])
@Index('uq_policy_baseline_draft', ['draftId'], { unique: true })
export class PolicyBaselineEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'board_id', type: 'uuid' })
  boardId: string;

  @ManyToOne(() => BoardEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'board_id', foreignKeyConstraintName: 'fk_policy_baseline_board' })
  board?: BoardEntity;

  @Column({ name: 'draft_id', type: 'uuid' })
  draftId: string;

  @ManyToOne(() => DraftEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'draft_id', foreignKeyConstraintName: 'fk_policy_baseline_draft' })
  draft?: DraftEntity;

  /** File name, or what the person called the pasted text. */
  @Column({ name: 'source_name', type: 'varchar', length: 200 })
  sourceName: string;

  /** PASTE, TXT or DOCX. */
  @Column({ name: 'source_kind', type: 'varchar', length: 8 })
  sourceKind: string;

  /** The extracted plain text, exactly as split. */
  @Column({ name: 'source_text', type: 'text' })
  sourceText: string;

  /** sha256 (hex) of the UTF-8 source text. */
  @Column({ type: 'char', length: 64 })
  sha256: string;

  @Column({ type: 'jsonb' })
  clauses: BaselineClause[];

  @Column({ name: 'created_by_id', type: 'uuid', nullable: true })
  createdById: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by_id', foreignKeyConstraintName: 'fk_policy_baseline_created_by' })
  createdBy?: UserEntity | null;

  /** Kept even if the account goes, so the record still says who imported it. */
  @Column({ name: 'created_by_name', type: 'varchar', length: 80 })
  createdByName: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
