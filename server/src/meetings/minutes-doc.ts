import { createHash } from 'node:crypto';
import * as Y from 'yjs';
import { MINUTES_FRAGMENT } from '@roundtable/shared';
import { paragraph } from '../clauses/clause-doc';

/** The minutes' Yjs content, built and read without the editor: no Nest here, so specs load it. */

/**
 * The Yjs update that starts a meeting's minutes from their old plain text. It is the same bytes
 * wherever and however often it is made (a client id derived from the meeting, a fresh document),
 * so two replicas that open the same old meeting at once write the same items, and Yjs keeps
 * them once instead of copying the text twice.
 */
export function minutesSeedUpdate(meetingId: string, text: string): Uint8Array {
  const seed = new Y.Doc({ gc: true });
  // A 32-bit id like the random ones browsers draw: one chance in four billion per editor of
  // meeting one, and Yjs gives a browser a new id if it ever sees its own from elsewhere.
  seed.clientID = createHash('sha256').update(`minutes-seed:${meetingId}`).digest().readUInt32BE(0);
  seed.getXmlFragment(MINUTES_FRAGMENT).insert(0, text.split(/\n{2,}/).map(paragraph));
  const update = Y.encodeStateAsUpdate(seed);
  seed.destroy();
  return update;
}

export function heading(text: string): Y.XmlElement {
  const element = new Y.XmlElement('heading');
  // y-prosemirror stores node attributes as they are: Tiptap's heading level is a number.
  element.setAttribute('level', 2 as unknown as string);
  element.insert(0, [new Y.XmlText(text)]);
  return element;
}

function inlineText(node: Y.XmlElement | Y.XmlText): string {
  if (node instanceof Y.XmlText) {
    return (node.toDelta() as { insert: unknown }[])
      .map((op) => (typeof op.insert === 'string' ? op.insert : ''))
      .join('');
  }
  return node
    .toArray()
    .map((child) => (child instanceof Y.XmlElement || child instanceof Y.XmlText ? inlineText(child) : ''))
    .join('');
}

/**
 * The minutes as plain text: one block per paragraph or heading (blank line between blocks),
 * list items as `- item` (or `1. item`) lines.
 */
export function minutesPlainText(doc: Y.Doc): string {
  const blocks: string[] = [];
  const listLines = (list: Y.XmlElement, ordered: boolean): string[] =>
    list.toArray().flatMap((item, index) => {
      if (!(item instanceof Y.XmlElement)) return [];
      const [first, ...rest] = item.toArray().filter((c): c is Y.XmlElement => c instanceof Y.XmlElement);
      const marker = ordered ? `${index + 1}.` : '-';
      const lines = first ? [`${marker} ${inlineText(first)}`] : [marker];
      for (const nested of rest) {
        const sub =
          nested.nodeName === 'bulletList' || nested.nodeName === 'orderedList'
            ? listLines(nested, nested.nodeName === 'orderedList')
            : [inlineText(nested)];
        lines.push(...sub.map((line) => `  ${line}`));
      }
      return lines;
    });
  for (const node of doc.getXmlFragment(MINUTES_FRAGMENT).toArray()) {
    if (!(node instanceof Y.XmlElement)) continue;
    if (node.nodeName === 'bulletList' || node.nodeName === 'orderedList') {
      blocks.push(listLines(node, node.nodeName === 'orderedList').join('\n'));
    } else blocks.push(inlineText(node));
  }
  return blocks.join('\n\n').trim();
}
