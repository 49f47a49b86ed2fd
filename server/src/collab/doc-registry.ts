import { Injectable, Logger } from '@nestjs/common';
import { COLLAB } from './collab.constants';
import { DocKind, refFromName } from './doc-ref';
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
 * The open documents of this process: one `LiveDoc` per draft or meeting minutes, loaded completely from the log
 * before anyone syncs, and unloaded once its last holder is gone and its writes are stored.
 * A reconnect during unloading waits for it to finish, then loads afresh.
 */
@Injectable()
export class DocRegistry {
  private readonly logger = new Logger('DocRegistry');
  private readonly docs = new Map<string, LiveDoc>();
  private readonly observers: { kind: DocKind; observer: DocObserver }[] = [];
  private readonly background = new Set<Promise<unknown>>();
  private shuttingDown = false;

  constructor(
    private readonly log: UpdateLog,
    private readonly fanout: RedisFanout,
  ) {}

  /** Follows one kind of document (drafts unless told otherwise). */
  observe(observer: DocObserver, kind: DocKind = 'draft'): void {
    this.observers.push({ kind, observer });
  }

  private observersOf(live: LiveDoc): DocObserver[] {
    return this.observers.filter((o) => o.kind === live.ref.kind).map((o) => o.observer);
  }

  /** Open documents (for the membership sweep, metrics and tests). */
  openDocs(): IterableIterator<LiveDoc> {
    return this.docs.values();
  }

  get(name: string): LiveDoc | undefined {
    const live = this.docs.get(name);
    return live?.state === 'ready' ? live : undefined;
  }

  /**
   * Takes a hold on a document, loading it if needed. Pair with `release`. `name` is a draft's id
   * or `minutes.<meetingId>` (see doc-ref.ts). `onStored` is called with the log's rows when
   * this call loads the document, after they are read and before they are applied.
   */
  async acquire(name: string, onStored?: (rows: Uint8Array[], live: LiveDoc) => void): Promise<LiveDoc> {
    if (this.shuttingDown) throw new Error('shutting down');
    const ref = refFromName(name);
    if (!ref) throw new Error(`not a document name: ${JSON.stringify(name)}`);
    for (;;) {
      const existing = this.docs.get(ref.name);
      if (existing?.state === 'unloading') {
        await existing.unloaded;
        continue;
      }
      const live = existing ?? this.open(ref.name);
      live.leases++;
      if (live.unloadTimer) {
        clearTimeout(live.unloadTimer);
        live.unloadTimer = null;
      }
      // Only a load in progress has rows not yet applied; an open document syncs as usual.
      if (onStored && live.state === 'loading')
        void live.stored.then((rows) => rows && live.state === 'loading' && onStored(rows, live));
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
  async withDoc<T>(name: string, fn: (live: LiveDoc) => Promise<T>): Promise<T> {
    const live = await this.acquire(name);
    try {
      return await fn(live);
    } finally {
      this.release(live);
    }
  }

  private open(name: string): LiveDoc {
    const live = new LiveDoc(refFromName(name)!, this.log, this.fanout, {
      changed: (doc) => {
        for (const observer of this.observersOf(doc)) observer.docChanged?.(doc);
      },
      compactionDue: (doc) => this.compactLater(doc),
    });
    this.docs.set(name, live);
    live.load().then(
      () => {
        if (live.logRows > COLLAB.compactOnLoadRows || live.needsRepair) this.compactLater(live);
        for (const observer of this.observersOf(live)) observer.docLoaded?.(live);
      },
      (error: unknown) => {
        this.logger.error(`${name}: load failed: ${String(error)}`);
        this.fanout.unsubscribe(live);
        live.destroy();
        if (this.docs.get(name) === live) this.docs.delete(name);
      },
    );
    return live;
  }

  private unload(live: LiveDoc): Promise<void> {
    live.state = 'unloading';
    live.unloaded = (async () => {
      try {
        await live.whenDrained();
        for (const observer of this.observersOf(live)) {
          await observer
            .beforeUnload?.(live)
            .catch((error: unknown) => this.logger.error(`before unload: ${String(error)}`));
        }
      } finally {
        this.fanout.unsubscribe(live);
        live.destroy();
        if (this.docs.get(live.name) === live) this.docs.delete(live.name);
      }
      if (live.logRows > 1 && !this.shuttingDown) this.compactLater(live);
    })();
    return live.unloaded;
  }

  private compactLater(live: LiveDoc): void {
    const ref = live.ref;
    const task = this.log
      .compact(ref)
      .then((result) => {
        if (result)
          this.logger.debug?.(
            `${ref.name}: compacted ${result.rows} rows, ${result.bytesBefore} → ${result.bytesAfter} bytes`,
          );
      })
      .catch((error: unknown) => this.logger.warn(`${ref.name}: compaction failed: ${String(error)}`))
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
    for (const { observer } of this.observers) await observer.flush?.().catch(() => undefined);
    await Promise.all([...this.background]);
  }
}
