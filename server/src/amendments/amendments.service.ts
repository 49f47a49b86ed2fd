import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Outcome, QuestionKind, TallyResult } from '@roundtable/shared';
import { AuditService } from '../audit/audit.service';
import { UserEntity } from '../auth/user.entity';
import { clauseTextHash } from '../clauses/clause-doc';
import { ClausesService } from '../clauses/clauses.service';
import { DocRegistry } from '../collab/doc-registry';
import { badInput, conflict, forbidden, notFound } from '../core/errors/app-error';
import { LiveEvents } from '../live/live-events';
import { Topic } from '../live/topics';
import type { QuestionEntity } from '../votes/question.entity';
import { AmendmentStatus } from './amendment.entity';
import { AmendmentModel } from './amendment.model';
import { replaceClauseBody } from './clause-body';
import { ProposeAmendmentInput, ReviseAmendmentInput } from './dto/amendment.input';

type Actor = Pick<UserEntity, 'id' | 'name'>;

/** Rows changed by a query: TypeORM answers UPDATE/DELETE with [rows, count], INSERT with rows. */
export function affected(result: unknown): number {
  if (
    Array.isArray(result) &&
    result.length === 2 &&
    Array.isArray(result[0]) &&
    typeof result[1] === 'number'
  )
    return result[1];
  return Array.isArray(result) ? result.length : 0;
}

interface AmendmentRow {
  id: string;
  board_id: string;
  draft_id: string;
  clause_id: string;
  number: number;
  author_id: string | null;
  author_name: string | null;
  text: string;
  rationale: string;
  base_text: string;
  base_text_hash: string;
  status: AmendmentStatus;
  question_id: string | null;
  decided_at: Date | null;
  applied_at: Date | null;
  supporter_ids: string[];
  supporters: string[];
  comment_count: number;
  created_at: Date;
  updated_at: Date;
}

const SELECT = `
  SELECT a.*, u.name AS author_name,
         (SELECT count(*)::int FROM amendment e WHERE e.clause_id = a.clause_id AND e.draft_id = a.draft_id
            AND (e.created_at, e.id) <= (a.created_at, a.id)) AS number,
         COALESCE((SELECT array_agg(s.user_id ORDER BY s.created_at) FROM amendment_support s WHERE s.amendment_id = a.id), '{}') AS supporter_ids,
         COALESCE((SELECT array_agg(su.name ORDER BY s.created_at) FROM amendment_support s JOIN user_account su ON su.id = s.user_id
                    WHERE s.amendment_id = a.id), '{}') AS supporters,
         (SELECT count(*)::int FROM comment c WHERE c.amendment_id = a.id AND c.deleted_at IS NULL AND c.hidden_at IS NULL) AS comment_count
    FROM amendment a LEFT JOIN user_account u ON u.id = a.author_id`;

function toModel(r: AmendmentRow): AmendmentModel {
  return {
    id: r.id,
    boardId: r.board_id,
    draftId: r.draft_id,
    clauseId: r.clause_id,
    number: r.number,
    authorId: r.author_id,
    authorName: r.author_name ?? 'A former member',
    text: r.text,
    rationale: r.rationale,
    baseText: r.base_text,
    baseTextHash: r.base_text_hash,
    status: r.status,
    questionId: r.question_id,
    decidedAt: r.decided_at,
    appliedAt: r.applied_at,
    supportCount: r.supporter_ids.length,
    supporters: r.supporters,
    supporterIds: r.supporter_ids,
    commentCount: r.comment_count,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

/**
 * Amendments: members propose wording for a clause body; a facilitator puts one or several to a
 * vote (see VotesService); the adopted one replaces the clause body in the live document as one
 * Yjs transaction, made by the server in the amendment author's name.
 */
@Injectable()
export class AmendmentsService {
  private readonly logger = new Logger('Amendments');

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly live: LiveEvents,
    private readonly clauses: ClausesService,
    private readonly registry: DocRegistry,
  ) {}

  async get(amendmentId: string): Promise<AmendmentModel> {
    const rows: AmendmentRow[] = await this.db.query(`${SELECT} WHERE a.id = $1`, [amendmentId]);
    if (!rows[0]) throw notFound('That amendment');
    return toModel(rows[0]);
  }

  async list(draftId: string, clauseId: string | null, includeClosed: boolean): Promise<AmendmentModel[]> {
    const rows: AmendmentRow[] = await this.db.query(
      `${SELECT} WHERE a.draft_id = $1 AND ($2::uuid IS NULL OR a.clause_id = $2)
         AND ($3 OR a.status IN ('OPEN', 'VOTING'))
       ORDER BY a.clause_id, a.created_at, a.id LIMIT 500`,
      [draftId, clauseId, includeClosed],
    );
    return rows.map(toModel);
  }

  async propose(input: ProposeAmendmentInput, author: Actor): Promise<AmendmentModel> {
    const clause = await this.clauses.get(input.draftId, input.clauseId);
    const [draft] = await this.db.query('SELECT board_id, archived_at FROM draft WHERE id = $1', [
      input.draftId,
    ]);
    if (draft.archived_at) throw conflict('This draft is archived.');
    if (input.text === clause.text) throw badInput('The proposed wording is the same as the current text.');
    const { id, event } = await this.db.transaction(async (tx) => {
      const [row] = await tx.query(
        `INSERT INTO amendment (board_id, draft_id, clause_id, author_id, text, rationale, base_text, base_text_hash)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
        [
          draft.board_id,
          input.draftId,
          input.clauseId,
          author.id,
          input.text,
          input.rationale,
          clause.text,
          clauseTextHash(clause.heading, clause.text),
        ],
      );
      const event = await this.audit.record(tx, {
        boardId: draft.board_id,
        actor: author,
        action: 'amendment.proposed',
        targetType: 'amendment',
        targetId: row.id,
        data: {
          label: clause.heading,
          draftId: input.draftId,
          clauseId: input.clauseId,
          text: input.text,
          rationale: input.rationale,
        },
      });
      return { id: row.id as string, event };
    });
    this.audit.announce(event);
    return this.publish(id);
  }

  /** The author may reword while it is still only proposed. */
  async revise(input: ReviseAmendmentInput, actor: Actor): Promise<AmendmentModel> {
    const { event } = await this.db.transaction(async (tx) => {
      const a = await this.lock(tx, input.amendmentId);
      if (a.author_id !== actor.id) throw forbidden('Only its author can reword an amendment.');
      if (a.status !== AmendmentStatus.OPEN)
        throw conflict('This amendment is in a vote or decided; it can no longer change.');
      await tx.query('UPDATE amendment SET text = $2, rationale = $3, updated_at = now() WHERE id = $1', [
        a.id,
        input.text,
        input.rationale,
      ]);
      // Support was for the old wording.
      await tx.query('DELETE FROM amendment_support WHERE amendment_id = $1', [a.id]);
      const event = await this.audit.record(tx, {
        boardId: a.board_id,
        actor,
        action: 'amendment.revised',
        targetType: 'amendment',
        targetId: a.id,
        data: { previousText: a.text, text: input.text, rationale: input.rationale },
      });
      return { event };
    });
    this.audit.announce(event);
    return this.publish(input.amendmentId);
  }

  async withdraw(amendmentId: string, actor: Actor): Promise<AmendmentModel> {
    const { event } = await this.db.transaction(async (tx) => {
      const a = await this.lock(tx, amendmentId);
      if (a.author_id !== actor.id) throw forbidden('Only its author can withdraw an amendment.');
      if (a.status !== AmendmentStatus.OPEN)
        throw conflict('This amendment is in a vote or decided; it can no longer be withdrawn.');
      await tx.query(`UPDATE amendment SET status = 'WITHDRAWN', updated_at = now() WHERE id = $1`, [a.id]);
      const event = await this.audit.record(tx, {
        boardId: a.board_id,
        actor,
        action: 'amendment.withdrawn',
        targetType: 'amendment',
        targetId: a.id,
      });
      return { event };
    });
    this.audit.announce(event);
    return this.publish(amendmentId);
  }

  async setSupport(amendmentId: string, supporting: boolean, actor: Actor): Promise<AmendmentModel> {
    await this.db.transaction(async (tx) => {
      const a = await this.lock(tx, amendmentId);
      if (a.status !== AmendmentStatus.OPEN && a.status !== AmendmentStatus.VOTING)
        throw conflict('This amendment has been decided.');
      const changed = supporting
        ? await tx.query(
            'INSERT INTO amendment_support (amendment_id, user_id) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING id',
            [a.id, actor.id],
          )
        : await tx.query(
            'DELETE FROM amendment_support WHERE amendment_id = $1 AND user_id = $2 RETURNING id',
            [a.id, actor.id],
          );
      if (affected(changed) > 0) {
        await this.audit.record(tx, {
          boardId: a.board_id,
          actor,
          action: supporting ? 'amendment.supported' : 'amendment.unsupported',
          targetType: 'amendment',
          targetId: a.id,
        });
      }
    });
    return this.publish(amendmentId);
  }

  // ---- used by votes --------------------------------------------------------------------------------

  /** Amendments that can be put to a new vote, with labels for the ballot. */
  async votable(ids: string[], draftId: string, clauseId: string): Promise<{ id: string; label: string }[]> {
    const rows: AmendmentRow[] = await this.db.query(`${SELECT} WHERE a.id = ANY($1::uuid[])`, [ids]);
    if (rows.length !== ids.length) throw notFound('One of those amendments');
    for (const row of rows) {
      if (row.draft_id !== draftId || row.clause_id !== clauseId)
        throw badInput('Every amendment in one vote must be for the same clause.');
      if (row.status !== AmendmentStatus.OPEN)
        throw conflict(
          `Amendment ${row.number} is ${row.status.toLowerCase()}; only proposed amendments can be put to a vote.`,
        );
    }
    return ids
      .map((id) => rows.find((r) => r.id === id)!)
      .map((r) => ({ id: r.id, label: `Amendment ${r.number} (${r.author_name ?? 'a former member'})` }));
  }

  async texts(ids: string[]): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    const rows: { id: string; text: string }[] = await this.db.query(
      'SELECT id, text FROM amendment WHERE id = ANY($1::uuid[])',
      [ids],
    );
    return new Map(rows.map((r) => [r.id, r.text]));
  }

  async markVoting(tx: EntityManager, ids: string[], questionId: string): Promise<void> {
    await tx.query(
      `UPDATE amendment SET status = 'VOTING', question_id = $2, decided_at = NULL, updated_at = now()
        WHERE id = ANY($1::uuid[]) AND status IN ('OPEN', 'VOTING', 'REJECTED')`,
      [ids, questionId],
    );
  }

  async anyAdopted(tx: EntityManager, questionId: string): Promise<boolean> {
    const rows = await tx.query(`SELECT 1 FROM amendment WHERE question_id = $1 AND status = 'ADOPTED'`, [
      questionId,
    ]);
    return rows.length > 0;
  }

  /**
   * Records what a closed vote decided for its amendments: the chosen one ADOPTED and the others
   * REJECTED; a vote that decided nothing (no quorum, a tie) puts them back to proposed.
   * Returns the adopted amendment's id, if any.
   */
  async settle(tx: EntityManager, q: QuestionEntity, result: TallyResult): Promise<string | null> {
    const ids = q.options.map((o) => o.amendmentId).filter((id): id is string => id !== null);
    if (ids.length === 0) return null;
    let adopted: string | null = null;
    let decided = true;
    if (result.outcome === Outcome.PASSED) {
      adopted =
        q.kind === QuestionKind.APPROVAL
          ? ids[0]
          : (q.options.find((o) => o.id === result.winner)?.amendmentId ?? null);
    } else if (!(
      q.kind === QuestionKind.APPROVAL &&
      (result.outcome === Outcome.FAILED || result.outcome === Outcome.BLOCKED)
    )) {
      decided = false;
    }
    for (const id of ids) {
      const status = !decided
        ? AmendmentStatus.OPEN
        : id === adopted
          ? AmendmentStatus.ADOPTED
          : AmendmentStatus.REJECTED;
      await tx.query(
        `UPDATE amendment SET status = $2, decided_at = $3, updated_at = now() WHERE id = $1 AND status = 'VOTING'`,
        [id, status, decided ? new Date() : null],
      );
      if (decided) {
        await this.audit.record(tx, {
          boardId: q.boardId,
          actor: null,
          action: status === AmendmentStatus.ADOPTED ? 'amendment.adopted' : 'amendment.rejected',
          targetType: 'amendment',
          targetId: id,
          data: { questionId: q.id, round: q.round },
        });
      }
    }
    return adopted;
  }

  /** Writes an adopted amendment's wording into the live document: one Yjs transaction. */
  async applyAdopted(amendmentId: string, _decidedBy: string | null): Promise<void> {
    const rows: AmendmentRow[] = await this.db.query(`${SELECT} WHERE a.id = $1`, [amendmentId]);
    const a = rows[0];
    if (!a || a.status !== AmendmentStatus.ADOPTED || a.applied_at) return;
    const found = await this.registry.withDoc(a.draft_id, (live) =>
      // Attributed to the amendment's author: the words are theirs.
      live.transactAsServer(a.author_id, (doc) => replaceClauseBody(doc, a.clause_id, a.text)),
    );
    if (!found) throw new Error('the clause is no longer in the draft');
    const event = await this.db.transaction(async (tx) => {
      const updated = await tx.query(
        'UPDATE amendment SET applied_at = now(), updated_at = now() WHERE id = $1 AND applied_at IS NULL',
        [a.id],
      );
      if (affected(updated) === 0) return null;
      return this.audit.record(tx, {
        boardId: a.board_id,
        actor: null,
        action: 'amendment.applied',
        targetType: 'amendment',
        targetId: a.id,
        data: { draftId: a.draft_id, clauseId: a.clause_id, text: a.text, authorId: a.author_id },
      });
    });
    if (event) this.audit.announce(event);
    await this.publish(a.id);
  }

  // ---- helpers ---------------------------------------------------------------------------------------

  private async lock(tx: EntityManager, amendmentId: string): Promise<AmendmentRow> {
    const rows: AmendmentRow[] = await tx.query('SELECT * FROM amendment WHERE id = $1 FOR UPDATE', [
      amendmentId,
    ]);
    if (!rows[0]) throw notFound('That amendment');
    return rows[0];
  }

  /** After a vote's transaction committed: tell subscribers about its amendments. */
  announce(ids: string[]): void {
    for (const id of ids)
      void this.publish(id).catch((error: unknown) => this.logger.warn(`publish ${id}: ${String(error)}`));
  }

  async publish(amendmentId: string): Promise<AmendmentModel> {
    const model = await this.get(amendmentId);
    void this.live.publish(Topic.amendments(model.draftId), { amendmentUpdated: model });
    return model;
  }
}
