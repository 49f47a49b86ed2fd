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
import { DraftEntity } from '../drafts/draft.entity';

/**
 * A member's explicit tick: "this checklist item is handled by this clause". It makes the item
 * count as covered unless the text contradicts it (a hollowing exception always wins).
 */
@Entity({ name: 'checklist_tick' })
@Index('uq_checklist_tick_draft_item', ['draftId', 'itemId'], { unique: true })
export class ChecklistTickEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_checklist_tick' })
  id: string;

  @Column({ name: 'board_id', type: 'uuid' })
  boardId: string;

  @Column({ name: 'draft_id', type: 'uuid' })
  draftId: string;

  @ManyToOne(() => DraftEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'draft_id', foreignKeyConstraintName: 'fk_checklist_tick_draft' })
  draft?: DraftEntity;

  /** Catalogue checklist item id, e.g. 'core.duty-to-intervene.intervene'. */
  @Column({ name: 'item_id', type: 'varchar', length: 120 })
  itemId: string;

  /** The clause that handles it. No foreign key, like comments: the clause mirror is rewritten. */
  @Column({ name: 'clause_id', type: 'uuid' })
  clauseId: string;

  @Column({ name: 'ticked_by_id', type: 'uuid', nullable: true })
  tickedById: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'ticked_by_id', foreignKeyConstraintName: 'fk_checklist_tick_user' })
  tickedBy?: UserEntity | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
