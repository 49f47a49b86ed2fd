import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type PgBoss from 'pg-boss';
import { DataSource, EntityManager } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../core/config/config';
import { SESSION_SECRET } from '../core/secret';
import { JobsService } from '../jobs/jobs.service';
import { meetingIcs } from './calendar';
import { MailMode, MailStatus, MailTopic } from './mail.entity';
import { MailTransport } from './mail-transport';
import { asLocale, type Locale } from './templates/glossary';
import { renderHtml, renderText, type MailContent } from './templates/layout';
import * as msg from './templates/messages';
import { unsubscribeUrl } from './unsubscribe';

/** Queues: an event fans out to messages; each message is sent by its own job. */
const Q = {
  event: 'mail-event',
  send: 'mail-send',
  release: 'mail-release',
  releaseDue: 'mail-release-due',
  reminder: 'mail-vote-reminder',
} as const;
const SEND_RETRIES = 6;

type MailEvent =
  | { type: 'vote-opened'; questionId: string; round: number }
  | { type: 'vote-closed'; questionId: string; round: number }
  | { type: 'meeting'; meetingId: string; change: msg.MeetingChange; at: string }
  | { type: 'packet-published'; versionId: string }
  | { type: 'official-response'; responseId: string }
  | { type: 'comment'; commentId: string };

interface Recipient {
  user_id: string;
  email: string;
  name: string;
  locale: string;
  mode: MailMode | null;
}

/** One person's copy of an event: rendered in their language, then queued, held or skipped. */
interface Outgoing {
  eventKey: string;
  kind: string;
  topic: MailTopic | null;
  boardId: string | null;
  userId: string | null;
  to: string;
  locale: Locale;
  content: Omit<MailContent, 'footer'>;
  ics?: { ics: string; method: string };
  /** Mentions, replies and officials' responses gather for a few minutes into one email. */
  gather?: boolean;
}

/**
 * Email. Features call one method where something happens, inside their own transaction; this
 * queues a job there, so the email exists exactly when the event committed. Workers then render
 * each recipient's copy in their language, honour their preferences, and send (or, without
 * SMTP_URL, file the message in the board's outbox).
 */
@Injectable()
export class MailService implements OnApplicationBootstrap {
  private readonly logger = new Logger('Mail');
  private readonly host: string;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly jobs: JobsService,
    private readonly transport: MailTransport,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(SESSION_SECRET) private readonly secret: string,
  ) {
    this.host = new URL(config.publicOrigin).hostname;
  }

  async onApplicationBootstrap(): Promise<void> {
    this.transport.logMode();
    await this.jobs.work<MailEvent>(
      { name: Q.event, expireInSeconds: 60, retryLimit: 8, retryDelay: 5, batchSize: 5 },
      (job) => this.fanOut(job.data),
    );
    await this.jobs.work<{ mailId: string }>(
      { name: Q.send, expireInSeconds: 30, retryLimit: SEND_RETRIES, retryDelay: 10, batchSize: 10 },
      (job) => this.deliver(job),
    );
    await this.jobs.work<{ userId: string }>(
      { name: Q.release, expireInSeconds: 60, retryLimit: 8, retryDelay: 5, batchSize: 5 },
      (job) => this.release(job.data.userId),
    );
    await this.jobs.work<object>(
      { name: Q.releaseDue, expireInSeconds: 300, retryLimit: 2, retryDelay: 30 },
      () => this.releaseAllDue(),
    );
    await this.jobs.schedule(Q.releaseDue, '*/15 * * * *');
    await this.jobs.work<{ questionId: string; round: number; deadline: string }>(
      { name: Q.reminder, expireInSeconds: 120, retryLimit: 8, retryDelay: 10 },
      (job) => this.remind(job.data),
    );
  }

  // ---- hooks, called by features inside their transactions -------------------------------------

  /** An invitation the facilitator asked to email. Rendered now: the link's token is never stored. */
  async invitation(
    tx: EntityManager,
    input: {
      invitationId: string;
      boardId: string;
      email: string;
      url: string;
      inviterName: string;
      role: msg.Role;
      expiresAt: Date;
      note: string | null;
    },
  ): Promise<void> {
    const [board] = await tx.query('SELECT name FROM board WHERE id = $1', [input.boardId]);
    const [known] = await tx.query('SELECT id, locale FROM user_account WHERE email = $1', [
      input.email.toLowerCase(),
    ]);
    const locale = asLocale(known?.locale);
    await this.enqueue(tx, [
      {
        eventKey: `invitation:${input.invitationId}`,
        kind: 'invitation',
        topic: null,
        boardId: input.boardId,
        userId: known?.id ?? null,
        to: input.email,
        locale,
        content: msg.invitation(locale, { boardName: board.name, ...input }),
      },
    ]);
  }

  voteOpened(tx: EntityManager, questionId: string, round: number, deadline: Date | null): Promise<unknown> {
    return Promise.all([
      this.jobs.send(Q.event, { type: 'vote-opened', questionId, round }, {}, tx),
      // The reminder is a job due 24 hours before the deadline; it checks who has voted when it runs.
      deadline && deadline.getTime() - 86_400_000 > Date.now()
        ? this.jobs.send(
            Q.reminder,
            { questionId, round, deadline: deadline.toISOString() },
            { startAfter: new Date(deadline.getTime() - 86_400_000) },
            tx,
          )
        : null,
    ]);
  }

  voteClosed(tx: EntityManager, questionId: string, round: number): Promise<unknown> {
    return this.jobs.send(Q.event, { type: 'vote-closed', questionId, round }, {}, tx);
  }

  meeting(tx: EntityManager, meetingId: string, change: msg.MeetingChange): Promise<unknown> {
    return this.jobs.send(
      Q.event,
      { type: 'meeting', meetingId, change, at: new Date().toISOString() },
      {},
      tx,
    );
  }

  packetPublished(tx: EntityManager, versionId: string): Promise<unknown> {
    return this.jobs.send(Q.event, { type: 'packet-published', versionId }, {}, tx);
  }

  officialResponded(tx: EntityManager | undefined, responseId: string): Promise<unknown> {
    return this.jobs.send(Q.event, { type: 'official-response', responseId }, {}, tx);
  }

  /** Mentions and replies a comment caused (the in-app notifications are already written in `tx`). */
  commentNotified(tx: EntityManager, commentId: string): Promise<unknown> {
    return this.jobs.send(Q.event, { type: 'comment', commentId }, {}, tx);
  }

  // ---- fan-out -----------------------------------------------------------------------------------

  /** One transaction per event: every copy is written (once: event key + address are unique) or none. */
  private async fanOut(event: MailEvent): Promise<void> {
    await this.db.transaction(async (tx) => {
      const out = await this.compose(tx, event);
      await this.enqueue(tx, out);
    });
  }

  private async compose(tx: EntityManager, e: MailEvent): Promise<Outgoing[]> {
    const origin = this.config.publicOrigin;
    switch (e.type) {
      case 'vote-opened':
      case 'vote-closed': {
        const [q] = await tx.query(
          `SELECT q.id, q.board_id, q.draft_id, q.prompt, q.deadline, q.options, q.kind, b.name AS board_name
             FROM question q JOIN board b ON b.id = q.board_id WHERE q.id = $1`,
          [e.questionId],
        );
        if (!q) return [];
        const url = q.draft_id
          ? `${origin}/drafts/${q.draft_id}/discuss?question=${q.id}`
          : `${origin}/boards/${q.board_id}`;
        const people = await this.recipients(tx, q.board_id, ['MEMBER', 'FACILITATOR'], MailTopic.VOTES);
        const base = { boardName: q.board_name, prompt: q.prompt, deadline: q.deadline, url };
        if (e.type === 'vote-opened')
          return people.map((p) =>
            this.copy(p, `vote-opened:${q.id}:${e.round}`, 'vote-opened', MailTopic.VOTES, q.board_id, (l) =>
              msg.voteOpened(l, base),
            ),
          );
        const [r] = await tx.query(
          'SELECT outcome, winner, tally FROM question_result WHERE question_id = $1 AND round = $2',
          [q.id, e.round],
        );
        if (!r) return [];
        const winner = r.winner
          ? ((q.options as { id: string; label: string }[]).find((o) => o.id === r.winner)?.label ?? null)
          : null;
        const closed = {
          ...base,
          outcome: r.outcome,
          winner,
          ballots: r.tally?.ballots ?? 0,
          eligible: r.tally?.eligible ?? people.length,
        };
        return people.map((p) =>
          this.copy(p, `vote-closed:${q.id}:${e.round}`, 'vote-closed', MailTopic.VOTES, q.board_id, (l) =>
            msg.voteClosed(l, closed),
          ),
        );
      }
      case 'meeting': {
        const [m] = await tx.query(
          `SELECT m.*, b.name AS board_name FROM meeting m JOIN board b ON b.id = m.board_id WHERE m.id = $1`,
          [e.meetingId],
        );
        if (!m) return [];
        const agenda: string[] = (
          await tx.query('SELECT title FROM agenda_item WHERE meeting_id = $1 ORDER BY position', [m.id])
        ).map((a: { title: string }) => a.title);
        // Calendars apply a change only when its SEQUENCE is higher than the one they hold.
        const [{ sequence }] = await tx.query(
          `INSERT INTO meeting_calendar (meeting_id, sequence) VALUES ($1, 0)
           ON CONFLICT (meeting_id) DO UPDATE SET sequence = meeting_calendar.sequence + 1 RETURNING sequence`,
          [m.id],
        );
        const people = await this.recipients(
          tx,
          m.board_id,
          ['MEMBER', 'FACILITATOR', 'OBSERVER'],
          MailTopic.MEETINGS,
        );
        const url = `${origin}/meetings/${m.id}`;
        const data: msg.MeetingData = {
          boardName: m.board_name,
          title: m.title,
          startsAt: new Date(m.starts_at),
          durationMinutes: m.duration_minutes,
          location: m.location,
          link: m.link,
          agenda,
          url,
          change: e.change,
        };
        const organizer = { name: m.board_name, email: addressOf(this.config.mailFrom) };
        return people.map((p) => {
          const out = this.copy(
            p,
            `meeting:${m.id}:${sequence}`,
            `meeting-${e.change.toLowerCase()}`,
            MailTopic.MEETINGS,
            m.board_id,
            (l) => msg.meeting(l, data),
          );
          out.ics = meetingIcs({
            meetingId: m.id,
            sequence,
            change: e.change,
            title: m.title,
            description: [url, ...agenda.map((a) => `- ${a}`)].join('\n'),
            startsAt: data.startsAt,
            durationMinutes: m.duration_minutes,
            location: m.location ?? m.link,
            url,
            organizer,
            attendee: { name: p.name, email: p.email },
            host: this.host,
          });
          return out;
        });
      }
      case 'packet-published': {
        const [v] = await tx.query(
          `SELECT v.id, v.draft_id, v.board_id, v.version, d.title AS draft_title, b.name AS board_name
             FROM packet_version v JOIN draft d ON d.id = v.draft_id JOIN board b ON b.id = v.board_id WHERE v.id = $1`,
          [e.versionId],
        );
        if (!v) return [];
        const people = await this.recipients(
          tx,
          v.board_id,
          ['MEMBER', 'FACILITATOR', 'OBSERVER'],
          MailTopic.PACKETS,
        );
        const data = {
          boardName: v.board_name,
          draftTitle: v.draft_title,
          version: v.version,
          url: `${origin}/drafts/${v.draft_id}/packet?version=${v.id}`,
        };
        return people.map((p) =>
          this.copy(p, `packet:${v.id}`, 'packet-published', MailTopic.PACKETS, v.board_id, (l) =>
            msg.packetPublished(l, data),
          ),
        );
      }
      case 'official-response': {
        const [r] = await tx.query(
          `SELECT r.id, r.responder_name, r.responder_role, v.id AS version_id, v.version, v.draft_id, v.board_id, d.title AS draft_title, b.name AS board_name
             FROM official_response r JOIN packet_version v ON v.id = r.packet_version_id
             JOIN draft d ON d.id = v.draft_id JOIN board b ON b.id = v.board_id WHERE r.id = $1`,
          [e.responseId],
        );
        if (!r) return [];
        const people = await this.recipients(tx, r.board_id, ['MEMBER', 'FACILITATOR'], MailTopic.PACKETS);
        const official = r.responder_role ? `${r.responder_name} (${r.responder_role})` : r.responder_name;
        const data = {
          boardName: r.board_name,
          draftTitle: r.draft_title,
          version: r.version,
          officialName: official,
          url: `${origin}/drafts/${r.draft_id}/packet?version=${r.version_id}`,
        };
        return people.map((p) => ({
          ...this.copy(p, `response:${r.id}`, 'official-response', MailTopic.PACKETS, r.board_id, (l) =>
            msg.officialResponded(l, data),
          ),
          gather: true,
        }));
      }
      case 'comment': {
        const rows: (Recipient & {
          kind: 'MENTION' | 'REPLY';
          board_id: string;
          board_name: string;
          draft_id: string;
          clause_id: string;
          body: string;
          actor_name: string | null;
        })[] = await tx.query(
          `SELECT u.id AS user_id, u.email, u.name, u.locale, p.mode, n.kind, n.board_id, b.name AS board_name,
                    c.draft_id, c.clause_id, c.body, a.name AS actor_name
               FROM notification n
               JOIN user_account u ON u.id = n.user_id
               JOIN membership m ON m.board_id = n.board_id AND m.user_id = n.user_id
               JOIN board b ON b.id = n.board_id
               JOIN comment c ON c.id = n.comment_id
               LEFT JOIN user_account a ON a.id = n.actor_id
               LEFT JOIN mail_preference p ON p.user_id = u.id AND p.topic = 'DISCUSSION'
              WHERE n.comment_id = $1 AND c.deleted_at IS NULL AND c.hidden_at IS NULL`,
          [e.commentId],
        );
        return rows.map((r) => {
          const body = r.body.replace(/\s+/g, ' ').trim();
          const data: msg.DiscussionData = {
            boardName: r.board_name,
            actorName: r.actor_name ?? '?',
            kind: r.kind,
            excerpt: body.length > 280 ? `${body.slice(0, 279)}…` : body,
            url: `${origin}/drafts/${r.draft_id}/discuss?clause=${r.clause_id}&comment=${e.commentId}`,
          };
          return {
            ...this.copy(
              r,
              `comment:${e.commentId}:${r.kind}`,
              r.kind.toLowerCase(),
              MailTopic.DISCUSSION,
              r.board_id,
              (l) => msg.discussion(l, data),
            ),
            gather: true,
          };
        });
      }
    }
  }

  private copy(
    p: Recipient,
    eventKey: string,
    kind: string,
    topic: MailTopic,
    boardId: string,
    render: (l: Locale) => Omit<MailContent, 'footer'>,
  ): Outgoing & { mode: MailMode } {
    const locale = asLocale(p.locale);
    return {
      eventKey,
      kind,
      topic,
      boardId,
      userId: p.user_id,
      to: p.email,
      locale,
      content: render(locale),
      mode: p.mode ?? MailMode.NOW,
    };
  }

  /** People on a board with one of `roles`, with their language and choice for `topic`. */
  private recipients(
    tx: EntityManager,
    boardId: string,
    roles: string[],
    topic: MailTopic,
  ): Promise<Recipient[]> {
    return tx.query(
      `SELECT u.id AS user_id, u.email, u.name, u.locale, p.mode
         FROM membership m JOIN user_account u ON u.id = m.user_id
         LEFT JOIN mail_preference p ON p.user_id = u.id AND p.topic = $3
        WHERE m.board_id = $1 AND m.role::text = ANY($2::text[])
        ORDER BY u.id`,
      [boardId, roles, topic],
    );
  }

  /**
   * Writes each copy (skipping those already written for this event) and queues it: sent now,
   * held for the few-minutes gathering of discussion, or held for the daily digest.
   */
  private async enqueue(tx: EntityManager, out: (Outgoing & { mode?: MailMode })[]): Promise<void> {
    for (const o of out) {
      const mode = o.mode ?? MailMode.NOW;
      if (mode === MailMode.NONE) continue;
      const unsub =
        o.topic && o.userId ? unsubscribeUrl(this.config.publicOrigin, this.secret, o.userId, o.topic) : null;
      const content: MailContent = { ...o.content, footer: msg.footer(o.locale, o.topic, unsub) };
      const held = mode === MailMode.DAILY || (o.gather === true && o.userId !== null);
      let holdUntil: Date | null = null;
      if (held && o.userId)
        holdUntil = mode === MailMode.DAILY ? nextDailyDigest() : await this.batchEnd(tx, o.userId);
      const rows: { id: string }[] = await tx.query(
        `INSERT INTO mail_message (event_key, kind, topic, board_id, user_id, to_address, locale, subject, text, html, ics, ics_method, unsubscribe_url, status, hold_until)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)
         ON CONFLICT (event_key, to_address) DO NOTHING RETURNING id`,
        [
          o.eventKey,
          o.kind,
          o.topic,
          o.boardId,
          o.userId,
          o.to,
          o.locale,
          content.subject.slice(0, 300),
          renderText(content),
          renderHtml(o.locale, content),
          o.ics?.ics ?? null,
          o.ics?.method ?? null,
          unsub,
          held ? MailStatus.HELD : MailStatus.QUEUED,
          holdUntil,
        ],
      );
      if (!rows[0]) continue;
      if (!held) await this.jobs.send(Q.send, { mailId: rows[0].id }, {}, tx);
      else if (mode !== MailMode.DAILY)
        await this.jobs.send(Q.release, { userId: o.userId }, { startAfter: holdUntil! }, tx);
    }
  }

  /** A new mention joins the batch already waiting for this person, or starts one. */
  private async batchEnd(tx: EntityManager, userId: string): Promise<Date> {
    const [open] = await tx.query(
      `SELECT max(hold_until) AS until FROM mail_message
        WHERE user_id = $1 AND status = 'HELD' AND hold_until > now() AND hold_until <= now() + make_interval(secs => $2)`,
      [userId, this.config.mailDigestSeconds],
    );
    return open?.until ? new Date(open.until) : new Date(Date.now() + this.config.mailDigestSeconds * 1000);
  }

  // ---- digests -------------------------------------------------------------------------------------

  /** Sends what is due for one person: one message as it is, several as one digest. */
  private async release(userId: string): Promise<void> {
    await this.db.transaction(async (tx) => {
      const due: {
        id: string;
        subject: string;
        text: string;
        locale: string;
        hold_until: Date;
        created_at: Date;
        html: string;
      }[] = await tx.query(
        `SELECT id, subject, text, html, locale, hold_until, created_at FROM mail_message
          WHERE user_id = $1 AND status = 'HELD' AND hold_until <= now()
          ORDER BY created_at FOR UPDATE SKIP LOCKED`,
        [userId],
      );
      if (!due.length) return;
      if (due.length === 1) {
        await tx.query(`UPDATE mail_message SET status = 'QUEUED' WHERE id = $1`, [due[0].id]);
        await this.jobs.send(Q.send, { mailId: due[0].id }, {}, tx);
        return;
      }
      const [user] = await tx.query('SELECT email, locale FROM user_account WHERE id = $1', [userId]);
      const locale = asLocale(user.locale);
      const daily = due.some(
        (d) =>
          d.hold_until.getTime() - d.created_at.getTime() > this.config.mailDigestSeconds * 1000 + 60_000,
      );
      const items = due.map((d) => ({
        subject: d.subject,
        url: actionLink(d.html) ?? this.config.publicOrigin,
      }));
      const content: MailContent = {
        ...msg.digest(locale, items, daily),
        footer: {
          text:
            locale === 'es'
              ? 'Recibe este resumen según sus preferencias de correo. Puede cambiarlas en su cuenta.'
              : 'You get this digest because of your email preferences. You can change them in your account.',
        },
      };
      const [digest] = await tx.query(
        `INSERT INTO mail_message (event_key, kind, topic, user_id, to_address, locale, subject, text, html, status)
         VALUES ($1, 'digest', NULL, $2, $3, $4, $5, $6, $7, 'QUEUED') RETURNING id`,
        [
          `digest:${userId}:${due[0].id}`,
          userId,
          user.email,
          locale,
          content.subject,
          renderText(content),
          renderHtml(locale, content),
        ],
      );
      await tx.query(
        `UPDATE mail_message SET status = 'BUNDLED', digest_id = $2 WHERE id = ANY($1::uuid[])`,
        [due.map((d) => d.id), digest.id],
      );
      await this.jobs.send(Q.send, { mailId: digest.id }, {}, tx);
    });
  }

  private async releaseAllDue(): Promise<void> {
    const users: { user_id: string }[] = await this.db.query(
      `SELECT DISTINCT user_id FROM mail_message WHERE status = 'HELD' AND hold_until <= now() LIMIT 1000`,
    );
    for (const u of users) await this.jobs.send(Q.release, { userId: u.user_id });
  }

  // ---- reminders -----------------------------------------------------------------------------------

  private async remind(data: { questionId: string; round: number; deadline: string }): Promise<void> {
    await this.db.transaction(async (tx) => {
      const [q] = await tx.query(
        `SELECT q.id, q.board_id, q.draft_id, q.prompt, q.deadline, q.state, q.round, b.name AS board_name
           FROM question q JOIN board b ON b.id = q.board_id WHERE q.id = $1`,
        [data.questionId],
      );
      // A vote closed early, reopened, or moved deadline: this reminder is no longer the right one.
      if (
        !q ||
        q.state !== 'OPEN' ||
        q.round !== data.round ||
        !q.deadline ||
        new Date(q.deadline).toISOString() !== data.deadline
      )
        return;
      const people = await this.recipients(tx, q.board_id, ['MEMBER', 'FACILITATOR'], MailTopic.VOTES);
      const voted = new Set<string>(
        (
          await tx.query('SELECT voter_id FROM ballot WHERE question_id = $1 AND round = $2', [q.id, q.round])
        ).map((b: { voter_id: string }) => b.voter_id),
      );
      const url = q.draft_id
        ? `${this.config.publicOrigin}/drafts/${q.draft_id}/discuss?question=${q.id}`
        : `${this.config.publicOrigin}/boards/${q.board_id}`;
      const d = { boardName: q.board_name, prompt: q.prompt, deadline: new Date(q.deadline), url };
      await this.enqueue(
        tx,
        people
          .filter((p) => !voted.has(p.user_id))
          .map((p) =>
            this.copy(
              p,
              `vote-reminder:${q.id}:${q.round}`,
              'vote-reminder',
              MailTopic.VOTES,
              q.board_id,
              (l) => msg.voteReminder(l, d),
            ),
          ),
      );
    });
  }

  // ---- delivery ------------------------------------------------------------------------------------

  private async deliver(job: PgBoss.Job<{ mailId: string }>): Promise<void> {
    const [m] = await this.db.query(`SELECT * FROM mail_message WHERE id = $1`, [job.data.mailId]);
    if (
      !m ||
      m.status === MailStatus.SENT ||
      m.status === MailStatus.OUTBOX ||
      m.status === MailStatus.BUNDLED
    )
      return;
    if (!this.transport.configured) {
      await this.db.query(`UPDATE mail_message SET status = 'OUTBOX', sent_at = now() WHERE id = $1`, [m.id]);
      return;
    }
    try {
      await this.transport.send(fromRow(m));
      await this.db.query(
        `UPDATE mail_message SET status = 'SENT', sent_at = now(), attempts = attempts + 1, last_error = NULL WHERE id = $1`,
        [m.id],
      );
    } catch (error) {
      const [{ attempts }] = await this.db
        .query(
          `UPDATE mail_message SET attempts = attempts + 1, last_error = $2 WHERE id = $1 RETURNING attempts`,
          [m.id, String(error).slice(0, 500)],
        )
        .then((r: unknown) => (Array.isArray(r) && Array.isArray(r[0]) ? r[0] : r) as { attempts: number }[]);
      // The last retry failed: say so where the facilitator looks, rather than only in a log.
      if (attempts > SEND_RETRIES)
        await this.db.query(`UPDATE mail_message SET status = 'FAILED' WHERE id = $1`, [m.id]);
      this.logger.warn(`mail ${m.id} to ${m.kind} failed (attempt ${attempts}): ${String(error)}`);
      throw error;
    }
  }
}

function fromRow(m: Record<string, any>) {
  return {
    id: m.id,
    toAddress: m.to_address,
    subject: m.subject,
    text: m.text,
    html: m.html,
    locale: m.locale,
    ics: m.ics,
    icsMethod: m.ics_method,
    unsubscribeUrl: m.unsubscribe_url,
  } as import('./mail.entity').MailMessageEntity;
}

/** A message's main link (its action; people's words are escaped, so cannot fake one). */
function actionLink(html: string): string | null {
  const href = /<a href="([^"]+)" style="color:#0b57d0/.exec(html)?.[1];
  return href
    ? href
        .replace(/&quot;/g, '"')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&amp;/g, '&')
    : null;
}

function addressOf(from: string): string {
  return /<([^>]+)>/.exec(from)?.[1] ?? from;
}

/** Daily digests go out at 07:00 UTC (the app keeps no time zone per person yet). */
export function nextDailyDigest(now = new Date()): Date {
  const next = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), 7));
  if (next <= now) next.setUTCDate(next.getUTCDate() + 1);
  return next;
}
