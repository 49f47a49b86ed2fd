import type { DraftModel } from './draft.model';
import { DraftStart } from './dto/draft.input';

/**
 * A draft as raw SQL on the board page's hot path reads it: `archived` already derived, dates as
 * Date from a plain query or as ISO text from json_agg.
 */
export interface DraftRow {
  id: string;
  title: string;
  archived: boolean;
  starting_point: string;
  created_at: Date | string;
  updated_at: Date | string;
}

/** The GraphQL draft for a row read by raw SQL. */
export function draftFromRow(boardId: string, row: DraftRow): DraftModel {
  return {
    id: row.id,
    boardId,
    title: row.title,
    archived: row.archived,
    startingPoint: row.starting_point as DraftStart,
    createdAt: new Date(row.created_at),
    updatedAt: new Date(row.updated_at),
  };
}
