import { Controller, Get, Header, HttpCode, Inject, Post, Query } from '@nestjs/common';
import { Access } from '../auth/access.decorator';
import { SESSION_SECRET } from '../core/secret';
import { MailMode } from './mail.entity';
import { MailSettingsService } from './mail-settings.service';
import { asLocale, type Locale } from './templates/glossary';
import { topicName } from './templates/messages';
import { verifyUnsubscribe } from './unsubscribe';

type Q = { u?: string; t?: string; s?: string };

/**
 * One-click unsubscribe without signing in. GET only shows a page with a button (mail scanners
 * follow links, so a GET must change nothing); POST, from that button or from the mail client
 * under RFC 8058 (`List-Unsubscribe-Post`), sets the topic to NONE.
 */
@Controller('api/mail')
export class UnsubscribeController {
  constructor(
    @Inject(SESSION_SECRET) private readonly secret: string,
    private readonly settings: MailSettingsService,
  ) {}

  @Get('unsubscribe')
  @Access.public()
  @Header('Content-Type', 'text/html; charset=utf-8')
  @Header('Cache-Control', 'no-store')
  async confirm(@Query() q: Q): Promise<string> {
    const valid = verifyUnsubscribe(this.secret, q);
    if (!valid)
      return page(
        'en',
        'This link is not valid',
        'Open your account settings to change your email preferences.',
      );
    const locale = await this.localeOf(valid.userId);
    const action = `/api/mail/unsubscribe?${new URLSearchParams(q as Record<string, string>).toString()}`;
    const topic = topicName(locale, valid.topic);
    return locale === 'es'
      ? page('es', `¿Dejar de recibir avisos de ${topic}?`, '', { action, label: 'Sí, dejar de recibirlos' })
      : page('en', `Stop emails about ${topic}?`, '', { action, label: 'Yes, stop these emails' });
  }

  @Post('unsubscribe')
  @Access.public()
  @HttpCode(200)
  @Header('Content-Type', 'text/html; charset=utf-8')
  @Header('Cache-Control', 'no-store')
  async unsubscribe(@Query() q: Q): Promise<string> {
    const valid = verifyUnsubscribe(this.secret, q);
    if (!valid) return page('en', 'This link is not valid', 'Nothing was changed.');
    await this.settings.setMode(valid.userId, valid.topic, MailMode.NONE);
    const locale = await this.localeOf(valid.userId);
    const topic = topicName(locale, valid.topic);
    return locale === 'es'
      ? page(
          'es',
          'Listo',
          `Ya no recibirá avisos de ${topic} por correo. Puede volver a activarlos en su cuenta.`,
        )
      : page(
          'en',
          'Done',
          `You will no longer get emails about ${topic}. You can turn them back on in your account.`,
        );
  }

  private async localeOf(userId: string): Promise<Locale> {
    return asLocale((await this.settings.settings(userId)).locale);
  }
}

const esc = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function page(
  locale: Locale,
  heading: string,
  text: string,
  form?: { action: string; label: string },
): string {
  return `<!DOCTYPE html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${esc(heading)}</title></head>
<body style="font-family:system-ui,sans-serif;max-width:36rem;margin:2rem auto;padding:0 1rem;line-height:1.5">
<main><h1>${esc(heading)}</h1>${text ? `<p>${esc(text)}</p>` : ''}${
    form
      ? `<form method="post" action="${esc(form.action)}"><button type="submit" style="font-size:1rem;padding:.5rem 1rem">${esc(form.label)}</button></form>`
      : ''
  }</main></body></html>`;
}
