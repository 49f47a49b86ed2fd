import * as Y from 'yjs';
import type { DemoExtension } from '../demo/demo-data';
import { insertClause, readClauses } from './clause-doc';
import { writeClauseRows } from './clause-mirror.service';
import { clauseTextHash } from './clause-doc';

/** The opening clauses of the demo board's draft: plausible starting text for a city board. */
export const DEMO_CLAUSES = [
  {
    heading: '1. Purpose and values',
    text:
      'Every person in Riverside has a right to life, dignity and safety, including in an encounter with police.\n' +
      'This policy sets the limits within which Riverside Police Department officers may use force, and the duties that come with any use of force.',
    componentIds: ['use-of-force-standards'],
  },
  {
    heading: '2. Definitions',
    text:
      'Force: any physical effort, tool or weapon used to make a person comply, including pointing a firearm at a person.\n' +
      'Objectively reasonable: what a careful officer would do in the same situation, judged from what was known at the time, not with hindsight.',
    componentIds: ['definitions'],
  },
  {
    heading: '3. De-escalation comes first',
    text:
      'When it is safe to do so, officers must try to calm the situation before using force: slow down, create distance, use cover, speak plainly and give the person time to comply.\n' +
      'Officers must keep trying to de-escalate during an encounter, not only at its start.',
    componentIds: ['de-escalation', 'minimum-force'],
  },
  {
    heading: '4. Duty to intervene and report',
    text:
      'An officer who sees another officer use force beyond what this policy allows must step in to stop it, whatever the other officer’s rank.\n' +
      'The officer must report what they saw to a supervisor before the end of their shift.',
    componentIds: ['duty-to-intervene'],
  },
  {
    heading: '5. Medical aid after force',
    text: 'After any use of force, officers must check the person for injury, give first aid they are trained to give, and call for medical help without delay.',
    componentIds: ['medical-aid'],
  },
] as const;

/** Writes the demo draft's first clauses into its Y.Doc log and clause rows (first run only). */
export const writeDemoClauses: DemoExtension = async (db, { draftId, userIds }) => {
  const doc = new Y.Doc();
  doc.transact(() => {
    for (const clause of DEMO_CLAUSES) insertClause(doc, clause);
  });
  const update = Y.encodeStateAsUpdate(doc);
  await db.query('INSERT INTO draft_update (draft_id, update, user_id) VALUES ($1, $2, $3)', [
    draftId,
    Buffer.from(update),
    userIds[0] ?? null,
  ]);
  const rows = readClauses(doc).map((clause, position) => ({
    id: clause.id!,
    position,
    heading: clause.heading,
    text: clause.text,
    componentIds: clause.componentIds,
    textHash: clauseTextHash(clause.heading, clause.text),
  }));
  await writeClauseRows(db, draftId, rows);
  doc.destroy();
};
