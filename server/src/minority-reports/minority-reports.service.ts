import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { AuditEventEntity } from '../audit/audit-event.entity';
import { AuditService } from '../audit/audit.service';
import { LiveEvents } from '../live/live-events';
import { Topic } from '../live/topics';
import { UserEntity } from '../auth/user.entity';
import { badInput, conflict, forbidden, notFound } from '../core/errors/app-error';
import {
  CreateMinorityReportInput,
  MinorityReportRefInput,
  SignMinorityReportInput,
  UpdateMinorityReportInput,
} from './dto/minority-report.input';
import { MinorityReportModel, MinorityReportsChangeModel } from './minority-report.model';

interface ReportRow {
  id: string;
  board_id: string;
  draft_id: string;
  clause_id: string | null;
  question_id: string | null;
  title: string;
  body: string;
  author_id: string | null;
  author_name: string | null;
  locked: boolean;
  created_at: Date;
  updated_at: Date;
}

const SELECT = `SELECT r.*, u.name AS author_name,
        EXISTS (SELECT 1 FROM packet_version v WHERE v.draft_id = r.draft_id AND v.published_at >= r.created_at) AS locked
   FROM minority_report r LEFT JOIN user_account u ON u.id = r.author_id`;

/**
 * Minority reports: a member writes one against a clause or a question, other members co-sign
 * it. Its author may change or withdraw it until a packet that includes it is published; after
 * that the published record stands and later disagreement goes into a new report.
 */
@Injectable()
export class MinorityReportsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly live: LiveEvents,
  ) {}

  /** After a commit: the activity feed hears of it, and pages showing the draft's reports reread them. */
  private committed(
    event: AuditEventEntity,
    draftId: string,
    report: { id: string; clause_id: string | null },
    withdrawn = false,
  ): void {
    this.audit.announce(event);
    const change: MinorityReportsChangeModel = {
      draftId,
      clauseId: report.clause_id,
      reportId: report.id,
      withdrawn,
    };
    void this.live.publish(Topic.minorityReports(draftId), { minorityReportsChanged: change });
  }

  async list(draftId: string, clauseId?: string | null): Promise<MinorityReportModel[]> {
    const rows: ReportRow[] = await this.db.query(
      `${SELECT} WHERE r.draft_id = $1 AND ($2::uuid IS NULL OR r.clause_id = $2) ORDER BY r.created_at LIMIT 500`,
      [draftId, clauseId ?? null],
    );
    return this.withSignatories(rows);
  }

  async get(
    draftId: string,
    reportId: string,
    manager: EntityManager = this.db.manager,
  ): Promise<MinorityReportModel> {
    const [row] = await this.rows(manager, draftId, reportId);
    if (!row) throw notFound('That minority report');
    return (await this.withSignatories([row], manager))[0];
  }

  async create(input: CreateMinorityReportInput, user: UserEntity): Promise<MinorityReportModel> {
    if (!input.clauseId && !input.questionId)
      throw badInput('Say which clause or question the minority report is about.');
    const { id, clauseId, event } = await this.db.transaction(async (tx) => {
      const [draft] = await tx.query('SELECT board_id, archived_at FROM draft WHERE id = $1', [
        input.draftId,
      ]);
      if (!draft) throw notFound('That draft');
      if (draft.archived_at)
        throw conflict('This draft is archived. Restore it before adding a minority report.');
      let clauseId = input.clauseId ?? null;
      let label = '';
      if (input.questionId) {
        // A question about this draft, or a board-wide motion.
        const [q] = await tx.query(
          'SELECT clause_id, prompt FROM question WHERE id = $1 AND board_id = $2 AND (draft_id = $3 OR draft_id IS NULL)',
          [input.questionId, draft.board_id, input.draftId],
        );
        if (!q) throw notFound('That question');
        if (clauseId && q.clause_id && q.clause_id !== clauseId)
          throw badInput('That question is about a different clause.');
        clauseId = clauseId ?? q.clause_id ?? null;
        label = q.prompt;
      }
      if (clauseId) {
        const [c] = await tx.query('SELECT heading FROM clause WHERE id = $1 AND draft_id = $2', [
          clauseId,
          input.draftId,
        ]);
        if (!c) throw notFound('That clause');
        label = label || c.heading;
      }
      const [row] = await tx.query(
        `INSERT INTO minority_report (board_id, draft_id, clause_id, question_id, title, body, author_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
        [draft.board_id, input.draftId, clauseId, input.questionId ?? null, input.title, input.body, user.id],
      );
      const event = await this.audit.record(tx, {
        boardId: draft.board_id,
        actor: { id: user.id, name: user.name },
        action: 'minority_report.created',
        targetType: 'minority_report',
        targetId: row.id,
        data: {
          label: input.title,
          draftId: input.draftId,
          clauseId,
          questionId: input.questionId ?? null,
          about: label,
          body: input.body,
        },
      });
      return { id: row.id as string, clauseId, event };
    });
    this.committed(event, input.draftId, { id, clause_id: clauseId });
    return this.get(input.draftId, id);
  }

  async update(input: UpdateMinorityReportInput, user: UserEntity): Promise<MinorityReportModel> {
    const { report, event } = await this.db.transaction(async (tx) => {
      const report = await this.editable(tx, input, user);
      await tx.query('UPDATE minority_report SET title = $2, body = $3, updated_at = now() WHERE id = $1', [
        report.id,
        input.title,
        input.body,
      ]);
      const event = await this.audit.record(tx, {
        boardId: report.board_id,
        actor: { id: user.id, name: user.name },
        action: 'minority_report.revised',
        targetType: 'minority_report',
        targetId: report.id,
        data: {
          label: input.title,
          previousTitle: report.title,
          previousBody: report.body,
          body: input.body,
        },
      });
      return { report, event };
    });
    this.committed(event, input.draftId, report);
    return this.get(input.draftId, input.reportId);
  }

  async withdraw(input: MinorityReportRefInput, user: UserEntity): Promise<boolean> {
    const { report, event } = await this.db.transaction(async (tx) => {
      const report = await this.editable(tx, input, user);
      await tx.query('DELETE FROM minority_report WHERE id = $1', [report.id]);
      const event = await this.audit.record(tx, {
        boardId: report.board_id,
        actor: { id: user.id, name: user.name },
        action: 'minority_report.withdrawn',
        targetType: 'minority_report',
        targetId: report.id,
        data: { label: report.title, title: report.title, body: report.body },
      });
      return { report, event };
    });
    this.committed(event, input.draftId, report, true);
    return true;
  }

  async sign(input: SignMinorityReportInput, user: UserEntity): Promise<MinorityReportModel> {
    const signed = await this.db.transaction(async (tx) => {
      const [report] = await this.rows(tx, input.draftId, input.reportId, true);
      if (!report) throw notFound('That minority report');
      if (report.author_id === user.id) throw conflict('You wrote this report; your name is already on it.');
      if (report.locked)
        throw conflict('This minority report has been published in a packet and can no longer change.');
      const changed = input.signed
        ? await tx.query(
            'INSERT INTO minority_report_signatory (report_id, user_id) VALUES ($1, $2) ON CONFLICT (report_id, user_id) DO NOTHING RETURNING id',
            [report.id, user.id],
          )
        : await tx.query(
            'DELETE FROM minority_report_signatory WHERE report_id = $1 AND user_id = $2 RETURNING id',
            [report.id, user.id],
          );
      const rows = Array.isArray(changed[0]) ? changed[0] : changed;
      if (rows.length === 0) return null;
      const event = await this.audit.record(tx, {
        boardId: report.board_id,
        actor: { id: user.id, name: user.name },
        action: input.signed ? 'minority_report.signed' : 'minority_report.unsigned',
        targetType: 'minority_report',
        targetId: report.id,
        data: { label: report.title },
      });
      return { report, event };
    });
    if (signed) this.committed(signed.event, input.draftId, signed.report);
    return this.get(input.draftId, input.reportId);
  }

  private async editable(
    tx: EntityManager,
    input: MinorityReportRefInput,
    user: UserEntity,
  ): Promise<ReportRow> {
    const [report] = await this.rows(tx, input.draftId, input.reportId, true);
    if (!report) throw notFound('That minority report');
    if (report.author_id !== user.id)
      throw forbidden('Only its author can change or withdraw a minority report.');
    if (report.locked)
      throw conflict('This minority report has been published in a packet and can no longer change.');
    return report;
  }

  private rows(
    manager: EntityManager,
    draftId: string,
    reportId: string,
    lock = false,
  ): Promise<ReportRow[]> {
    // FOR UPDATE OF r: edits and signatures on one report run one after another.
    return manager.query(`${SELECT} WHERE r.draft_id = $1 AND r.id = $2${lock ? ' FOR UPDATE OF r' : ''}`, [
      draftId,
      reportId,
    ]);
  }

  private async withSignatories(
    rows: ReportRow[],
    manager: EntityManager = this.db.manager,
  ): Promise<MinorityReportModel[]> {
    if (!rows.length) return [];
    const signers: { report_id: string; user_id: string; name: string; created_at: Date }[] =
      await manager.query(
        `SELECT s.report_id, s.user_id, u.name, s.created_at FROM minority_report_signatory s JOIN user_account u ON u.id = s.user_id
        WHERE s.report_id = ANY($1::uuid[]) ORDER BY s.created_at`,
        [rows.map((r) => r.id)],
      );
    return rows.map((r) => ({
      id: r.id,
      draftId: r.draft_id,
      clauseId: r.clause_id,
      questionId: r.question_id,
      title: r.title,
      body: r.body,
      authorId: r.author_id,
      authorName: r.author_name,
      signatories: signers
        .filter((s) => s.report_id === r.id)
        .map((s) => ({ userId: s.user_id, name: s.name, signedAt: s.created_at })),
      locked: r.locked,
      createdAt: r.created_at,
      updatedAt: r.updated_at,
    }));
  }
}
