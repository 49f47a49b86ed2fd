import * as ical from 'node-ical';
import { meetingIcs, type CalendarInvite } from './calendar';

const base: CalendarInvite = {
  meetingId: '7d1c6c1e-1111-4a5b-9c9d-222233334444',
  sequence: 0,
  change: 'SCHEDULED',
  title: 'December session',
  description: 'Agenda',
  startsAt: new Date('2026-12-10T18:00:00Z'),
  durationMinutes: 90,
  location: 'City Hall',
  url: 'https://rt.example.org/meetings/7d1c',
  organizer: { name: 'Riverside board', email: 'board@city.example' },
  attendee: { name: 'Lucía', email: 'lucia@example.org' },
  host: 'rt.example.org',
};

const eventOf = (text: string) =>
  Object.values(ical.sync.parseICS(text)).find((c) => c?.type === 'VEVENT') as ical.VEvent;

describe('meeting calendar invitations', () => {
  it('keeps one UID for a meeting and raises SEQUENCE with each change, so calendars update the same event', () => {
    const scheduled = meetingIcs(base);
    const moved = meetingIcs({
      ...base,
      sequence: 1,
      change: 'MOVED',
      startsAt: new Date('2026-12-11T18:00:00Z'),
    });
    expect(scheduled.method).toBe('REQUEST');
    expect(moved.method).toBe('REQUEST');
    expect(scheduled.ics).toMatch(/^METHOD:REQUEST\r?$/m);
    const [a, b] = [eventOf(scheduled.ics), eventOf(moved.ics)];
    expect(a.uid).toBe('meeting-7d1c6c1e-1111-4a5b-9c9d-222233334444@rt.example.org');
    expect(b.uid).toBe(a.uid);
    expect(Number(a.sequence)).toBe(0);
    expect(Number(b.sequence)).toBe(1);
    expect(new Date(b.start).toISOString()).toBe('2026-12-11T18:00:00.000Z');
    expect(new Date(b.end!).toISOString()).toBe('2026-12-11T19:30:00.000Z');
    expect(scheduled.ics).toMatch(/ORGANIZER;CN="?Riverside board"?:mailto:board@city\.example/i);
  });

  it('cancels with METHOD:CANCEL and STATUS:CANCELLED for the same UID', () => {
    const cancelled = meetingIcs({ ...base, sequence: 2, change: 'CANCELLED' });
    expect(cancelled.method).toBe('CANCEL');
    expect(cancelled.ics).toMatch(/^METHOD:CANCEL\r?$/m);
    const event = eventOf(cancelled.ics);
    expect(event.status).toBe('CANCELLED');
    expect(Number(event.sequence)).toBe(2);
    expect(event.uid).toBe(eventOf(meetingIcs(base).ics).uid);
  });
});
