import { createEvent } from 'ics';
import type { MeetingChange } from './templates/messages';

export interface CalendarInvite {
  meetingId: string;
  /** Increments with every change sent, so calendars apply the newest and ignore older ones. */
  sequence: number;
  change: MeetingChange;
  title: string;
  description: string;
  startsAt: Date;
  durationMinutes: number;
  location: string | null;
  url: string;
  organizer: { name: string; email: string };
  attendee: { name: string; email: string };
  /** The host of PUBLIC_ORIGIN: the UID stays the same for a meeting across every change. */
  host: string;
}

/**
 * An iTIP message (RFC 5546) for one meeting: METHOD:REQUEST when it is scheduled or moved,
 * METHOD:CANCEL when it is cancelled, with the same UID each time and a rising SEQUENCE.
 */
export function meetingIcs(invite: CalendarInvite): { ics: string; method: 'REQUEST' | 'CANCEL' } {
  const method = invite.change === 'CANCELLED' ? 'CANCEL' : 'REQUEST';
  const { error, value } = createEvent({
    productId: 'roundtable/mail',
    method,
    uid: `meeting-${invite.meetingId}@${invite.host}`,
    sequence: invite.sequence,
    start: invite.startsAt.getTime(),
    startInputType: 'utc',
    startOutputType: 'utc',
    duration: { minutes: invite.durationMinutes },
    title: invite.title,
    description: invite.description,
    ...(invite.location ? { location: invite.location } : {}),
    url: invite.url,
    status: invite.change === 'CANCELLED' ? 'CANCELLED' : 'CONFIRMED',
    organizer: invite.organizer,
    attendees: [{ ...invite.attendee, rsvp: false, role: 'REQ-PARTICIPANT', partstat: 'NEEDS-ACTION' }],
  });
  if (error || !value) throw error ?? new Error('calendar event could not be built');
  return { ics: value, method };
}
