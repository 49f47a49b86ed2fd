import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from '../auth/user.entity';
import { MeetingEntity } from './meeting.entity';

/** Someone present at a meeting: checked in themselves, or marked by a facilitator. */
@Entity({ name: 'attendance' })
@Index('uq_attendance_meeting_user', ['meetingId', 'userId'], { unique: true })
export class AttendanceEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'meeting_id', type: 'uuid' })
  meetingId: string;

  @ManyToOne(() => MeetingEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'meeting_id', foreignKeyConstraintName: 'fk_attendance_meeting' })
  meeting?: MeetingEntity;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_attendance_user' })
  user?: UserEntity;

  @Column({ name: 'checked_in_at', type: 'timestamptz' })
  checkedInAt: Date;

  /** Null while present; set when they leave (or are marked absent). */
  @Column({ name: 'left_at', type: 'timestamptz', nullable: true })
  leftAt: Date | null;

  /** The facilitator who marked them, when they did not check in themselves. */
  @Column({ name: 'marked_by_id', type: 'uuid', nullable: true })
  markedById: string | null;
}
