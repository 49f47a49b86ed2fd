import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import * as Y from 'yjs';
import { MINUTES_FRAGMENT, minutesDocName } from '@roundtable/shared';
import { CollabServer } from '../collab/collab-server';
import { DocObserver, DocRegistry } from '../collab/doc-registry';
import type { LiveDoc } from '../collab/live-doc';
import { paragraph } from '../clauses/clause-doc';
import { heading, minutesPlainText, minutesSeedUpdate } from './minutes-doc';

/** How long the plain-text mirror waits for typing to pause before writing. */
const MIRROR_DEBOUNCE_MS = 400;

/**
 * A meeting's minutes as a shared Yjs document (served by the collab endpoint at
 * `/collab/minutes.<meetingId>`), and their plain-text mirror in `meeting.minutes`, which the
 * packet and the meeting queries read. Closing a meeting freezes the minutes and appends the
 * decisions taken in it as one server transaction.
 */
@Injectable()
export class MinutesService implements DocObserver, OnModuleInit {
  private readonly logger = new Logger('MinutesService');
  private readonly dirty = new Map<string, LiveDoc>();
  private timer: NodeJS.Timeout | null = null;
  private writing: Promise<void> = Promise.resolve();

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly registry: DocRegistry,
    private readonly collab: CollabServer,
  ) {}

  onModuleInit(): void {
    this.registry.observe(this, 'minutes');
  }

  // ---- the mirror ----------------------------------------------------------------------------

  docChanged(live: LiveDoc): void {
    this.dirty.set(live.ref.id, live);
    if (this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.writeDirty();
    }, MIRROR_DEBOUNCE_MS);
    this.timer.unref();
  }

  /** Minutes written before they were a Yjs document: the first load starts from that text. */
  docLoaded(live: LiveDoc): void {
    if (live.logRows > 0) return;
    void this.seedFromText(live).catch((error: unknown) =>
      this.logger.error(`${live.name}: could not start from the saved text: ${String(error)}`),
    );
  }

  async beforeUnload(live: LiveDoc): Promise<void> {
    if (this.dirty.get(live.ref.id) === live) await this.writeNow(live);
  }

  async flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.writeDirty();
  }

  private writeDirty(): Promise<void> {
    const batch = [...this.dirty.values()];
    this.dirty.clear();
    return Promise.all(batch.map((live) => this.writeNow(live))).then(() => undefined);
  }

  /** Writes the document's plain text into the meeting row (in order per process). */
  private writeNow(live: LiveDoc): Promise<void> {
    if (this.dirty.get(live.ref.id) === live) this.dirty.delete(live.ref.id);
    const text = minutesPlainText(live.doc);
    const write = async () => {
      await this.db.query(
        `UPDATE meeting SET minutes = $2, minutes_version = minutes_version + 1, updated_at = now()
          WHERE id = $1 AND minutes IS DISTINCT FROM $2`,
        [live.ref.id, text],
      );
    };
    this.writing = this.writing
      .then(write, write)
      .catch((error: unknown) =>
        this.logger.error(`${live.name}: could not mirror the minutes: ${String(error)}`),
      );
    return this.writing;
  }

  private async seedFromText(live: LiveDoc): Promise<void> {
    const [row]: { minutes: string }[] = await this.db.query('SELECT minutes FROM meeting WHERE id = $1', [
      live.ref.id,
    ]);
    const text = row?.minutes ?? '';
    if (!text.trim() || minutesPlainText(live.doc).trim()) return;
    const update = minutesSeedUpdate(live.ref.id, text);
    await live.submit(update, Y.decodeUpdate(update), { kind: 'server', userId: null });
  }

  // ---- server edits --------------------------------------------------------------------------

  /**
   * The meeting closed: sockets reconnect read-only, then the decisions are appended to the
   * minutes as one Yjs transaction (everyone sees them arrive) and the mirror is written before
   * this resolves, so the meeting row and the packet have them at once.
   */
  async closeWithDecisions(meetingId: string, actorId: string, decisions: string[]): Promise<void> {
    const name = minutesDocName(meetingId);
    this.collab.reopenAll(name, 'The meeting closed; the minutes are final.');
    await this.registry.withDoc(name, async (live) => {
      if (decisions.length > 0) {
        await live.transactAsServer(actorId, (doc) => {
          const fragment = doc.getXmlFragment(MINUTES_FRAGMENT);
          const list = new Y.XmlElement('bulletList');
          list.insert(
            0,
            decisions.map((line) => {
              const item = new Y.XmlElement('listItem');
              item.insert(0, [paragraph(line)]);
              return item;
            }),
          );
          fragment.insert(fragment.length, [heading('Decisions taken in this meeting'), list]);
        });
      }
      await this.writeNow(live);
    });
  }

  /** Replaces the whole text (the `saveMinutes` mutation, kept for API clients). */
  async replaceText(meetingId: string, actorId: string, text: string): Promise<void> {
    await this.registry.withDoc(minutesDocName(meetingId), async (live) => {
      await live.transactAsServer(actorId, (doc) => {
        const fragment = doc.getXmlFragment(MINUTES_FRAGMENT);
        fragment.delete(0, fragment.length);
        if (text.trim()) fragment.insert(0, text.split(/\n{2,}/).map(paragraph));
      });
      await this.writeNow(live);
    });
  }
}
