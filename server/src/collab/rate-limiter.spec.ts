import { TokenBucket } from './rate-limiter';

describe('TokenBucket', () => {
  it('allows a burst, refuses past it, and refills over time', () => {
    let now = 0;
    const bucket = new TokenBucket(3, 2, () => now);
    expect([bucket.take(), bucket.take(), bucket.take(), bucket.take()]).toEqual([true, true, true, false]);
    now = 500; // one token back
    expect(bucket.take()).toBe(true);
    expect(bucket.take()).toBe(false);
    now = 10_000; // never more than the capacity
    expect([bucket.take(), bucket.take(), bucket.take(), bucket.take()]).toEqual([true, true, true, false]);
  });

  it('charges time spent after the fact, into debt, and recovers as it refills', () => {
    let now = 0;
    const bucket = new TokenBucket(100, 50, () => now);
    expect(bucket.charge(60)).toBe(true);
    expect(bucket.charge(60)).toBe(false); // 20 in debt
    now = 200; // +10: still in debt
    expect(bucket.take(0)).toBe(false);
    now = 1000; // +40 more: 30 left
    expect(bucket.charge(30)).toBe(true);
    expect(bucket.charge(1)).toBe(false);
  });
});
