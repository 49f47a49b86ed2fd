import { BeforeApplicationShutdown, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { VotesService } from './votes.service';

/** How often every replica looks for votes past their deadline. */
export const DEADLINE_POLL_MS = 2000;

/**
 * Closes votes whose deadline has passed. The deadline lives in PostgreSQL, so a restart (or a
 * crash) loses nothing: the first poll after start closes what fell due meanwhile. Replicas poll
 * independently; SKIP LOCKED in `closeNextDue` gives each due vote to exactly one of them.
 */
@Injectable()
export class DeadlinePoller implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('DeadlinePoller');
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private stopped = false;

  constructor(private readonly votes: VotesService) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.tick(), DEADLINE_POLL_MS);
    this.timer.unref();
    setTimeout(() => void this.tick(), 200).unref();
  }

  tick(): Promise<void> {
    if (this.running || this.stopped) return this.running ?? Promise.resolve();
    this.running = (async () => {
      try {
        for (let i = 0; i < 100 && !this.stopped; i++) {
          if (!(await this.votes.closeNextDue())) break;
        }
      } catch (error) {
        this.logger.warn(`closing due votes failed (will retry): ${String(error)}`);
      } finally {
        this.running = null;
      }
    })();
    return this.running;
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    await this.running;
  }
}
