import { displayText } from './text';
import type { PacketBlock, PacketClause, PacketInline, PacketListBlock } from './types';

/*
 * A clause body has two forms in a packet: `text`, the plain text the clause mirror writes (votes
 * hash it, redlines diff it), and `blocks`, its structure (schema 2 on). The text form writes a
 * list item as "- item" or "1. item", nested lists two spaces further in a level, and an item's
 * further paragraphs two spaces in under its marker (server/src/clauses/clause-doc.ts).
 */

const MARKER = /^([-*•]|(\d{1,9})[.)])\s+/;

interface OpenList {
  list: PacketListBlock;
  depth: number;
}

const paragraph = (text: string): PacketBlock => ({ type: 'paragraph', content: [{ text }] });

/**
 * The blocks a clause's plain text stands for. Used for schema 1 packets (which carry text
 * only) and when the live document cannot be read; `blocksText` inverts it.
 */
export function blocksFromText(raw: string): PacketBlock[] {
  const blocks: PacketBlock[] = [];
  const open: OpenList[] = [];
  for (const line of displayText(raw).split('\n')) {
    const content = line.trim();
    if (!content) continue;
    const indent = line.length - line.trimStart().length;
    const marker = MARKER.exec(content);
    if (marker) {
      const depth = Math.floor(indent / 2);
      const ordered = marker[2] !== undefined;
      while (open.length && open[open.length - 1].depth > depth) open.pop();
      let top = open[open.length - 1];
      if (top && top.depth === depth && top.list.ordered !== ordered) {
        open.pop();
        top = open[open.length - 1];
      }
      if (!top || top.depth < depth || top.list.ordered !== ordered) {
        const list: PacketListBlock = {
          type: 'list',
          ordered,
          start: ordered ? Number(marker[2]) : 1,
          items: [],
        };
        const parent = top && top.depth < depth ? top.list.items[top.list.items.length - 1] : undefined;
        if (parent) parent.blocks.push(list);
        else {
          open.length = 0;
          blocks.push(list);
        }
        top = { list, depth };
        open.push(top);
      }
      top.list.items.push({ blocks: [paragraph(content.slice(marker[0].length))] });
      continue;
    }
    // A further paragraph of the item one level out (indented two past its marker), else a plain one.
    const owner = indent >= 2 ? Math.floor((indent - 2) / 2) : -1;
    while (open.length && open[open.length - 1].depth > owner) open.pop();
    const top = open[open.length - 1];
    if (top && top.depth === owner) top.list.items[top.list.items.length - 1].blocks.push(paragraph(content));
    else {
      open.length = 0;
      blocks.push(paragraph(content));
    }
  }
  return blocks;
}

export const inlineText = (content: readonly PacketInline[]): string => content.map((i) => i.text).join('');

function listLines(list: PacketListBlock, depth: number, out: string[]): void {
  const indent = '  '.repeat(depth);
  list.items.forEach((item, i) => {
    let first = true;
    for (const block of item.blocks) {
      if (block.type === 'list') {
        listLines(block, depth + 1, out);
        continue;
      }
      const text = inlineText(block.content);
      if (!text) continue;
      out.push(`${indent}${first ? (list.ordered ? `${list.start + i}. ` : '- ') : '  '}${text}`);
      first = false;
    }
  });
}

/** The plain text of blocks, exactly as the clause mirror writes it. */
export function blocksText(blocks: readonly PacketBlock[]): string {
  const out: string[] = [];
  for (const block of blocks) {
    if (block.type === 'list') listLines(block, 0, out);
    else {
      const text = inlineText(block.content);
      if (text.trim()) out.push(text);
    }
  }
  return out.join('\n');
}

/** A clause's blocks: as published (schema 2), else read from its text (schema 1). */
export function clauseBlocks(clause: Pick<PacketClause, 'text' | 'blocks'>): PacketBlock[] {
  return clause.blocks ?? blocksFromText(clause.text);
}
