import {
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { UserEntity } from '../auth/user.entity';
import { MeetingEntity } from '../meetings/meeting.entity';

/**
 * The durable log of a meeting's minutes (a Y.Doc, like a draft's): every accepted Yjs update,
 * committed before anyone else sees it, compacted like `draft_update`.
 */
@Entity({ name: 'minutes_update' })
export class MinutesUpdateEntity {
  @PrimaryColumn({ name: 'meeting_id', type: 'uuid', primaryKeyConstraintName: 'pk_minutes_update' })
  meetingId: string;

  @ManyToOne(() => MeetingEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'meeting_id', foreignKeyConstraintName: 'fk_minutes_update_meeting' })
  meeting?: MeetingEntity;

  /** Append order (a global sequence); the log is replayed in this order. */
  @PrimaryGeneratedColumn('increment', { type: 'bigint', primaryKeyConstraintName: 'pk_minutes_update' })
  seq: string;

  @Column({ type: 'bytea' })
  update: Buffer;

  /** Who sent it; null for merged (compacted) rows and server-made changes without a person. */
  @Column({ name: 'user_id', type: 'uuid', nullable: true })
  userId: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_minutes_update_user' })
  user?: UserEntity | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
