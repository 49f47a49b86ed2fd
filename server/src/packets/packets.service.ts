import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash } from 'node:crypto';
import { DataSource } from 'typeorm';
import {
  PACKET_FORMAT_LABELS,
  PACKET_FORMATS,
  Packet,
  PacketFormat,
  RedlineClause,
  buildSamplePacket,
  computeRedline,
  freezePacket,
  packetFileName,
} from '@roundtable/shared';
import { AuditService } from '../audit/audit.service';
import { RateLimitService } from '../auth/rate-limit.service';
import type { UserEntity } from '../auth/user.entity';
import { APP_CONFIG, AppConfig } from '../core/config/config';
import { hashToken, newToken } from '../core/crypto';
import { AppError, ErrorCode, badInput, conflict, notFound } from '../core/errors/app-error';
import { SESSION_SECRET } from '../core/secret';
import {
  CreateShareLinkInput,
  PacketRedlineInput,
  PublishPacketInput,
  RespondToPacketInput,
} from './dto/packet.input';
import { MailService } from '../mail/mail.service';
import { OfficialResponseStatus } from './official-response.entity';
import { PacketAssemblerService } from './packet-assembler.service';
import {
  CreatedShareLinkModel,
  OfficialResponseModel,
  PacketFileModel,
  PacketPreviewModel,
  PacketVersionModel,
  RedlineModel,
  ShareLinkModel,
  ShareLinkStatus,
  SharedPacketModel,
} from './packet.model';
import { FrozenPacket, RenderedPacket, renderPacket } from './render';

const PUBLISH_LOCK = 727_274_006;
const TOKEN = /^[A-Za-z0-9_-]{20,100}$/;
const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

interface VersionRow {
  id: string;
  draft_id: string;
  board_id: string;
  version: number;
  title: string;
  cover_letter: string;
  recipients: string[];
  json: string;
  sha256: string;
  published_at: Date;
  published_by_name: string | null;
}

interface LinkRow {
  id: string;
  packet_version_id: string;
  label: string | null;
  expires_at: Date;
  revoked_at: Date | null;
  created_at: Date;
  created_by_name: string | null;
  access_count?: number;
}

/** Why a share link does not open: unknown (404) or expired/withdrawn (410). Never says more. */
export class ShareLinkError extends Error {
  constructor(readonly reason: 'unknown' | 'gone') {
    super(reason === 'unknown' ? 'This link is not valid.' : 'This link has expired or was withdrawn.');
  }
}

/**
 * Publishing, reading and sharing packet versions. A version is frozen at publication (JSON +
 * SHA-256) and every export renders from that frozen JSON, never from live tables.
 */
@Injectable()
export class PacketsService implements OnApplicationBootstrap {
  private readonly logger = new Logger('Packets');
  /** Rendered exports by version and format: a version never changes, so neither do they. */
  private readonly renders = new Map<string, Promise<RenderedPacket>>();
  private renderBytes = new Map<string, number>();
  private static readonly RENDER_CACHE_BYTES = 96 * 1024 * 1024;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly assembler: PacketAssemblerService,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(SESSION_SECRET) private readonly secret: string,
    private readonly rateLimits: RateLimitService,
    private readonly mail: MailService,
  ) {}

  /**
   * Renders a small sample once, shortly after start, so the first real download does not pay
   * for loading fonts and compiling the layout code (about half a second of a cold PDF).
   */
  onApplicationBootstrap(): void {
    const timer = setTimeout(() => {
      const failed = (error: unknown) =>
        this.logger.error(`packet renderer warm-up failed: ${String(error)}`);
      try {
        const packet = buildSamplePacket({ clauses: 3, meetings: 1, members: 4 });
        const frozen = { packet, ...freezePacket(packet, sha256) };
        Promise.all([renderPacket(frozen, 'pdf'), renderPacket(frozen, 'docx')]).catch(failed);
      } catch (error) {
        failed(error);
      }
    }, 500);
    timer.unref();
  }

  // ---- versions -----------------------------------------------------------------------------

  private readonly versionSelect = `SELECT v.id, v.draft_id, v.board_id, v.version, v.title, v.cover_letter, v.recipients, v.json, v.sha256,
            v.published_at, u.name AS published_by_name
       FROM packet_version v LEFT JOIN user_account u ON u.id = v.published_by_id`;

  async versions(draftId: string): Promise<PacketVersionModel[]> {
    const rows: VersionRow[] = await this.db.query(
      `${this.versionSelect} WHERE v.draft_id = $1 ORDER BY v.version DESC LIMIT 100`,
      [draftId],
    );
    return rows.map((r) => this.toModel(r));
  }

  async version(versionId: string): Promise<PacketVersionModel> {
    return this.toModel(await this.versionRow(versionId));
  }

  private async versionRow(versionId: string): Promise<VersionRow> {
    const [row]: VersionRow[] = await this.db.query(`${this.versionSelect} WHERE v.id = $1`, [versionId]);
    if (!row) throw notFound('That packet version');
    return row;
  }

  async preview(input: PublishPacketInput, user: UserEntity): Promise<PacketPreviewModel> {
    await this.assembler.flushClauseMirror();
    const previous = await this.latest(input.draftId);
    const packet = await this.assembler.assemble(this.meta(input), {
      draftId: input.draftId,
      version: (previous?.version ?? 0) + 1,
      publishedAt: new Date(),
      publishedBy: user.name,
      previous: previous && {
        version: previous.version,
        sha256: previous.sha256,
        packet: JSON.parse(previous.json) as Packet,
      },
      previousVersionId: previous?.id ?? null,
    });
    const frozen = freezePacket(packet, sha256);
    return { version: packet.version, json: frozen.json, sha256: frozen.sha256 };
  }

  /** Freezes the draft as it stands into the next version, under a per-draft lock. */
  async publish(input: PublishPacketInput, user: UserEntity): Promise<PacketVersionModel> {
    await this.assembler.flushClauseMirror();
    const { id, event } = await this.db.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [PUBLISH_LOCK, input.draftId]);
      const [draft] = await tx.query('SELECT board_id, archived_at FROM draft WHERE id = $1', [
        input.draftId,
      ]);
      if (!draft) throw notFound('That draft');
      if (draft.archived_at) throw conflict('This draft is archived. Restore it before publishing.');
      const [{ count }] = await tx.query('SELECT count(*)::int AS count FROM clause WHERE draft_id = $1', [
        input.draftId,
      ]);
      if (count === 0) throw conflict('This draft has no clauses yet, so there is nothing to publish.');
      const [previous]: VersionRow[] = await tx.query(
        'SELECT id, version, sha256, json FROM packet_version WHERE draft_id = $1 ORDER BY version DESC LIMIT 1',
        [input.draftId],
      );
      const version = (previous?.version ?? 0) + 1;
      const publishedAt = new Date();
      const packet = await this.assembler.assemble(
        this.meta(input),
        {
          draftId: input.draftId,
          version,
          publishedAt,
          publishedBy: user.name,
          previous: previous
            ? {
                version: previous.version,
                sha256: previous.sha256,
                packet: JSON.parse(previous.json) as Packet,
              }
            : null,
          previousVersionId: previous?.id ?? null,
        },
        tx,
      );
      const frozen = freezePacket(packet, sha256);
      const [row] = await tx.query(
        `INSERT INTO packet_version (draft_id, board_id, version, title, cover_letter, recipients, json, sha256, published_by_id, published_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
        [
          input.draftId,
          draft.board_id,
          version,
          input.title,
          input.coverLetter,
          input.recipients,
          frozen.json,
          frozen.sha256,
          user.id,
          publishedAt,
        ],
      );
      // Publishing is irreversible: it belongs in the board's record, and the feed tells every open
      // packet page that its "next version" and any preview of it are out of date.
      const event = await this.audit.record(tx, {
        boardId: draft.board_id,
        actor: { id: user.id, name: user.name },
        action: 'packet.published',
        targetType: 'packet_version',
        targetId: row.id,
        data: { label: input.title, version, sha256: frozen.sha256, draftId: input.draftId },
      });
      await this.mail.packetPublished(tx, row.id);
      return { id: row.id as string, event };
    });
    this.audit.announce(event);
    return this.version(id);
  }

  private meta(input: PublishPacketInput) {
    return {
      title: input.title,
      coverLetter: input.coverLetter ?? '',
      recipients: input.recipients ?? [],
      includeMembers: input.includeMembers ?? true,
      pageSize: input.pageSize ?? 'LETTER',
    };
  }

  private async latest(
    draftId: string,
  ): Promise<{ id: string; version: number; sha256: string; json: string } | null> {
    const [row] = await this.db.query(
      'SELECT id, version, sha256, json FROM packet_version WHERE draft_id = $1 ORDER BY version DESC LIMIT 1',
      [draftId],
    );
    return row ?? null;
  }

  private toModel(row: VersionRow, filesBase = `/packets/${row.id}`): PacketVersionModel {
    const packet = JSON.parse(row.json) as Packet;
    return {
      id: row.id,
      draftId: row.draft_id,
      boardId: row.board_id,
      version: row.version,
      title: row.title,
      coverLetter: row.cover_letter,
      recipients: row.recipients,
      sha256: row.sha256.trim(),
      publishedAt: row.published_at,
      publishedByName: packet.publishedBy ?? row.published_by_name ?? 'A facilitator',
      clauseCount: packet.clauses.length,
      json: row.json,
      files: this.files(packet, filesBase),
    };
  }

  private files(packet: Packet, base: string): PacketFileModel[] {
    return PACKET_FORMATS.map((format) => {
      const fileName = packetFileName(packet.board.slug, packet.version, format);
      return { format, label: PACKET_FORMAT_LABELS[format], fileName, url: `${base}/${fileName}` };
    });
  }

  // ---- exports ------------------------------------------------------------------------------

  /** Loads a version's frozen JSON, checking it still hashes to what was published. */
  private async frozen(versionId: string): Promise<FrozenPacket> {
    const [row]: { json: string; sha256: string }[] = await this.db.query(
      'SELECT json, sha256 FROM packet_version WHERE id = $1',
      [versionId],
    );
    if (!row) throw notFound('That packet version');
    if (sha256(row.json) !== row.sha256.trim()) {
      this.logger.error(`packet_version ${versionId}: stored JSON no longer matches its SHA-256`);
      throw new AppError(ErrorCode.INTERNAL_SERVER_ERROR, 'This packet version failed its integrity check.');
    }
    return { packet: JSON.parse(row.json) as Packet, json: row.json, sha256: row.sha256.trim() };
  }

  /** The export named `fileName` of a version, or null when the name is not one of its files. */
  async render(versionId: string, fileName: string): Promise<RenderedPacket | null> {
    const format = fileName.split('.').pop() as PacketFormat;
    if (!(PACKET_FORMATS as readonly string[]).includes(format)) return null;
    const key = `${versionId}:${format}`;
    let pending = this.renders.get(key);
    if (!pending) {
      pending = this.frozen(versionId).then((frozen) => renderPacket(frozen, format));
      this.renders.set(key, pending);
      pending.then(
        (out) => this.remember(key, out.body.length),
        () => this.renders.delete(key),
      );
    } else {
      // Most recently used last.
      this.renders.delete(key);
      this.renders.set(key, pending);
    }
    const rendered = await pending;
    return rendered.fileName === fileName ? rendered : null;
  }

  private remember(key: string, bytes: number): void {
    this.renderBytes.set(key, bytes);
    let total = [...this.renderBytes.values()].reduce((a, b) => a + b, 0);
    for (const old of this.renders.keys()) {
      if (total <= PacketsService.RENDER_CACHE_BYTES) break;
      if (old === key) continue;
      total -= this.renderBytes.get(old) ?? 0;
      this.renders.delete(old);
      this.renderBytes.delete(old);
    }
  }

  // ---- redline ------------------------------------------------------------------------------

  async redline(input: PacketRedlineInput): Promise<RedlineModel> {
    const side = async (
      versionId: string,
    ): Promise<{ label: string; version: number; clauses: RedlineClause[] }> => {
      const [row] = await this.db.query(
        'SELECT version, json FROM packet_version WHERE id = $1 AND draft_id = $2',
        [versionId, input.draftId],
      );
      if (!row) throw notFound('That packet version');
      const packet = JSON.parse(row.json) as Packet;
      return { label: `Version ${row.version}`, version: row.version, clauses: packet.clauses };
    };
    let to: { label: string; version: number | null; clauses: RedlineClause[] };
    if (input.toVersionId) to = await side(input.toVersionId);
    else {
      await this.assembler.flushClauseMirror();
      const rows = await this.assembler.liveClauses(input.draftId);
      to = {
        label: 'Live draft',
        version: null,
        clauses: rows.map((r, i) => ({
          id: r.id,
          heading: r.heading,
          text: r.plain_text,
          number: String(i + 1),
        })),
      };
    }
    let from: { label: string; clauses: RedlineClause[] };
    if (input.againstBaseline) {
      if (input.fromVersionId)
        throw badInput('Compare with either the department baseline or an earlier version, not both.');
      const baseline = await this.assembler.baselineClauses(input.draftId);
      if (!baseline) throw notFound('An imported department policy for this draft');
      const redline = computeRedline(baseline.clauses, to.clauses, { matchHeadings: true });
      return {
        fromLabel: `Department policy (${baseline.row.source_name})`,
        toLabel: to.label,
        summary: redline.summary,
        entries: redline.entries as RedlineModel['entries'],
      };
    }
    if (input.fromVersionId) from = await side(input.fromVersionId);
    else {
      const [row] = await this.db.query(
        `SELECT id FROM packet_version WHERE draft_id = $1 AND ($2::int IS NULL OR version < $2) ORDER BY version DESC LIMIT 1`,
        [input.draftId, to.version],
      );
      from = row ? await side(row.id) : { label: 'Nothing published yet', clauses: [] };
    }
    const redline = computeRedline(from.clauses, to.clauses);
    return {
      fromLabel: from.label,
      toLabel: to.label,
      summary: redline.summary,
      entries: redline.entries as RedlineModel['entries'],
    };
  }

  // ---- share links --------------------------------------------------------------------------

  private readonly linkSelect = `SELECT s.id, s.packet_version_id, s.label, s.expires_at, s.revoked_at, s.created_at, u.name AS created_by_name,
            (SELECT count(*)::int FROM share_access_log l WHERE l.share_link_id = s.id) AS access_count
       FROM share_link s LEFT JOIN user_account u ON u.id = s.created_by_id`;

  async createShareLink(input: CreateShareLinkInput, user: UserEntity): Promise<CreatedShareLinkModel> {
    await this.versionRow(input.packetVersionId);
    const token = newToken();
    const expiresAt = new Date(Date.now() + input.expiresInDays * 86_400_000);
    const [row] = await this.db.query(
      `INSERT INTO share_link (packet_version_id, token_hash, label, expires_at, created_by_id) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
      [input.packetVersionId, hashToken(this.secret, token), input.label || null, expiresAt, user.id],
    );
    return { link: await this.shareLink(row.id), url: `${this.config.publicOrigin}/p/${token}` };
  }

  async revokeShareLink(linkId: string): Promise<ShareLinkModel> {
    await this.db.query('UPDATE share_link SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL', [
      linkId,
    ]);
    return this.shareLink(linkId);
  }

  async shareLinks(versionId: string): Promise<ShareLinkModel[]> {
    const rows: LinkRow[] = await this.db.query(
      `${this.linkSelect} WHERE s.packet_version_id = $1 ORDER BY s.created_at DESC LIMIT 100`,
      [versionId],
    );
    return Promise.all(rows.map((r) => this.toLinkModel(r)));
  }

  private async shareLink(linkId: string): Promise<ShareLinkModel> {
    const [row]: LinkRow[] = await this.db.query(`${this.linkSelect} WHERE s.id = $1`, [linkId]);
    if (!row) throw notFound('That share link');
    return this.toLinkModel(row);
  }

  private async toLinkModel(row: LinkRow): Promise<ShareLinkModel> {
    const recent: { kind: string; created_at: Date }[] = await this.db.query(
      'SELECT kind, created_at FROM share_access_log WHERE share_link_id = $1 ORDER BY created_at DESC LIMIT 20',
      [row.id],
    );
    return {
      id: row.id,
      packetVersionId: row.packet_version_id,
      label: row.label,
      status: row.revoked_at
        ? ShareLinkStatus.REVOKED
        : row.expires_at.getTime() <= Date.now()
          ? ShareLinkStatus.EXPIRED
          : ShareLinkStatus.ACTIVE,
      createdAt: row.created_at,
      expiresAt: row.expires_at,
      revokedAt: row.revoked_at,
      createdByName: row.created_by_name ?? 'A facilitator',
      accessCount: row.access_count ?? 0,
      recentAccesses: recent.map((a) => ({ kind: a.kind, at: a.created_at })),
    };
  }

  /** The active link a token opens, or a ShareLinkError saying only "unknown" or "gone". */
  async openLink(token: string): Promise<{ id: string; packetVersionId: string; expiresAt: Date }> {
    if (!TOKEN.test(token)) throw new ShareLinkError('unknown');
    const [row] = await this.db.query(
      'SELECT id, packet_version_id, expires_at, revoked_at FROM share_link WHERE token_hash = $1',
      [hashToken(this.secret, token)],
    );
    if (!row) throw new ShareLinkError('unknown');
    if (row.revoked_at || row.expires_at.getTime() <= Date.now()) throw new ShareLinkError('gone');
    return { id: row.id, packetVersionId: row.packet_version_id, expiresAt: row.expires_at };
  }

  async logAccess(linkId: string, kind: string, userAgent: string | undefined): Promise<void> {
    await this.db.query(
      'INSERT INTO share_access_log (share_link_id, kind, user_agent) VALUES ($1, $2, $3)',
      [linkId, kind.slice(0, 32), userAgent ? userAgent.slice(0, 200) : null],
    );
  }

  private asGraphqlError(error: unknown): never {
    if (error instanceof ShareLinkError) {
      throw error.reason === 'unknown'
        ? notFound('That link')
        : conflict('This link has expired or was withdrawn. Ask the board for a new one.');
    }
    throw error;
  }

  async sharedPacket(token: string, userAgent?: string): Promise<SharedPacketModel> {
    const link = await this.openLink(token).catch((e) => this.asGraphqlError(e));
    await this.logAccess(link.id, 'view', userAgent);
    const row = await this.versionRow(link.packetVersionId);
    const model = this.toModel(row, `/packets/shared/${token}`);
    return {
      packetVersionId: row.id,
      version: row.version,
      title: row.title,
      boardName: (JSON.parse(row.json) as Packet).board.name,
      sha256: model.sha256,
      json: row.json,
      expiresAt: link.expiresAt,
      files: model.files,
      responses: await this.responses(row.id),
    };
  }

  // ---- officials' responses -----------------------------------------------------------------

  /**
   * Anyone holding the link may answer, under any name: so answers are throttled per address
   * (before the token is even looked up, which also slows guessing tokens) and per link, and the
   * name is kept as given and shown as such, never as a verified identity.
   */
  async respond(
    input: RespondToPacketInput,
    address: string,
    userAgent?: string,
  ): Promise<OfficialResponseModel> {
    await this.rateLimits.consumeShareResponse('address', address);
    const link = await this.openLink(input.token).catch((e) => this.asGraphqlError(e));
    await this.rateLimits.consumeShareResponse('link', link.id);
    const frozen = await this.frozen(link.packetVersionId);
    if (!frozen.packet.clauses.some((c) => c.id === input.clauseId))
      throw badInput('That recommendation is not in this version of the packet.');
    if (input.status !== OfficialResponseStatus.ACCEPTED && !input.text) {
      throw badInput(
        'Please explain your response: what will change, why not, or when you expect to decide.',
      );
    }
    const [row] = await this.db.query(
      `INSERT INTO official_response (packet_version_id, share_link_id, clause_id, status, text, responder_name, responder_role)
       VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
      [
        link.packetVersionId,
        link.id,
        input.clauseId,
        input.status,
        input.text,
        input.responderName,
        input.responderRole,
      ],
    );
    await this.mail.officialResponded(undefined, row.id);
    await this.logAccess(link.id, 'respond', userAgent);
    return (await this.responses(link.packetVersionId)).find((r) => r.id === row.id)!;
  }

  async responses(versionId: string): Promise<OfficialResponseModel[]> {
    const [version] = await this.db.query('SELECT version, json FROM packet_version WHERE id = $1', [
      versionId,
    ]);
    if (!version) return [];
    const numberOf = new Map((JSON.parse(version.json) as Packet).clauses.map((c) => [c.id, c.number]));
    const rows: {
      id: string;
      clause_id: string;
      status: OfficialResponseStatus;
      text: string;
      responder_name: string;
      responder_role: string;
      share_link_label: string | null;
      created_at: Date;
    }[] = await this.db.query(
      `SELECT r.id, r.clause_id, r.status, r.text, r.responder_name, r.responder_role, s.label AS share_link_label, r.created_at
         FROM official_response r LEFT JOIN share_link s ON s.id = r.share_link_id
        WHERE r.packet_version_id = $1 ORDER BY r.created_at DESC LIMIT 500`,
      [versionId],
    );
    return rows.map((r) => ({
      id: r.id,
      packetVersionId: versionId,
      version: version.version,
      clauseId: r.clause_id,
      clauseNumber: numberOf.get(r.clause_id) ?? '?',
      status: r.status,
      text: r.text,
      responderName: r.responder_name,
      responderRole: r.responder_role,
      shareLinkLabel: r.share_link_label,
      createdAt: r.created_at,
    }));
  }
}
