import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { AuditEventEntity } from '../audit/audit-event.entity';
import { badInput, conflict, notFound } from '../core/errors/app-error';
import { PolicyBaselineModel, PolicyImportPreviewModel } from './baseline.model';
import { AttachBaselineInput, ImportedPolicyInput, PreviewPolicyImportInput } from './dto/baseline.input';
import { BaselineClause, PolicyBaselineEntity } from './policy-baseline.entity';
import { cleanPolicyText, extractPolicy, sha256Hex, splitForReview } from './policy-import';

export function toBaselineModel(row: PolicyBaselineEntity): PolicyBaselineModel {
  return {
    id: row.id,
    draftId: row.draftId,
    sourceName: row.sourceName,
    sourceKind: row.sourceKind,
    sha256: row.sha256.trim(),
    sourceText: row.sourceText,
    clauses: row.clauses,
    createdByName: row.createdByName,
    createdAt: row.createdAt,
  };
}

/**
 * The department's current policy: reading an upload or paste into clauses for review, and
 * keeping what the board accepted as the draft's immutable baseline.
 */
@Injectable()
export class BaselinesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  async preview(input: PreviewPolicyImportInput): Promise<PolicyImportPreviewModel> {
    const extracted = await extractPolicy(input);
    return {
      sourceName: extracted.sourceName,
      sourceKind: extracted.kind,
      text: extracted.text,
      sha256: sha256Hex(extracted.text),
      clauses: splitForReview(extracted.text),
    };
  }

  /**
   * Attaches the department's policy to a draft started blank or from the template, so the board
   * can compare its work with it. Like an imported draft's, it is fixed once attached.
   */
  async attach(
    input: AttachBaselineInput,
    actor: { id: string; name: string },
  ): Promise<PolicyBaselineModel> {
    const { baseline, event } = await this.db.transaction(async (tx) => {
      const [draft]: { board_id: string; archived_at: Date | null }[] = await tx.query(
        'SELECT board_id, archived_at FROM draft WHERE id = $1 FOR UPDATE',
        [input.draftId],
      );
      if (!draft) throw notFound('That draft');
      if (draft.archived_at) throw conflict('This draft is archived. Restore it before attaching a policy.');
      const [existing] = await tx.query('SELECT 1 FROM policy_baseline WHERE draft_id = $1', [input.draftId]);
      if (existing)
        throw conflict("This draft already has the department's policy attached, and it cannot be replaced.");
      return this.createInTransaction(tx, {
        boardId: draft.board_id,
        draftId: input.draftId,
        actor,
        imported: input.imported,
      });
    });
    this.audit.announce(event);
    return toBaselineModel(baseline);
  }

  /** Stores the reviewed import as the draft's baseline, inside the transaction that creates or locks the draft. */
  async createInTransaction(
    tx: EntityManager,
    params: {
      boardId: string;
      draftId: string;
      actor: { id: string; name: string };
      imported: ImportedPolicyInput;
    },
  ): Promise<{ baseline: PolicyBaselineEntity; event: AuditEventEntity }> {
    const { imported } = params;
    const text = cleanPolicyText(imported.text);
    if (!text) throw badInput('The imported text is empty.');
    const clauses: BaselineClause[] = imported.clauses.map((c) => ({
      heading: cleanPolicyText(c.heading),
      text: cleanPolicyText(c.text),
      componentIds: [...new Set(c.componentIds)],
    }));
    const empty = clauses.findIndex((c) => !c.heading || !c.text);
    if (empty >= 0) throw badInput(`Clause ${empty + 1} has no heading or no text left after cleaning.`);
    const row = await tx.save(
      tx.create(PolicyBaselineEntity, {
        boardId: params.boardId,
        draftId: params.draftId,
        sourceName: cleanPolicyText(imported.sourceName).slice(0, 200) || 'Imported policy',
        sourceKind: imported.sourceKind,
        sourceText: text,
        sha256: sha256Hex(text),
        clauses,
        createdById: params.actor.id,
        createdByName: params.actor.name,
      }),
    );
    const event = await this.audit.record(tx, {
      boardId: params.boardId,
      actor: params.actor,
      action: 'baseline.imported',
      targetType: 'policy_baseline',
      targetId: row.id,
      data: {
        label: row.sourceName,
        draftId: params.draftId,
        sourceKind: row.sourceKind,
        sha256: row.sha256,
        clauses: clauses.length,
        characters: text.length,
      },
    });
    return { baseline: row, event };
  }

  async forDraft(draftId: string): Promise<PolicyBaselineModel | null> {
    const row = await this.db.getRepository(PolicyBaselineEntity).findOne({ where: { draftId } });
    return row ? toBaselineModel(row) : null;
  }
}
