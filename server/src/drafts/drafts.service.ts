import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { notFound } from '../core/errors/app-error';
import { DraftEntity } from './draft.entity';
import { DraftModel } from './draft.model';
import { CreateDraftInput, RenameDraftInput } from './dto/draft.input';

export function toDraftModel(row: DraftEntity): DraftModel {
  return {
    id: row.id,
    boardId: row.boardId,
    title: row.title,
    archived: row.archivedAt != null,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

@Injectable()
export class DraftsService {
  constructor(@InjectRepository(DraftEntity) private readonly drafts: Repository<DraftEntity>) {}

  async get(draftId: string): Promise<DraftModel> {
    const row = await this.drafts.findOne({ where: { id: draftId } });
    if (!row) throw notFound('That draft');
    return toDraftModel(row);
  }

  async forBoard(boardId: string, includeArchived: boolean): Promise<DraftModel[]> {
    // Raw SQL: on the board page's hot path, where ORM hydration cost more than the query.
    const rows: { id: string; title: string; archived: boolean; created_at: Date; updated_at: Date }[] = await this.drafts.manager.query(
      `SELECT id, title, archived_at IS NOT NULL AS archived, created_at, updated_at FROM draft
        WHERE board_id = $1 ${includeArchived ? '' : 'AND archived_at IS NULL'}
        ORDER BY updated_at DESC LIMIT 200`,
      [boardId],
    );
    return rows.map((r) => ({ id: r.id, boardId, title: r.title, archived: r.archived, createdAt: r.created_at, updatedAt: r.updated_at }));
  }

  async create(input: CreateDraftInput, userId: string): Promise<DraftModel> {
    const row = await this.drafts.save(this.drafts.create({ boardId: input.boardId, title: input.title, createdById: userId, archivedAt: null }));
    return toDraftModel(row);
  }

  async rename(input: RenameDraftInput): Promise<DraftModel> {
    await this.drafts.update({ id: input.draftId }, { title: input.title });
    return this.get(input.draftId);
  }

  async setArchived(draftId: string, archived: boolean): Promise<DraftModel> {
    await this.drafts.update({ id: draftId }, { archivedAt: archived ? new Date() : null });
    return this.get(draftId);
  }
}
