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
import { BoardEntity } from '../boards/board.entity';
import { DraftEntity } from '../drafts/draft.entity';
import { QuestionEntity } from '../votes/question.entity';

/**
 * A minority report: members who disagree with the board's wording of a clause (or the outcome of
 * a question) say why, in their own words, and it goes into the packet beside the majority's text.
 */
@Entity({ name: 'minority_report' })
@Index('ix_minority_report_draft', ['draftId', 'createdAt'])
@Index('ix_minority_report_question', ['questionId'])
export class MinorityReportEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'board_id', type: 'uuid' })
  boardId: string;

  @ManyToOne(() => BoardEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'board_id', foreignKeyConstraintName: 'fk_minority_report_board' })
  board?: BoardEntity;

  @Column({ name: 'draft_id', type: 'uuid' })
  draftId: string;

  @ManyToOne(() => DraftEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'draft_id', foreignKeyConstraintName: 'fk_minority_report_draft' })
  draft?: DraftEntity;

  /** No foreign key: the report stays readable when its clause leaves the document. */
  @Column({ name: 'clause_id', type: 'uuid', nullable: true })
  clauseId: string | null;

  @Column({ name: 'question_id', type: 'uuid', nullable: true })
  questionId: string | null;

  @ManyToOne(() => QuestionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'question_id', foreignKeyConstraintName: 'fk_minority_report_question' })
  question?: QuestionEntity | null;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ type: 'text' })
  body: string;

  @Column({ name: 'author_id', type: 'uuid', nullable: true })
  authorId: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'author_id', foreignKeyConstraintName: 'fk_minority_report_author' })
  author?: UserEntity | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

/** A member who co-signs a minority report (the author signs by writing it). */
@Entity({ name: 'minority_report_signatory' })
@Index('uq_minority_report_signatory', ['reportId', 'userId'], { unique: true })
export class MinorityReportSignatoryEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'report_id', type: 'uuid' })
  reportId: string;

  @ManyToOne(() => MinorityReportEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'report_id', foreignKeyConstraintName: 'fk_minority_report_signatory_report' })
  report?: MinorityReportEntity;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_minority_report_signatory_user' })
  user?: UserEntity;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
