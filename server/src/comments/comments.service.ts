import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { resolveTypedMentions } from '@roundtable/shared';
import { AuditService } from '../audit/audit.service';
import { UserEntity } from '../auth/user.entity';
import { badInput, conflict, forbidden, notFound } from '../core/errors/app-error';
import { LiveEvents } from '../live/live-events';
import { Topic } from '../live/topics';
import { CommentAnchor } from './comment.entity';
import { CommentModel } from './comment.model';
import { NotificationKind } from '../notifications/notification.entity';
import { NotificationsService } from '../notifications/notifications.service';
import { AddCommentInput, EditCommentInput, HideCommentInput } from './dto/comment.input';

type Actor = Pick<UserEntity, 'id' | 'name'>;

interface CommentRow {
  id: string;
  board_id: string;
  draft_id: string;
  clause_id: string;
  amendment_id: string | null;
  parent_id: string | null;
  author_id: string | null;
  author_name: string | null;
  body: string;
  anchor: CommentAnchor | null;
  mentions: string[];
  mention_names: { userId: string; name: string }[];
  edited_at: Date | null;
  resolved_at: Date | null;
  resolved_by_name: string | null;
  deleted_at: Date | null;
  hidden_at: Date | null;
  hidden_reason: string | null;
  created_at: Date;
}

const SELECT = `
  SELECT c.*, a.name AS author_name, r.name AS resolved_by_name,
         COALESCE((SELECT json_agg(json_build_object('userId', u.id, 'name', u.name) ORDER BY u.name)
                     FROM user_account u WHERE u.id = ANY(c.mentions)), '[]') AS mention_names
    FROM comment c
    LEFT JOIN user_account a ON a.id = c.author_id
    LEFT JOIN user_account r ON r.id = c.resolved_by_id`;

function toModel(r: CommentRow): CommentModel {
  const gone = r.deleted_at !== null || r.hidden_at !== null;
  return {
    id: r.id,
    boardId: r.board_id,
    draftId: r.draft_id,
    clauseId: r.clause_id,
    amendmentId: r.amendment_id,
    parentId: r.parent_id,
    authorId: r.author_id,
    authorName: r.author_name ?? 'A former member',
    body: gone ? null : r.body,
    anchor: r.anchor,
    mentions: gone ? [] : r.mention_names,
    editedAt: r.edited_at,
    resolvedAt: r.resolved_at,
    resolvedByName: r.resolved_by_name,
    deleted: r.deleted_at !== null,
    hidden: r.hidden_at !== null,
    hiddenReason: r.hidden_reason,
    createdAt: r.created_at,
  };
}

/**
 * Comment threads on clauses. A reply always hangs off its thread's first comment; resolving is
 * a thread-level state. Authors edit (marked edited) and delete their own; facilitators hide
 * abusive ones, whose text stays in the audit log. Every change is audited and published.
 */
@Injectable()
export class CommentsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly live: LiveEvents,
    private readonly notifications: NotificationsService,
  ) {}

  async get(commentId: string): Promise<CommentModel> {
    const rows: CommentRow[] = await this.db.query(`${SELECT} WHERE c.id = $1`, [commentId]);
    if (!rows[0]) throw notFound('That comment');
    return toModel(rows[0]);
  }

  async list(
    draftId: string,
    clauseId: string | null,
    amendmentId: string | null,
    take: number,
  ): Promise<CommentModel[]> {
    const rows: CommentRow[] = await this.db.query(
      `${SELECT} WHERE c.draft_id = $1 AND ($2::uuid IS NULL OR c.clause_id = $2) AND ($3::uuid IS NULL OR c.amendment_id = $3)
       ORDER BY c.created_at, c.id LIMIT $4`,
      [draftId, clauseId, amendmentId, take],
    );
    return rows.map(toModel);
  }

  async add(input: AddCommentInput, author: Actor): Promise<CommentModel> {
    const [draft] = await this.db.query('SELECT board_id, archived_at FROM draft WHERE id = $1', [
      input.draftId,
    ]);
    if (draft.archived_at) throw conflict('This draft is archived.');
    let parentId: string | null = null;
    let threadAuthorId: string | null = null;
    let clauseId = input.clauseId;
    let amendmentId = input.amendmentId ?? null;
    if (input.parentId) {
      const [parent] = await this.db.query(
        'SELECT id, parent_id, draft_id, clause_id, amendment_id FROM comment WHERE id = $1',
        [input.parentId],
      );
      if (!parent || parent.draft_id !== input.draftId) throw notFound('That thread');
      parentId = parent.parent_id ?? parent.id; // replies to replies join the thread
      const [thread] = await this.db.query('SELECT author_id FROM comment WHERE id = $1', [parentId]);
      threadAuthorId = thread?.author_id ?? null;
      clauseId = parent.clause_id;
      amendmentId = parent.amendment_id;
      if (input.anchor) throw badInput('A reply follows its thread; only a thread can point at a passage.');
    } else {
      const clause = await this.db.query('SELECT 1 FROM clause WHERE id = $1 AND draft_id = $2', [
        clauseId,
        input.draftId,
      ]);
      if (!clause.length) throw notFound('That clause');
    }
    if (amendmentId) {
      const [amendment] = await this.db.query(
        'SELECT clause_id FROM amendment WHERE id = $1 AND draft_id = $2',
        [amendmentId, input.draftId],
      );
      if (!amendment || amendment.clause_id !== clauseId) throw notFound('That amendment');
    }
    const picked = await this.members(draft.board_id, input.mentions ?? []);
    const mentions = await this.mentionsOf(draft.board_id, input.body, picked, author.id);
    const { id, event, notified } = await this.db.transaction(async (tx) => {
      const [row] = await tx.query(
        `INSERT INTO comment (board_id, draft_id, clause_id, amendment_id, parent_id, author_id, body, anchor, mentions)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
        [
          draft.board_id,
          input.draftId,
          clauseId,
          amendmentId,
          parentId,
          author.id,
          input.body,
          input.anchor ? JSON.stringify(input.anchor) : null,
          mentions,
        ],
      );
      if (parentId) await tx.query('UPDATE comment SET updated_at = now() WHERE id = $1', [parentId]);
      const notice = { boardId: draft.board_id, commentId: row.id as string, actorId: author.id };
      const notified = await this.notifications.notify(tx, {
        ...notice,
        kind: NotificationKind.MENTION,
        userIds: mentions,
      });
      // The thread's author hears of replies (unless this reply already mentions them).
      if (threadAuthorId && !mentions.includes(threadAuthorId)) {
        notified.push(
          ...(await this.notifications.notify(tx, {
            ...notice,
            kind: NotificationKind.REPLY,
            userIds: [threadAuthorId],
          })),
        );
      }
      const event = await this.audit.record(tx, {
        boardId: draft.board_id,
        actor: author,
        action: parentId ? 'comment.replied' : 'comment.created',
        targetType: 'comment',
        targetId: row.id,
        data: { draftId: input.draftId, clauseId, amendmentId, parentId, body: input.body, mentions },
      });
      return { id: row.id as string, event, notified };
    });
    this.audit.announce(event);
    this.notifications.announce(notified);
    return this.publish(id);
  }

  async edit(input: EditCommentInput, actor: Actor): Promise<CommentModel> {
    const { event, notified } = await this.db.transaction(async (tx) => {
      const c = await this.lock(tx, input.commentId);
      if (c.author_id !== actor.id) throw forbidden('Only its author can edit a comment.');
      if (c.deleted_at || c.hidden_at) throw conflict('This comment was removed.');
      const picked = input.mentions ? await this.members(c.board_id, input.mentions) : c.mentions;
      const mentions = await this.mentionsOf(c.board_id, input.body, picked, actor.id);
      await tx.query(
        'UPDATE comment SET body = $2, mentions = $3, edited_at = now(), updated_at = now() WHERE id = $1',
        [c.id, input.body, mentions],
      );
      // People newly mentioned by the edit hear of it; those already notified are not told twice.
      const notified = await this.notifications.notify(tx, {
        boardId: c.board_id,
        commentId: c.id,
        actorId: actor.id,
        kind: NotificationKind.MENTION,
        userIds: mentions,
      });
      const event = await this.audit.record(tx, {
        boardId: c.board_id,
        actor,
        action: 'comment.edited',
        targetType: 'comment',
        targetId: c.id,
        data: { previousBody: c.body, body: input.body, mentions },
      });
      return { event, notified };
    });
    this.audit.announce(event);
    this.notifications.announce(notified);
    return this.publish(input.commentId);
  }

  /** The author removes their comment: its text is cleared (the audit log keeps it); a thread keeps its replies. */
  async remove(commentId: string, actor: Actor): Promise<CommentModel> {
    const event = await this.db.transaction(async (tx) => {
      const c = await this.lock(tx, commentId);
      if (c.author_id !== actor.id)
        throw forbidden('Only its author can delete a comment. Facilitators can hide it.');
      if (c.deleted_at) throw conflict('This comment was already deleted.');
      await tx.query(
        `UPDATE comment SET body = '', mentions = '{}', deleted_at = now(), updated_at = now() WHERE id = $1`,
        [c.id],
      );
      return this.audit.record(tx, {
        boardId: c.board_id,
        actor,
        action: 'comment.deleted',
        targetType: 'comment',
        targetId: c.id,
        data: { body: c.body },
      });
    });
    this.audit.announce(event);
    return this.publish(commentId);
  }

  async setResolved(commentId: string, resolved: boolean, actor: Actor): Promise<CommentModel> {
    const { threadId, event } = await this.db.transaction(async (tx) => {
      const c = await this.lock(tx, commentId);
      const threadId = c.parent_id ?? c.id;
      const [thread] = await tx.query('SELECT resolved_at FROM comment WHERE id = $1 FOR UPDATE', [threadId]);
      if ((thread.resolved_at !== null) === resolved)
        throw conflict(resolved ? 'This thread is already resolved.' : 'This thread is already open.');
      await tx.query(
        'UPDATE comment SET resolved_at = $2, resolved_by_id = $3, updated_at = now() WHERE id = $1',
        [threadId, resolved ? new Date() : null, resolved ? actor.id : null],
      );
      const event = await this.audit.record(tx, {
        boardId: c.board_id,
        actor,
        action: resolved ? 'comment.resolved' : 'comment.reopened',
        targetType: 'comment',
        targetId: threadId,
      });
      return { threadId, event };
    });
    this.audit.announce(event);
    return this.publish(threadId);
  }

  async hide(input: HideCommentInput, actor: Actor): Promise<CommentModel> {
    const event = await this.db.transaction(async (tx) => {
      const c = await this.lock(tx, input.commentId);
      if (c.hidden_at) throw conflict('This comment is already hidden.');
      await tx.query(
        'UPDATE comment SET hidden_at = now(), hidden_by_id = $2, hidden_reason = $3, updated_at = now() WHERE id = $1',
        [c.id, actor.id, input.reason],
      );
      return this.audit.record(tx, {
        boardId: c.board_id,
        actor,
        action: 'comment.hidden',
        targetType: 'comment',
        targetId: c.id,
        // The hidden text stays on record for the facilitators' log, never in the feed.
        data: { reason: input.reason, body: c.body, authorId: c.author_id },
      });
    });
    this.audit.announce(event);
    return this.publish(input.commentId);
  }

  private async lock(tx: EntityManager, commentId: string): Promise<CommentRow> {
    const rows: CommentRow[] = await tx.query('SELECT * FROM comment WHERE id = $1 FOR UPDATE', [commentId]);
    if (!rows[0]) throw notFound('That comment');
    return rows[0];
  }

  /**
   * The mentioned people, each of whom must be on the board (any role: observers can be
   * mentioned and read, they just cannot reply). Anyone else is refused, so a mention can never
   * reach, or reveal anything to, someone outside the board.
   */
  /**
   * Who a comment mentions: the people picked from the autocomplete (`picked`, already checked to
   * be on the board) and anyone named by hand ("@Maya", "@Maya Okafor") who is the only member that name fits.
   * An ambiguous "@Maya" notifies nobody here; the client asks the writer which one they meant.
   */
  private async mentionsOf(
    boardId: string,
    body: string,
    picked: string[],
    authorId: string,
  ): Promise<string[]> {
    if (!body.includes('@')) return picked;
    const people: { userId: string; name: string }[] = await this.db.query(
      `SELECT m.user_id AS "userId", u.name FROM membership m JOIN user_account u ON u.id = m.user_id
        WHERE m.board_id = $1 AND m.user_id <> $2`,
      [boardId, authorId],
    );
    const typed = resolveTypedMentions(body, people).found.map((p) => p.userId);
    return [...new Set([...picked, ...typed])];
  }

  private async members(boardId: string, userIds: string[]): Promise<string[]> {
    const wanted = [...new Set(userIds)];
    if (wanted.length === 0) return [];
    const rows: { user_id: string }[] = await this.db.query(
      'SELECT user_id FROM membership WHERE board_id = $1 AND user_id = ANY($2::uuid[])',
      [boardId, wanted],
    );
    const found = new Set(rows.map((r) => r.user_id));
    const strangers = wanted.filter((id) => !found.has(id));
    if (strangers.length) {
      throw badInput(
        strangers.length === 1
          ? 'You can only mention members of this board; one of the people mentioned is not on it.'
          : `You can only mention members of this board; ${strangers.length} of the people mentioned are not on it.`,
        { field: 'mentions' },
      );
    }
    return wanted;
  }

  private async publish(commentId: string): Promise<CommentModel> {
    const model = await this.get(commentId);
    void this.live.publish(Topic.comments(model.draftId), { commentUpdated: model });
    return model;
  }
}
