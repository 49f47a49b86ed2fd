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
import { BoardEntity } from '../boards/board.entity';
import { DraftEntity } from '../drafts/draft.entity';

export enum MeetingState {
  SCHEDULED = 'SCHEDULED',
  OPEN = 'OPEN',
  CLOSED = 'CLOSED',
}

@Entity({ name: 'meeting' })
@Index('ix_meeting_board_starts', ['boardId', 'startsAt'])
export class MeetingEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'board_id', type: 'uuid' })
  boardId: string;

  @ManyToOne(() => BoardEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'board_id', foreignKeyConstraintName: 'fk_meeting_board' })
  board?: BoardEntity;

  /** The draft the meeting works on, if any. */
  @Column({ name: 'draft_id', type: 'uuid', nullable: true })
  draftId: string | null;

  @ManyToOne(() => DraftEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'draft_id', foreignKeyConstraintName: 'fk_meeting_draft' })
  draft?: DraftEntity | null;

  @Column({ type: 'varchar', length: 160 })
  title: string;

  @Column({ name: 'starts_at', type: 'timestamptz' })
  startsAt: Date;

  @Column({ name: 'duration_minutes', type: 'int', default: 90 })
  durationMinutes: number;

  @Column({ type: 'varchar', length: 200, nullable: true })
  location: string | null;

  @Column({ name: 'link', type: 'varchar', length: 500, nullable: true })
  link: string | null;

  @Column({ type: 'enum', enum: MeetingState, enumName: 'meeting_state', default: MeetingState.SCHEDULED })
  state: MeetingState;

  /** Quorum for the meeting itself (shown live against attendance). */
  @Column({ name: 'quorum_count', type: 'int', nullable: true })
  quorumCount: number | null;

  @Column({ name: 'quorum_percent', type: 'int', nullable: true })
  quorumPercent: number | null;

  @Column({ name: 'current_item_id', type: 'uuid', nullable: true })
  currentItemId: string | null;

  /** Minutes as plain text, saved with optimistic concurrency (`minutesVersion`). */
  @Column({ type: 'text', default: '' })
  minutes: string;

  @Column({ name: 'minutes_version', type: 'int', default: 0 })
  minutesVersion: number;

  /** Decisions taken in the meeting, written into the minutes at close. */
  @Column({ type: 'text', nullable: true })
  decisions: string | null;

  @Column({ name: 'opened_at', type: 'timestamptz', nullable: true })
  openedAt: Date | null;

  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt: Date | null;

  @Column({ name: 'created_by_id', type: 'uuid', nullable: true })
  createdById: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
