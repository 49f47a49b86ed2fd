import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One state change on a board: who, what, when, and on what. Append-only: a database trigger
 * refuses UPDATE, DELETE and TRUNCATE, so not even the app can rewrite history. No foreign keys
 * on purpose: the record outlives the people and things it names.
 */
@Entity({ name: 'audit_event' })
@Index('ix_audit_event_board_created', ['boardId', 'createdAt'])
export class AuditEventEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Order of writing: timestamps within one transaction are equal. */
  @Column({ type: 'bigint', generated: 'increment' })
  seq: string;

  @Column({ name: 'board_id', type: 'uuid' })
  boardId: string;

  /** Null for the server itself (a deadline closing a vote). */
  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId: string | null;

  /** The actor's name at the time, so the log reads the same after someone renames or leaves. */
  @Column({ name: 'actor_name', type: 'varchar', length: 80, nullable: true })
  actorName: string | null;

  /** `<target>.<verb>`, e.g. `question.closed`. */
  @Column({ type: 'varchar', length: 64 })
  action: string;

  @Column({ name: 'target_type', type: 'varchar', length: 32 })
  targetType: string;

  @Column({ name: 'target_id', type: 'uuid', nullable: true })
  targetId: string | null;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  data: Record<string, unknown>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
