import { BeforeApplicationShutdown, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import PgBoss from 'pg-boss';
import { DataSource, EntityManager } from 'typeorm';
import type { PostgresConnectionOptions } from 'typeorm/driver/postgres/PostgresConnectionOptions';

/** Advisory-lock key under which one replica at a time creates job queues. */
const QUEUE_DDL_LOCK = 0x72747175;
/** PostgreSQL's SQLSTATE for a detected deadlock. */
const DEADLOCK = '40P01';

/** Where pg-boss keeps its tables. It creates and upgrades this schema itself when it starts. */
export const JOBS_SCHEMA = 'pgboss';

export interface QueueSpec {
  name: string;
  /** Seconds a worker may hold a job before it is presumed dead and the job retried. */
  expireInSeconds: number;
  retryLimit: number;
  /** First retry delay; doubles each time (pg-boss's exponential backoff with jitter). */
  retryDelay: number;
  batchSize?: number;
}

/**
 * The durable job queue: pg-boss on the same PostgreSQL. A job is a row: it survives restarts,
 * one replica at a time holds it (SKIP LOCKED), a failure is retried with backoff, and a job
 * whose worker died (kill -9) is retried once it expires. Jobs can be sent inside the caller's
 * transaction, so an event and its emails commit, or roll back, together.
 */
@Injectable()
export class JobsService implements OnModuleInit, BeforeApplicationShutdown {
  private readonly logger = new Logger('Jobs');
  private boss: PgBoss;
  private started = false;

  constructor(@InjectDataSource() private readonly db: DataSource) {
    const url = (db.options as PostgresConnectionOptions).url;
    this.boss = new PgBoss({
      connectionString: url,
      schema: JOBS_SCHEMA,
      max: 4,
      application_name: 'roundtable-jobs',
      // Expired jobs (a replica that died holding them) go back to the queue within this.
      maintenanceIntervalSeconds: 10,
    });
    this.boss.on('error', (error) => this.logger.warn(`job queue: ${String(error)}`));
  }

  async onModuleInit(): Promise<void> {
    // pg-boss migrates its own schema under its own advisory lock, so replicas may start together.
    await this.boss.start();
    this.started = true;
  }

  /**
   * Creates the queue (if new) and starts a worker that takes up to `batchSize` jobs at a time and
   * runs them side by side. Each job settles on its own: one failure is retried without failing
   * the rest of its batch. A full batch fetches again at once instead of waiting for the next poll.
   */
  async work<T extends object>(
    spec: QueueSpec,
    handler: (job: PgBoss.Job<T>) => Promise<void>,
  ): Promise<void> {
    await this.createQueue(spec);
    const batchSize = spec.batchSize ?? 1;
    let workerId = '';
    workerId = await this.boss.work<T>(spec.name, { batchSize, pollingIntervalSeconds: 1 }, async (jobs) => {
      const results = await Promise.allSettled(jobs.map((job) => handler(job)));
      await Promise.all(
        results.map((r, i) =>
          // Completing the batch afterwards leaves these alone: pg-boss completes only active jobs.
          r.status === 'rejected'
            ? this.boss.fail(spec.name, jobs[i].id, { message: String(r.reason) })
            : null,
        ),
      );
      if (jobs.length === batchSize && workerId) this.boss.notifyWorker(workerId);
    });
  }

  /**
   * Replicas that start together each create the same queues, and pg-boss's partition DDL can then
   * deadlock (seen: "deadlock detected" at start, two replicas on one database). One replica at a
   * time creates queues, under an advisory lock held on a connection of our own; a deadlock that
   * still happens (pg-boss's maintenance on another replica) is retried.
   */
  private async createQueue(spec: QueueSpec): Promise<void> {
    const options = {
      name: spec.name,
      expireInSeconds: spec.expireInSeconds,
      retryLimit: spec.retryLimit,
      retryDelay: spec.retryDelay,
      retryBackoff: true,
      retentionDays: 7,
    };
    for (let attempt = 1; ; attempt++) {
      const runner = this.db.createQueryRunner();
      await runner.connect();
      try {
        await runner.query('SELECT pg_advisory_lock($1)', [QUEUE_DDL_LOCK]);
        if (!(await this.boss.getQueue(spec.name))) await this.boss.createQueue(spec.name, options);
        return;
      } catch (error) {
        if ((error as { code?: string }).code !== DEADLOCK || attempt >= 5) throw error;
        this.logger.warn(`job queue ${spec.name}: deadlock while creating it, retrying (${attempt})`);
      } finally {
        await runner.query('SELECT pg_advisory_unlock($1)', [QUEUE_DDL_LOCK]).catch(() => undefined);
        await runner.release();
      }
      await new Promise((resolve) => setTimeout(resolve, 100 * attempt));
    }
  }

  /** A recurring job (cron, UTC); pg-boss lets one replica enqueue each occurrence. */
  async schedule(name: string, cron: string): Promise<void> {
    await this.boss.schedule(name, cron, {}, { tz: 'UTC' });
  }

  /** Queues a job; with `tx` it is written in that transaction and exists only if it commits. */
  async send(
    name: string,
    data: object,
    options: PgBoss.SendOptions = {},
    tx?: EntityManager,
  ): Promise<string | null> {
    return this.boss.send(name, data, { ...options, ...(tx ? { db: executorOf(tx) } : {}) });
  }

  async beforeApplicationShutdown(): Promise<void> {
    if (!this.started) return;
    this.started = false;
    // Lets running handlers finish (bounded), then closes the pool. Anything unfinished stays queued.
    await this.boss.stop({ graceful: true, wait: true, timeout: 10_000 });
  }
}

/** pg-boss runs its SQL through this when a job must join a TypeORM transaction. */
function executorOf(tx: EntityManager): PgBoss.Db {
  return {
    executeSql: async (text: string, values: unknown[]) => {
      const result: unknown = await tx.query(text, values);
      // TypeORM answers INSERT … RETURNING with rows, and UPDATE … RETURNING with [rows, count].
      const rows =
        Array.isArray(result) &&
        result.length === 2 &&
        Array.isArray(result[0]) &&
        typeof result[1] === 'number'
          ? result[0]
          : result;
      return { rows: Array.isArray(rows) ? rows : [] };
    },
  };
}
