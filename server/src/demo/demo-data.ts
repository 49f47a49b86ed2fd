import { BoardRole } from '@roundtable/shared';
import { DataSource, EntityManager } from 'typeorm';
import { hashPassword } from '../auth/password';
import { writeDemoClauses } from '../clauses/demo-clauses';

export const DEMO_PASSWORD = 'riverside-demo';

export const DEMO_ACCOUNTS = [
  { email: 'facilitator@riverside.example', name: 'Maya Ortiz', role: BoardRole.FACILITATOR },
  { email: 'darnell@riverside.example', name: 'Darnell Hughes', role: BoardRole.MEMBER },
  { email: 'priya@riverside.example', name: 'Priya Raman', role: BoardRole.MEMBER },
  { email: 'tom@riverside.example', name: 'Tom Whitaker', role: BoardRole.MEMBER },
  { email: 'chief@riverside.example', name: 'Laura Bennett (Police Chief)', role: BoardRole.OBSERVER },
] as const;

export const DEMO_BOARD = {
  name: 'Riverside Community Police Advisory Board',
  jurisdiction: 'City of Riverside',
  description:
    'Residents, advocates and department liaisons reviewing the Riverside Police Department use-of-force policy, ' +
    'clause by clause, to send the Chief and City Council a recommendation they can act on.',
};

export const DEMO_DRAFT_TITLE = 'Use of Force Policy: community draft';

/**
 * Hooks later features add to enrich the demo (for example, the draft's opening text). They get
 * the seeding transaction: the board and draft rows are not committed yet, so writes through
 * another connection would wait on them (foreign keys) for ever.
 */
export type DemoExtension = (
  db: EntityManager,
  ids: { boardId: string; draftId: string; userIds: string[] },
) => Promise<void>;

/**
 * Loads the demo board on the first run only: when the database has no accounts yet.
 * Returns true when it loaded anything.
 */
export async function loadDemoDataIfEmpty(
  db: DataSource,
  extensions: DemoExtension[] = [writeDemoClauses],
): Promise<boolean> {
  const [{ count }] = await db.query('SELECT count(*)::int AS count FROM user_account');
  if (count > 0) return false;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await db.transaction(async (tx) => {
    const [board] = await tx.query(
      'INSERT INTO board (name, jurisdiction, description) VALUES ($1, $2, $3) RETURNING id',
      [DEMO_BOARD.name, DEMO_BOARD.jurisdiction, DEMO_BOARD.description],
    );
    const userIds: string[] = [];
    for (const account of DEMO_ACCOUNTS) {
      const [user] = await tx.query(
        'INSERT INTO user_account (email, name, password_hash) VALUES ($1, $2, $3) RETURNING id',
        [account.email, account.name, passwordHash],
      );
      userIds.push(user.id);
      await tx.query('INSERT INTO membership (board_id, user_id, role) VALUES ($1, $2, $3)', [
        board.id,
        user.id,
        account.role,
      ]);
    }
    const [draft] = await tx.query(
      'INSERT INTO draft (board_id, title, created_by_id) VALUES ($1, $2, $3) RETURNING id',
      [board.id, DEMO_DRAFT_TITLE, userIds[0]],
    );
    for (const extend of extensions) await extend(tx, { boardId: board.id, draftId: draft.id, userIds });
  });
  return true;
}
