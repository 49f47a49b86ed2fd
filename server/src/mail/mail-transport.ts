import { Inject, Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { createTransport, type Transporter } from 'nodemailer';
import { APP_CONFIG, AppConfig } from '../core/config/config';
import type { MailMessageEntity } from './mail.entity';

/**
 * Hands a rendered message to the SMTP server of SMTP_URL. The Message-ID is derived from the
 * message's id, so a retry after a crash (sent, but not yet marked sent) carries the same
 * Message-ID and the receiving side can recognise the copy.
 */
@Injectable()
export class MailTransport implements OnModuleDestroy {
  private readonly logger = new Logger('Mail');
  private readonly smtp: Transporter | null;
  private readonly host: string;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.host = new URL(config.publicOrigin).hostname;
    this.smtp = config.smtpUrl
      ? createTransport({
          url: config.smtpUrl,
          connectionTimeout: 10_000,
          greetingTimeout: 10_000,
          socketTimeout: 20_000,
        } as Parameters<typeof createTransport>[0])
      : null;
  }

  get configured(): boolean {
    return this.smtp !== null;
  }

  messageId(mailId: string): string {
    return `<${mailId}@${this.host}>`;
  }

  async send(m: MailMessageEntity): Promise<void> {
    if (!this.smtp) throw new Error('no SMTP server configured');
    await this.smtp.sendMail({
      from: this.config.mailFrom,
      to: m.toAddress,
      subject: m.subject,
      text: m.text,
      html: m.html,
      messageId: this.messageId(m.id),
      headers: {
        'Content-Language': m.locale,
        'Auto-Submitted': 'auto-generated',
        // RFC 8058: the mail client may POST to the List-Unsubscribe URL, no sign-in needed.
        ...(m.unsubscribeUrl ? { 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' } : {}),
      },
      ...(m.unsubscribeUrl ? { list: { unsubscribe: { url: m.unsubscribeUrl } } } : {}),
      ...(m.ics
        ? {
            icalEvent: { method: m.icsMethod ?? 'REQUEST', filename: 'meeting.ics', content: m.ics },
          }
        : {}),
    });
  }

  onModuleDestroy(): void {
    this.smtp?.close();
  }

  logMode(): void {
    if (this.smtp)
      this.logger.log(
        `mail is sent through SMTP (${new URL(this.config.smtpUrl!).host}) from ${this.config.mailFrom}`,
      );
    else
      this.logger.log(
        "SMTP_URL is not set: mail goes to each board's outbox, which its facilitators can read in the app",
      );
  }
}
