import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { DocRegistry } from '../collab/doc-registry';
import type * as Y from 'yjs';
import { conflict, notFound } from '../core/errors/app-error';
import { ClauseDocError, insertClause, moveClause, removeClause } from './clause-doc';
import { ClauseMirrorService } from './clause-mirror.service';
import { ClauseModel } from './clause.model';
import { AddClauseInput, MoveClauseInput, RemoveClauseInput } from './dto/clause.input';

interface ClauseRecord {
  id: string;
  draft_id: string;
  position: number;
  heading: string;
  plain_text: string;
  component_ids: string[];
  text_hash: string;
  updated_at: Date;
}

const toModel = (r: ClauseRecord): ClauseModel => ({
  id: r.id,
  draftId: r.draft_id,
  position: r.position,
  heading: r.heading,
  text: r.plain_text,
  componentIds: r.component_ids,
  textHash: r.text_hash,
  updatedAt: r.updated_at,
});

/**
 * Clauses as GraphQL sees them. Reads come from the `clause` rows; changes are Yjs edits made
 * by the server on the live document (so every open editor sees them at once), after which the
 * rows are rewritten before answering.
 */
@Injectable()
export class ClausesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly registry: DocRegistry,
    private readonly mirror: ClauseMirrorService,
  ) {}

  async list(draftId: string): Promise<ClauseModel[]> {
    const rows: ClauseRecord[] = await this.db.query(
      'SELECT * FROM clause WHERE draft_id = $1 ORDER BY position',
      [draftId],
    );
    return rows.map(toModel);
  }

  async get(draftId: string, clauseId: string): Promise<ClauseModel> {
    const rows: ClauseRecord[] = await this.db.query('SELECT * FROM clause WHERE draft_id = $1 AND id = $2', [
      draftId,
      clauseId,
    ]);
    if (!rows[0]) throw notFound('That clause');
    return toModel(rows[0]);
  }

  async add(input: AddClauseInput, userId: string): Promise<ClauseModel> {
    const id = await this.edit(input.draftId, userId, (doc) =>
      insertClause(
        doc,
        { heading: input.heading, text: input.text, componentIds: input.componentIds },
        input.afterClauseId,
      ),
    );
    return this.get(input.draftId, id);
  }

  async move(input: MoveClauseInput, userId: string): Promise<ClauseModel> {
    await this.edit(input.draftId, userId, (doc) => moveClause(doc, input.clauseId, input.toIndex));
    return this.get(input.draftId, input.clauseId);
  }

  async remove(input: RemoveClauseInput, userId: string): Promise<boolean> {
    await this.edit(input.draftId, userId, (doc) => removeClause(doc, input.clauseId));
    return true;
  }

  private async edit<T>(draftId: string, userId: string, change: (doc: Y.Doc) => T): Promise<T> {
    const [draft] = await this.db.query('SELECT archived_at FROM draft WHERE id = $1', [draftId]);
    if (!draft) throw notFound('That draft');
    if (draft.archived_at) throw conflict('This draft is archived. Restore it before changing it.');
    try {
      return await this.registry.withDoc(draftId, async (live) => {
        const result = await live.transactAsServer(userId, change);
        await this.mirror.refresh(live);
        return result;
      });
    } catch (error) {
      if (error instanceof ClauseDocError) throw notFound('That clause');
      throw error;
    }
  }
}
