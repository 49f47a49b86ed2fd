import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { BoardRole, QuorumBase, requiredForQuorum } from '@roundtable/shared';
import { AuditService } from '../audit/audit.service';
import { UserEntity } from '../auth/user.entity';
import { badInput, conflict, notFound } from '../core/errors/app-error';
import { LiveEvents } from '../live/live-events';
import { Topic } from '../live/topics';
import { MailService } from '../mail/mail.service';
import { AgendaItemKind } from './agenda-item.entity';
import { MinutesService } from './minutes.service';
import {
  AddAgendaItemInput,
  SaveMinutesInput,
  ScheduleMeetingInput,
  UpdateAgendaItemInput,
} from './dto/meeting.input';
import { MeetingState } from './meeting.entity';
import { AgendaItemModel, AttendeeModel, MeetingModel } from './meeting.model';

type Actor = Pick<UserEntity, 'id' | 'name'>;

interface MeetingRow {
  id: string;
  board_id: string;
  draft_id: string | null;
  title: string;
  starts_at: Date;
  duration_minutes: number;
  location: string | null;
  link: string | null;
  state: MeetingState;
  quorum_count: number | null;
  quorum_percent: number | null;
  current_item_id: string | null;
  minutes: string;
  minutes_version: number;
  decisions: string | null;
  opened_at: Date | null;
  closed_at: Date | null;
}

const MAX_AGENDA_ITEMS = 60;

/**
 * Meetings: a schedule, an ordered agenda, attendance with a live quorum, the item under
 * discussion, minutes, and at close the list of decisions taken. Every change is audited and
 * published to the meeting's subscribers (bursts of check-ins coalesced).
 */
@Injectable()
export class MeetingsService {
  private readonly logger = new Logger('MeetingsService');

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly live: LiveEvents,
    private readonly minutes: MinutesService,
    private readonly mail: MailService,
  ) {}

  // ---- reading ---------------------------------------------------------------------------------------

  async get(meetingId: string): Promise<MeetingModel> {
    const [row]: MeetingRow[] = await this.db.query('SELECT * FROM meeting WHERE id = $1', [meetingId]);
    if (!row) throw notFound('That meeting');
    return this.toModel(row);
  }

  async list(boardId: string, take: number): Promise<MeetingModel[]> {
    const rows: MeetingRow[] = await this.db.query(
      `SELECT * FROM meeting WHERE board_id = $1
        ORDER BY (state = 'CLOSED'), CASE WHEN state = 'CLOSED' THEN NULL ELSE starts_at END ASC, starts_at DESC LIMIT $2`,
      [boardId, take],
    );
    return Promise.all(rows.map((r) => this.toModel(r)));
  }

  private async toModel(m: MeetingRow): Promise<MeetingModel> {
    const [agenda, attendance, eligible] = await Promise.all([
      this.db.query('SELECT * FROM agenda_item WHERE meeting_id = $1 ORDER BY position, created_at', [
        m.id,
      ]) as Promise<Record<string, any>[]>,
      this.db.query(
        `SELECT a.user_id, u.name, ms.role, a.checked_in_at, mb.name AS marked_by_name
           FROM attendance a JOIN user_account u ON u.id = a.user_id
           LEFT JOIN membership ms ON ms.user_id = a.user_id AND ms.board_id = $2
           LEFT JOIN user_account mb ON mb.id = a.marked_by_id
          WHERE a.meeting_id = $1 AND (a.left_at IS NULL OR $3) ORDER BY u.name`,
        // Closing marks everyone as having left; a closed meeting's attendance is the record of
        // who attended (as the packet lists it), not who is still in the room.
        [m.id, m.board_id, m.state === MeetingState.CLOSED],
      ) as Promise<Record<string, any>[]>,
      this.db.query(
        `SELECT count(*)::int AS n FROM membership WHERE board_id = $1 AND role IN ('MEMBER', 'FACILITATOR')`,
        [m.board_id],
      ) as Promise<{ n: number }[]>,
    ]);
    const attendees: AttendeeModel[] = attendance.map((a) => ({
      userId: a.user_id,
      name: a.name,
      role: a.role,
      checkedInAt: a.checked_in_at,
      markedByName: a.marked_by_name,
    }));
    const presentCount = attendees.filter(
      (a) => a.role === BoardRole.MEMBER || a.role === BoardRole.FACILITATOR,
    ).length;
    const eligibleCount = eligible[0]?.n ?? 0;
    const quorumRequired = requiredForQuorum(
      { count: m.quorum_count, percent: m.quorum_percent, base: QuorumBase.ELIGIBLE },
      eligibleCount,
    );
    return {
      id: m.id,
      boardId: m.board_id,
      draftId: m.draft_id,
      title: m.title,
      startsAt: m.starts_at,
      durationMinutes: m.duration_minutes,
      location: m.location,
      link: m.link,
      state: m.state,
      openedAt: m.opened_at,
      closedAt: m.closed_at,
      currentItemId: m.current_item_id,
      agenda: agenda.map(toAgendaModel),
      attendance: attendees,
      presentCount,
      eligibleCount,
      quorumCount: m.quorum_count,
      quorumPercent: m.quorum_percent,
      quorumRequired,
      quorumMet: presentCount >= quorumRequired,
      minutes: m.minutes,
      minutesVersion: m.minutes_version,
      decisions: m.decisions,
    };
  }

  // ---- schedule and agenda ---------------------------------------------------------------------------------

  async schedule(input: ScheduleMeetingInput, actor: Actor): Promise<MeetingModel> {
    if (input.draftId) {
      const rows = await this.db.query('SELECT 1 FROM draft WHERE id = $1 AND board_id = $2', [
        input.draftId,
        input.boardId,
      ]);
      if (!rows.length) throw notFound('That draft');
    }
    const { id } = await this.change(input.boardId, actor, async (tx) => {
      const [row] = await tx.query(
        `INSERT INTO meeting (board_id, draft_id, title, starts_at, duration_minutes, location, link, quorum_count, quorum_percent, created_by_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
        [
          input.boardId,
          input.draftId ?? null,
          input.title,
          input.startsAt,
          input.durationMinutes,
          input.location ?? null,
          input.link ?? null,
          input.quorumCount ?? null,
          input.quorumPercent ?? null,
          actor.id,
        ],
      );
      await this.mail.meeting(tx, row.id, 'SCHEDULED');
      return {
        id: row.id as string,
        action: 'meeting.scheduled',
        targetId: row.id,
        data: { label: input.title, startsAt: input.startsAt, location: input.location, link: input.link },
      };
    });
    return this.get(id);
  }

  async addAgendaItem(input: AddAgendaItemInput, actor: Actor): Promise<MeetingModel> {
    const meeting = await this.row(input.meetingId);
    if (meeting.state === MeetingState.CLOSED) throw conflict('This meeting is closed.');
    const title = input.title?.trim() || (await this.defaultTitle(meeting, input));
    await this.change(meeting.board_id, actor, async (tx) => {
      await this.lockMeeting(tx, meeting.id);
      const [{ n }] = await tx.query('SELECT count(*)::int AS n FROM agenda_item WHERE meeting_id = $1', [
        meeting.id,
      ]);
      if (n >= MAX_AGENDA_ITEMS) throw badInput(`An agenda can have at most ${MAX_AGENDA_ITEMS} items.`);
      const [row] = await tx.query(
        `INSERT INTO agenda_item (meeting_id, position, kind, title, notes, clause_id, amendment_id, question_id, time_box_minutes)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
        [
          meeting.id,
          n,
          input.kind,
          title,
          input.notes ?? '',
          input.clauseId ?? null,
          input.amendmentId ?? null,
          input.questionId ?? null,
          input.timeBoxMinutes ?? null,
        ],
      );
      return {
        action: 'agenda.item_added',
        targetId: row.id,
        targetType: 'agenda_item',
        data: { label: title, meetingId: meeting.id, kind: input.kind },
      };
    });
    return this.publish(meeting.id);
  }

  private async defaultTitle(meeting: MeetingRow, input: AddAgendaItemInput): Promise<string> {
    switch (input.kind) {
      case AgendaItemKind.CLAUSE: {
        if (!input.clauseId) throw badInput('Choose the clause to discuss.');
        const [clause] = await this.db.query(
          'SELECT c.heading FROM clause c JOIN draft d ON d.id = c.draft_id WHERE c.id = $1 AND d.board_id = $2',
          [input.clauseId, meeting.board_id],
        );
        if (!clause) throw notFound('That clause');
        return clause.heading || 'Untitled clause';
      }
      case AgendaItemKind.AMENDMENT: {
        if (!input.amendmentId) throw badInput('Choose the amendment to discuss.');
        const [a] = await this.db.query(
          `SELECT c.heading, u.name FROM amendment a LEFT JOIN clause c ON c.id = a.clause_id LEFT JOIN user_account u ON u.id = a.author_id
            WHERE a.id = $1 AND a.board_id = $2`,
          [input.amendmentId, meeting.board_id],
        );
        if (!a) throw notFound('That amendment');
        return `Amendment to ${a.heading ?? 'a clause'}${a.name ? ` (${a.name})` : ''}`;
      }
      case AgendaItemKind.QUESTION: {
        if (!input.questionId) throw badInput('Choose the vote to take.');
        const [q] = await this.db.query('SELECT prompt FROM question WHERE id = $1 AND board_id = $2', [
          input.questionId,
          meeting.board_id,
        ]);
        if (!q) throw notFound('That vote');
        return q.prompt;
      }
      case AgendaItemKind.FREE:
        throw badInput('Give the item a title.');
    }
  }

  async updateAgendaItem(input: UpdateAgendaItemInput, actor: Actor): Promise<MeetingModel> {
    const [item] = await this.db.query(
      'SELECT a.*, m.board_id FROM agenda_item a JOIN meeting m ON m.id = a.meeting_id WHERE a.id = $1',
      [input.agendaItemId],
    );
    if (!item) throw notFound('That agenda item');
    await this.change(item.board_id, actor, async (tx) => {
      await this.lockMeeting(tx, item.meeting_id);
      if (input.title != null || input.notes != null || input.timeBoxMinutes !== undefined) {
        await tx.query(
          `UPDATE agenda_item SET title = COALESCE($2, title), notes = COALESCE($3, notes),
                  time_box_minutes = CASE WHEN $5 THEN $4 ELSE time_box_minutes END, updated_at = now() WHERE id = $1`,
          [
            item.id,
            input.title ?? null,
            input.notes ?? null,
            input.timeBoxMinutes ?? null,
            input.timeBoxMinutes !== undefined,
          ],
        );
      }
      if (input.position != null) {
        const ids: { id: string }[] = await tx.query(
          'SELECT id FROM agenda_item WHERE meeting_id = $1 ORDER BY position, created_at',
          [item.meeting_id],
        );
        const order = ids.map((r) => r.id).filter((id) => id !== item.id);
        order.splice(Math.min(input.position, order.length), 0, item.id);
        await tx.query(
          `UPDATE agenda_item a SET position = o.ord - 1, updated_at = now() FROM unnest($1::uuid[]) WITH ORDINALITY AS o(id, ord) WHERE a.id = o.id`,
          [order],
        );
      }
      return {
        action: 'agenda.item_updated',
        targetId: item.id,
        targetType: 'agenda_item',
        data: { label: input.title ?? item.title, position: input.position },
      };
    });
    return this.publish(item.meeting_id);
  }

  async removeAgendaItem(agendaItemId: string, actor: Actor): Promise<MeetingModel> {
    const [item] = await this.db.query(
      'SELECT a.*, m.board_id FROM agenda_item a JOIN meeting m ON m.id = a.meeting_id WHERE a.id = $1',
      [agendaItemId],
    );
    if (!item) throw notFound('That agenda item');
    await this.change(item.board_id, actor, async (tx) => {
      await this.lockMeeting(tx, item.meeting_id);
      await tx.query('UPDATE meeting SET current_item_id = NULL WHERE id = $1 AND current_item_id = $2', [
        item.meeting_id,
        item.id,
      ]);
      await tx.query('DELETE FROM agenda_item WHERE id = $1', [item.id]);
      await tx.query(
        `UPDATE agenda_item a SET position = o.ord - 1 FROM (SELECT id, row_number() OVER (ORDER BY position, created_at) AS ord FROM agenda_item WHERE meeting_id = $1) o WHERE a.id = o.id`,
        [item.meeting_id],
      );
      return {
        action: 'agenda.item_removed',
        targetId: item.id,
        targetType: 'agenda_item',
        data: { label: item.title },
      };
    });
    return this.publish(item.meeting_id);
  }

  // ---- running the meeting ------------------------------------------------------------------------------------

  async open(meetingId: string, actor: Actor): Promise<MeetingModel> {
    const meeting = await this.row(meetingId);
    await this.change(meeting.board_id, actor, async (tx) => {
      const m = await this.lockMeeting(tx, meetingId);
      if (m.state !== MeetingState.SCHEDULED)
        throw conflict(
          m.state === MeetingState.OPEN ? 'This meeting is already open.' : 'This meeting is closed.',
        );
      await tx.query(
        `UPDATE meeting SET state = 'OPEN', opened_at = now(), updated_at = now() WHERE id = $1`,
        [meetingId],
      );
      return { action: 'meeting.opened', targetId: meetingId, data: { label: m.title } };
    });
    return this.publish(meetingId);
  }

  async setCurrentItem(meetingId: string, agendaItemId: string | null, actor: Actor): Promise<MeetingModel> {
    const meeting = await this.row(meetingId);
    await this.change(meeting.board_id, actor, async (tx) => {
      const m = await this.lockMeeting(tx, meetingId);
      if (m.state !== MeetingState.OPEN) throw conflict('Open the meeting first.');
      let title: string | null = null;
      if (agendaItemId) {
        const [item] = await tx.query('SELECT title FROM agenda_item WHERE id = $1 AND meeting_id = $2', [
          agendaItemId,
          meetingId,
        ]);
        if (!item) throw notFound('That agenda item');
        title = item.title;
      }
      if (m.current_item_id && m.current_item_id !== agendaItemId) {
        await tx.query('UPDATE agenda_item SET ended_at = now(), updated_at = now() WHERE id = $1', [
          m.current_item_id,
        ]);
      }
      if (agendaItemId && agendaItemId !== m.current_item_id) {
        await tx.query(
          'UPDATE agenda_item SET started_at = COALESCE(started_at, now()), ended_at = NULL, updated_at = now() WHERE id = $1',
          [agendaItemId],
        );
      }
      await tx.query('UPDATE meeting SET current_item_id = $2, updated_at = now() WHERE id = $1', [
        meetingId,
        agendaItemId,
      ]);
      return {
        action: 'meeting.item_started',
        targetId: meetingId,
        data: { label: title ?? m.title, agendaItemId },
      };
    });
    return this.publish(meetingId);
  }

  async setAttendance(
    meetingId: string,
    userId: string,
    present: boolean,
    actor: Actor,
    markedBySomeoneElse: boolean,
  ): Promise<MeetingModel> {
    const meeting = await this.row(meetingId);
    if (meeting.state === MeetingState.CLOSED) throw conflict('This meeting is closed.');
    if (markedBySomeoneElse) {
      const rows = await this.db.query('SELECT 1 FROM membership WHERE board_id = $1 AND user_id = $2', [
        meeting.board_id,
        userId,
      ]);
      if (!rows.length) throw notFound('That member');
    }
    await this.change(meeting.board_id, actor, async (tx) => {
      if (present) {
        await tx.query(
          `INSERT INTO attendance (meeting_id, user_id, checked_in_at, marked_by_id) VALUES ($1, $2, now(), $3)
           ON CONFLICT (meeting_id, user_id) DO UPDATE SET left_at = NULL, checked_in_at = CASE WHEN attendance.left_at IS NULL THEN attendance.checked_in_at ELSE now() END,
             marked_by_id = EXCLUDED.marked_by_id`,
          [meetingId, userId, markedBySomeoneElse ? actor.id : null],
        );
      } else {
        await tx.query(
          'UPDATE attendance SET left_at = now() WHERE meeting_id = $1 AND user_id = $2 AND left_at IS NULL',
          [meetingId, userId],
        );
      }
      return {
        action: present ? 'attendance.checked_in' : 'attendance.left',
        targetId: meetingId,
        data: { userId, markedBy: markedBySomeoneElse ? actor.id : null },
      };
    });
    return this.publish(meetingId);
  }

  /**
   * Replaces the whole minutes (API clients; the meeting room edits the shared document live).
   * Optimistic concurrency: a save based on an older version is refused with the current text.
   */
  async saveMinutes(input: SaveMinutesInput, actor: Actor): Promise<MeetingModel> {
    const meeting = await this.row(input.meetingId);
    await this.change(meeting.board_id, actor, async (tx) => {
      const m = await this.lockMeeting(tx, input.meetingId);
      if (m.state === MeetingState.CLOSED) throw conflict('This meeting is closed; its minutes are final.');
      if (m.minutes_version !== input.baseVersion) {
        throw conflict(
          'Someone else saved the minutes meanwhile. Their version is shown; add your changes to it.',
        );
      }
      return {
        action: 'meeting.minutes_saved',
        targetId: m.id,
        data: { version: m.minutes_version + 1, length: input.text.length },
      };
    });
    // The shared document is the source of truth; the mirror writes the text and the version.
    await this.minutes.replaceText(input.meetingId, actor.id, input.text);
    return this.publish(input.meetingId);
  }

  /**
   * Closes the meeting; the decisions taken in it are appended to the shared minutes as one
   * server transaction (and so to the plain-text mirror). Open votes must be closed first.
   */
  async close(meetingId: string, actor: Actor): Promise<MeetingModel> {
    const meeting = await this.row(meetingId);
    const { lines } = await this.change(meeting.board_id, actor, async (tx) => {
      const m = await this.lockMeeting(tx, meetingId);
      if (m.state !== MeetingState.OPEN)
        throw conflict(
          m.state === MeetingState.CLOSED
            ? 'This meeting is already closed.'
            : 'Open the meeting before closing it.',
        );
      const open: { prompt: string }[] = await tx.query(
        `SELECT prompt FROM question WHERE meeting_id = $1 AND state = 'OPEN'`,
        [meetingId],
      );
      if (open.length)
        throw conflict(
          `Close the open vote${open.length > 1 ? 's' : ''} first: ${open.map((q) => `“${q.prompt}”`).join(', ')}.`,
        );
      const lines = await this.decisionsOf(tx, meetingId);
      const decisions = lines.length ? lines.map((l) => `- ${l}`).join('\n') : null;
      if (m.current_item_id)
        await tx.query('UPDATE agenda_item SET ended_at = now() WHERE id = $1', [m.current_item_id]);
      await tx.query(
        `UPDATE meeting SET state = 'CLOSED', closed_at = now(), current_item_id = NULL, decisions = $2, updated_at = now() WHERE id = $1`,
        [meetingId, decisions],
      );
      await tx.query('UPDATE attendance SET left_at = now() WHERE meeting_id = $1 AND left_at IS NULL', [
        meetingId,
      ]);
      return { action: 'meeting.closed', targetId: meetingId, data: { label: m.title, decisions }, lines };
    });
    try {
      await this.minutes.closeWithDecisions(meetingId, actor.id, lines);
    } catch (error) {
      // The meeting is closed and its decisions are stored; keep them in the text the packet reads.
      this.logger.error(
        `meeting ${meetingId}: could not add the decisions to the shared minutes: ${String(error)}`,
      );
      if (lines.length)
        await this.db.query(
          `UPDATE meeting SET minutes = rtrim(minutes) || CASE WHEN btrim(minutes) = '' THEN '' ELSE E'\n\n' END || $2,
                  minutes_version = minutes_version + 1 WHERE id = $1`,
          [meetingId, `Decisions taken in this meeting\n\n${lines.map((l) => `- ${l}`).join('\n')}`],
        );
    }
    return this.publish(meetingId);
  }

  /** One line per vote closed in this meeting (latest round), in the order they closed. */
  private async decisionsOf(tx: EntityManager, meetingId: string): Promise<string[]> {
    const rows: {
      prompt: string;
      outcome: string;
      summary: string;
      round: number;
      text_hash_at_close: string;
    }[] = await tx.query(
      `SELECT q.prompt, r.outcome, r.round, r.text_hash_at_close, r.tally->>'ballots' AS ballots,
              COALESCE((SELECT data->>'summary' FROM audit_event e WHERE e.target_id = q.id AND e.action = 'question.closed'
                         AND (e.data->>'round')::int = r.round ORDER BY e.seq DESC LIMIT 1), r.outcome) AS summary
         FROM question q JOIN question_result r ON r.question_id = q.id AND r.round = q.round
        WHERE q.meeting_id = $1 AND q.state = 'CLOSED'
        ORDER BY r.closed_at`,
      [meetingId],
    );
    return rows.map(
      (r) =>
        `${r.prompt}${r.round > 1 ? ` (round ${r.round})` : ''}: ${r.summary} [wording sha256 ${r.text_hash_at_close.slice(0, 12)}]`,
    );
  }

  // ---- helpers ----------------------------------------------------------------------------------------------

  private async row(meetingId: string): Promise<MeetingRow> {
    const [row]: MeetingRow[] = await this.db.query('SELECT * FROM meeting WHERE id = $1', [meetingId]);
    if (!row) throw notFound('That meeting');
    return row;
  }

  private async lockMeeting(tx: EntityManager, meetingId: string): Promise<MeetingRow> {
    const [row]: MeetingRow[] = await tx.query('SELECT * FROM meeting WHERE id = $1 FOR UPDATE', [meetingId]);
    if (!row) throw notFound('That meeting');
    return row;
  }

  /** Runs a change and its audit record in one transaction, then tells the activity feed. */
  private async change<
    T extends { action: string; targetId: string; targetType?: string; data?: Record<string, unknown> },
  >(boardId: string, actor: Actor, work: (tx: EntityManager) => Promise<T>): Promise<T> {
    const { result, event } = await this.db.transaction(async (tx) => {
      const result = await work(tx);
      const event = await this.audit.record(tx, {
        boardId,
        actor,
        action: result.action,
        targetType: result.targetType ?? 'meeting',
        targetId: result.targetId,
        data: result.data,
      });
      return { result, event };
    });
    this.audit.announce(event);
    return result;
  }

  private async publish(meetingId: string): Promise<MeetingModel> {
    const model = await this.get(meetingId);
    this.live.coalesce(`meeting:${meetingId}`, Topic.meeting(meetingId), async () => ({
      meetingUpdated: await this.get(meetingId),
    }));
    return model;
  }
}

function toAgendaModel(a: Record<string, any>): AgendaItemModel {
  return {
    id: a.id,
    meetingId: a.meeting_id,
    position: a.position,
    kind: a.kind,
    title: a.title,
    notes: a.notes,
    clauseId: a.clause_id,
    amendmentId: a.amendment_id,
    questionId: a.question_id,
    timeBoxMinutes: a.time_box_minutes,
    startedAt: a.started_at,
    endedAt: a.ended_at,
  };
}
