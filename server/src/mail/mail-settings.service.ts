import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { MailMode, MailTopic } from './mail.entity';
import { MailTransport } from './mail-transport';
import type { BoardOutboxModel, EmailSettingsModel, UpdateEmailSettingsInput } from './mail.model';

/** Each person's email language and preferences, and each board's outbox. */
@Injectable()
export class MailSettingsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly transport: MailTransport,
  ) {}

  async settings(userId: string): Promise<EmailSettingsModel> {
    const [user] = await this.db.query('SELECT locale FROM user_account WHERE id = $1', [userId]);
    const rows: { topic: MailTopic; mode: MailMode }[] = await this.db.query(
      'SELECT topic, mode FROM mail_preference WHERE user_id = $1',
      [userId],
    );
    const chosen = new Map(rows.map((r) => [r.topic, r.mode]));
    return {
      locale: user?.locale ?? 'en',
      preferences: Object.values(MailTopic).map((topic) => ({
        topic,
        mode: chosen.get(topic) ?? MailMode.NOW,
      })),
    };
  }

  async update(userId: string, input: UpdateEmailSettingsInput): Promise<EmailSettingsModel> {
    await this.db.transaction(async (tx) => {
      if (input.locale)
        await tx.query('UPDATE user_account SET locale = $2 WHERE id = $1', [userId, input.locale]);
      for (const p of input.preferences ?? []) await this.setMode(userId, p.topic, p.mode, tx);
    });
    return this.settings(userId);
  }

  async setMode(
    userId: string,
    topic: MailTopic,
    mode: MailMode,
    tx: Pick<DataSource, 'query'> = this.db,
  ): Promise<void> {
    await tx.query(
      `INSERT INTO mail_preference (user_id, topic, mode) VALUES ($1, $2, $3)
       ON CONFLICT (user_id, topic) DO UPDATE SET mode = EXCLUDED.mode`,
      [userId, topic, mode],
    );
  }

  async outbox(boardId: string, take: number): Promise<BoardOutboxModel> {
    const rows: Record<string, any>[] = await this.db.query(
      `SELECT id, kind, to_address, locale, subject, text, status, attempts, last_error, created_at, sent_at
         FROM mail_message WHERE board_id = $1 AND status <> 'BUNDLED'
        ORDER BY created_at DESC, id LIMIT $2`,
      [boardId, take],
    );
    return {
      smtpConfigured: this.transport.configured,
      messages: rows.map((r) => ({
        id: r.id,
        kind: r.kind,
        toAddress: r.to_address,
        locale: r.locale,
        subject: r.subject,
        text: r.text,
        status: r.status,
        attempts: r.attempts,
        lastError: r.last_error,
        createdAt: r.created_at,
        sentAt: r.sent_at,
      })),
    };
  }
}
