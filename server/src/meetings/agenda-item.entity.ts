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
import { AmendmentEntity } from '../amendments/amendment.entity';
import { QuestionEntity } from '../votes/question.entity';
import { MeetingEntity } from './meeting.entity';

export enum AgendaItemKind {
  CLAUSE = 'CLAUSE',
  AMENDMENT = 'AMENDMENT',
  QUESTION = 'QUESTION',
  FREE = 'FREE',
}

@Entity({ name: 'agenda_item' })
@Index('ix_agenda_item_meeting', ['meetingId', 'position'])
export class AgendaItemEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'meeting_id', type: 'uuid' })
  meetingId: string;

  @ManyToOne(() => MeetingEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'meeting_id', foreignKeyConstraintName: 'fk_agenda_item_meeting' })
  meeting?: MeetingEntity;

  @Column({ type: 'int' })
  position: number;

  @Column({ type: 'enum', enum: AgendaItemKind, enumName: 'agenda_item_kind' })
  kind: AgendaItemKind;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ type: 'text', default: '' })
  notes: string;

  @Column({ name: 'clause_id', type: 'uuid', nullable: true })
  clauseId: string | null;

  @Column({ name: 'amendment_id', type: 'uuid', nullable: true })
  amendmentId: string | null;

  @ManyToOne(() => AmendmentEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'amendment_id', foreignKeyConstraintName: 'fk_agenda_item_amendment' })
  amendment?: AmendmentEntity | null;

  @Column({ name: 'question_id', type: 'uuid', nullable: true })
  questionId: string | null;

  @ManyToOne(() => QuestionEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'question_id', foreignKeyConstraintName: 'fk_agenda_item_question' })
  question?: QuestionEntity | null;

  @Column({ name: 'time_box_minutes', type: 'int', nullable: true })
  timeBoxMinutes: number | null;

  @Column({ name: 'started_at', type: 'timestamptz', nullable: true })
  startedAt: Date | null;

  @Column({ name: 'ended_at', type: 'timestamptz', nullable: true })
  endedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
