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
import { QuestionKind, QuorumBase, Threshold } from '@roundtable/shared';
import { BoardEntity } from '../boards/board.entity';
import { DraftEntity } from '../drafts/draft.entity';
import { MeetingEntity } from '../meetings/meeting.entity';

/** What a question asks people to decide on. */
export enum QuestionSubject {
  /** One clause's current wording. */
  CLAUSE = 'CLAUSE',
  /** Competing amendments to one clause, with "keep the current text" as an alternative. */
  AMENDMENTS = 'AMENDMENTS',
  /** The whole draft as it stands. */
  DRAFT = 'DRAFT',
  /** A procedural motion whose text is the prompt itself (adopt the agenda, schedule a session). */
  MOTION = 'MOTION',
}

export enum QuestionState {
  /** Prepared (for a meeting's agenda); not yet accepting ballots. */
  DRAFT = 'DRAFT',
  OPEN = 'OPEN',
  CLOSED = 'CLOSED',
}

/** An alternative of a choose-one or ranked question; `amendmentId` null for "keep the current text". */
export interface StoredOption {
  id: string;
  label: string;
  amendmentId: string | null;
}

/** The exact wording a round is about, frozen at opening and again at closing. */
export interface VotedText {
  subject: QuestionSubject;
  prompt: string;
  clauses: { id: string; heading: string; text: string }[];
  options: { id: string; label: string; text: string | null }[];
}

@Entity({ name: 'question' })
@Index('ix_question_board', ['boardId', 'createdAt'])
@Index('ix_question_draft', ['draftId'])
@Index('ix_question_meeting', ['meetingId'])
@Index('ix_question_due', ['deadline'], { where: `state = 'OPEN' AND deadline IS NOT NULL` })
export class QuestionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'board_id', type: 'uuid' })
  boardId: string;

  @ManyToOne(() => BoardEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'board_id', foreignKeyConstraintName: 'fk_question_board' })
  board?: BoardEntity;

  @Column({ name: 'draft_id', type: 'uuid', nullable: true })
  draftId: string | null;

  @ManyToOne(() => DraftEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'draft_id', foreignKeyConstraintName: 'fk_question_draft' })
  draft?: DraftEntity | null;

  /** The clause (mirror row id) a clause or amendment question is about. No foreign key: clauses
   *  come and go with the document, and the vote's record must stay. */
  @Column({ name: 'clause_id', type: 'uuid', nullable: true })
  clauseId: string | null;

  @Column({ name: 'meeting_id', type: 'uuid', nullable: true })
  meetingId: string | null;

  @ManyToOne(() => MeetingEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'meeting_id', foreignKeyConstraintName: 'fk_question_meeting' })
  meeting?: MeetingEntity | null;

  @Column({ type: 'enum', enum: QuestionSubject, enumName: 'question_subject' })
  subject: QuestionSubject;

  @Column({ type: 'varchar', length: 500 })
  prompt: string;

  @Column({ type: 'enum', enum: QuestionKind, enumName: 'question_kind' })
  kind: QuestionKind;

  @Column({ type: 'enum', enum: Threshold, enumName: 'vote_threshold' })
  threshold: Threshold;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  options: StoredOption[];

  @Column({ name: 'quorum_count', type: 'int', nullable: true })
  quorumCount: number | null;

  @Column({ name: 'quorum_percent', type: 'int', nullable: true })
  quorumPercent: number | null;

  @Column({
    name: 'quorum_base',
    type: 'enum',
    enum: QuorumBase,
    enumName: 'quorum_base',
    default: QuorumBase.ELIGIBLE,
  })
  quorumBase: QuorumBase;

  /** Secret: nobody (facilitators included) ever learns who chose what. */
  @Column({ type: 'boolean', default: false })
  secret: boolean;

  /** Show the running tally while open; otherwise results appear at close. */
  @Column({ name: 'live_results', type: 'boolean', default: false })
  liveResults: boolean;

  @Column({ type: 'timestamptz', nullable: true })
  deadline: Date | null;

  @Column({ type: 'enum', enum: QuestionState, enumName: 'question_state' })
  state: QuestionState;

  /** Reopening starts a new round; earlier rounds keep their ballots and frozen results. */
  @Column({ type: 'int', default: 1 })
  round: number;

  @Column({ name: 'opened_at', type: 'timestamptz', nullable: true })
  openedAt: Date | null;

  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt: Date | null;

  /** Wording of the current round as it was when the round opened. */
  @Column({ name: 'open_text', type: 'jsonb', nullable: true })
  openText: VotedText | null;

  @Column({ name: 'open_text_hash', type: 'char', length: 64, nullable: true })
  openTextHash: string | null;

  @Column({ name: 'created_by_id', type: 'uuid', nullable: true })
  createdById: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
