import { buildSamplePacket } from '@roundtable/shared';
import { hasSurprises, publishSurprises } from './publishReview';

describe('publishSurprises', () => {
  it('lists placeholders, open threads and undismissed problems per clause, from the packet itself', () => {
    const packet = buildSamplePacket({ clauses: 3 });
    const [first, second, third] = packet.clauses;
    first.text = 'Report within [number] hours to [office]. Then again within [number] days.';
    for (const c of packet.clauses) c.discussion = { openThreads: 0, excerpts: [] };
    second.discussion = { openThreads: 2, excerpts: [] };
    const finding = packet.languageFindings[0] ?? {
      clauseId: third.id,
      clauseNumber: third.number,
      ruleId: 'weak-modal',
      severity: 'problem',
      message: 'm',
      excerpt: 'may',
      dismissed: false,
      dismissalReason: null,
    };
    packet.languageFindings = [
      { ...finding, clauseNumber: third.number, severity: 'problem', dismissed: false },
      { ...finding, clauseNumber: third.number, severity: 'problem', dismissed: true },
      { ...finding, clauseNumber: first.number, severity: 'warning', dismissed: false },
    ];

    const surprises = publishSurprises(packet);
    expect(surprises.placeholders).toEqual([
      { number: first.number, heading: first.heading, placeholders: ['[number]', '[office]'] },
    ]);
    expect(surprises.openThreads).toEqual([{ number: second.number, heading: second.heading, count: 2 }]);
    expect(surprises.problems).toEqual([{ number: third.number, heading: third.heading, count: 1 }]);
    expect(hasSurprises(surprises)).toBe(true);
  });

  it('finds nothing to warn about in a finished packet', () => {
    const packet = buildSamplePacket({ clauses: 2 });
    for (const c of packet.clauses) {
      c.text = 'Officers shall report every use of force.';
      c.heading = 'Reporting';
      c.discussion = { openThreads: 0, excerpts: [] };
    }
    packet.languageFindings = [];
    expect(hasSurprises(publishSurprises(packet))).toBe(false);
  });
});
