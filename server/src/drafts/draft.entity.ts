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
import { UserEntity } from '../auth/user.entity';

@Entity({ name: 'draft' })
@Index('ix_draft_board', ['boardId'])
export class DraftEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'board_id', type: 'uuid' })
  boardId: string;

  @ManyToOne(() => BoardEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'board_id', foreignKeyConstraintName: 'fk_draft_board' })
  board?: BoardEntity;

  @Column({ type: 'varchar', length: 160 })
  title: string;

  /** How the draft began: BLANK, TEMPLATE (toolkit scaffolding) or IMPORT (the department's policy). */
  @Column({ name: 'starting_point', type: 'varchar', length: 8, default: 'BLANK' })
  startingPoint: string;

  @Column({ name: 'archived_at', type: 'timestamptz', nullable: true })
  archivedAt: Date | null;

  @Column({ name: 'created_by_id', type: 'uuid', nullable: true })
  createdById: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by_id', foreignKeyConstraintName: 'fk_draft_created_by' })
  createdBy?: UserEntity | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
