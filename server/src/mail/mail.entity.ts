import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { UserEntity } from '../auth/user.entity';
import { BoardEntity } from '../boards/board.entity';
import { MeetingEntity } from '../meetings/meeting.entity';

/** What a person can choose to hear about by email; invitations are always sent when asked for. */
export enum MailTopic {
  VOTES = 'VOTES',
  MEETINGS = 'MEETINGS',
  PACKETS = 'PACKETS',
  DISCUSSION = 'DISCUSSION',
}

export enum MailMode {
  /** Each email as it happens (mentions and replies still gather for a few minutes). */
  NOW = 'NOW',
  /** Gathered into one email a day. */
  DAILY = 'DAILY',
  NONE = 'NONE',
}

export enum MailStatus {
  /** Waiting for a digest: released with others of the same person at `holdUntil`. */
  HELD = 'HELD',
  QUEUED = 'QUEUED',
  SENT = 'SENT',
  /** Kept in the board's outbox because no SMTP server is configured. */
  OUTBOX = 'OUTBOX',
  /** Folded into a digest message (`digestId`). */
  BUNDLED = 'BUNDLED',
  /** Every retry failed; `lastError` says why. */
  FAILED = 'FAILED',
}

/**
 * One email to one address, rendered in its recipient's language when it was queued, so a retry
 * sends the same bytes and the outbox shows exactly what would have gone out.
 */
@Entity({ name: 'mail_message' })
@Index('uq_mail_message_event_address', ['eventKey', 'toAddress'], { unique: true })
@Index('ix_mail_message_board', ['boardId', 'createdAt'])
@Index('ix_mail_message_held', ['userId', 'holdUntil'])
export class MailMessageEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_mail_message' })
  id: string;

  /** What caused it (e.g. `vote-opened:<id>:<round>`): the same event never mails one address twice. */
  @Column({ name: 'event_key', type: 'varchar', length: 200 })
  eventKey: string;

  @Column({ type: 'varchar', length: 40 })
  kind: string;

  @Column({ type: 'enum', enum: MailTopic, enumName: 'mail_topic', nullable: true })
  topic: MailTopic | null;

  @Column({ name: 'board_id', type: 'uuid', nullable: true })
  boardId: string | null;

  @ManyToOne(() => BoardEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'board_id', foreignKeyConstraintName: 'fk_mail_message_board' })
  board?: BoardEntity;

  @Column({ name: 'user_id', type: 'uuid', nullable: true })
  userId: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_mail_message_user' })
  user?: UserEntity;

  @Column({ name: 'to_address', type: 'varchar', length: 254 })
  toAddress: string;

  @Column({ type: 'varchar', length: 8 })
  locale: string;

  @Column({ type: 'varchar', length: 300 })
  subject: string;

  @Column({ type: 'text' })
  text: string;

  @Column({ type: 'text' })
  html: string;

  /** An iCalendar attachment (meetings). */
  @Column({ type: 'text', nullable: true })
  ics: string | null;

  @Column({ name: 'ics_method', type: 'varchar', length: 10, nullable: true })
  icsMethod: string | null;

  @Column({ name: 'unsubscribe_url', type: 'varchar', length: 500, nullable: true })
  unsubscribeUrl: string | null;

  @Column({ type: 'enum', enum: MailStatus, enumName: 'mail_status' })
  status: MailStatus;

  @Column({ name: 'hold_until', type: 'timestamptz', nullable: true })
  holdUntil: Date | null;

  @Column({ name: 'digest_id', type: 'uuid', nullable: true })
  digestId: string | null;

  @Column({ type: 'int', default: 0 })
  attempts: number;

  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true })
  sentAt: Date | null;
}

/** A person's choice for one topic; no row means NOW. */
@Entity({ name: 'mail_preference' })
export class MailPreferenceEntity {
  @PrimaryColumn({ name: 'user_id', type: 'uuid', primaryKeyConstraintName: 'pk_mail_preference' })
  userId: string;

  @PrimaryColumn({
    type: 'enum',
    enum: MailTopic,
    enumName: 'mail_topic',
    primaryKeyConstraintName: 'pk_mail_preference',
  })
  topic: MailTopic;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_mail_preference_user' })
  user?: UserEntity;

  @Column({ type: 'enum', enum: MailMode, enumName: 'mail_mode' })
  mode: MailMode;
}

/** The iCalendar SEQUENCE of each meeting's invitation: calendars apply only a higher one. */
@Entity({ name: 'meeting_calendar' })
export class MeetingCalendarEntity {
  @PrimaryColumn({ name: 'meeting_id', type: 'uuid', primaryKeyConstraintName: 'pk_meeting_calendar' })
  meetingId: string;

  @ManyToOne(() => MeetingEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'meeting_id', foreignKeyConstraintName: 'fk_meeting_calendar_meeting' })
  meeting?: MeetingEntity;

  @Column({ type: 'int' })
  sequence: number;
}
