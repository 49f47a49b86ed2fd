import type { Locale } from './glossary';

/** A paragraph, a list, or a labelled link: the few blocks an email is made of. */
export type Block =
  { p: string } | { list: string[] } | { quote: string } | { action: { label: string; url: string } };

export interface MailContent {
  subject: string;
  /** First line, also shown as the heading. */
  heading: string;
  blocks: Block[];
  /** Why the person got it and how to stop it, with the unsubscribe link. */
  footer: { text: string; unsubscribe?: { label: string; url: string } };
}

const esc = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * Plain, accessible HTML: a lang attribute, real headings and lists, links that say where they
 * go, system fonts and no images at all (so no remote content and nothing that tracks opening).
 */
export function renderHtml(locale: Locale, content: MailContent): string {
  const body = content.blocks
    .map((b) => {
      if ('p' in b) return `<p>${esc(b.p)}</p>`;
      if ('quote' in b)
        return `<blockquote style="margin:0 0 1em;padding-left:12px;border-left:3px solid #767676">${esc(b.quote)}</blockquote>`;
      if ('list' in b) return `<ul>${b.list.map((i) => `<li>${esc(i)}</li>`).join('')}</ul>`;
      return `<p><a href="${esc(b.action.url)}" style="color:#0b57d0;font-weight:bold">${esc(b.action.label)}</a></p>`;
    })
    .join('\n');
  const unsub = content.footer.unsubscribe
    ? ` <a href="${esc(content.footer.unsubscribe.url)}" style="color:#333">${esc(content.footer.unsubscribe.label)}</a>`
    : '';
  return `<!DOCTYPE html>
<html lang="${locale}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${esc(content.subject)}</title></head>
<body style="margin:0;padding:16px;font-family:system-ui,-apple-system,'Segoe UI',sans-serif;font-size:16px;line-height:1.5;color:#1a1a1a;background:#ffffff">
<main style="max-width:600px">
<h1 style="font-size:20px">${esc(content.heading)}</h1>
${body}
<hr>
<p style="font-size:14px;color:#333">${esc(content.footer.text)}${unsub}</p>
</main>
</body>
</html>
`;
}

export function renderText(content: MailContent): string {
  const lines: string[] = [content.heading, ''];
  for (const b of content.blocks) {
    if ('p' in b) lines.push(b.p, '');
    else if ('quote' in b) lines.push(...b.quote.split('\n').map((l) => `> ${l}`), '');
    else if ('list' in b) lines.push(...b.list.map((i) => `- ${i}`), '');
    else lines.push(`${b.action.label}:`, b.action.url, '');
  }
  lines.push('--', content.footer.text);
  if (content.footer.unsubscribe)
    lines.push(`${content.footer.unsubscribe.label}: ${content.footer.unsubscribe.url}`);
  return lines.join('\n') + '\n';
}
