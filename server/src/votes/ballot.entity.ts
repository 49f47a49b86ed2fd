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
import { QuestionEntity } from './question.entity';

/** One member's ballot in one round. The unique index is the one-ballot-per-member rule. */
@Entity({ name: 'ballot' })
@Index('uq_ballot_question_round_voter', ['questionId', 'round', 'voterId'], { unique: true })
export class BallotEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'question_id', type: 'uuid' })
  questionId: string;

  @ManyToOne(() => QuestionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'question_id', foreignKeyConstraintName: 'fk_ballot_question' })
  question?: QuestionEntity;

  @Column({ type: 'int' })
  round: number;

  @Column({ name: 'voter_id', type: 'uuid' })
  voterId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'voter_id', foreignKeyConstraintName: 'fk_ballot_voter' })
  voter?: UserEntity;

  /** Approval and choose-one answers. */
  @Column({ type: 'varchar', length: 64, nullable: true })
  choice: string | null;

  /** Ranked answers, most preferred first. */
  @Column({ type: 'jsonb', nullable: true })
  ranking: string[] | null;

  @Column({ type: 'text', nullable: true })
  reason: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
