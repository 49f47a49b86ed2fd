/**
 * Prints the SQL a new migration needs to bring the schema in line with the entities.
 * Usage (after building): DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres node dist/core/database/migration-diff.js
 * It works on a scratch database that it creates and drops.
 */
import 'reflect-metadata';
import { Client } from 'pg';
import { createDataSource } from './data-source';

async function main(): Promise<void> {
  const base = new URL(process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres');
  const scratch = `rt_diff_${process.pid}`;
  const admin = new Client({ connectionString: base.toString() });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${scratch}`);
  try {
    const url = new URL(base.toString());
    url.pathname = `/${scratch}`;
    const ds = createDataSource(url.toString());
    await ds.initialize();
    await ds.runMigrations();
    const log = await ds.driver.createSchemaBuilder().log();
    const esc = (q: string) => q.replace(/`/g, '\\`');
    console.log('// up');
    for (const q of log.upQueries) console.log(`await queryRunner.query(\`${esc(q.query)}\`);`);
    console.log('// down');
    for (const q of [...log.downQueries].reverse())
      console.log(`await queryRunner.query(\`${esc(q.query)}\`);`);
    await ds.destroy();
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS ${scratch}`);
    await admin.end();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
