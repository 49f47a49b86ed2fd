import { decodeComponentIds, encodeComponentIds } from './index';

describe('clause component ids', () => {
  it('round-trip through the string attribute without duplicates or blanks', () => {
    const encoded = encodeComponentIds(['de-escalation', ' duty-to-intervene ', 'de-escalation', '']);
    expect(encoded).toBe('de-escalation duty-to-intervene');
    expect(decodeComponentIds(encoded)).toEqual(['de-escalation', 'duty-to-intervene']);
  });

  it('reads legacy arrays and ignores junk', () => {
    expect(decodeComponentIds(['a', 3, 'b'])).toEqual(['a', 'b']);
    expect(decodeComponentIds(undefined)).toEqual([]);
    expect(decodeComponentIds(42)).toEqual([]);
  });
});
