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
import { DraftEntity } from '../drafts/draft.entity';

export enum AmendmentStatus {
  /** Proposed; open for support and comment; may be put to a vote. */
  OPEN = 'OPEN',
  /** In an open question: frozen until the vote closes. */
  VOTING = 'VOTING',
  ADOPTED = 'ADOPTED',
  REJECTED = 'REJECTED',
  WITHDRAWN = 'WITHDRAWN',
}

/** Alternative wording for a clause's body, proposed by a member, with their rationale. */
@Entity({ name: 'amendment' })
@Index('ix_amendment_draft_clause', ['draftId', 'clauseId', 'createdAt'])
export class AmendmentEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'board_id', type: 'uuid' })
  boardId: string;

  @Column({ name: 'draft_id', type: 'uuid' })
  draftId: string;

  @ManyToOne(() => DraftEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'draft_id', foreignKeyConstraintName: 'fk_amendment_draft' })
  draft?: DraftEntity;

  @Column({ name: 'clause_id', type: 'uuid' })
  clauseId: string;

  @Column({ name: 'author_id', type: 'uuid', nullable: true })
  authorId: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'author_id', foreignKeyConstraintName: 'fk_amendment_author' })
  author?: UserEntity | null;

  /** The proposed clause body, blocks separated by blank lines. */
  @Column({ type: 'text' })
  text: string;

  @Column({ type: 'text' })
  rationale: string;

  /** The clause body it was written against, for the redline. */
  @Column({ name: 'base_text', type: 'text' })
  baseText: string;

  @Column({ name: 'base_text_hash', type: 'char', length: 64 })
  baseTextHash: string;

  @Column({
    type: 'enum',
    enum: AmendmentStatus,
    enumName: 'amendment_status',
    default: AmendmentStatus.OPEN,
  })
  status: AmendmentStatus;

  @Column({ name: 'question_id', type: 'uuid', nullable: true })
  questionId: string | null;

  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt: Date | null;

  /** When an adopted amendment's wording reached the live document. */
  @Column({ name: 'applied_at', type: 'timestamptz', nullable: true })
  appliedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
