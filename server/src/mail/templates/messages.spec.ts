import { GLOSSARY, LOCALES } from './glossary';
import { renderHtml, renderText } from './layout';
import * as msg from './messages';

const when = new Date('2026-12-10T18:00:00Z');
const every = (locale: 'en' | 'es') => [
  msg.invitation(locale, {
    boardName: 'B',
    inviterName: 'Ana',
    role: 'MEMBER',
    url: 'https://x/invite/t',
    expiresAt: when,
    note: null,
  }),
  msg.voteOpened(locale, { boardName: 'B', prompt: 'P?', deadline: when, url: 'https://x/v' }),
  msg.voteReminder(locale, { boardName: 'B', prompt: 'P?', deadline: when, url: 'https://x/v' }),
  msg.voteClosed(locale, {
    boardName: 'B',
    prompt: 'P?',
    deadline: null,
    url: 'https://x/v',
    outcome: 'NO_QUORUM',
    ballots: 1,
    eligible: 5,
    winner: null,
  }),
  msg.meeting(locale, {
    boardName: 'B',
    title: 'M',
    startsAt: when,
    durationMinutes: 90,
    location: null,
    link: null,
    agenda: ['Item <1>'],
    url: 'https://x/m',
    change: 'MOVED',
  }),
  msg.packetPublished(locale, { boardName: 'B', draftTitle: 'D', version: 2, url: 'https://x/p' }),
  msg.officialResponded(locale, {
    boardName: 'B',
    draftTitle: 'D',
    version: 2,
    url: 'https://x/p',
    officialName: 'Chief',
  }),
  msg.discussion(locale, {
    boardName: 'B',
    actorName: 'Ana',
    kind: 'MENTION',
    excerpt: '<script>x</script>',
    url: 'https://x/d',
  }),
  msg.digest(locale, [{ subject: 'S', url: 'https://x/d' }], true),
];

describe('email wording', () => {
  it('renders every kind in both languages as plain accessible HTML with a text part, escaping people’s words', () => {
    for (const locale of LOCALES) {
      for (const content of every(locale)) {
        const full = {
          ...content,
          footer: msg.footer(locale, 'VOTES', 'https://x/api/mail/unsubscribe?u=1'),
        };
        const html = renderHtml(locale, full);
        expect(html).toContain(`<html lang="${locale}">`);
        expect(html).not.toMatch(/<img|<script|src=/i);
        expect(html).toContain('https://x/api/mail/unsubscribe?u=1');
        const text = renderText(full);
        expect(text).toContain(content.heading);
        expect(text).toContain('https://x/api/mail/unsubscribe?u=1');
      }
    }
  });

  it('uses the glossary’s Spanish terms and Spanish dates', () => {
    const closed = msg.voteClosed('es', {
      boardName: 'B',
      prompt: 'P?',
      deadline: null,
      url: 'u',
      outcome: 'NO_QUORUM',
      ballots: 1,
      eligible: 5,
      winner: null,
    });
    expect(renderText({ ...closed, footer: msg.footer('es', null, null) })).toContain(
      `Sin ${GLOSSARY.es.quorum}`,
    );
    expect(
      msg.packetPublished('es', { boardName: 'B', draftTitle: 'D', version: 2, url: 'u' }).subject,
    ).toContain(GLOSSARY.es.packet);
    expect(msg.formatDate('es', when)).toBe('jueves, 10 de diciembre de 2026, 18:00 (UTC)');
    expect(msg.formatDate('en', when)).toBe('Thursday, December 10, 2026 at 6:00 PM (UTC)');
  });
});
