import { Injectable } from '@nestjs/common';
import { EventEmitter } from 'node:events';

export interface MembershipChange {
  boardId: string;
  userId: string;
  /** The new role, or null when the person left or was removed. */
  role: string | null;
}

/**
 * Tells live connections (collaboration sockets, subscriptions) that someone's rights on a board
 * changed, so they take effect at once rather than at the next reconnect.
 */
@Injectable()
export class MembershipEvents {
  private readonly emitter = new EventEmitter().setMaxListeners(0);

  emit(change: MembershipChange): void {
    this.emitter.emit('change', change);
  }

  on(listener: (change: MembershipChange) => void): () => void {
    this.emitter.on('change', listener);
    return () => this.emitter.off('change', listener);
  }
}
