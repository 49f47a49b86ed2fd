import { Injectable, Logger } from '@nestjs/common';
import { COLLAB } from './collab.constants';
import { LiveDoc } from './live-doc';
import { RedisFanout } from './redis-fanout';
import { UpdateLog } from './update-log';

/** Features that follow documents (the clause mirror) register one of these. */
export interface DocObserver {
  /** Any change was applied to an open document. Called often: debounce. */
  docChanged?(live: LiveDoc): void;
  /** A document was loaded from the log. */
  docLoaded?(live: LiveDoc): void;
  /** Last chance to read a document before it leaves memory (its writes are all done). */
  beforeUnload?(live: LiveDoc): Promise<void>;
  /** Shutdown: finish pending work. */
  flush?(): Promise<void>;
}

/**
 * The open documents of this process: one `LiveDoc` per draft, loaded completely from the log
 * before anyone syncs, and unloaded once its last holder is gone and its writes are stored.
 * A reconnect during unloading waits for it to finish, then loads afresh.
 */
@Injectable()
export class DocRegistry {
  private readonly logger = new Logger('DocRegistry');
  private readonly docs = new Map<string, LiveDoc>();
  private readonly observers: DocObserver[] = [];
  private readonly background = new Set<Promise<unknown>>();
  private shuttingDown = false;

  constructor(
    private readonly log: UpdateLog,
    private readonly fanout: RedisFanout,
  ) {}

  observe(observer: DocObserver): void {
    this.observers.push(observer);
  }

  /** Open documents (for the membership sweep, metrics and tests). */
  openDocs(): IterableIterator<LiveDoc> {
    return this.docs.values();
  }

  get(draftId: string): LiveDoc | undefined {
    const live = this.docs.get(draftId);
    return live?.state === 'ready' ? live : undefined;
  }

  /** Takes a hold on a draft's document, loading it if needed. Pair with `release`. */
  async acquire(draftId: string): Promise<LiveDoc> {
    if (this.shuttingDown) throw new Error('shutting down');
    for (;;) {
      const existing = this.docs.get(draftId);
      if (existing?.state === 'unloading') {
        await existing.unloaded;
        continue;
      }
      const live = existing ?? this.open(draftId);
      live.leases++;
      if (live.unloadTimer) {
        clearTimeout(live.unloadTimer);
        live.unloadTimer = null;
      }
      try {
        await live.ready;
      } catch (error) {
        live.leases--;
        throw error;
      }
      return live;
    }
  }

  release(live: LiveDoc): void {
    live.leases--;
    if (live.leases > 0 || live.state !== 'ready' || live.unloadTimer) return;
    live.unloadTimer = setTimeout(
      () => {
        live.unloadTimer = null;
        if (live.leases === 0 && live.state === 'ready') void this.unload(live);
      },
      this.shuttingDown ? 0 : COLLAB.unloadGraceMs,
    );
    live.unloadTimer.unref();
  }

  /** Runs `fn` with the draft's document open (loading and releasing it as needed). */
  async withDoc<T>(draftId: string, fn: (live: LiveDoc) => Promise<T>): Promise<T> {
    const live = await this.acquire(draftId);
    try {
      return await fn(live);
    } finally {
      this.release(live);
    }
  }

  private open(draftId: string): LiveDoc {
    const live = new LiveDoc(draftId, this.log, this.fanout, {
      changed: (doc) => {
        for (const observer of this.observers) observer.docChanged?.(doc);
      },
      compactionDue: (doc) => this.compactLater(doc.draftId),
    });
    this.docs.set(draftId, live);
    live.load().then(
      () => {
        if (live.logRows > COLLAB.compactOnLoadRows) this.compactLater(draftId);
        for (const observer of this.observers) observer.docLoaded?.(live);
      },
      (error: unknown) => {
        this.logger.error(`draft ${draftId}: load failed: ${String(error)}`);
        this.fanout.unsubscribe(live);
        live.destroy();
        if (this.docs.get(draftId) === live) this.docs.delete(draftId);
      },
    );
    return live;
  }

  private unload(live: LiveDoc): Promise<void> {
    live.state = 'unloading';
    live.unloaded = (async () => {
      try {
        await live.whenDrained();
        for (const observer of this.observers) {
          await observer
            .beforeUnload?.(live)
            .catch((error: unknown) => this.logger.error(`before unload: ${String(error)}`));
        }
      } finally {
        this.fanout.unsubscribe(live);
        live.destroy();
        if (this.docs.get(live.draftId) === live) this.docs.delete(live.draftId);
      }
      if (live.logRows > 1 && !this.shuttingDown) this.compactLater(live.draftId);
    })();
    return live.unloaded;
  }

  private compactLater(draftId: string): void {
    const task = this.log
      .compact(draftId)
      .then((result) => {
        if (result)
          this.logger.debug?.(
            `draft ${draftId}: compacted ${result.rows} rows, ${result.bytesBefore} → ${result.bytesAfter} bytes`,
          );
      })
      .catch((error: unknown) => this.logger.warn(`draft ${draftId}: compaction failed: ${String(error)}`))
      .finally(() => this.background.delete(task));
    this.background.add(task);
  }

  /**
   * Shutdown (SIGTERM): no new documents; wait until every accepted update is stored and
   * applied, let observers finish (clause rows), unload everything, wait for compactions.
   * Sockets are closed by the caller first.
   */
  async shutdown(): Promise<void> {
    this.shuttingDown = true;
    await this.log.flush();
    const docs = [...this.docs.values()];
    await Promise.all(docs.map((live) => live.ready?.catch(() => undefined)));
    await Promise.all(
      docs.map((live) => {
        if (live.unloadTimer) clearTimeout(live.unloadTimer);
        return live.state === 'unloading'
          ? live.unloaded
          : live.state === 'ready'
            ? this.unload(live)
            : undefined;
      }),
    );
    for (const observer of this.observers) await observer.flush?.().catch(() => undefined);
    await Promise.all([...this.background]);
  }
}
