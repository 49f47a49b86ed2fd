import { Injectable, Logger } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import {
  APPROVAL_CHOICE_LABELS,
  CATALOGUE,
  PACKET_SCHEMA_VERSION,
  Packet,
  PacketBlock,
  PacketPageSize,
  PacketAmendment,
  PacketBaselineComparison,
  PacketClause,
  PacketCoverage,
  PacketDissent,
  PacketLanguageFinding,
  PacketMeeting,
  PacketResponse,
  PacketVote,
  QuestionKind,
  RedlineClause,
  blocksFromText,
  componentById,
  computeRedline,
  itemById,
  kindLabel,
  slugify,
  thresholdLabel,
} from '@roundtable/shared';
import { clauseTextHash } from '../clauses/clause-doc';
import { DocRegistry } from '../collab/doc-registry';
import { clauseBlocksById } from './clause-blocks';
import { notFound } from '../core/errors/app-error';
import { packetAnalysis } from './packet-analysis';

const iso = (d: Date | string | null | undefined): string | null => (d ? new Date(d).toISOString() : null);

export interface PacketMeta {
  title: string;
  coverLetter: string;
  recipients: string[];
  includeMembers: boolean;
  pageSize: PacketPageSize;
}

export interface AssembleContext {
  draftId: string;
  version: number;
  publishedAt: Date;
  publishedBy: string;
  previous: { version: number; sha256: string; packet: Packet } | null;
  previousVersionId: string | null;
}

interface BaselineRow {
  source_name: string;
  source_kind: string;
  sha256: string;
  clauses: { heading: string; text: string; componentIds: string[] }[];
  created_by_name: string;
  created_at: Date;
}

interface Dismissal {
  reason: string;
  by: string | null;
  at: string | null;
}

interface ClauseRow {
  id: string;
  position: number;
  heading: string;
  plain_text: string;
  component_ids: string[];
  text_hash: string;
}

/**
 * Builds the packet JSON for a draft from the live tables: the clause mirror, deliberation
 * (votes, dissents, amendments, meetings, open comment threads), coverage and language checks
 * from shared, and the change log against the previous version. Sections whose tables do not
 * exist (yet) come out empty and say so in `notes`.
 */
@Injectable()
export class PacketAssemblerService {
  private readonly logger = new Logger('PacketAssembler');

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly moduleRef: ModuleRef,
  ) {}

  /** Writes any debounced clause-mirror changes first, so the packet holds what editors see. */
  async flushClauseMirror(): Promise<void> {
    try {
      const { ClauseMirrorService } = require('../clauses/clause-mirror.service') as {
        ClauseMirrorService: new (...a: never[]) => { flush(): Promise<void> };
      };
      const mirror = this.moduleRef.get(ClauseMirrorService, { strict: false });
      await mirror.flush();
    } catch (error) {
      this.logger.debug(`clause mirror not flushed: ${String(error)}`);
    }
  }

  /**
   * Each clause's block structure (lists, nesting, emphasis) from the draft's live document.
   * Clauses it cannot match to their mirrored text are parsed from that text instead.
   */
  private async liveBlocks(draftId: string, rows: ClauseRow[]): Promise<Map<string, PacketBlock[]>> {
    const plain = new Map(rows.map((r) => [r.id, r.plain_text]));
    try {
      const registry = this.moduleRef.get(DocRegistry, { strict: false });
      return await registry.withDoc(draftId, async (live) => clauseBlocksById(live.doc, plain));
    } catch (error) {
      this.logger.warn(`clause blocks of ${draftId} read from text: ${String(error)}`);
      return new Map();
    }
  }

  async liveClauses(draftId: string, manager: EntityManager = this.db.manager): Promise<ClauseRow[]> {
    return manager.query(
      'SELECT id, position, heading, plain_text, component_ids, text_hash FROM clause WHERE draft_id = $1 ORDER BY position',
      [draftId],
    );
  }

  private async tables(manager: EntityManager, names: string[]): Promise<Set<string>> {
    const rows: { name: string }[] = await manager.query(
      `SELECT n AS name FROM unnest($1::text[]) AS n WHERE to_regclass('public.' || quote_ident(n)) IS NOT NULL`,
      [names],
    );
    return new Set(rows.map((r) => r.name));
  }

  async assemble(
    meta: PacketMeta,
    ctx: AssembleContext,
    manager: EntityManager = this.db.manager,
  ): Promise<Packet> {
    const [draft] = await manager.query(
      `SELECT d.id, d.title, b.id AS board_id, b.name AS board_name, b.jurisdiction FROM draft d JOIN board b ON b.id = d.board_id WHERE d.id = $1`,
      [ctx.draftId],
    );
    if (!draft) throw notFound('That draft');
    const notes: string[] = [];
    const has = await this.tables(manager, [
      'question',
      'question_result',
      'amendment',
      'meeting',
      'attendance',
      'agenda_item',
      'comment',
      'official_response',
      'policy_baseline',
      'minority_report',
      'check_dismissal',
      'checklist_tick',
    ]);
    const rows = await this.liveClauses(ctx.draftId, manager);
    const numberOf = new Map(rows.map((r, i) => [r.id, String(i + 1)]));
    const hashOf = new Map(rows.map((r) => [r.id, r.text_hash]));

    const votes =
      has.has('question') && has.has('question_result')
        ? await this.votes(manager, ctx.draftId, hashOf)
        : null;
    if (!votes) notes.push('Votes were not available when this version was published.');
    const discussion = has.has('comment') ? await this.discussion(manager, ctx.draftId) : null;
    if (!discussion) notes.push('Comment threads were not available when this version was published.');

    const blocks = await this.liveBlocks(ctx.draftId, rows);
    const clauses: PacketClause[] = rows.map((r, i) => ({
      id: r.id,
      number: String(i + 1),
      heading: r.heading,
      text: r.plain_text,
      blocks: blocks.get(r.id) ?? blocksFromText(r.plain_text),
      textHash: r.text_hash,
      components: r.component_ids.map((id) => ({ id, title: componentById(id)?.title ?? id })),
      votes: votes?.byClause.get(r.id)?.votes ?? [],
      dissents: votes?.byClause.get(r.id)?.dissents ?? [],
      discussion: discussion?.get(r.id) ?? { openThreads: 0, excerpts: [] },
    }));

    const looseDissents: PacketDissent[] = [];
    if (has.has('minority_report')) {
      const byClause = new Map(clauses.map((c) => [c.id, c]));
      for (const report of await this.minorityReports(manager, ctx.draftId)) {
        const clause = report.clauseId ? byClause.get(report.clauseId) : undefined;
        if (clause) clause.dissents.push(report.dissent);
        else looseDissents.push(report.dissent);
      }
    }

    const amendments = has.has('amendment') ? await this.amendments(manager, ctx.draftId, numberOf) : [];
    if (!has.has('amendment')) notes.push('Amendments were not available when this version was published.');
    const meetings = has.has('meeting') ? await this.meetings(manager, ctx.draftId, draft.board_id, has) : [];
    if (!has.has('meeting')) notes.push('Meetings were not available when this version was published.');

    const analysisClauses = rows.map((r) => ({
      id: r.id,
      heading: r.heading,
      text: r.plain_text,
      componentIds: r.component_ids,
    }));
    // Members' ticks count as they do on the dashboard, as long as the ticked clause is in this version.
    const ticked = has.has('checklist_tick')
      ? (
          (await manager.query('SELECT item_id, clause_id FROM checklist_tick WHERE draft_id = $1', [
            ctx.draftId,
          ])) as { item_id: string; clause_id: string }[]
        )
          .filter((t) => numberOf.has(t.clause_id))
          .map((t) => t.item_id)
      : [];
    const coverage = this.coverage(analysisClauses, numberOf, ticked);
    if (!coverage) notes.push('Toolkit coverage could not be computed when this version was published.');
    const dismissals = has.has('check_dismissal')
      ? await this.dismissals(manager, ctx.draftId)
      : new Map<string, Dismissal>();
    const languageFindings = this.languageFindings(analysisClauses, numberOf, dismissals);
    if (!languageFindings) notes.push('Language checks could not be run when this version was published.');

    const members = meta.includeMembers
      ? ((await manager.query(
          `SELECT u.name, m.role FROM membership m JOIN user_account u ON u.id = m.user_id WHERE m.board_id = $1
            ORDER BY CASE m.role WHEN 'FACILITATOR' THEN 0 WHEN 'MEMBER' THEN 1 ELSE 2 END, u.name`,
          [draft.board_id],
        )) as { name: string; role: 'FACILITATOR' | 'MEMBER' | 'OBSERVER' }[])
      : null;

    let changeLog: Packet['changeLog'] = null;
    if (ctx.previous) {
      const redline = computeRedline(
        ctx.previous.packet.clauses,
        clauses.map((c) => ({ id: c.id, heading: c.heading, text: c.text, number: c.number })),
      );
      changeLog = {
        previousVersion: ctx.previous.version,
        previousSha256: ctx.previous.sha256,
        summary: redline.summary,
        entries: redline.entries.filter((e) => e.status !== 'UNCHANGED'),
      };
    }

    const responses: PacketResponse[] =
      ctx.previousVersionId && has.has('official_response')
        ? await this.previousResponses(manager, ctx.previousVersionId)
        : [];

    const baselineComparison = has.has('policy_baseline')
      ? await this.baselineComparison(manager, ctx.draftId, clauses)
      : null;

    return {
      schemaVersion: PACKET_SCHEMA_VERSION,
      pageSize: meta.pageSize,
      board: {
        id: draft.board_id,
        name: draft.board_name,
        slug: slugify(draft.board_name),
        jurisdiction: draft.jurisdiction,
      },
      draft: { id: draft.id, title: draft.title },
      version: ctx.version,
      title: meta.title,
      coverLetter: meta.coverLetter,
      recipients: meta.recipients,
      publishedAt: ctx.publishedAt.toISOString(),
      publishedBy: ctx.publishedBy,
      members,
      clauses,
      amendments,
      meetings,
      coverage,
      languageFindings: languageFindings ?? [],
      changeLog,
      responses,
      ...(baselineComparison ? { baselineComparison } : {}),
      ...(looseDissents.length ? { dissents: looseDissents } : {}),
      notes,
    };
  }

  /** The imported department policy a draft began from, as redline input; null when there is none. */
  async baselineClauses(
    draftId: string,
    manager: EntityManager = this.db.manager,
  ): Promise<{ row: BaselineRow; clauses: RedlineClause[] } | null> {
    const [row]: BaselineRow[] = await manager.query(
      `SELECT source_name, source_kind, sha256, clauses, created_by_name, created_at FROM policy_baseline WHERE draft_id = $1`,
      [draftId],
    );
    if (!row) return null;
    return {
      row,
      clauses: row.clauses.map((c, i) => ({
        id: `baseline-${i + 1}`,
        heading: c.heading,
        text: c.text,
        number: String(i + 1),
      })),
    };
  }

  private async baselineComparison(
    manager: EntityManager,
    draftId: string,
    clauses: PacketClause[],
  ): Promise<PacketBaselineComparison | null> {
    const baseline = await this.baselineClauses(draftId, manager);
    if (!baseline) return null;
    const redline = computeRedline(
      baseline.clauses,
      clauses.map((c) => ({ id: c.id, heading: c.heading, text: c.text, number: c.number })),
      { matchHeadings: true },
    );
    return {
      sourceName: baseline.row.source_name,
      sourceKind: baseline.row.source_kind,
      importedAt: iso(baseline.row.created_at)!,
      importedBy: baseline.row.created_by_name,
      sha256: baseline.row.sha256.trim(),
      summary: redline.summary,
      entries: redline.entries.filter((e) => e.status !== 'UNCHANGED'),
    };
  }

  private async minorityReports(
    manager: EntityManager,
    draftId: string,
  ): Promise<{ clauseId: string | null; dissent: PacketDissent }[]> {
    const rows: {
      clause_id: string | null;
      question_id: string | null;
      title: string;
      body: string;
      author: string | null;
      created_at: Date;
      signatories: string[] | null;
    }[] = await manager.query(
      `SELECT r.clause_id, r.question_id, r.title, r.body, u.name AS author, r.created_at,
              (SELECT array_agg(su.name ORDER BY s.created_at) FROM minority_report_signatory s
                 JOIN user_account su ON su.id = s.user_id WHERE s.report_id = r.id) AS signatories
         FROM minority_report r LEFT JOIN user_account u ON u.id = r.author_id
        WHERE r.draft_id = $1 ORDER BY r.created_at, r.id`,
      [draftId],
    );
    return rows.map((r) => ({
      clauseId: r.clause_id,
      dissent: {
        kind: 'MINORITY_REPORT',
        author: r.author,
        text: r.body,
        questionId: r.question_id,
        createdAt: iso(r.created_at),
        title: r.title,
        signatories: r.signatories ?? [],
      },
    }));
  }

  // ---- sections -----------------------------------------------------------------------------

  private async votes(
    manager: EntityManager,
    draftId: string,
    hashOf: Map<string, string>,
  ): Promise<{ byClause: Map<string, { votes: PacketVote[]; dissents: PacketDissent[] }> }> {
    const rows: {
      id: string;
      clause_id: string | null;
      prompt: string;
      kind: QuestionKind;
      threshold: string;
      quorum_count: number | null;
      quorum_percent: number | null;
      quorum_base: string;
      options: { id: string; label: string }[];
      tally: { counts: { option: string; count: number }[]; eligible: number; abstentions: number };
      outcome: string;
      dissents: { choice: string; reason: string; voter: string | null }[];
      voted_text: { clauses?: { id: string; heading: string; text: string }[] };
      closed_at: Date;
    }[] = await manager.query(
      `SELECT q.id, q.clause_id, q.prompt, q.kind, q.threshold, q.quorum_count, q.quorum_percent, q.quorum_base, q.options,
              r.tally, r.outcome, r.dissents, r.voted_text, r.closed_at
         FROM question q
         JOIN LATERAL (SELECT * FROM question_result r WHERE r.question_id = q.id ORDER BY r.round DESC LIMIT 1) r ON true
        WHERE q.draft_id = $1 AND q.clause_id IS NOT NULL
        ORDER BY r.closed_at`,
      [draftId],
    );
    const byClause = new Map<string, { votes: PacketVote[]; dissents: PacketDissent[] }>();
    for (const q of rows) {
      const entry = byClause.get(q.clause_id!) ?? { votes: [], dissents: [] };
      byClause.set(q.clause_id!, entry);
      const labelOf = (option: string) =>
        q.kind === QuestionKind.APPROVAL
          ? ((APPROVAL_CHOICE_LABELS as Record<string, string>)[option] ?? option)
          : (q.options.find((o) => o.id === option)?.label ?? option);
      const voted = q.voted_text?.clauses?.find((c) => c.id === q.clause_id);
      const votedHash = voted ? clauseTextHash(voted.heading, voted.text) : null;
      const quorum = [
        q.quorum_count ? `${q.quorum_count} ballots` : '',
        q.quorum_percent
          ? `${q.quorum_percent}% of ${q.quorum_base === 'PRESENT' ? 'those present' : 'eligible members'}`
          : '',
      ]
        .filter(Boolean)
        .join(' and ');
      entry.votes.push({
        questionId: q.id,
        question: q.prompt,
        rule: `${kindLabel(q.kind)}, ${thresholdLabel(q.threshold as never)}${quorum ? `; quorum ${quorum}` : '; no quorum'}`,
        tallies: (q.tally?.counts ?? []).map((c) => ({ option: labelOf(c.option), count: c.count })),
        eligible: q.tally?.eligible ?? null,
        outcome: q.outcome,
        passed: q.outcome === 'PASSED',
        closedAt: iso(q.closed_at),
        textHash: votedHash,
        matchesPacketText: votedHash !== null && votedHash === hashOf.get(q.clause_id!),
      });
      for (const d of q.dissents ?? []) {
        entry.dissents.push({
          kind: d.choice === 'BLOCK' ? 'BLOCK' : 'OBJECTION',
          author: d.voter,
          text: d.reason,
          questionId: q.id,
          createdAt: iso(q.closed_at),
        });
      }
    }
    return { byClause };
  }

  private async discussion(
    manager: EntityManager,
    draftId: string,
  ): Promise<Map<string, PacketClause['discussion']>> {
    const rows: {
      clause_id: string;
      threads: number;
      rn: number;
      body: string;
      author: string | null;
      created_at: Date;
    }[] = await manager.query(
      `SELECT * FROM (
         SELECT c.clause_id, count(*) OVER w AS threads, row_number() OVER (w ORDER BY c.created_at) AS rn,
                left(c.body, 400) AS body, u.name AS author, c.created_at
           FROM comment c LEFT JOIN user_account u ON u.id = c.author_id
          WHERE c.draft_id = $1 AND c.parent_id IS NULL AND c.resolved_at IS NULL AND c.deleted_at IS NULL AND c.hidden_at IS NULL
         WINDOW w AS (PARTITION BY c.clause_id)
       ) t WHERE rn <= 3 ORDER BY clause_id, rn`,
      [draftId],
    );
    const out = new Map<string, PacketClause['discussion']>();
    for (const r of rows) {
      const entry = out.get(r.clause_id) ?? { openThreads: Number(r.threads), excerpts: [] };
      entry.excerpts.push({ author: r.author, text: r.body, createdAt: iso(r.created_at) });
      out.set(r.clause_id, entry);
    }
    return out;
  }

  private async amendments(
    manager: EntityManager,
    draftId: string,
    numberOf: Map<string, string>,
  ): Promise<PacketAmendment[]> {
    const rows: {
      id: string;
      clause_id: string;
      text: string;
      rationale: string;
      status: string;
      decided_at: Date | null;
      author: string | null;
    }[] = await manager.query(
      `SELECT a.id, a.clause_id, a.text, a.rationale, a.status, a.decided_at, u.name AS author
           FROM amendment a LEFT JOIN user_account u ON u.id = a.author_id
          WHERE a.draft_id = $1 AND a.status IN ('ADOPTED', 'REJECTED')
          ORDER BY a.decided_at NULLS LAST, a.created_at`,
      [draftId],
    );
    return rows.map((a) => {
      const number = numberOf.get(a.clause_id) ?? null;
      return {
        id: a.id,
        clauseId: a.clause_id,
        clauseNumber: number,
        title: number ? `Amendment to § ${number}` : 'Amendment to a clause no longer in the draft',
        proposedText: a.text,
        rationale: a.rationale ?? '',
        status: a.status,
        proposedBy: a.author,
        decidedAt: iso(a.decided_at),
      };
    });
  }

  private async meetings(
    manager: EntityManager,
    draftId: string,
    boardId: string,
    has: Set<string>,
  ): Promise<PacketMeeting[]> {
    const rows: {
      id: string;
      title: string;
      starts_at: Date;
      location: string | null;
      minutes: string;
      decisions: string | null;
    }[] = await manager.query(
      `SELECT id, title, starts_at, location, minutes, decisions FROM meeting
        WHERE board_id = $2 AND (draft_id = $1 OR draft_id IS NULL) AND state <> 'SCHEDULED'
        ORDER BY starts_at`,
      [draftId, boardId],
    );
    if (!rows.length) return [];
    const ids = rows.map((r) => r.id);
    const voters: { id: string; name: string }[] = await manager.query(
      `SELECT u.id, u.name FROM membership m JOIN user_account u ON u.id = m.user_id WHERE m.board_id = $1 AND m.role <> 'OBSERVER' ORDER BY u.name`,
      [boardId],
    );
    const present: { meeting_id: string; user_id: string; name: string }[] = has.has('attendance')
      ? await manager.query(
          `SELECT DISTINCT a.meeting_id, a.user_id, u.name FROM attendance a JOIN user_account u ON u.id = a.user_id WHERE a.meeting_id = ANY($1::uuid[]) ORDER BY u.name`,
          [ids],
        )
      : [];
    const agenda: { meeting_id: string; title: string }[] = has.has('agenda_item')
      ? await manager.query(
          'SELECT meeting_id, title FROM agenda_item WHERE meeting_id = ANY($1::uuid[]) ORDER BY position',
          [ids],
        )
      : [];
    return rows.map((m) => {
      const here = present.filter((p) => p.meeting_id === m.id);
      const hereIds = new Set(here.map((p) => p.user_id));
      return {
        id: m.id,
        title: m.title,
        startsAt: iso(m.starts_at),
        location: m.location ?? '',
        attendees: here.map((p) => p.name),
        absent: voters.filter((v) => !hereIds.has(v.id)).map((v) => v.name),
        agenda: agenda.filter((a) => a.meeting_id === m.id).map((a) => a.title),
        minutes: [m.minutes, m.decisions ? `Decisions:\n${m.decisions}` : '']
          .filter((t) => t && t.trim())
          .join('\n'),
      };
    });
  }

  private coverage(
    clauses: { id: string; heading: string; text: string; componentIds: string[] }[],
    numberOf: Map<string, string>,
    tickedItemIds: string[],
  ): PacketCoverage | null {
    const { computeCoverage } = packetAnalysis();
    if (!computeCoverage) return null;
    try {
      const result = computeCoverage(clauses, { tickedItemIds });
      const status = (s: string) =>
        ({ covered: 'COVERED', partly: 'PARTIAL', missing: 'MISSING', contradicted: 'CONTRADICTED' })[s] ??
        s.toUpperCase();
      const components = result.components.map((c) => {
        const tagged = clauses.filter((cl) => cl.componentIds.includes(c.componentId)).map((cl) => cl.id);
        const evidence = c.items.flatMap((i) => i.evidence.map((e) => e.clauseId));
        const clauseIds = [...new Set([...tagged, ...evidence])].filter((id) => numberOf.has(id));
        clauseIds.sort((a, b) => Number(numberOf.get(a)) - Number(numberOf.get(b)));
        return {
          id: c.componentId,
          title: componentById(c.componentId)?.title ?? c.componentId,
          status: status(c.status),
          clauseNumbers: clauseIds.map((id) => numberOf.get(id)!),
          items: c.items.map((i) => ({
            id: i.itemId,
            title: itemById(i.itemId)?.title ?? i.itemId,
            status: status(i.status),
          })),
        };
      });
      const count = (s: string) => components.filter((c) => c.status === s).length;
      return {
        components,
        summary: {
          covered: count('COVERED'),
          partial: count('PARTIAL') + count('CONTRADICTED'),
          missing: count('MISSING'),
          total: components.length || CATALOGUE.length,
        },
      };
    } catch (error) {
      this.logger.error(`coverage failed: ${String(error)}`);
      return null;
    }
  }

  /** Members' dismissals of language-check marks, keyed by clause id + mark fingerprint. */
  private async dismissals(manager: EntityManager, draftId: string): Promise<Map<string, Dismissal>> {
    const rows: {
      clause_id: string;
      fingerprint: string;
      reason: string;
      name: string | null;
      created_at: Date;
    }[] = await manager.query(
      `SELECT d.clause_id, d.fingerprint, d.reason, u.name, d.created_at
           FROM check_dismissal d LEFT JOIN user_account u ON u.id = d.dismissed_by_id WHERE d.draft_id = $1`,
      [draftId],
    );
    return new Map(
      rows.map((r) => [
        `${r.clause_id}:${r.fingerprint}`,
        { reason: r.reason, by: r.name, at: iso(r.created_at) },
      ]),
    );
  }

  private languageFindings(
    clauses: { id: string; heading: string; text: string; componentIds: string[] }[],
    numberOf: Map<string, string>,
    dismissals: Map<string, Dismissal>,
  ): PacketLanguageFinding[] | null {
    const { checkDraft } = packetAnalysis();
    if (!checkDraft) return null;
    try {
      return checkDraft(clauses)
        .marks.slice(0, 500)
        .map((m) => {
          // A dismissed finding is listed as dismissed, with the reason, never dropped.
          const d = dismissals.get(`${m.clauseId}:${m.fingerprint}`);
          return {
            clauseId: m.clauseId,
            clauseNumber: numberOf.get(m.clauseId) ?? null,
            ruleId: m.kind,
            severity: m.severity,
            message: m.message,
            excerpt: m.excerpt,
            dismissed: d !== undefined,
            dismissalReason: d?.reason ?? null,
            ...(d ? { dismissedBy: d.by, dismissedAt: d.at } : {}),
          };
        });
    } catch (error) {
      this.logger.error(`language checks failed: ${String(error)}`);
      return null;
    }
  }

  /**
   * Officials' responses the next version carries: everything said on the previous version, and
   * anything said on older versions since the previous one was published (so nothing is lost).
   */
  private async previousResponses(
    manager: EntityManager,
    previousVersionId: string,
  ): Promise<PacketResponse[]> {
    const rows: {
      version: number;
      clause_id: string;
      status: PacketResponse['status'];
      text: string;
      responder_name: string;
      responder_role: string;
      created_at: Date;
      packet_version_id: string;
    }[] = await manager.query(
      `SELECT v.version, r.packet_version_id, r.clause_id, r.status, r.text, r.responder_name, r.responder_role, r.created_at
           FROM official_response r
           JOIN packet_version v ON v.id = r.packet_version_id
           JOIN packet_version p ON p.id = $1
          WHERE v.draft_id = p.draft_id AND v.version <= p.version AND (v.id = p.id OR r.created_at > p.published_at)
          ORDER BY v.version, r.created_at`,
      [previousVersionId],
    );
    const numbers = new Map<string, Map<string, string>>();
    const numberIn = async (versionId: string, clauseId: string) => {
      if (!numbers.has(versionId)) {
        const [row] = await manager.query('SELECT json FROM packet_version WHERE id = $1', [versionId]);
        numbers.set(
          versionId,
          new Map((JSON.parse(row.json) as Packet).clauses.map((c) => [c.id, c.number])),
        );
      }
      return numbers.get(versionId)!.get(clauseId) ?? '?';
    };
    const out: PacketResponse[] = [];
    for (const r of rows) {
      out.push({
        version: r.version,
        clauseId: r.clause_id,
        clauseNumber: await numberIn(r.packet_version_id, r.clause_id),
        status: r.status,
        text: r.text,
        responderName: r.responder_name,
        responderRole: r.responder_role,
        createdAt: iso(r.created_at)!,
      });
    }
    return out;
  }
}
