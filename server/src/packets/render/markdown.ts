import { Packet, displayText } from '@roundtable/shared';
import { AsideBlock, Block, Run, headingLine, packetDocument } from './document';

/**
 * Escapes text so a Markdown renderer shows it literally: no links, images, raw HTML, emphasis
 * or block syntax can come out of clause text.
 */
export function escapeMarkdown(text: string): string {
  return (
    displayText(text)
      .replace(/[\\`*_{}[\]()<>#+!|~&]/g, (c) =>
        c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '&' ? '&amp;' : `\\${c}`,
      )
      // Bare URLs would become links in GitHub's Markdown (and trip markdownlint's MD034).
      .replace(/([A-Za-z0-9]):\/\//g, '$1\\://')
      .replace(/\bwww\./gi, (w) => `${w.slice(0, 3)}\\.`)
      .replace(
        /^(\s*)([-=]|\d+[.)])/gm,
        (_m, space: string, marker: string) => `${space}${marker.replace(/([-=.)])/, '\\$1')}`,
      )
  );
}

const md = escapeMarkdown;

/** Wraps the words of `text` in `mark`, leaving its outer spaces outside (emphasis cannot start or end with one). */
function wrap(text: string, open: string, close = open): string {
  const m = /^(\s*)([\s\S]*?)(\s*)$/.exec(text)!;
  return m[2] ? `${m[1]}${open}${m[2]}${close}${m[3]}` : text;
}

function runMd(r: Run, wholeParagraph: boolean): string {
  let text = md(r.text).replace(/\n/g, '  \n');
  if (r.label) return `**${text.trim()}:** `;
  if (r.code) return `\`${r.text}\``;
  // A paragraph that is all emphasis reads as a fake heading to markdownlint (MD036); its style is the renderer's, not the author's.
  if (!wholeParagraph) {
    if (r.bold) text = wrap(text, '**');
    if (r.italic) text = wrap(text, '*');
  }
  if (r.change === 'ins') text = wrap(text, '**\\[+', '+\\]**');
  if (r.change === 'del') text = wrap(text, '~~\\[-', '-\\]~~');
  return text;
}

const runs = (list: Run[]) =>
  list
    .map((r) => runMd(r, list.length === 1 && !r.change))
    .join('')
    .trim();

/** Lines of a block, without the blank lines around it. */
function blockLines(b: Block): string[] {
  switch (b.kind) {
    case 'heading':
      return [`### ${md(headingLine(b))}`];
    case 'paragraph':
      return [runs(b.runs) || '—'];
    case 'list': {
      const out: string[] = [];
      b.items.forEach((item, i) => {
        const marker = b.ordered ? `${b.start + i}. ` : '- ';
        const indent = ' '.repeat(marker.length);
        item.forEach((child, k) => {
          const lines = blockLines(child);
          // A further paragraph of an item needs a blank line before it; a nested list does not.
          if (k > 0 && child.kind !== 'list') out.push('');
          lines.forEach((l, n) => out.push(k === 0 && n === 0 ? `${marker}${l}` : l ? `${indent}${l}` : ''));
        });
      });
      return out;
    }
    case 'table': {
      const cellText = (blocks: Block[]) =>
        blocks
          .map((c) => (c.kind === 'paragraph' ? runs(c.runs) : blockLines(c).join(' ')))
          .join(' · ')
          .replace(/\|/g, '\\|') || '—';
      return [
        ...(b.caption ? [`**${md(b.caption)}:**`, ''] : []),
        `| ${b.headers.map(md).join(' | ')} |`,
        `| ${b.headers.map(() => '---').join(' | ')} |`,
        ...b.rows.map((row) => `| ${row.map(cellText).join(' | ')} |`),
      ];
    }
    case 'hash':
      return [`**${md(b.label)}:** \`${b.value}\``];
    case 'aside':
      return asideLines([b]);
    case 'legend':
      return [
        `**How to read:** ${runMd({ text: 'inserted', change: 'ins' }, false)} text ${md(b.ins)}; ${runMd({ text: 'deleted', change: 'del' }, false)} text ${md(b.del)}.`,
      ];
    case 'redline':
      return [
        `**${md(b.status)}:** ${md(b.where)}`,
        ...b.heading.flatMap((l) => ['', runs(l.runs)]),
        // Indentation would turn a line into code (MD046); nesting shows as a leading "›" per level.
        ...b.body.flatMap((l) => ['', `${'› '.repeat(l.depth)}${runs(l.runs)}`]),
      ];
  }
}

/** Asides next to each other share one blockquote (two quotes separated by a blank line are one to many readers, MD028). */
function asideLines(asides: AsideBlock[]): string[] {
  const out: string[] = [];
  asides.forEach((a, i) => {
    if (i > 0) out.push('>');
    out.push(`> **${md(a.label)}** — ${md(a.note)}`);
    for (const child of a.blocks) out.push('>', ...blockLines(child).map((l) => (l ? `> ${l}` : '>')));
  });
  return out;
}

/** Blocks separated by blank lines, consecutive asides merged. */
function blocksMd(blocks: Block[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    let lines: string[];
    if (b.kind === 'aside') {
      const group = [b];
      while (blocks[i + 1]?.kind === 'aside') group.push(blocks[++i] as AsideBlock);
      lines = asideLines(group);
    } else lines = blockLines(b);
    out.push(...lines, '');
  }
  return out;
}

/** The packet as Markdown, for wikis and diff-friendly archives. Passes markdownlint (markdownlint.json). */
export function renderMarkdown(packet: Packet, sha256: string): string {
  const doc = packetDocument(packet, sha256);
  const out: string[] = [`# ${md(doc.title)}`, ''];
  out.push(`${md(doc.board)} · ${md(doc.jurisdiction)}`, '', md(doc.cover.subtitle), '');
  out.push(...blocksMd([...doc.cover.facts, doc.cover.hash]));
  for (const s of doc.sections) out.push(`## ${md(s.title)}`, '', ...blocksMd(s.blocks));
  return `${out
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trimEnd()}\n`;
}
