import type { AuditEventEntity } from './audit-event.entity';

/** One CSV field: quoted when needed, and defused against spreadsheet formula injection. */
export function csvField(value: unknown): string {
  let text =
    value == null
      ? ''
      : value instanceof Date
        ? value.toISOString()
        : typeof value === 'string'
          ? value
          : JSON.stringify(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export const AUDIT_CSV_HEADER = [
  'seq',
  'created_at',
  'actor_id',
  'actor_name',
  'action',
  'target_type',
  'target_id',
  'data',
];

export function auditCsvRow(row: AuditEventEntity): string {
  return [
    row.seq,
    row.createdAt,
    row.actorId,
    row.actorName,
    row.action,
    row.targetType,
    row.targetId,
    row.data,
  ]
    .map(csvField)
    .join(',');
}
