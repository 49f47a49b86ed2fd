import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { LiveEvents } from '../live/live-events';
import { Topic } from '../live/topics';
import { AuditEventEntity } from './audit-event.entity';
import { ActivityModel, AuditEventModel } from './audit.model';

export interface AuditInput {
  boardId: string;
  /** The person who did it; null when the server did (a deadline). */
  actor: { id: string; name: string } | null;
  action: string;
  targetType: string;
  targetId: string | null;
  data?: Record<string, unknown>;
}

export function toAuditModel(row: AuditEventEntity): AuditEventModel {
  return {
    id: row.id,
    seq: Number(row.seq),
    boardId: row.boardId,
    actorId: row.actorId,
    actorName: row.actorName,
    action: row.action,
    targetType: row.targetType,
    targetId: row.targetId,
    data: JSON.stringify(row.data ?? {}),
    createdAt: row.createdAt,
  };
}

/** Actions that stay out of the activity feed (they are in the audit log). */
const QUIET = [
  'ballot.cast',
  'ballot.changed',
  'amendment.supported',
  'amendment.unsupported',
  'attendance.checked_in',
  'attendance.left',
  'meeting.minutes_saved',
];

export function toActivity(row: AuditEventEntity): ActivityModel {
  const label = row.data && typeof row.data.label === 'string' ? row.data.label : null;
  return {
    id: row.id,
    seq: Number(row.seq),
    actorName: row.actorName,
    action: row.action,
    targetType: row.targetType,
    targetId: row.targetId,
    label,
    createdAt: row.createdAt,
  };
}

/**
 * The board's append-only record. `record` is called inside the transaction of the change it
 * describes, so a change and its record commit together or not at all.
 */
@Injectable()
export class AuditService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly live: LiveEvents,
  ) {}

  async record(tx: EntityManager, input: AuditInput): Promise<AuditEventEntity> {
    const rows = await tx.query(
      `INSERT INTO audit_event (board_id, actor_id, actor_name, action, target_type, target_id, data)
       VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING *`,
      [
        input.boardId,
        input.actor?.id ?? null,
        input.actor?.name ?? null,
        input.action,
        input.targetType,
        input.targetId,
        input.data ?? {},
      ],
    );
    return tx.create(AuditEventEntity, {
      id: rows[0].id,
      seq: rows[0].seq,
      boardId: rows[0].board_id,
      actorId: rows[0].actor_id,
      actorName: rows[0].actor_name,
      action: rows[0].action,
      targetType: rows[0].target_type,
      targetId: rows[0].target_id,
      data: rows[0].data,
      createdAt: rows[0].created_at,
    });
  }

  /** After commit: tell the board's activity feed. */
  announce(event: AuditEventEntity): void {
    if (QUIET.includes(event.action)) return;
    void this.live.publish(Topic.activity(event.boardId), { activityAdded: toActivity(event) });
  }

  async activity(boardId: string, take: number, beforeSeq: number | null): Promise<ActivityModel[]> {
    const qb = this.db
      .getRepository(AuditEventEntity)
      .createQueryBuilder('e')
      .where('e.board_id = :boardId AND e.action NOT IN (:...quiet)', { boardId, quiet: QUIET })
      .orderBy('e.seq', 'DESC')
      .take(take);
    if (beforeSeq != null) qb.andWhere('e.seq < :beforeSeq', { beforeSeq });
    return (await qb.getMany()).map(toActivity);
  }

  async list(
    boardId: string,
    take: number,
    beforeSeq: number | null,
    actions?: string[],
  ): Promise<AuditEventModel[]> {
    const qb = this.db
      .getRepository(AuditEventEntity)
      .createQueryBuilder('e')
      .where('e.board_id = :boardId', { boardId })
      .orderBy('e.seq', 'DESC')
      .take(take);
    if (beforeSeq != null) qb.andWhere('e.seq < :beforeSeq', { beforeSeq });
    if (actions?.length) qb.andWhere('e.action IN (:...actions)', { actions });
    return (await qb.getMany()).map(toAuditModel);
  }

  /** Every event of a board, oldest first, in pages (for the CSV export). */
  async *all(boardId: string, pageSize = 1000): AsyncGenerator<AuditEventEntity[]> {
    let after = 0;
    for (;;) {
      const rows = await this.db
        .getRepository(AuditEventEntity)
        .createQueryBuilder('e')
        .where('e.board_id = :boardId AND e.seq > :after', { boardId, after })
        .orderBy('e.seq', 'ASC')
        .take(pageSize)
        .getMany();
      if (rows.length === 0) return;
      yield rows;
      after = Number(rows[rows.length - 1].seq);
      if (rows.length < pageSize) return;
    }
  }
}
