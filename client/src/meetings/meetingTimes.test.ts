import { formatDateTime } from '../app/format';
import { meetingTimes } from './meetingTimes';

const base = { startsAt: '2026-12-01T18:00:00Z', durationMinutes: 90, openedAt: null, closedAt: null };

describe('meetingTimes', () => {
  it('shows the scheduled start and length before and during the meeting', () => {
    expect(meetingTimes({ ...base, state: 'SCHEDULED' })).toBe(
      `${formatDateTime(base.startsAt)} · 90 minutes`,
    );
  });

  it('shows when a closed meeting actually opened and closed, not its scheduled start', () => {
    const text = meetingTimes({
      ...base,
      state: 'CLOSED',
      openedAt: '2026-12-01T18:12:00Z',
      closedAt: '2026-12-01T19:47:00Z',
    });
    expect(text).toBe(
      `Opened ${formatDateTime('2026-12-01T18:12:00Z')}, closed ${formatDateTime('2026-12-01T19:47:00Z')}`,
    );
    expect(text).not.toContain(formatDateTime(base.startsAt));
  });
});
