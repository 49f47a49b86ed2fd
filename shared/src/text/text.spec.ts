import { hasBidiControls, showBidiControls, stripBidiControls, unstorableCharacter } from './index';

describe('text safety helpers', () => {
  const spoof = 'Ann\u202Eevil\u202C \u2067x\u2069';

  it('strips bidi embedding, override and isolate controls from names, and keeps direction marks', () => {
    expect(stripBidiControls(spoof)).toBe('Annevil x');
    expect(stripBidiControls('\u05e9\u05dc\u05d5\u05dd\u200F 12')).toBe('\u05e9\u05dc\u05d5\u05dd\u200F 12');
    expect(hasBidiControls(spoof)).toBe(true);
    expect(hasBidiControls(spoof)).toBe(true); // the shared pattern keeps no state between calls
    expect(hasBidiControls('plain')).toBe(false);
  });

  it('shows bidi controls as visible code points in documents of record', () => {
    expect(showBidiControls('shall\u202E not')).toBe('shall[U+202E] not');
    expect(showBidiControls('a\u2066b\u2069')).toBe('a[U+2066]b[U+2069]');
  });

  it('names the first character PostgreSQL cannot store, and accepts real text', () => {
    expect(unstorableCharacter('a\u0000b')).toBe('U+0000');
    expect(unstorableCharacter('a\uD800b')).toBe('U+D800');
    expect(unstorableCharacter('a\uDC00')).toBe('U+DC00');
    expect(unstorableCharacter('emoji \uD83D\uDE00 and \u05e9')).toBeNull();
  });
});
