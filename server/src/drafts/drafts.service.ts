import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, Repository } from 'typeorm';
import { TOOLKIT_TEMPLATE } from '@roundtable/shared';
import { AuditService } from '../audit/audit.service';
import { UserEntity } from '../auth/user.entity';
import { BaselinesService } from '../baselines/baselines.service';
import { cleanPolicyText } from '../baselines/policy-import';
import { insertClause, NewClause } from '../clauses/clause-doc';
import { ClauseMirrorService } from '../clauses/clause-mirror.service';
import { DocRegistry } from '../collab/doc-registry';
import { badInput, notFound } from '../core/errors/app-error';
import { DraftEntity } from './draft.entity';
import { DraftModel } from './draft.model';
import { draftFromRow, type DraftRow } from './draft-row';
import { CreateDraftInput, DraftStart, RenameDraftInput } from './dto/draft.input';

export function toDraftModel(row: DraftEntity): DraftModel {
  return {
    id: row.id,
    boardId: row.boardId,
    title: row.title,
    startingPoint: (row.startingPoint as DraftStart) ?? DraftStart.BLANK,
    archived: row.archivedAt != null,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

/** The template's scaffold clauses: one per toolkit component, in catalogue order. */
export function templateClauses(): NewClause[] {
  return TOOLKIT_TEMPLATE.map((t) => ({ heading: t.heading, text: t.text, componentIds: [t.componentId] }));
}

@Injectable()
export class DraftsService {
  constructor(
    @InjectRepository(DraftEntity) private readonly drafts: Repository<DraftEntity>,
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly baselines: BaselinesService,
    private readonly registry: DocRegistry,
    private readonly mirror: ClauseMirrorService,
  ) {}

  async get(draftId: string): Promise<DraftModel> {
    const row = await this.drafts.findOne({ where: { id: draftId } });
    if (!row) throw notFound('That draft');
    return toDraftModel(row);
  }

  async forBoard(boardId: string, includeArchived: boolean): Promise<DraftModel[]> {
    // Raw SQL: on the board page's hot path, where ORM hydration cost more than the query.
    const rows: DraftRow[] = await this.drafts.manager.query(
      `SELECT id, title, archived_at IS NOT NULL AS archived, starting_point, created_at, updated_at FROM draft
        WHERE board_id = $1 ${includeArchived ? '' : 'AND archived_at IS NULL'}
        ORDER BY updated_at DESC LIMIT 200`,
      [boardId],
    );
    return rows.map((r) => draftFromRow(boardId, r));
  }

  /**
   * Creates a draft, empty or with starting clauses. The clauses are written as server-side Yjs
   * edits on the draft's document, so the result is an ordinary draft; an imported policy is also
   * kept as the draft's baseline. If the clauses cannot be written, the draft is removed again
   * rather than left half-made.
   */
  async create(input: CreateDraftInput, user: UserEntity): Promise<DraftModel> {
    const start = input.start ?? DraftStart.BLANK;
    if (start === DraftStart.IMPORT && !input.imported)
      throw badInput(
        'Importing needs the reviewed clauses: preview the policy first, then create the draft.',
      );
    if (start !== DraftStart.IMPORT && input.imported)
      throw badInput('Imported clauses were sent, but the starting point is not IMPORT.');
    const clauses: NewClause[] =
      start === DraftStart.TEMPLATE
        ? templateClauses()
        : start === DraftStart.IMPORT
          ? input.imported!.clauses.map((c) => ({
              heading: cleanPolicyText(c.heading),
              text: cleanPolicyText(c.text),
              componentIds: [...new Set(c.componentIds)],
            }))
          : [];
    const actor = { id: user.id, name: user.name };
    const { row, events } = await this.db.transaction(async (tx) => {
      const row = await tx.save(
        tx.create(DraftEntity, {
          boardId: input.boardId,
          title: input.title,
          createdById: user.id,
          archivedAt: null,
          startingPoint: start,
        }),
      );
      const events = [
        await this.audit.record(tx, {
          boardId: input.boardId,
          actor,
          action: 'draft.created',
          targetType: 'draft',
          targetId: row.id,
          data: { label: input.title, start, clauses: clauses.length },
        }),
      ];
      if (start === DraftStart.IMPORT) {
        const { event } = await this.baselines.createInTransaction(tx, {
          boardId: input.boardId,
          draftId: row.id,
          actor,
          imported: input.imported!,
        });
        events.push(event);
      }
      return { row, events };
    });
    if (clauses.length) {
      try {
        await this.registry.withDoc(row.id, async (live) => {
          await live.transactAsServer(user.id, (doc) => {
            for (const clause of clauses) insertClause(doc, clause);
          });
          await this.mirror.refresh(live);
        });
      } catch (error) {
        await this.drafts.delete({ id: row.id });
        throw error;
      }
    }
    for (const event of events) this.audit.announce(event);
    return this.get(row.id);
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
