/** One feed line in plain words, from an activity record. */
export function describeActivity(a: {
  actorName: string | null;
  action: string;
  label: string | null;
}): string {
  const who = a.actorName ?? 'Roundtable';
  const about = a.label ? ` “${a.label}”` : '';
  const verbs: Record<string, string> = {
    'question.created': `${who} prepared a vote${about}.`,
    'question.opened': `${who} opened a vote${about}.`,
    'question.closed': a.actorName
      ? `${who} closed the vote${about}.`
      : `The vote${about} closed at its deadline.`,
    'question.reopened': `${who} reopened the vote${about} for a new round.`,
    'comment.created': `${who} started a thread.`,
    'comment.replied': `${who} replied in a thread.`,
    'comment.edited': `${who} edited a comment.`,
    'comment.deleted': `${who} deleted a comment.`,
    'comment.resolved': `${who} resolved a thread.`,
    'comment.reopened': `${who} reopened a thread.`,
    'comment.hidden': `${who} hid a comment.`,
    'amendment.proposed': `${who} proposed an amendment to${about || ' a clause'}.`,
    'amendment.revised': `${who} reworded an amendment.`,
    'amendment.withdrawn': `${who} withdrew an amendment.`,
    'amendment.adopted': 'An amendment was adopted.',
    'amendment.rejected': 'An amendment was not adopted.',
    'amendment.applied': 'An adopted amendment was written into the draft.',
    'meeting.scheduled': `${who} scheduled${about || ' a meeting'}.`,
    'meeting.opened': `${who} opened the meeting${about}.`,
    'meeting.closed': `${who} closed the meeting${about}.`,
    'meeting.item_started': `${who} moved the meeting on to${about || ' the next item'}.`,
    'agenda.item_added': `${who} added${about} to an agenda.`,
    'agenda.item_updated': `${who} changed an agenda item.`,
    'agenda.item_removed': `${who} removed${about} from an agenda.`,
    'draft.created': `${who} started the draft${about}.`,
    'baseline.imported': `${who} imported the department's policy${about} as the baseline.`,
    'minority_report.created': `${who} wrote a minority report${about}.`,
    'minority_report.revised': `${who} revised a minority report${about}.`,
    'minority_report.withdrawn': `${who} withdrew a minority report${about}.`,
    'minority_report.signed': `${who} co-signed a minority report${about}.`,
    'minority_report.unsigned': `${who} took their signature off a minority report${about}.`,
    'check.dismissed': `${who} dismissed a language check${about}, giving a reason.`,
    'check.undismissed': `${who} restored a dismissed language check${about}.`,
    'coverage.item_ticked': `${who} marked a toolkit item as handled${about}.`,
    'coverage.item_unticked': `${who} took back a toolkit item's tick${about}.`,
    'packet.published': `${who} published the packet${about}.`,
  };
  return verbs[a.action] ?? `${who}: ${a.action}${about}.`;
}
