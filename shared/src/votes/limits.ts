/** Size limits of deliberation content (comments, amendments, meetings); server and client agree. */
export const DELIBERATION_LIMITS = {
  commentMax: 5000,
  hiddenReasonMax: 300,
  amendmentTextMax: 20_000,
  rationaleMax: 5000,
  mentionsMax: 20,
  anchorMax: 2000,
  quoteMax: 1000,
} as const;

export const MEETING_LIMITS = {
  titleMax: 160,
  locationMax: 200,
  linkMax: 500,
  agendaItemsMax: 60,
  agendaTitleMax: 200,
  agendaNotesMax: 2000,
  timeBoxMaxMinutes: 600,
  minutesMax: 100_000,
} as const;
