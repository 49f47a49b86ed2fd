import {
  Check,
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
import { DraftEntity } from '../drafts/draft.entity';

/**
 * One published version of a draft's packet: the frozen canonical JSON and its SHA-256. A
 * database trigger refuses any UPDATE of `json`, `sha256`, `version` or `draft_id`, so a
 * published version never changes; later edits go into the next version.
 */
@Entity({ name: 'packet_version' })
@Index('uq_packet_version_draft_version', ['draftId', 'version'], { unique: true })
@Index('ix_packet_version_board', ['boardId', 'publishedAt'])
@Check('ck_packet_version_sha256', `sha256 ~ '^[0-9a-f]{64}$'`)
@Check('ck_packet_version_version', `version >= 1`)
export class PacketVersionEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_packet_version' })
  id: string;

  @Column({ name: 'draft_id', type: 'uuid' })
  draftId: string;

  @ManyToOne(() => DraftEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'draft_id', foreignKeyConstraintName: 'fk_packet_version_draft' })
  draft?: DraftEntity;

  /** Denormalised from the draft so access checks and board listings need no join. */
  @Column({ name: 'board_id', type: 'uuid' })
  boardId: string;

  @ManyToOne(() => BoardEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'board_id', foreignKeyConstraintName: 'fk_packet_version_board' })
  board?: BoardEntity;

  @Column({ type: 'int' })
  version: number;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ name: 'cover_letter', type: 'text' })
  coverLetter: string;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  recipients: string[];

  /** Canonical JSON text (not jsonb: jsonb would reorder keys and the hash is over these bytes). */
  @Column({ type: 'text' })
  json: string;

  @Column({ type: 'char', length: 64 })
  sha256: string;

  @Column({ name: 'published_by_id', type: 'uuid', nullable: true })
  publishedById: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'published_by_id', foreignKeyConstraintName: 'fk_packet_version_published_by' })
  publishedBy?: UserEntity | null;

  @Column({ name: 'published_at', type: 'timestamptz' })
  publishedAt: Date;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
