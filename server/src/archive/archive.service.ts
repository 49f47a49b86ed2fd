import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Packet, packetFileName, slugify } from '@roundtable/shared';
import JSZip from 'jszip';
import { DataSource } from 'typeorm';
import { csvField } from '../audit/audit-csv';
import { PacketsService } from '../packets/packets.service';

/** One table of the archive, written as JSON (exact) and CSV (for spreadsheets). */
interface ArchiveTable {
  name: string;
  sql: string;
}

/**
 * What a board takes with it, read with the same privacy rules as the app: ballots only of
 * closed questions that were not secret (a secret question's record is its tally), comment
 * bodies except deleted ones, the audit log as kept.
 */
const TABLES: ArchiveTable[] = [
  {
    name: 'questions',
    sql: `SELECT q.id, d.title AS draft, q.subject, q.prompt, q.kind, q.threshold, q.options, q.secret,
                 q.state, q.round, q.deadline, q.opened_at, q.closed_at, q.created_at
            FROM question q LEFT JOIN draft d ON d.id = q.draft_id
           WHERE q.board_id = $1 ORDER BY q.created_at, q.id`,
  },
  {
    name: 'vote-results',
    sql: `SELECT r.question_id, q.prompt, r.round, r.outcome, r.winner, r.tally, r.dissents,
                 r.recorded_votes, r.close_reason, r.text_hash_at_open, r.text_hash_at_close,
                 r.opened_at, r.closed_at
            FROM question_result r JOIN question q ON q.id = r.question_id
           WHERE q.board_id = $1 ORDER BY r.closed_at, r.round, r.id`,
  },
  {
    name: 'ballots',
    sql: `SELECT b.question_id, q.prompt, b.round, u.name AS voter, b.choice, b.ranking, b.reason, b.created_at
            FROM ballot b JOIN question q ON q.id = b.question_id JOIN user_account u ON u.id = b.voter_id
           WHERE q.board_id = $1 AND NOT q.secret AND q.state = 'CLOSED'
           ORDER BY q.created_at, b.round, b.created_at, b.id`,
  },
  {
    name: 'comments',
    sql: `SELECT c.id, d.title AS draft, c.clause_id, c.amendment_id, c.parent_id, u.name AS author,
                 CASE WHEN c.deleted_at IS NULL THEN c.body END AS body,
                 c.created_at, c.edited_at, c.resolved_at, c.hidden_at, c.hidden_reason, c.deleted_at
            FROM comment c JOIN draft d ON d.id = c.draft_id LEFT JOIN user_account u ON u.id = c.author_id
           WHERE c.board_id = $1 ORDER BY c.created_at, c.id`,
  },
  {
    name: 'minutes',
    sql: `SELECT m.id, m.title, m.starts_at, m.duration_minutes, m.location, m.state, m.minutes,
                 m.decisions, m.opened_at, m.closed_at
            FROM meeting m WHERE m.board_id = $1 ORDER BY m.starts_at, m.id`,
  },
  {
    name: 'audit-log',
    sql: `SELECT a.seq, a.created_at, a.actor_name, a.action, a.target_type, a.target_id, a.data
            FROM audit_event a WHERE a.board_id = $1 ORDER BY a.seq`,
  },
];

/**
 * Rows as CSV (the audit export's quoting and formula defusing) with a header row and a BOM
 * for spreadsheets; nested values (tallies, options) as JSON in their cell.
 */
function toCsv(rows: Record<string, unknown>[]): string {
  if (rows.length === 0) return '';
  const columns = Object.keys(rows[0]);
  const lines = [columns.join(','), ...rows.map((row) => columns.map((c) => csvField(row[c])).join(','))];
  return '\uFEFF' + lines.join('\r\n') + '\r\n';
}

@Injectable()
export class ArchiveService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly packets: PacketsService,
  ) {}

  /** A zip of the board's whole deliberative record, and a file name for it. */
  async boardArchive(boardId: string): Promise<{ fileName: string; body: Buffer } | null> {
    const [board]: { name: string; jurisdiction: string }[] = await this.db.query(
      'SELECT name, jurisdiction FROM board WHERE id = $1',
      [boardId],
    );
    if (!board) return null;
    const zip = new JSZip();
    const date = new Date();
    const contents: string[] = [];
    for (const table of TABLES) {
      const rows: Record<string, unknown>[] = await this.db.query(table.sql, [boardId]);
      zip.file(`${table.name}.json`, JSON.stringify(rows, null, 2), { date });
      zip.file(`${table.name}.csv`, toCsv(rows), { date });
      contents.push(`${table.name}.json / .csv: ${rows.length} rows`);
    }
    // Every published packet version, in every format, exactly as its own download serves it.
    const versions: { id: string; version: number; json: string }[] = await this.db.query(
      'SELECT id, version, json FROM packet_version WHERE board_id = $1 ORDER BY draft_id, version',
      [boardId],
    );
    for (const v of versions) {
      const packet = JSON.parse(v.json) as Packet;
      const fileName = packetFileName(packet.board.slug, packet.version, 'zip');
      const rendered = await this.packets.render(v.id, fileName);
      if (rendered) zip.file(`packets/${v.id}/${rendered.fileName}`, rendered.body, { date });
    }
    contents.push(`packets/: ${versions.length} published versions (PDF, Word, HTML, Markdown, JSON each)`);
    zip.file(
      'README.txt',
      [
        `Record of ${board.name} (${board.jurisdiction}), exported ${date.toISOString()} from Roundtable.`,
        '',
        ...contents,
        '',
        'JSON files are exact; CSV files hold the same rows for spreadsheets (nested values as JSON).',
        'Ballots are listed only for closed questions that were not secret ballots.',
        '',
      ].join('\n'),
      { date },
    );
    return {
      // ASCII by construction, like the packet downloads' names.
      fileName: `roundtable-${slugify(board.name)}-record-${date.toISOString().slice(0, 10)}.zip`,
      body: await zip.generateAsync({
        type: 'nodebuffer',
        compression: 'DEFLATE',
        compressionOptions: { level: 6 },
      }),
    };
  }
}
