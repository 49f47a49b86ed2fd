import * as Y from 'yjs';
import { insertClause, readClauses } from '../clauses/clause-doc';
import { replaceClauseBody } from './clause-body';

describe('adopting an amendment in the live document', () => {
  it('replaces the clause body in one update, keeping heading, id and components', () => {
    const doc = new Y.Doc();
    let first = '';
    doc.transact(() => {
      first = insertClause(doc, {
        heading: 'Duty to intervene',
        text: 'Old line one\nOld line two',
        componentIds: ['intervene'],
      });
      insertClause(doc, { heading: 'Other', text: 'Untouched', componentIds: [] });
    });
    const peer = new Y.Doc();
    Y.applyUpdate(peer, Y.encodeStateAsUpdate(doc));
    const updates: Uint8Array[] = [];
    doc.on('update', (u: Uint8Array) => updates.push(u));
    doc.transact(() =>
      expect(replaceClauseBody(doc, first, 'Officers must intervene.\n\nAnd report it.')).toBe(true),
    );
    expect(updates).toHaveLength(1);
    Y.applyUpdate(peer, updates[0]);
    const clauses = readClauses(peer);
    expect(clauses.map((c) => [c.id, c.heading, c.text, c.componentIds])).toEqual([
      [first, 'Duty to intervene', 'Officers must intervene.\nAnd report it.', ['intervene']],
      [clauses[1].id, 'Other', 'Untouched', []],
    ]);
  });

  it('reports a clause that is no longer in the draft', () => {
    expect(replaceClauseBody(new Y.Doc(), '00000000-0000-4000-8000-000000000000', 'x')).toBe(false);
  });
});
