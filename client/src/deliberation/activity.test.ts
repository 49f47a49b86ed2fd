import { describeActivity } from './activity';

describe('activity feed lines', () => {
  it('say who did what in plain words, and name the server when a deadline acted', () => {
    expect(describeActivity({ actorName: 'Maya', action: 'question.opened', label: 'Adopt clause 3?' })).toBe(
      'Maya opened a vote “Adopt clause 3?”.',
    );
    expect(describeActivity({ actorName: null, action: 'question.closed', label: 'Adopt clause 3?' })).toBe(
      'The vote “Adopt clause 3?” closed at its deadline.',
    );
    expect(describeActivity({ actorName: 'Bo', action: 'something.new', label: null })).toBe(
      'Bo: something.new.',
    );
    expect(
      describeActivity({ actorName: 'Mina', action: 'minority_report.created', label: 'Keep the ban' }),
    ).toBe('Mina wrote a minority report “Keep the ban”.');
    expect(describeActivity({ actorName: 'Mina', action: 'baseline.imported', label: 'GO 300' })).toBe(
      "Mina imported the department's policy “GO 300” as the baseline.",
    );
    expect(describeActivity({ actorName: 'Ana', action: 'check.dismissed', label: null })).toBe(
      'Ana dismissed a language check, giving a reason.',
    );
    expect(describeActivity({ actorName: 'Ana', action: 'coverage.item_ticked', label: null })).toBe(
      'Ana marked a toolkit item as handled.',
    );
  });
});
