import { createHash } from 'node:crypto';
import { Packet, displayText, shortHash } from '@roundtable/shared';
import { Block, PacketDocument, Run, headingLine, outlineOf, packetDocument } from './document';

/** Escapes text for element content and double-quoted attributes. Everything from the packet goes through it. */
export function escapeHtml(text: string): string {
  return displayText(text).replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );
}

const e = escapeHtml;

function runHtml(r: Run): string {
  let html = e(r.text).replace(/\n/g, '<br>');
  if (r.label) return `<span class="label">${html}</span>`;
  if (r.code) html = `<code class="hash">${html}</code>`;
  if (r.bold) html = `<strong>${html}</strong>`;
  if (r.italic) html = `<em>${html}</em>`;
  if (r.muted || r.small)
    html = `<span class="${[r.muted && 'muted', r.small && 'small'].filter(Boolean).join(' ')}">${html}</span>`;
  // The [+ +] and [- -] marks say it without colour or underline; screen readers announce ins/del themselves.
  if (r.change === 'ins')
    html = `<ins><span class="mark" aria-hidden="true">[+</span>${html}<span class="mark" aria-hidden="true">+]</span></ins>`;
  if (r.change === 'del')
    html = `<del><span class="mark" aria-hidden="true">[-</span>${html}<span class="mark" aria-hidden="true">-]</span></del>`;
  return html;
}

const runs = (list: Run[]) => list.map(runHtml).join('');
const dir = (rtl?: boolean) => (rtl ? ' dir="rtl"' : ' dir="auto"');

function blockHtml(b: Block): string {
  switch (b.kind) {
    case 'heading':
      return `<h3 id="${e(b.id)}"${dir()}>${e(headingLine(b))}</h3>`;
    case 'paragraph':
      return `<p${dir(b.rtl)}>${runs(b.runs)}</p>`;
    case 'list': {
      const items = b.items.map((item) => `<li>${item.map(blockHtml).join('')}</li>`).join('');
      return b.ordered
        ? `<ol${b.start !== 1 ? ` start="${b.start}"` : ''}>${items}</ol>`
        : `<ul>${items}</ul>`;
    }
    case 'table':
      return `<table>${b.caption ? `<caption class="label">${e(b.caption)}</caption>` : ''}<thead><tr>${b.headers
        .map((h) => `<th scope="col">${e(h)}</th>`)
        .join('')}</tr></thead><tbody>${b.rows
        .map((row) => `<tr>${row.map((c) => `<td>${c.map(blockHtml).join('')}</td>`).join('')}</tr>`)
        .join('')}</tbody></table>`;
    case 'hash':
      return `<p><span class="label">${e(b.label)}</span><code class="hash">${e(b.value)}</code></p>`;
    case 'aside':
      return `<div class="aside${b.dissent ? ' dissent' : ''}"><p><span class="label">${e(b.label)}</span><span class="muted">${e(b.note)}</span></p>${b.blocks.map(blockHtml).join('')}</div>`;
    case 'legend':
      return `<p class="muted"><span class="label">How to read</span>${runHtml({ text: 'Inserted', change: 'ins' })} text (underlined) ${e(b.ins)}; ${runHtml({ text: 'deleted', change: 'del' })} text (struck through) ${e(b.del)}.</p>`;
    case 'redline':
      return `<div class="change"><p><span class="label">${e(b.status)}</span><strong>${e(b.where)}</strong></p>${b.heading
        .map((l) => `<p dir="auto" class="change-heading">${runs(l.runs)}</p>`)
        .join('')}${b.body
        .map(
          (l) =>
            `<p dir="auto"${l.depth ? ` class="depth-${Math.min(l.depth, 4)}"` : ''}>${runs(l.runs)}</p>`,
        )
        .join('')}</div>`;
  }
}

const STYLE = (doc: PacketDocument) => `
:root { color-scheme: light; --ink: #1d2430; --muted: #4a5463; --rule: #c9ced6; --ins: #135e2b; --del: #8a1c1c; }
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.55 Georgia, "DejaVu Serif", "Noto Serif", serif; color: var(--ink); background: #fff; }
main { max-width: 46rem; margin: 0 auto; padding: 2rem 1.25rem 4rem; }
h1, h2, h3, .label, table, nav, footer { font-family: system-ui, "DejaVu Sans", "Noto Sans", Arial, sans-serif; }
h1 { font-size: 2rem; line-height: 1.2; margin: 0.25rem 0 0.5rem; }
h2 { font-size: 1.4rem; margin: 2.5rem 0 0.75rem; border-bottom: 1px solid var(--rule); padding-bottom: 0.25rem; }
h3 { font-size: 1.1rem; margin: 1.75rem 0 0.35rem; }
p, li, td, th, h1, h2, h3 { overflow-wrap: anywhere; }
.muted { color: var(--muted); }
.small { font-size: 0.85em; }
.label { font-size: 0.75rem; font-weight: 700; letter-spacing: 0.06em; text-transform: uppercase; color: var(--muted); margin-right: 0.5em; }
.cover { border-bottom: 2px solid var(--ink); padding-bottom: 1.5rem; margin-bottom: 1.5rem; }
.hash { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: 0.8rem; word-break: break-all; }
table { width: 100%; border-collapse: collapse; font-size: 0.875rem; margin: 0.5rem 0 1rem; }
caption { text-align: left; }
th { text-align: left; color: var(--muted); border-bottom: 2px solid var(--rule); padding: 0.3rem; }
td { border-bottom: 1px solid var(--rule); padding: 0.3rem; vertical-align: top; }
td p { margin: 0 0 0.25rem; }
.aside { margin: 0.5rem 0 0.75rem 1rem; padding-left: 0.75rem; border-left: 3px solid var(--rule); }
.aside p:first-child { margin-bottom: 0.25rem; }
.change { margin: 1rem 0; }
.change p { margin: 0.2rem 0; }
.change-heading { font-weight: 700; }
.depth-1 { margin-left: 1.5rem; } .depth-2 { margin-left: 3rem; } .depth-3 { margin-left: 4.5rem; } .depth-4 { margin-left: 6rem; }
ins { color: var(--ins); text-decoration: underline; text-decoration-thickness: 2px; }
del { color: var(--del); text-decoration: line-through; }
.mark { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-weight: 700; font-size: 0.8em; }
nav ol ol { font-size: 0.9rem; }
footer { margin-top: 3rem; font-size: 0.8rem; color: var(--muted); border-top: 1px solid var(--rule); padding-top: 0.75rem; }
@media print {
  body { font-size: 10.5pt; }
  main { max-width: none; padding: 0; }
  section.page { break-before: page; }
  tr, .aside, .change { break-inside: avoid; }
  h2, h3 { break-after: avoid; }
  nav { break-after: page; }
  a { color: inherit; text-decoration: none; }
  @page { size: ${doc.pageSize === 'A4' ? 'A4' : 'letter'}; margin: 2cm 2.2cm; }
}
`;

/**
 * The packet as one self-contained HTML page: inline CSS only (allowed by its hash in a strict
 * Content-Security-Policy), no scripts, no external resources, every value escaped.
 */
export function renderHtml(packet: Packet, sha256: string): string {
  const doc = packetDocument(packet, sha256);
  const style = STYLE(doc);
  const styleHash = createHash('sha256').update(style).digest('base64');
  const csp = `default-src 'none'; style-src 'sha256-${styleHash}'; img-src data:; base-uri 'none'; form-action 'none'`;
  const outline = outlineOf(doc);
  const toc: string[] = [];
  outline.forEach((entry, i) => {
    if (entry.level === 2) return;
    const children = [];
    for (let j = i + 1; j < outline.length && outline[j].level === 2; j++) children.push(outline[j]);
    toc.push(
      `<li><a href="#${e(entry.id)}">${e(entry.title)}</a>${
        children.length
          ? `<ol class="plain">${children.map((c) => `<li><a href="#${e(c.id)}" dir="auto">${e(c.title)}</a></li>`).join('')}</ol>`
          : ''
      }</li>`,
    );
  });
  // html-validate's long-title rule (a browser tab shows about 70 characters) counts the escaped source.
  let pageTitle = doc.title;
  if (e(pageTitle).length > 70) {
    while (e(pageTitle).length > 69) pageTitle = pageTitle.slice(0, -1);
    pageTitle = `${pageTitle.trimEnd()}…`;
  }
  return `<!DOCTYPE html>
<html lang="${doc.lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Roundtable">
<meta name="description" content="${e(`${doc.board} · Version ${doc.version}`)}">
<meta name="packet-sha256" content="${e(sha256)}">
<title>${e(pageTitle)}</title>
<style>${style}</style>
</head>
<body>
<main>
<header class="cover">
<p class="muted">${e(doc.board)} · ${e(doc.jurisdiction)}</p>
<h1 dir="auto">${e(doc.title)}</h1>
<p class="muted">${e(doc.cover.subtitle)}</p>
${doc.cover.facts.map(blockHtml).join('\n')}
${blockHtml(doc.cover.hash)}
</header>
<nav aria-labelledby="contents"><h2 id="contents">Contents</h2><ol>${toc.join('')}</ol></nav>
${doc.sections
  .map(
    (s) =>
      `<section aria-labelledby="${e(s.id)}"${s.pageBreak ? ' class="page"' : ''}><h2 id="${e(s.id)}">${e(s.title)}</h2>\n${s.blocks.map(blockHtml).join('\n')}\n</section>`,
  )
  .join('\n')}
<footer><p>${e(doc.title)} · Version ${doc.version} · SHA-256 <code class="hash">${e(shortHash(sha256))}</code>… (full hash above). Generated by Roundtable from the frozen JSON (schema ${doc.schemaVersion}); every format renders the same document.</p></footer>
</main>
</body>
</html>
`;
}
