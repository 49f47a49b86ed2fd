/** A token bucket: `capacity` tokens, refilled at `perSecond`. One per connection and budget. */
export class TokenBucket {
  private tokens: number;
  private last: number;

  constructor(
    private readonly capacity: number,
    private readonly perSecond: number,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.tokens = capacity;
    this.last = now();
  }

  private refill(): void {
    const now = this.now();
    this.tokens = Math.min(this.capacity, this.tokens + ((now - this.last) / 1000) * this.perSecond);
    this.last = now;
  }

  /** Takes `cost` tokens; false (and takes nothing) when the budget is spent. */
  take(cost = 1): boolean {
    this.refill();
    if (this.tokens < cost) return false;
    this.tokens -= cost;
    return true;
  }

  /**
   * Charges a cost known only afterwards (time spent), even into debt; false while in debt.
   * A debt is paid back by the refill like any other spending.
   */
  charge(cost: number): boolean {
    this.refill();
    this.tokens -= cost;
    return this.tokens >= 0;
  }
}

/**
 * CPU time (ms) this process used since `start` (a `process.cpuUsage()`). CPU time, not wall
 * time: on a busy machine a socket is not charged for the time the process waited for a core.
 */
export function cpuMsSince(start: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}
