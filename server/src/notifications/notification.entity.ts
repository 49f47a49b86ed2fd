import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { UserEntity } from '../auth/user.entity';
import { BoardEntity } from '../boards/board.entity';
import { CommentEntity } from '../comments/comment.entity';

export enum NotificationKind {
  /** Someone mentioned the person in a comment. */
  MENTION = 'MENTION',
  /** Someone replied to a thread the person started. */
  REPLY = 'REPLY',
}

/** Something for one person to look at: written with the comment that caused it, in its transaction. */
@Entity({ name: 'notification' })
@Index('ix_notification_user', ['userId', 'createdAt'])
@Index('uq_notification_user_comment_kind', ['userId', 'commentId', 'kind'], { unique: true })
export class NotificationEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_notification' })
  id: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_notification_user' })
  user?: UserEntity;

  @Column({ name: 'board_id', type: 'uuid' })
  boardId: string;

  @ManyToOne(() => BoardEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'board_id', foreignKeyConstraintName: 'fk_notification_board' })
  board?: BoardEntity;

  @Column({ type: 'enum', enum: NotificationKind, enumName: 'notification_kind' })
  kind: NotificationKind;

  @Column({ name: 'comment_id', type: 'uuid' })
  commentId: string;

  @ManyToOne(() => CommentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'comment_id', foreignKeyConstraintName: 'fk_notification_comment' })
  comment?: CommentEntity;

  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'actor_id', foreignKeyConstraintName: 'fk_notification_actor' })
  actor?: UserEntity | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'read_at', type: 'timestamptz', nullable: true })
  readAt: Date | null;
}
