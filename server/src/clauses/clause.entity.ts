import {
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  Unique,
  UpdateDateColumn,
} from 'typeorm';
import { DraftEntity } from '../drafts/draft.entity';

/**
 * A clause of a draft as last seen in its Y.Doc, so GraphQL, votes and exports never parse Yjs.
 * Rewritten from the document (debounced) after every change; the document is the truth.
 */
@Entity({ name: 'clause' })
@Unique('uq_clause_draft_position', ['draftId', 'position'], { deferrable: 'INITIALLY DEFERRED' })
export class ClauseEntity {
  /** The clause node's `id` attribute in the document. */
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_clause' })
  id: string;

  @Column({ name: 'draft_id', type: 'uuid' })
  draftId: string;

  @ManyToOne(() => DraftEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'draft_id', foreignKeyConstraintName: 'fk_clause_draft' })
  draft?: DraftEntity;

  /** 0-based order in the draft. */
  @Column({ type: 'int' })
  position: number;

  @Column({ type: 'text' })
  heading: string;

  @Column({ name: 'plain_text', type: 'text' })
  plainText: string;

  /** Toolkit catalogue component ids this clause implements. */
  @Column({ name: 'component_ids', type: 'text', array: true, default: () => "'{}'" })
  componentIds: string[];

  /** sha256 (hex) of the heading and text; a vote records the hash of the wording it was about. */
  @Column({ name: 'text_hash', type: 'char', length: 64 })
  textHash: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
