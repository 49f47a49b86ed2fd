import 'reflect-metadata';
import { createDataSource } from '../src/core/database/data-source';
import { createTestDatabase, TestDatabase } from './harness';

describe('database migrations', () => {
  let db: TestDatabase;

  beforeAll(async () => {
    db = await createTestDatabase();
  });

  afterAll(async () => {
    await db.drop();
  });

  it('create exactly the schema the entities describe (nothing left for synchronize to do)', async () => {
    const source = createDataSource(db.url);
    await source.initialize();
    try {
      await source.runMigrations();
      const pending = await source.driver.createSchemaBuilder().log();
      expect(pending.upQueries.map((q) => q.query)).toEqual([]);
    } finally {
      await source.destroy();
    }
  });

  it('can be rolled all the way back and applied again', async () => {
    const source = createDataSource(db.url);
    await source.initialize();
    try {
      while ((await source.query('SELECT count(*)::int AS n FROM schema_migration'))[0].n > 0) {
        await source.undoLastMigration();
      }
      const tables = await source.query(
        "SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'schema_migration'",
      );
      expect(tables).toEqual([]);
      await source.runMigrations();
      expect((await source.driver.createSchemaBuilder().log()).upQueries).toEqual([]);
    } finally {
      await source.destroy();
    }
  });
});
