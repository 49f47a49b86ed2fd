import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, EntityManager, Repository } from 'typeorm';
import { BoardRole } from '@roundtable/shared';
import { UserEntity } from '../auth/user.entity';
import { APP_CONFIG, AppConfig } from '../core/config/config';
import { hashToken, newToken } from '../core/crypto';
import { badInput, conflict, notFound } from '../core/errors/app-error';
import { AccessEvents } from '../live/access-events';
import { SESSION_SECRET } from '../core/secret';
import { BoardEntity } from './board.entity';
import { InvitationModel, InvitationPreviewModel, InvitationStatus, MemberModel } from './board.model';
import {
  ChangeMemberRoleInput,
  CreateBoardInput,
  CreateInvitationInput,
  UpdateBoardInput,
} from './dto/board.input';
import { InvitationEntity } from './invitation.entity';
import { draftFromRow, type DraftRow } from '../drafts/draft-row';
import type { DraftModel } from '../drafts/draft.model';
import { MembershipEntity } from './membership.entity';
import { MailService } from '../mail/mail.service';

interface BoardRowWithCount {
  id: string;
  name: string;
  jurisdiction: string;
  description: string;
  created_at: Date;
  updated_at: Date;
  member_count: number;
}

interface PrefetchedMemberRow {
  id: string;
  user_id: string;
  name: string;
  email: string;
  role: BoardRole;
  created_at: Date | string;
}

/** What `getPage` read along with the board, for the field resolvers. */
export interface BoardPrefetch {
  members?: MemberModel[];
  drafts?: { includeArchived: boolean; list: DraftModel[] };
}

/** Facilitators first, then members, then observers; by name within each. */
function sortMembers(rows: (PrefetchedMemberRow & { created_at: Date })[], boardId: string): MemberModel[] {
  const order: Record<BoardRole, number> = { FACILITATOR: 0, MEMBER: 1, OBSERVER: 2 };
  return rows
    .map((m) => ({
      id: m.id,
      boardId,
      userId: m.user_id,
      name: m.name,
      email: m.email,
      role: m.role,
      joinedAt: m.created_at,
    }))
    .sort((a, b) => order[a.role] - order[b.role] || a.name.localeCompare(b.name));
}

const LAST_FACILITATOR = 'A board needs at least one facilitator. Make someone else a facilitator first.';

@Injectable()
export class BoardsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @InjectRepository(BoardEntity) private readonly boards: Repository<BoardEntity>,
    @InjectRepository(MembershipEntity) private readonly memberships: Repository<MembershipEntity>,
    @InjectRepository(InvitationEntity) private readonly invitations: Repository<InvitationEntity>,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(SESSION_SECRET) private readonly secret: string,
    private readonly events: AccessEvents,
    private readonly mail: MailService,
  ) {}

  async myBoards(userId: string): Promise<BoardEntity[]> {
    return this.boards
      .createQueryBuilder('b')
      .innerJoin(MembershipEntity, 'm', 'm.board_id = b.id AND m.user_id = :userId', { userId })
      .orderBy('b.name', 'ASC')
      .getMany();
  }

  async get(boardId: string): Promise<BoardEntity & { memberCount?: number }> {
    // Raw SQL: this is on the board page's hot path, where ORM hydration cost more than the query;
    // the member count comes along so that the page needs no query of its own for it.
    const rows: BoardRowWithCount[] = await this.db.query(
      `SELECT id, name, jurisdiction, description, created_at, updated_at,
                (SELECT count(*)::int FROM membership m WHERE m.board_id = b.id) AS member_count
           FROM board b WHERE id = $1`,
      [boardId],
    );
    const row = rows[0];
    if (!row) throw notFound('That board');
    return this.toBoard(row);
  }

  /**
   * The board page in one round trip: the board, its member count, and (when the query asks for
   * them) its members and its drafts, as JSON aggregated by PostgreSQL. Each database round trip
   * costs more than the work done in it on this path, so the page's four queries become one.
   * The field resolvers use what was fetched here and still run their own access checks.
   */
  async getPage(
    boardId: string,
    want: { members: boolean; drafts: { includeArchived: boolean } | null },
  ): Promise<BoardEntity & { memberCount?: number; prefetched?: BoardPrefetch }> {
    const rows: (BoardRowWithCount & {
      members: PrefetchedMemberRow[] | null;
      drafts: DraftRow[] | null;
    })[] = await this.db.query(
      `SELECT b.id, b.name, b.jurisdiction, b.description, b.created_at, b.updated_at,
              (SELECT count(*)::int FROM membership m WHERE m.board_id = b.id) AS member_count,
              CASE WHEN $2 THEN (SELECT COALESCE(json_agg(json_build_object('id', m.id, 'user_id', m.user_id, 'name', u.name, 'email', u.email,
                                                          'role', m.role, 'created_at', m.created_at) ORDER BY m.created_at), '[]')
                                   FROM membership m JOIN user_account u ON u.id = m.user_id WHERE m.board_id = b.id) END AS members,
              CASE WHEN $3 THEN (SELECT COALESCE(json_agg(json_build_object('id', d.id, 'title', d.title, 'archived', d.archived_at IS NOT NULL,
                                                          'starting_point', d.starting_point, 'created_at', d.created_at, 'updated_at', d.updated_at) ORDER BY d.updated_at DESC), '[]')
                                   FROM (SELECT * FROM draft WHERE board_id = b.id AND ($4 OR archived_at IS NULL) ORDER BY updated_at DESC LIMIT 200) d) END AS drafts
         FROM board b WHERE b.id = $1`,
      [boardId, want.members, want.drafts !== null, want.drafts?.includeArchived ?? false],
    );
    const row = rows[0];
    if (!row) throw notFound('That board');
    const board = this.toBoard(row);
    const prefetched: BoardPrefetch = {};
    if (row.members)
      prefetched.members = sortMembers(
        row.members.map((m) => ({ ...m, created_at: new Date(m.created_at) })),
        boardId,
      );
    if (row.drafts && want.drafts) {
      prefetched.drafts = {
        includeArchived: want.drafts.includeArchived,
        list: row.drafts.map((d) => draftFromRow(boardId, d)),
      };
    }
    return Object.assign(board, { prefetched });
  }

  private toBoard(row: BoardRowWithCount): BoardEntity & { memberCount?: number } {
    return Object.assign(new BoardEntity(), {
      id: row.id,
      name: row.name,
      jurisdiction: row.jurisdiction,
      description: row.description,
      createdAt: row.created_at,
      updatedAt: row.updated_at,
      memberCount: row.member_count,
    });
  }

  /** The creator becomes the board's first facilitator, in the same transaction. */
  async create(input: CreateBoardInput, creator: UserEntity): Promise<BoardEntity> {
    return this.db.transaction(async (tx) => {
      const board = await tx.save(tx.create(BoardEntity, input));
      await tx.insert(MembershipEntity, {
        boardId: board.id,
        userId: creator.id,
        role: BoardRole.FACILITATOR,
      });
      return board;
    });
  }

  async update(input: UpdateBoardInput): Promise<BoardEntity> {
    const board = await this.get(input.boardId);
    if (input.name !== undefined) board.name = input.name;
    if (input.jurisdiction !== undefined) board.jurisdiction = input.jurisdiction;
    if (input.description !== undefined) board.description = input.description;
    return this.boards.save(board);
  }

  async members(boardId: string): Promise<MemberModel[]> {
    // One raw query (membership joined to its user): on the board page's hot path.
    const rows: {
      id: string;
      user_id: string;
      name: string;
      email: string;
      role: BoardRole;
      created_at: Date;
    }[] = await this.db.query(
      `SELECT m.id, m.user_id, u.name, u.email, m.role, m.created_at
         FROM membership m JOIN user_account u ON u.id = m.user_id
        WHERE m.board_id = $1
        ORDER BY m.created_at`,
      [boardId],
    );
    return sortMembers(rows, boardId);
  }

  async memberCount(boardId: string): Promise<number> {
    const rows: { n: number }[] = await this.db.query(
      'SELECT count(*)::int AS n FROM membership WHERE board_id = $1',
      [boardId],
    );
    return rows[0].n;
  }

  // ---- invitations -------------------------------------------------------------------------

  async createInvitation(
    input: CreateInvitationInput,
    creator: UserEntity,
  ): Promise<{ invitation: InvitationModel; url: string }> {
    const token = newToken();
    const expiresAt = new Date(Date.now() + input.expiresInDays * 86_400_000);
    const url = `${this.config.publicOrigin}/invite/${token}`;
    const saved = await this.db.transaction(async (tx) => {
      const saved = await tx.save(
        this.invitations.create({
          boardId: input.boardId,
          tokenHash: hashToken(this.secret, token),
          role: input.role,
          note: input.note || null,
          createdById: creator.id,
          expiresAt,
          acceptedAt: null,
          acceptedById: null,
          revokedAt: null,
        }),
      );
      if (input.sendToEmail)
        await this.mail.invitation(tx, {
          ...saved,
          invitationId: saved.id,
          email: input.sendToEmail,
          url,
          inviterName: creator.name,
        });
      return saved;
    });
    saved.createdBy = creator;
    return { invitation: this.toInvitationModel(saved), url };
  }

  async listInvitations(boardId: string): Promise<InvitationModel[]> {
    const rows = await this.invitations.find({
      where: { boardId },
      relations: { createdBy: true, acceptedBy: true },
      order: { createdAt: 'DESC' },
      take: 200,
    });
    return rows.map((row) => this.toInvitationModel(row));
  }

  async revokeInvitation(invitationId: string): Promise<InvitationModel> {
    const invitation = await this.invitations.findOne({
      where: { id: invitationId },
      relations: { createdBy: true, acceptedBy: true },
    });
    if (!invitation) throw notFound('That invitation');
    if (invitation.acceptedAt)
      throw conflict('That invitation was already used, so it cannot be revoked. Remove the member instead.');
    if (!invitation.revokedAt) {
      invitation.revokedAt = new Date();
      await this.invitations.update({ id: invitation.id }, { revokedAt: invitation.revokedAt });
    }
    return this.toInvitationModel(invitation);
  }

  async previewInvitation(token: string): Promise<InvitationPreviewModel> {
    const invitation = await this.findInvitationByToken(token, this.db.manager);
    const board = await this.get(invitation.boardId);
    return {
      boardName: board.name,
      jurisdiction: board.jurisdiction,
      role: invitation.role,
      status: this.status(invitation),
      expiresAt: invitation.expiresAt,
      invitedByName: invitation.createdBy?.name ?? 'A facilitator',
      memberCount: await this.memberCount(board.id),
    };
  }

  /** Single use, enforced under a row lock so two people racing for one link cannot both join. */
  async acceptInvitation(token: string, user: UserEntity): Promise<BoardEntity> {
    const boardId = await this.db.transaction(async (tx) => {
      const found = await this.findInvitationByToken(token, tx);
      const invitation = await tx
        .getRepository(InvitationEntity)
        .createQueryBuilder('i')
        .setLock('pessimistic_write')
        .where('i.id = :id', { id: found.id })
        .getOneOrFail();
      const existing = await tx.findOne(MembershipEntity, {
        where: { boardId: invitation.boardId, userId: user.id },
      });
      if (existing) return invitation.boardId; // already a member: keep the link for whoever it was meant for
      const status = this.status(invitation);
      if (status === InvitationStatus.ACCEPTED)
        throw conflict('This invitation link has already been used. Ask the facilitator for a new one.');
      if (status === InvitationStatus.REVOKED)
        throw conflict('This invitation was withdrawn by the facilitator.');
      if (status === InvitationStatus.EXPIRED)
        throw conflict('This invitation has expired. Ask the facilitator for a new one.');
      await tx.insert(MembershipEntity, {
        boardId: invitation.boardId,
        userId: user.id,
        role: invitation.role,
      });
      await tx.update(
        InvitationEntity,
        { id: invitation.id },
        { acceptedAt: new Date(), acceptedById: user.id },
      );
      return invitation.boardId;
    });
    return this.get(boardId);
  }

  // ---- roles ---------------------------------------------------------------------------------

  async changeRole(input: ChangeMemberRoleInput): Promise<MemberModel> {
    const changed = await this.db.transaction(async (tx) => {
      const membership = await this.lockMembership(tx, input.membershipId);
      if (membership.role === input.role) return membership;
      if (membership.role === BoardRole.FACILITATOR) await this.assertAnotherFacilitator(tx, membership);
      membership.role = input.role;
      await tx.update(MembershipEntity, { id: membership.id }, { role: input.role });
      return membership;
    });
    this.events.emit({
      kind: 'membership',
      boardId: changed.boardId,
      userId: changed.userId,
      role: changed.role,
    });
    const member = (await this.members(changed.boardId)).find((m) => m.id === changed.id);
    if (!member) throw notFound('That membership');
    return member;
  }

  async removeMember(membershipId: string): Promise<boolean> {
    const removed = await this.db.transaction(async (tx) => {
      const membership = await this.lockMembership(tx, membershipId);
      if (membership.role === BoardRole.FACILITATOR) await this.assertAnotherFacilitator(tx, membership);
      await tx.delete(MembershipEntity, { id: membership.id });
      return membership;
    });
    this.events.emit({ kind: 'membership', boardId: removed.boardId, userId: removed.userId, role: null });
    return true;
  }

  async leave(boardId: string, user: UserEntity): Promise<boolean> {
    const membership = await this.memberships.findOne({ where: { boardId, userId: user.id } });
    if (!membership) throw notFound('That board');
    return this.removeMember(membership.id);
  }

  // ---- helpers -------------------------------------------------------------------------------

  /**
   * Serialises role changes per board: the board row is locked first (NO KEY UPDATE, so inserts that only
   * reference the board are not blocked), then the membership. Locking memberships one by one instead lets
   * two facilitators demoting each other deadlock, which Postgres reports as an internal error.
   */
  private async lockMembership(tx: EntityManager, membershipId: string): Promise<MembershipEntity> {
    const owner: { board_id: string }[] = await tx.query('SELECT board_id FROM membership WHERE id = $1', [
      membershipId,
    ]);
    if (owner.length === 0) throw notFound('That membership');
    await tx.query('SELECT id FROM board WHERE id = $1 FOR NO KEY UPDATE', [owner[0].board_id]);
    const membership = await tx
      .getRepository(MembershipEntity)
      .createQueryBuilder('m')
      .setLock('pessimistic_write')
      .where('m.id = :id', { id: membershipId })
      .getOne();
    if (!membership) throw notFound('That membership');
    return membership;
  }

  /** Locks every facilitator row of the board so two facilitators cannot demote each other at once. */
  private async assertAnotherFacilitator(tx: EntityManager, membership: MembershipEntity): Promise<void> {
    const facilitators: { id: string }[] = await tx.query(
      `SELECT id FROM membership WHERE board_id = $1 AND role = 'FACILITATOR' ORDER BY id FOR UPDATE`,
      [membership.boardId],
    );
    if (!facilitators.some((f) => f.id !== membership.id)) throw conflict(LAST_FACILITATOR);
  }

  private async findInvitationByToken(token: string, manager: EntityManager): Promise<InvitationEntity> {
    if (!/^[A-Za-z0-9_-]{20,100}$/.test(token))
      throw badInput('That invitation link is not valid. Check that you copied all of it.');
    const invitation = await manager.findOne(InvitationEntity, {
      where: { tokenHash: hashToken(this.secret, token) },
      relations: { createdBy: true },
    });
    if (!invitation) throw notFound('That invitation');
    return invitation;
  }

  private status(invitation: InvitationEntity): InvitationStatus {
    if (invitation.acceptedAt) return InvitationStatus.ACCEPTED;
    if (invitation.revokedAt) return InvitationStatus.REVOKED;
    if (invitation.expiresAt.getTime() <= Date.now()) return InvitationStatus.EXPIRED;
    return InvitationStatus.PENDING;
  }

  private toInvitationModel(row: InvitationEntity): InvitationModel {
    return {
      id: row.id,
      role: row.role,
      note: row.note,
      status: this.status(row),
      createdAt: row.createdAt,
      expiresAt: row.expiresAt,
      createdByName: row.createdBy?.name ?? 'A facilitator',
      acceptedByName: row.acceptedBy?.name ?? null,
    };
  }
}
