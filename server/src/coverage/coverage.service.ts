import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import {
  type CheckMark,
  type CoverageResult,
  type DraftContext,
  type PolicyClause,
  checkDraft,
  componentById,
  computeCoverage,
  itemById,
  markFingerprint,
  normalizeExcerpt,
} from '@roundtable/shared';
import { AuditService } from '../audit/audit.service';
import { UserEntity } from '../auth/user.entity';
import { badInput, conflict, notFound } from '../core/errors/app-error';
import {
  CheckDismissalModel,
  CheckFindingModel,
  ChecklistTickModel,
  CoverageSource,
  CoverageStatus,
  DraftCoverageModel,
} from './coverage.model';
import {
  DismissCheckMarkInput,
  TickChecklistItemInput,
  UndismissCheckMarkInput,
  UntickChecklistItemInput,
} from './dto/coverage.input';

type Actor = Pick<UserEntity, 'id' | 'name'>;

interface ClauseRow {
  id: string;
  heading: string;
  plain_text: string;
  component_ids: string[];
  text_hash: string;
}

interface DismissalRow {
  id: string;
  draft_id: string;
  clause_id: string;
  rule_id: string;
  excerpt: string;
  fingerprint: string;
  reason: string;
  dismissed_by_name: string | null;
  created_at: Date;
}

interface TickRow {
  id: string;
  draft_id: string;
  item_id: string;
  clause_id: string;
  ticked_by_name: string | null;
  created_at: Date;
}

/** What one draft's checks look like for one set of clause texts. */
interface Analysed {
  key: string;
  clauses: PolicyClause[];
  context: DraftContext;
  byClause: Map<string, CheckMark[]>;
}

interface Snapshot {
  analysed: Analysed;
  headings: Map<string, string>;
  dismissals: DismissalRow[];
  ticks: TickRow[];
}

const STATUS: Record<string, CoverageStatus> = {
  covered: CoverageStatus.COVERED,
  partly: CoverageStatus.PARTLY,
  missing: CoverageStatus.MISSING,
  contradicted: CoverageStatus.CONTRADICTED,
};
const SOURCE: Record<string, CoverageSource> = {
  text: CoverageSource.TEXT,
  tag: CoverageSource.TAG,
  tick: CoverageSource.TICK,
};

/** TypeORM's postgres driver answers a DELETE … RETURNING with `[rows, count]`. */
function deletedRows<T>(result: unknown): T[] {
  return Array.isArray(result) && Array.isArray(result[0]) ? (result[0] as T[]) : ((result as T[]) ?? []);
}

/** Drafts whose analysis is kept between requests; the least recently used ones go first. */
const CACHE_LIMIT = 200;

function toDismissal(r: DismissalRow): CheckDismissalModel {
  return {
    id: r.id,
    draftId: r.draft_id,
    clauseId: r.clause_id,
    ruleId: r.rule_id,
    excerpt: r.excerpt,
    fingerprint: r.fingerprint,
    reason: r.reason,
    dismissedByName: r.dismissed_by_name,
    createdAt: r.created_at,
  };
}

function toTick(r: TickRow): ChecklistTickModel {
  return {
    id: r.id,
    draftId: r.draft_id,
    itemId: r.item_id,
    clauseId: r.clause_id,
    tickedByName: r.ticked_by_name,
    createdAt: r.created_at,
  };
}

/**
 * Toolkit coverage and language checks of a draft, from the clause mirror (never from Yjs), with
 * members' ticks and dismissals. The analysis is cached per draft and keyed by the clauses' text
 * hashes; after an edit only the changed clauses are re-read (shared's draft context does that).
 */
@Injectable()
export class CoverageService {
  private readonly cache = new Map<string, Analysed>();
  /** One load per draft at a time, so the `checks` of sixty clauses in one query share it. */
  private readonly inflight = new Map<string, Promise<Snapshot>>();

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  private snapshot(draftId: string): Promise<Snapshot> {
    let pending = this.inflight.get(draftId);
    if (!pending) {
      pending = this.load(draftId).finally(() => this.inflight.delete(draftId));
      this.inflight.set(draftId, pending);
    }
    return pending;
  }

  private async load(draftId: string): Promise<Snapshot> {
    const [rows, dismissals, ticks] = await Promise.all([
      this.db.query(
        'SELECT id, heading, plain_text, component_ids, text_hash FROM clause WHERE draft_id = $1 ORDER BY position',
        [draftId],
      ) as Promise<ClauseRow[]>,
      this.db.query(
        `SELECT d.*, u.name AS dismissed_by_name FROM check_dismissal d LEFT JOIN user_account u ON u.id = d.dismissed_by_id
          WHERE d.draft_id = $1 ORDER BY d.created_at, d.id`,
        [draftId],
      ) as Promise<DismissalRow[]>,
      this.db.query(
        `SELECT t.*, u.name AS ticked_by_name FROM checklist_tick t LEFT JOIN user_account u ON u.id = t.ticked_by_id
          WHERE t.draft_id = $1 ORDER BY t.created_at, t.id`,
        [draftId],
      ) as Promise<TickRow[]>,
    ]);
    return {
      analysed: this.analyse(draftId, rows),
      headings: new Map(rows.map((r) => [r.id, r.heading])),
      dismissals,
      ticks,
    };
  }

  private analyse(draftId: string, rows: ClauseRow[]): Analysed {
    const key = rows.map((r) => `${r.id}:${r.text_hash}:${r.component_ids.join(',')}`).join('|');
    const cached = this.cache.get(draftId);
    if (cached?.key === key) {
      this.cache.delete(draftId);
      this.cache.set(draftId, cached);
      return cached;
    }
    const clauses = rows.map((r) => ({
      id: r.id,
      heading: r.heading,
      text: r.plain_text,
      componentIds: r.component_ids,
    }));
    const result = checkDraft(clauses, { context: cached?.context });
    const analysed: Analysed = { key, clauses, context: result.context, byClause: result.byClause };
    this.cache.delete(draftId);
    this.cache.set(draftId, analysed);
    if (this.cache.size > CACHE_LIMIT) this.cache.delete(this.cache.keys().next().value!);
    return analysed;
  }

  async coverage(draftId: string): Promise<DraftCoverageModel> {
    const snap = await this.snapshot(draftId);
    const live = snap.ticks.filter((t) => snap.headings.has(t.clause_id));
    const result: CoverageResult = computeCoverage(snap.analysed.clauses, {
      context: snap.analysed.context,
      tickedItemIds: live.map((t) => t.item_id),
    });
    const tickOf = new Map(live.map((t) => [t.item_id, t]));
    const heading = (id: string) => snap.headings.get(id) ?? '';
    return {
      overall: result.overall,
      components: result.components.map((c) => ({
        componentId: c.componentId,
        title: componentById(c.componentId)?.title ?? c.componentId,
        status: STATUS[c.status],
        score: c.score,
        items: c.items.map((i) => {
          const tick = tickOf.get(i.itemId);
          const evidence = i.evidence.map((e) => ({ ...e, clauseHeading: heading(e.clauseId) }));
          // A ticked item points at the clause the member named when the text gave no sentence.
          if (i.source === 'tick' && tick && !evidence.some((e) => e.clauseId === tick.clause_id)) {
            evidence.unshift({
              clauseId: tick.clause_id,
              clauseHeading: heading(tick.clause_id),
              sentence: '',
              from: 0,
              to: 0,
              reason: '',
            });
          }
          return {
            itemId: i.itemId,
            title: itemById(i.itemId)?.title ?? i.itemId,
            guidance: itemById(i.itemId)?.guidance ?? '',
            status: STATUS[i.status],
            source: SOURCE[i.source],
            evidence,
            tick: tick ? toTick(tick) : null,
          };
        }),
      })),
    };
  }

  async checks(draftId: string, clauseId: string): Promise<CheckFindingModel[]> {
    const snap = await this.snapshot(draftId);
    const marks = snap.analysed.byClause.get(clauseId) ?? [];
    const dismissed = new Map(
      snap.dismissals.filter((d) => d.clause_id === clauseId).map((d) => [d.fingerprint, d]),
    );
    return marks.map((m) => {
      const d = dismissed.get(m.fingerprint);
      return {
        id: m.id,
        clauseId: m.clauseId,
        ruleId: m.kind,
        severity: m.severity,
        from: m.from,
        to: m.to,
        excerpt: m.excerpt,
        explanation: m.message,
        suggestion: m.suggestion,
        fingerprint: m.fingerprint,
        dismissed: d !== undefined,
        dismissal: d ? toDismissal(d) : null,
      };
    });
  }

  async dismissals(draftId: string): Promise<CheckDismissalModel[]> {
    return (await this.snapshot(draftId)).dismissals.map(toDismissal);
  }

  private async openDraft(
    draftId: string,
    clauseId?: string,
  ): Promise<{ boardId: string; clauseText: string }> {
    const [draft] = await this.db.query('SELECT board_id, archived_at FROM draft WHERE id = $1', [draftId]);
    if (!draft) throw notFound('That draft');
    if (draft.archived_at) throw conflict('This draft is archived.');
    let clauseText = '';
    if (clauseId) {
      const [clause] = await this.db.query('SELECT plain_text FROM clause WHERE id = $1 AND draft_id = $2', [
        clauseId,
        draftId,
      ]);
      if (!clause) throw notFound('That clause');
      clauseText = clause.plain_text;
    }
    return { boardId: draft.board_id, clauseText };
  }

  async tick(input: TickChecklistItemInput, actor: Actor): Promise<ChecklistTickModel> {
    const { boardId } = await this.openDraft(input.draftId, input.clauseId);
    const event = await this.db.transaction(async (tx) => {
      const [previous] = await tx.query(
        'SELECT clause_id FROM checklist_tick WHERE draft_id = $1 AND item_id = $2 FOR UPDATE',
        [input.draftId, input.itemId],
      );
      const [row] = await tx.query(
        `INSERT INTO checklist_tick (board_id, draft_id, item_id, clause_id, ticked_by_id) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (draft_id, item_id) DO UPDATE SET clause_id = EXCLUDED.clause_id, ticked_by_id = EXCLUDED.ticked_by_id, created_at = now()
         RETURNING id`,
        [boardId, input.draftId, input.itemId, input.clauseId, actor.id],
      );
      return this.audit.record(tx, {
        boardId,
        actor,
        action: 'coverage.item_ticked',
        targetType: 'checklist_tick',
        targetId: row.id,
        data: {
          draftId: input.draftId,
          itemId: input.itemId,
          clauseId: input.clauseId,
          previousClauseId: previous?.clause_id ?? null,
          label: itemById(input.itemId)?.title ?? input.itemId,
        },
      });
    });
    this.audit.announce(event);
    const [row]: TickRow[] = await this.db.query(
      `SELECT t.*, u.name AS ticked_by_name FROM checklist_tick t LEFT JOIN user_account u ON u.id = t.ticked_by_id
        WHERE t.draft_id = $1 AND t.item_id = $2`,
      [input.draftId, input.itemId],
    );
    return toTick(row);
  }

  async untick(input: UntickChecklistItemInput, actor: Actor): Promise<boolean> {
    const { boardId } = await this.openDraft(input.draftId);
    const event = await this.db.transaction(async (tx) => {
      const [row] = deletedRows<{ id: string; clause_id: string; ticked_by_id: string | null }>(
        await tx.query(
          'DELETE FROM checklist_tick WHERE draft_id = $1 AND item_id = $2 RETURNING id, clause_id, ticked_by_id',
          [input.draftId, input.itemId],
        ),
      );
      if (!row) throw notFound('That tick');
      return this.audit.record(tx, {
        boardId,
        actor,
        action: 'coverage.item_unticked',
        targetType: 'checklist_tick',
        targetId: row.id,
        data: {
          draftId: input.draftId,
          itemId: input.itemId,
          clauseId: row.clause_id,
          tickedById: row.ticked_by_id,
          label: itemById(input.itemId)?.title ?? input.itemId,
        },
      });
    });
    this.audit.announce(event);
    return true;
  }

  async dismiss(input: DismissCheckMarkInput, actor: Actor): Promise<CheckDismissalModel> {
    const { boardId, clauseText } = await this.openDraft(input.draftId, input.clauseId);
    if (!normalizeExcerpt(clauseText).includes(normalizeExcerpt(input.excerpt))) {
      throw badInput(
        'Those words are no longer in the clause; the mark may have changed. Reload the checks and try again.',
      );
    }
    // The fingerprint is recomputed here rather than taken from the client, so a dismissal always
    // names the rule and words it hides.
    const fingerprint = markFingerprint(input.ruleId, input.clauseId, input.excerpt);
    const { id, event } = await this.db.transaction(async (tx) => {
      const [row] = await tx.query(
        `INSERT INTO check_dismissal (board_id, draft_id, clause_id, rule_id, excerpt, fingerprint, reason, dismissed_by_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (clause_id, fingerprint) DO NOTHING RETURNING id`,
        [
          boardId,
          input.draftId,
          input.clauseId,
          input.ruleId,
          input.excerpt,
          fingerprint,
          input.reason,
          actor.id,
        ],
      );
      if (!row) throw conflict('Someone has already dismissed this mark.');
      const event = await this.audit.record(tx, {
        boardId,
        actor,
        action: 'check.dismissed',
        targetType: 'check_dismissal',
        targetId: row.id,
        data: {
          draftId: input.draftId,
          clauseId: input.clauseId,
          ruleId: input.ruleId,
          excerpt: input.excerpt,
          fingerprint,
          reason: input.reason,
          label: `“${input.excerpt.slice(0, 60)}”`,
        },
      });
      return { id: row.id as string, event };
    });
    this.audit.announce(event);
    const [row]: DismissalRow[] = await this.db.query(
      `SELECT d.*, u.name AS dismissed_by_name FROM check_dismissal d LEFT JOIN user_account u ON u.id = d.dismissed_by_id WHERE d.id = $1`,
      [id],
    );
    return toDismissal(row);
  }

  async undismiss(input: UndismissCheckMarkInput, actor: Actor): Promise<boolean> {
    const { boardId } = await this.openDraft(input.draftId);
    const event = await this.db.transaction(async (tx) => {
      const [row] = deletedRows<DismissalRow>(
        await tx.query('DELETE FROM check_dismissal WHERE id = $1 AND draft_id = $2 RETURNING *', [
          input.dismissalId,
          input.draftId,
        ]),
      );
      if (!row) throw notFound('That dismissal');
      // The row goes; the audit log keeps everything it said.
      return this.audit.record(tx, {
        boardId,
        actor,
        action: 'check.undismissed',
        targetType: 'check_dismissal',
        targetId: row.id,
        data: {
          draftId: input.draftId,
          clauseId: row.clause_id,
          ruleId: row.rule_id,
          excerpt: row.excerpt,
          fingerprint: row.fingerprint,
          reason: row.reason,
          dismissedAt: new Date(row.created_at).toISOString(),
          label: `“${row.excerpt.slice(0, 60)}”`,
        },
      });
    });
    this.audit.announce(event);
    return true;
  }
}
