import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { badInput } from '../core/errors/app-error';
import { LiveEvents } from '../live/live-events';
import { Topic } from '../live/topics';
import { MailService } from '../mail/mail.service';
import { NotificationKind } from './notification.entity';
import { NotificationFeedModel, NotificationModel } from './notification.model';

const EXCERPT = 140;

interface Row {
  id: string;
  kind: NotificationKind;
  board_id: string;
  board_name: string;
  draft_id: string;
  clause_id: string;
  comment_id: string;
  actor_name: string | null;
  body: string | null;
  gone: boolean;
  created_at: Date;
  read_at: Date | null;
}

/**
 * In-app notifications: written in the transaction of the comment that causes them, read by
 * their recipient only, and only while they are still on the board.
 */
@Injectable()
export class NotificationsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly live: LiveEvents,
    private readonly mail: MailService,
  ) {}

  /**
   * Records notifications for `userIds` (the actor is never notified of their own comment) and
   * returns who got a new one, for `announce` once the transaction has committed.
   */
  async notify(
    tx: EntityManager,
    input: { boardId: string; commentId: string; actorId: string; kind: NotificationKind; userIds: string[] },
  ): Promise<string[]> {
    const recipients = [...new Set(input.userIds)].filter((id) => id !== input.actorId);
    if (!recipients.length) return [];
    const rows: { user_id: string }[] = await tx.query(
      `WITH added AS (
         INSERT INTO notification (user_id, board_id, kind, comment_id, actor_id)
         SELECT u, $2, $3, $4, $5 FROM unnest($1::uuid[]) AS u
         ON CONFLICT (user_id, comment_id, kind) DO NOTHING
         RETURNING user_id)
       SELECT user_id FROM added`,
      [recipients, input.boardId, input.kind, input.commentId, input.actorId],
    );
    if (rows.length) await this.mail.commentNotified(tx, input.commentId);
    return rows.map((r) => r.user_id);
  }

  /** Tells these people's open pages (every tab, every replica) that their notifications changed. */
  announce(userIds: Iterable<string>): void {
    for (const userId of new Set(userIds)) void this.live.publish(Topic.notifications(userId), {});
  }

  /** The feed `userId` sees after each change announced for them. */
  changes(
    userId: string,
    take: number,
  ): AsyncIterableIterator<{ myNotificationsChanged: NotificationFeedModel }> {
    return this.live.mapped(Topic.notifications(userId), async () => ({
      myNotificationsChanged: await this.feed(userId, take),
    }));
  }

  async feed(userId: string, take: number): Promise<NotificationFeedModel> {
    // Only boards the person is still on: someone removed from a board stops seeing its comments.
    const rows: Row[] = await this.db.query(
      `SELECT n.id, n.kind, n.board_id, b.name AS board_name, c.draft_id, c.clause_id, n.comment_id, a.name AS actor_name,
              c.body, (c.deleted_at IS NOT NULL OR c.hidden_at IS NOT NULL) AS gone, n.created_at, n.read_at
         FROM notification n
         JOIN membership m ON m.board_id = n.board_id AND m.user_id = n.user_id
         JOIN board b ON b.id = n.board_id
         JOIN comment c ON c.id = n.comment_id
         LEFT JOIN user_account a ON a.id = n.actor_id
        WHERE n.user_id = $1
        ORDER BY n.created_at DESC, n.id DESC
        LIMIT $2`,
      [userId, take],
    );
    const [{ unread }]: { unread: number }[] = await this.db.query(
      `SELECT count(*)::int AS unread FROM notification n
         JOIN membership m ON m.board_id = n.board_id AND m.user_id = n.user_id
        WHERE n.user_id = $1 AND n.read_at IS NULL`,
      [userId],
    );
    return { unreadCount: unread, items: rows.map(toModel) };
  }

  /** Marks the caller's own notifications read; returns how many changed. Others' ids are ignored. */
  async markRead(userId: string, input: { ids?: string[]; all?: boolean }): Promise<number> {
    if (!input.all && !input.ids?.length)
      throw badInput('Say which notifications to mark as read, or all of them.');
    if (input.all && input.ids?.length)
      throw badInput('Give either notification ids or all: true, not both.');
    // A SELECT around the UPDATE: TypeORM answers a bare UPDATE … RETURNING with [rows, count].
    const [{ n }]: { n: number }[] = await this.db.query(
      `WITH changed AS (
         UPDATE notification SET read_at = now()
          WHERE user_id = $1 AND read_at IS NULL AND ($2::boolean OR id = ANY($3::uuid[]))
          RETURNING 1)
       SELECT count(*)::int AS n FROM changed`,
      [userId, input.all === true, input.ids ?? []],
    );
    if (n > 0) this.announce([userId]);
    return n;
  }
}

function toModel(r: Row): NotificationModel {
  const body = r.gone ? null : (r.body ?? '').replace(/\s+/g, ' ').trim();
  return {
    id: r.id,
    kind: r.kind,
    boardId: r.board_id,
    boardName: r.board_name,
    draftId: r.draft_id,
    clauseId: r.clause_id,
    commentId: r.comment_id,
    actorName: r.actor_name ?? 'A former member',
    excerpt: body === null ? null : body.length > EXCERPT ? `${body.slice(0, EXCERPT - 1)}…` : body,
    createdAt: r.created_at,
    read: r.read_at !== null,
  };
}
