import * as Y from 'yjs';
import { MINUTES_FRAGMENT } from '@roundtable/shared';
import { paragraph } from '../clauses/clause-doc';
import { minutesPlainText, minutesSeedUpdate } from './minutes-doc';

const MEETING = '7d1c3a52-4a8e-4c55-9a65-0f3c2a9b1e10';
const OLD_TEXT = 'Roll call: five present.\n\nThe chair opened the floor.';

describe('starting minutes from their old plain text', () => {
  it('gives the same bytes every time for the same meeting and text', () => {
    expect(Buffer.from(minutesSeedUpdate(MEETING, OLD_TEXT))).toEqual(
      Buffer.from(minutesSeedUpdate(MEETING, OLD_TEXT)),
    );
    expect(Buffer.from(minutesSeedUpdate(MEETING, OLD_TEXT))).not.toEqual(
      Buffer.from(minutesSeedUpdate('0b5e0c7a-1111-4d2b-8e0e-8f1d2c3b4a59', OLD_TEXT)),
    );
  });

  it('keeps the text once when two replicas seed the same meeting at once, whatever the order', () => {
    // Replica A and replica B each seed; a browser typed on A in between. Every document that
    // receives both seeds (in either order) converges to one copy of the old text.
    const a = new Y.Doc();
    const b = new Y.Doc();
    Y.applyUpdate(a, minutesSeedUpdate(MEETING, OLD_TEXT));
    const typed = new Y.Doc();
    Y.applyUpdate(typed, Y.encodeStateAsUpdate(a));
    const para = new Y.XmlElement('paragraph');
    para.insert(0, [new Y.XmlText('Added by a member.')]);
    typed.getXmlFragment(MINUTES_FRAGMENT).insert(2, [para]);
    Y.applyUpdate(a, Y.encodeStateAsUpdate(typed));
    Y.applyUpdate(b, minutesSeedUpdate(MEETING, OLD_TEXT));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    const expected = `${OLD_TEXT}\n\nAdded by a member.`;
    expect(minutesPlainText(a)).toBe(expected);
    expect(minutesPlainText(b)).toBe(expected);
  });

  it('(what it prevents) the same text inserted by two replicas under their own ids is kept twice', () => {
    const insertedBy = (clientID: number) => {
      const doc = new Y.Doc();
      doc.clientID = clientID;
      doc.getXmlFragment(MINUTES_FRAGMENT).insert(0, [paragraph('Roll call: five present.')]);
      return Y.encodeStateAsUpdate(doc);
    };
    const merged = new Y.Doc();
    Y.applyUpdate(merged, insertedBy(1));
    Y.applyUpdate(merged, insertedBy(2));
    expect(minutesPlainText(merged)).toBe('Roll call: five present.\n\nRoll call: five present.');
  });
});
