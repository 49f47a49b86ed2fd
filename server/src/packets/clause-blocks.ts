import * as Y from 'yjs';
import { NODE, PacketBlock, PacketInline, blocksText } from '@roundtable/shared';
import { readClauses } from '../clauses/clause-doc';

/*
 * A clause body as packet blocks, read from the live document (the editor's shape, see
 * shared/src/editor): paragraphs with bold/italic runs, hard breaks as "\n", bulleted and
 * numbered lists nested as deep as the editor nests them.
 */

function inlines(children: readonly (Y.XmlElement | Y.XmlText | Y.XmlHook)[]): PacketInline[] {
  const out: PacketInline[] = [];
  const push = (text: string, attrs: { bold?: unknown; italic?: unknown } = {}) => {
    if (!text) return;
    const inline: PacketInline = { text };
    if (attrs.bold) inline.bold = true;
    if (attrs.italic) inline.italic = true;
    const last = out[out.length - 1];
    if (last && last.bold === inline.bold && last.italic === inline.italic) last.text += text;
    else out.push(inline);
  };
  for (const child of children) {
    if (child instanceof Y.XmlText) {
      for (const op of child.toDelta() as { insert?: unknown; attributes?: Record<string, unknown> }[])
        if (typeof op.insert === 'string') push(op.insert, op.attributes);
    } else if (child instanceof Y.XmlElement) {
      if (child.nodeName === 'hardBreak') push('\n');
      else for (const inline of inlines(child.toArray())) push(inline.text, inline);
    }
  }
  return out;
}

const isList = (node: unknown): node is Y.XmlElement =>
  node instanceof Y.XmlElement && (node.nodeName === NODE.bulletList || node.nodeName === NODE.orderedList);

function blocksOf(nodes: readonly (Y.XmlElement | Y.XmlText | Y.XmlHook)[]): PacketBlock[] {
  const out: PacketBlock[] = [];
  for (const node of nodes) {
    if (isList(node)) {
      const ordered = node.nodeName === NODE.orderedList;
      out.push({
        type: 'list',
        ordered,
        start: ordered ? Number(node.getAttribute('start')) || 1 : 1,
        items: node
          .toArray()
          .filter((item): item is Y.XmlElement => item instanceof Y.XmlElement)
          .map((item) => ({ blocks: blocksOf(item.toArray()) })),
      });
    } else if (node instanceof Y.XmlElement) {
      const children = node.toArray();
      if (children.length === 0 || children.some((c) => c instanceof Y.XmlText))
        out.push({ type: 'paragraph', content: inlines(children) });
      else out.push(...blocksOf(children));
    } else if (node instanceof Y.XmlText) {
      out.push({ type: 'paragraph', content: inlines([node]) });
    }
  }
  return out.filter((b) => b.type === 'list' || b.content.some((i) => i.text.trim()));
}

/**
 * Blocks of every clause of a draft's document, by clause id. A clause whose blocks do not read
 * back as its mirrored plain text (an edit landed between the mirror's flush and this read) is
 * left out, so a packet's blocks and text never disagree; the caller falls back to the text.
 */
export function clauseBlocksById(
  doc: Y.Doc,
  plainText: ReadonlyMap<string, string>,
): Map<string, PacketBlock[]> {
  const out = new Map<string, PacketBlock[]>();
  for (const clause of readClauses(doc)) {
    if (!clause.id) continue;
    const expected = plainText.get(clause.id);
    if (expected === undefined) continue;
    const body = clause.element
      .toArray()
      .filter(
        (child, i) => !(i === 0 && child instanceof Y.XmlElement && child.nodeName === NODE.clauseHeading),
      );
    const blocks = blocksOf(body);
    if (blocksText(blocks) === expected) out.set(clause.id, blocks);
  }
  return out;
}
