import { Threshold } from '@roundtable/shared';
import { ballotOptions, choiceLabel, move } from './ballot';

describe('ballot helpers', () => {
  it('offers block only in consensus mode, and abstain on every choose-one question', () => {
    expect(ballotOptions('APPROVAL', Threshold.SIMPLE_MAJORITY, []).map((o) => o.value)).toEqual([
      'APPROVE',
      'OBJECT',
      'ABSTAIN',
    ]);
    expect(ballotOptions('APPROVAL', Threshold.CONSENSUS, []).map((o) => o.value)).toEqual([
      'APPROVE',
      'OBJECT',
      'ABSTAIN',
      'BLOCK',
    ]);
    expect(
      ballotOptions('CHOICE', Threshold.PLURALITY, [{ id: 'o1', label: '30 days' }]).map((o) => o.label),
    ).toEqual(['30 days', 'Abstain']);
  });

  it('reorders a ranking one step at a time and stays put at the ends', () => {
    expect(move(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
    expect(move(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(choiceLabel('OBJECT', [])).toBe('Object');
    expect(choiceLabel('o1', [{ id: 'o1', label: '30 days' }])).toBe('30 days');
  });
});
