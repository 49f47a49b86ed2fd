import { formatDateTime, plural } from '../app/format';

interface MeetingTimesInput {
  state: 'SCHEDULED' | 'OPEN' | 'CLOSED';
  startsAt: string;
  durationMinutes: number;
  openedAt?: string | null;
  closedAt?: string | null;
}

/**
 * When the meeting is or was. A closed meeting says when it really opened and closed: its
 * scheduled start is not when it happened.
 */
export function meetingTimes(meeting: MeetingTimesInput): string {
  const { state, openedAt, closedAt } = meeting;
  if (state === 'CLOSED' && closedAt) {
    return openedAt
      ? `Opened ${formatDateTime(openedAt)}, closed ${formatDateTime(closedAt)}`
      : `Ended ${formatDateTime(closedAt)}`;
  }
  return `${formatDateTime(meeting.startsAt)} · ${plural(meeting.durationMinutes, 'minute')}`;
}
