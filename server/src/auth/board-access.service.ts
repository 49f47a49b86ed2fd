import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { BoardRole } from '@roundtable/shared';
import type { AppRequest } from '../core/http/request-context';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const BOARD_OF: Record<
  | 'board'
  | 'draft'
  | 'membership'
  | 'invitation'
  | 'packet'
  | 'shareLink'
  | 'question'
  | 'comment'
  | 'amendment'
  | 'meeting'
  | 'agendaItem',
  string
> = {
  board: 'SELECT id AS board_id FROM board WHERE id = $1',
  draft: 'SELECT board_id FROM draft WHERE id = $1',
  membership: 'SELECT board_id FROM membership WHERE id = $1',
  invitation: 'SELECT board_id FROM invitation WHERE id = $1',
  packet: 'SELECT board_id FROM packet_version WHERE id = $1',
  shareLink:
    'SELECT v.board_id FROM share_link s JOIN packet_version v ON v.id = s.packet_version_id WHERE s.id = $1',
  question: 'SELECT board_id FROM question WHERE id = $1',
  comment: 'SELECT board_id FROM comment WHERE id = $1',
  amendment: 'SELECT board_id FROM amendment WHERE id = $1',
  meeting: 'SELECT board_id FROM meeting WHERE id = $1',
  agendaItem: 'SELECT m.board_id FROM agenda_item a JOIN meeting m ON m.id = a.meeting_id WHERE a.id = $1',
};

/** Answers "which board is this about?" and "what is this caller's role there?", cached per request. */
@Injectable()
export class BoardAccessService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async boardIdOf(kind: keyof typeof BOARD_OF, id: string): Promise<string | null> {
    if (!UUID.test(id)) return null;
    // A board id needs no lookup: the membership check that follows finds nothing for a board
    // that does not exist (NOT_FOUND either way), and field resolvers on long lists (a member's
    // email, per member) would otherwise cost one query each.
    if (kind === 'board') return id;
    const rows: { board_id: string }[] = await this.db.query(BOARD_OF[kind], [id]);
    return rows[0]?.board_id ?? null;
  }

  /**
   * The caller's role on a board when it is already known for this request (memo, or read with
   * the session), without a query; undefined when a lookup is needed.
   */
  knownRole(req: AppRequest, boardId: string): BoardRole | null | undefined {
    const caller = req.caller;
    if (!caller?.user) return null;
    if (caller.roles.has(boardId)) return caller.roles.get(boardId) ?? null;
    const known = caller.knownRoles?.get(boardId);
    if (known) caller.roles.set(boardId, known);
    return known;
  }

  async roleOf(req: AppRequest, boardId: string): Promise<BoardRole | null> {
    const caller = req.caller;
    if (!caller?.user) return null;
    const known = this.knownRole(req, boardId);
    if (known !== undefined) return known;
    const role = await this.roleOfUser(caller.user.id, boardId);
    caller.roles.set(boardId, role);
    return role;
  }

  async roleOfUser(userId: string, boardId: string): Promise<BoardRole | null> {
    const rows: { role: BoardRole }[] = await this.db.query(
      'SELECT role FROM membership WHERE board_id = $1 AND user_id = $2',
      [boardId, userId],
    );
    return rows[0]?.role ?? null;
  }

  /** The caller's role on the board a draft belongs to, for the collaboration socket. */
  async roleOnDraft(
    userId: string,
    draftId: string,
  ): Promise<{ boardId: string; role: BoardRole | null; archived: boolean } | null> {
    if (!UUID.test(draftId)) return null;
    const rows: { board_id: string; role: BoardRole | null; archived: boolean }[] = await this.db.query(
      `SELECT d.board_id, m.role, d.archived_at IS NOT NULL AS archived
         FROM draft d LEFT JOIN membership m ON m.board_id = d.board_id AND m.user_id = $2
        WHERE d.id = $1`,
      [draftId, userId],
    );
    const row = rows[0];
    return row ? { boardId: row.board_id, role: row.role, archived: row.archived } : null;
  }
}
