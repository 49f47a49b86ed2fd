import { DataSource } from 'typeorm';
import { createDataSource } from './data-source';

/** An arbitrary constant: replicas starting together take turns to migrate. */
const MIGRATION_LOCK = 727_274_001;

/**
 * Runs pending migrations under an advisory lock, then `afterMigrate` (demo data) in the same
 * turn, so two replicas never migrate or seed at once.
 */
export async function migrate(
  url: string,
  afterMigrate?: (db: DataSource) => Promise<void>,
): Promise<string[]> {
  const db = createDataSource(url);
  await db.initialize();
  const runner = db.createQueryRunner();
  try {
    await runner.connect();
    await runner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    const applied = await db.runMigrations({ transaction: 'each' });
    if (afterMigrate) await afterMigrate(db);
    return applied.map((m) => m.name);
  } finally {
    await runner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    await runner.release();
    await db.destroy();
  }
}
