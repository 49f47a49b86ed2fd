import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { UserEntity } from '../auth/user.entity';
import { AmendmentEntity } from '../amendments/amendment.entity';
import { DraftEntity } from '../drafts/draft.entity';

/**
 * Where a thread points inside a clause: Yjs relative positions (base64 of
 * `Y.encodeRelativePosition`) that follow edits, and the quoted text at the time.
 */
export interface CommentAnchor {
  start: string;
  end: string;
  quote: string;
}

/** A comment on a clause (or on an amendment to it). Replies point at their thread's first comment. */
@Entity({ name: 'comment' })
@Index('ix_comment_draft_clause', ['draftId', 'clauseId', 'createdAt'])
@Index('ix_comment_parent', ['parentId'])
@Index('ix_comment_amendment', ['amendmentId'])
export class CommentEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'board_id', type: 'uuid' })
  boardId: string;

  @Column({ name: 'draft_id', type: 'uuid' })
  draftId: string;

  @ManyToOne(() => DraftEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'draft_id', foreignKeyConstraintName: 'fk_comment_draft' })
  draft?: DraftEntity;

  /** No foreign key: a thread stays readable when its clause leaves the document. */
  @Column({ name: 'clause_id', type: 'uuid' })
  clauseId: string;

  @Column({ name: 'amendment_id', type: 'uuid', nullable: true })
  amendmentId: string | null;

  @ManyToOne(() => AmendmentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'amendment_id', foreignKeyConstraintName: 'fk_comment_amendment' })
  amendment?: AmendmentEntity | null;

  @Column({ name: 'parent_id', type: 'uuid', nullable: true })
  parentId: string | null;

  @ManyToOne(() => CommentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'parent_id', foreignKeyConstraintName: 'fk_comment_parent' })
  parent?: CommentEntity | null;

  @Column({ name: 'author_id', type: 'uuid', nullable: true })
  authorId: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'author_id', foreignKeyConstraintName: 'fk_comment_author' })
  author?: UserEntity | null;

  @Column({ type: 'text' })
  body: string;

  @Column({ type: 'jsonb', nullable: true })
  anchor: CommentAnchor | null;

  /** User ids mentioned in the body (members of the board at the time). */
  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  mentions: string[];

  @Column({ name: 'edited_at', type: 'timestamptz', nullable: true })
  editedAt: Date | null;

  @Column({ name: 'resolved_at', type: 'timestamptz', nullable: true })
  resolvedAt: Date | null;

  @Column({ name: 'resolved_by_id', type: 'uuid', nullable: true })
  resolvedById: string | null;

  /** Deleted by its author: the body is cleared, the thread keeps its place. */
  @Column({ name: 'deleted_at', type: 'timestamptz', nullable: true })
  deletedAt: Date | null;

  /** Hidden by a facilitator: the body is kept (the audit log has it) but not shown. */
  @Column({ name: 'hidden_at', type: 'timestamptz', nullable: true })
  hiddenAt: Date | null;

  @Column({ name: 'hidden_by_id', type: 'uuid', nullable: true })
  hiddenById: string | null;

  @Column({ name: 'hidden_reason', type: 'varchar', length: 300, nullable: true })
  hiddenReason: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
