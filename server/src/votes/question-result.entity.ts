import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { Dissent, TallyResult } from '@roundtable/shared';
import { QuestionEntity, VotedText } from './question.entity';

export enum CloseReason {
  FACILITATOR = 'FACILITATOR',
  DEADLINE = 'DEADLINE',
}

export interface RecordedVote {
  voterId: string;
  voterName: string;
  choice: string | null;
  ranking: string[] | null;
  reason: string | null;
}

/**
 * A closed round, frozen: the count, the dissents, and the exact wording voted on with its
 * sha256 at opening and at closing. Never updated after it is written.
 */
@Entity({ name: 'question_result' })
@Index('uq_question_result_round', ['questionId', 'round'], { unique: true })
export class QuestionResultEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'question_id', type: 'uuid' })
  questionId: string;

  @ManyToOne(() => QuestionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'question_id', foreignKeyConstraintName: 'fk_question_result_question' })
  question?: QuestionEntity;

  @Column({ type: 'int' })
  round: number;

  @Column({ type: 'jsonb' })
  tally: TallyResult;

  @Column({ type: 'varchar', length: 16 })
  outcome: string;

  @Column({ type: 'varchar', length: 64, nullable: true })
  winner: string | null;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  dissents: Dissent[];

  /** Who chose what, for recorded (not secret) ballots only. */
  @Column({ name: 'recorded_votes', type: 'jsonb', nullable: true })
  recordedVotes: RecordedVote[] | null;

  /** The wording as it stood when the round opened: what people were asked about. */
  @Column({ name: 'voted_text', type: 'jsonb' })
  votedText: VotedText;

  /** The wording at closing, kept only when it changed while the vote was open. */
  @Column({ name: 'text_at_close', type: 'jsonb', nullable: true })
  textAtClose: VotedText | null;

  @Column({ name: 'text_hash_at_open', type: 'char', length: 64 })
  textHashAtOpen: string;

  @Column({ name: 'text_hash_at_close', type: 'char', length: 64 })
  textHashAtClose: string;

  @Column({ name: 'opened_at', type: 'timestamptz' })
  openedAt: Date;

  @Column({ name: 'closed_at', type: 'timestamptz' })
  closedAt: Date;

  @Column({ name: 'closed_by_id', type: 'uuid', nullable: true })
  closedById: string | null;

  @Column({ name: 'close_reason', type: 'varchar', length: 16 })
  closeReason: CloseReason;
}
