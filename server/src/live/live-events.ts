import { Inject, Injectable, Logger } from '@nestjs/common';
import type { PubSubEngine } from 'graphql-subscriptions';
import { PUB_SUB } from './pubsub';

/**
 * Publishes live events after the state change they describe has committed. A burst of changes
 * to one thing (fifty ballots in a second) is coalesced: the first publishes at once, the rest
 * fold into one more publish at most every `interval` ms, always ending with the latest state.
 */
@Injectable()
export class LiveEvents {
  private readonly logger = new Logger('LiveEvents');
  private readonly pending = new Map<string, { again: boolean }>();

  constructor(@Inject(PUB_SUB) private readonly engine: PubSubEngine) {}

  async publish(topic: string, payload: unknown): Promise<void> {
    try {
      await this.engine.publish(topic, payload);
    } catch (error) {
      // A missed live event is repaired by the next one or a refetch; the change itself is stored.
      this.logger.warn(`could not publish on ${topic}: ${String(error)}`);
    }
  }

  /** Runs `build` and publishes its result on `topic`, coalescing bursts per `key`. */
  coalesce(key: string, topic: string, build: () => Promise<unknown | null>, interval = 50): void {
    const existing = this.pending.get(key);
    if (existing) {
      existing.again = true;
      return;
    }
    const state = { again: false };
    this.pending.set(key, state);
    const run = async (): Promise<void> => {
      try {
        const payload = await build();
        if (payload != null) await this.publish(topic, payload);
      } catch (error) {
        this.logger.warn(`could not build the event for ${key}: ${String(error)}`);
      }
      setTimeout(() => {
        if (state.again) {
          state.again = false;
          void run();
        } else {
          this.pending.delete(key);
        }
      }, interval).unref();
    };
    void run();
  }

  asyncIterator<T>(topic: string): AsyncIterableIterator<T> {
    return this.engine.asyncIterableIterator<T>(topic);
  }

  /**
   * The events on `topic`, each turned into what one subscriber should see by `build` (for
   * payloads that depend on who is listening). Ending the subscription ends the topic's iterator
   * at once, not at its next event as an async generator would.
   */
  mapped<T, U>(topic: string, build: (event: T) => Promise<U>): AsyncIterableIterator<U> {
    const events = this.engine.asyncIterableIterator<T>(topic);
    const mapped: AsyncIterableIterator<U> = {
      async next() {
        const event = await events.next();
        return event.done
          ? { done: true, value: undefined }
          : { done: false, value: await build(event.value) };
      },
      async return() {
        await events.return?.();
        return { done: true, value: undefined };
      },
      async throw(error: unknown) {
        await events.return?.();
        throw error;
      },
      [Symbol.asyncIterator]() {
        return mapped;
      },
    };
    return mapped;
  }
}
