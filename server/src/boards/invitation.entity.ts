import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { BoardRole } from '@roundtable/shared';
import { UserEntity } from '../auth/user.entity';
import { BoardEntity } from './board.entity';

/** An invitation link. The token is shown once to the facilitator; only its keyed hash is kept. */
@Entity({ name: 'invitation' })
@Index('uq_invitation_token_hash', ['tokenHash'], { unique: true })
@Index('ix_invitation_board', ['boardId'])
export class InvitationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'board_id', type: 'uuid' })
  boardId: string;

  @ManyToOne(() => BoardEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'board_id', foreignKeyConstraintName: 'fk_invitation_board' })
  board?: BoardEntity;

  @Column({ name: 'token_hash', type: 'char', length: 64 })
  tokenHash: string;

  @Column({ type: 'enum', enum: BoardRole, enumName: 'board_role' })
  role: BoardRole;

  /** Who the facilitator meant it for; a note for them, not a restriction. */
  @Column({ type: 'varchar', length: 120, nullable: true })
  note: string | null;

  @Column({ name: 'created_by_id', type: 'uuid' })
  createdById: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'created_by_id', foreignKeyConstraintName: 'fk_invitation_created_by' })
  createdBy?: UserEntity;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;

  @Column({ name: 'accepted_at', type: 'timestamptz', nullable: true })
  acceptedAt: Date | null;

  @Column({ name: 'accepted_by_id', type: 'uuid', nullable: true })
  acceptedById: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'accepted_by_id', foreignKeyConstraintName: 'fk_invitation_accepted_by' })
  acceptedBy?: UserEntity | null;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt: Date | null;
}
