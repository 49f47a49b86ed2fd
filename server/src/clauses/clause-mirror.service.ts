import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { DocObserver, DocRegistry } from '../collab/doc-registry';
import type { LiveDoc } from '../collab/live-doc';
import { clauseTextHash, isClauseId, normalizeClauseIds, readClauses } from './clause-doc';

/**
 * Dirty drafts are written together every this often, in one transaction: rows lag edits by
 * well under a second, and 100 drafts being typed in cost a few commits a second, not hundreds.
 */
const FLUSH_MS = 300;
/** After a failed write (another replica wrote the same draft at once, say), try again. */
const RETRY_MS = 1000;
const MIRROR_LOCK = 727_274_004;

export interface ClauseRow {
  id: string;
  position: number;
  heading: string;
  text: string;
  componentIds: string[];
  textHash: string;
}

/** What to write for one draft: every row (first write since loading) or what changed. */
export interface ClausePlan {
  draftId: string;
  /** true: `rows` is the whole draft; other rows of the draft are deleted. */
  full: boolean;
  rows: ClauseRow[];
  removed: string[];
}

/**
 * Writes the `clause` rows from the open documents, batched, so GraphQL, votes and exports read
 * clauses without parsing Yjs. Also repairs clause ids (missing, duplicated by a paste, or used
 * by another draft) with a server edit, since rows are keyed by them.
 */
@Injectable()
export class ClauseMirrorService implements DocObserver, OnModuleInit {
  private readonly logger = new Logger('ClauseMirror');
  private readonly dirty = new Map<string, LiveDoc>();
  private timer: NodeJS.Timeout | null = null;
  /** Writes run one at a time, in order. */
  private chain: Promise<void> = Promise.resolve();
  /** What this process last wrote per draft (id → row), so typing rewrites only the clause typed in. */
  private readonly written = new Map<string, Map<string, string>>();

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly registry: DocRegistry,
  ) {}

  onModuleInit(): void {
    this.registry.observe(this);
  }

  docChanged(live: LiveDoc): void {
    this.dirty.set(live.draftId, live);
    this.schedule(FLUSH_MS);
  }

  /** A freshly loaded document may differ from its rows (a crash between edit and mirror). */
  docLoaded(live: LiveDoc): void {
    this.written.delete(live.draftId);
    this.docChanged(live);
  }

  async beforeUnload(live: LiveDoc): Promise<void> {
    if (this.dirty.get(live.draftId) === live) await this.write([live]);
    else await this.chain;
    this.written.delete(live.draftId);
  }

  async flush(): Promise<void> {
    await this.write([...this.dirty.values()]);
  }

  /** Writes the rows for a document now (after a GraphQL edit, so the answer is current). */
  refresh(live: LiveDoc): Promise<void> {
    return this.write([live]);
  }

  private schedule(delay: number): void {
    if (this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.write([...this.dirty.values()]);
    }, delay);
    this.timer.unref();
  }

  private write(docs: LiveDoc[]): Promise<void> {
    const run = async () => {
      const batch = docs.filter((live) => live.state !== 'loading');
      for (const live of batch) if (this.dirty.get(live.draftId) === live) this.dirty.delete(live.draftId);
      const plans: { plan: ClausePlan; after: Map<string, string> }[] = [];
      let retry = false;
      for (const live of batch) {
        try {
          const planned = await this.plan(live);
          if (planned) plans.push(planned);
        } catch (error) {
          this.logger.warn(`clause rows of draft ${live.draftId} not planned; retrying: ${String(error)}`);
          if (live.state === 'ready') this.dirty.set(live.draftId, live);
          retry = true;
        }
      }
      if (retry) this.schedule(RETRY_MS);
      if (plans.length === 0) return;
      for (const { plan } of plans) this.written.delete(plan.draftId); // unknown until committed
      const failed = await this.commit(plans);
      for (const { plan, error } of failed) {
        this.logger.warn(`clause rows of draft ${plan.draftId} not written; retrying: ${String(error)}`);
        const live = batch.find((l) => l.draftId === plan.draftId);
        if (live?.state === 'ready') this.dirty.set(live.draftId, live);
      }
      if (failed.length > 0) this.schedule(RETRY_MS);
    };
    this.chain = this.chain
      .then(run, run)
      .catch((error: unknown) => this.logger.error(`clause rows: ${String(error)}`));
    return this.chain;
  }

  /**
   * Writes the plans in one transaction (one commit for the whole batch); if that fails, draft by
   * draft, so one draft whose rows cannot be written never holds back the others. Returns the
   * plans that failed.
   */
  private async commit(
    plans: { plan: ClausePlan; after: Map<string, string> }[],
  ): Promise<{ plan: ClausePlan; error: unknown }[]> {
    const attempt = async (group: typeof plans) => {
      await this.db.transaction((tx) =>
        writeClausePlans(
          tx,
          group.map((p) => p.plan),
        ),
      );
      for (const { plan, after } of group) this.written.set(plan.draftId, after);
    };
    try {
      await attempt(plans);
      return [];
    } catch (error) {
      if (plans.length === 1) return [{ plan: plans[0].plan, error }];
    }
    const failed: { plan: ClausePlan; error: unknown }[] = [];
    for (const one of plans) {
      try {
        await attempt([one]);
      } catch (error) {
        failed.push({ plan: one.plan, error });
      }
    }
    return failed;
  }

  private async plan(live: LiveDoc): Promise<{ plan: ClausePlan; after: Map<string, string> } | null> {
    const clauses = readClauses(live.doc);
    const ids = clauses.map((c) => c.id?.toLowerCase()).filter(isClauseId);
    const before = this.written.get(live.draftId);
    // Ids this process has not written for this draft yet might belong to another draft.
    const unknown = ids.filter((id) => !before?.has(id));
    const foreign = unknown.length
      ? new Set<string>(
          (
            await this.db.query('SELECT id FROM clause WHERE id = ANY($1::uuid[]) AND draft_id <> $2', [
              unknown,
              live.draftId,
            ])
          ).map((r: { id: string }) => r.id),
        )
      : new Set<string>();
    if (foreign.size > 0 || new Set(ids).size !== clauses.length) {
      // The repair is an ordinary edit: it comes back through docChanged and is mirrored then.
      if (live.state === 'ready') {
        live
          .transactAsServer(null, (doc) => normalizeClauseIds(doc, foreign))
          .catch((error: unknown) =>
            this.logger.error(`draft ${live.draftId}: clause ids not repaired: ${String(error)}`),
          );
      }
      return null;
    }
    const rows: ClauseRow[] = clauses.map((c, position) => ({
      id: c.id!.toLowerCase(),
      position,
      heading: c.heading,
      text: c.text,
      componentIds: c.componentIds,
      textHash: clauseTextHash(c.heading, c.text),
    }));
    const after = new Map(rows.map((r) => [r.id, JSON.stringify(r)]));
    if (!before) return { plan: { draftId: live.draftId, full: true, rows, removed: [] }, after };
    const changed = rows.filter((r) => before.get(r.id) !== after.get(r.id));
    const removed = [...before.keys()].filter((id) => !after.has(id));
    if (changed.length === 0 && removed.length === 0) return null;
    return { plan: { draftId: live.draftId, full: false, rows: changed, removed }, after };
  }
}

/** Replaces a draft's clause rows with `rows` (the demo data uses this). */
export function writeClauseRows(tx: EntityManager, draftId: string, rows: ClauseRow[]): Promise<void> {
  return writeClausePlans(tx, [{ draftId, full: true, rows, removed: [] }]);
}

/**
 * Writes clause rows for several drafts in the caller's transaction, under a per-draft advisory
 * lock (taken in a fixed order) so two replicas never interleave their writes to one draft.
 * Unchanged rows keep their `updated_at`; a draft whose rows changed gets its `updated_at` moved,
 * so "last changed" follows live edits (here, once per mirror batch, rather than on every logged
 * keystroke, which would make every append contend for the draft's row).
 */
export async function writeClausePlans(tx: EntityManager, plans: ClausePlan[]): Promise<void> {
  const drafts = [...new Set(plans.map((p) => p.draftId))].sort();
  await tx.query('SELECT pg_advisory_xact_lock($1, hashtext(d)) FROM unnest($2::text[]) AS d ORDER BY d', [
    MIRROR_LOCK,
    drafts,
  ]);
  const changed = new Set<string>();
  const note = (result: unknown) => {
    // TypeORM's query() returns [rows, count] for DELETE and the rows for INSERT … RETURNING.
    const rows = (Array.isArray(result) && Array.isArray(result[0]) ? result[0] : result) as unknown;
    if (Array.isArray(rows))
      for (const r of rows as { draft_id?: string }[]) if (r.draft_id) changed.add(r.draft_id);
  };
  for (const plan of plans.filter((p) => p.full)) {
    note(
      await tx.query(
        'DELETE FROM clause WHERE draft_id = $1 AND NOT (id = ANY($2::uuid[])) RETURNING draft_id',
        [plan.draftId, plan.rows.map((r) => r.id)],
      ),
    );
  }
  const removed = plans.flatMap((p) => p.removed.map((id) => [p.draftId, id] as const));
  if (removed.length > 0) {
    note(
      await tx.query(
        'DELETE FROM clause c USING unnest($1::uuid[], $2::uuid[]) AS r(draft_id, id) WHERE c.draft_id = r.draft_id AND c.id = r.id RETURNING c.draft_id',
        [removed.map((r) => r[0]), removed.map((r) => r[1])],
      ),
    );
  }
  const rows = plans.flatMap((p) => p.rows.map((r) => ({ ...r, draftId: p.draftId })));
  if (rows.length > 0) note(await upsertClauseRows(tx, rows));
  if (changed.size > 0)
    await tx.query('UPDATE draft SET updated_at = now() WHERE id = ANY($1::uuid[])', [[...changed]]);
}

/** Inserts or updates clause rows; returns the draft of each row actually written. */
function upsertClauseRows(
  tx: EntityManager,
  rows: (ClauseRow & { draftId: string })[],
): Promise<{ draft_id: string }[]> {
  return tx.query(
    `INSERT INTO clause (id, draft_id, position, heading, plain_text, component_ids, text_hash)
     SELECT r.id, r.draft_id, r.position, r.heading, r.plain_text, string_to_array(r.components, ' '), r.text_hash
       FROM unnest($1::uuid[], $2::uuid[], $3::int[], $4::text[], $5::text[], $6::text[], $7::text[])
            AS r(id, draft_id, position, heading, plain_text, components, text_hash)
     ON CONFLICT (id) DO UPDATE
        SET position = EXCLUDED.position, heading = EXCLUDED.heading, plain_text = EXCLUDED.plain_text,
            component_ids = EXCLUDED.component_ids, text_hash = EXCLUDED.text_hash, updated_at = now()
      WHERE clause.draft_id = EXCLUDED.draft_id
        AND (clause.position, clause.heading, clause.plain_text, clause.component_ids, clause.text_hash)
            IS DISTINCT FROM (EXCLUDED.position, EXCLUDED.heading, EXCLUDED.plain_text, EXCLUDED.component_ids, EXCLUDED.text_hash)
     RETURNING clause.draft_id`,
    [
      rows.map((r) => r.id),
      rows.map((r) => r.draftId),
      rows.map((r) => r.position),
      rows.map((r) => r.heading),
      rows.map((r) => r.text),
      rows.map((r) => r.componentIds.join(' ')),
      rows.map((r) => r.textHash),
    ],
  );
}
