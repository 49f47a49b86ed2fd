import { resolveTypedMentions } from './index';

const maya = { userId: 'u-maya', name: 'Maya Okafor' };
const mayaC = { userId: 'u-mayac', name: 'Maya Chen' };
const tom = { userId: 'u-tom', name: 'Tom Whitaker' };
const priya = { userId: 'u-priya', name: 'Priya Raman' };

describe('resolveTypedMentions', () => {
  it('finds a member from one typed word of their name, in any case, followed by punctuation', () => {
    expect(resolveTypedMentions('Thanks @maya, and @Whitaker: agreed.', [maya, tom, priya])).toEqual({
      found: [maya, tom],
      ambiguous: [],
    });
  });

  it('reads a typed full name as that person, even when the first name is shared', () => {
    const typed = resolveTypedMentions('@Maya Chen can you check?', [maya, mayaC, tom]);
    expect(typed).toEqual({ found: [mayaC], ambiguous: [] });
  });

  it('returns a word that fits several members as ambiguous, once, with who it could be', () => {
    const typed = resolveTypedMentions('@Maya? Yes, @Maya.', [maya, mayaC, tom]);
    expect(typed.found).toEqual([]);
    expect(typed.ambiguous).toEqual([{ token: '@Maya', candidates: [maya, mayaC] }]);
  });

  it('ignores words that fit nobody, e-mail addresses and a name run into other letters', () => {
    expect(resolveTypedMentions('write to maya@example.org @home @Mayan @Tomorrow', [maya, tom])).toEqual({
      found: [],
      ambiguous: [],
    });
  });
});
