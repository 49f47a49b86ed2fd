import { createDraftContext, removeFromDraftContext, syncDraftContext, updateDraftContext } from './context';
import { checkClause } from './index';
import type { PolicyClause } from './types';

const defs: PolicyClause = {
  id: 'defs',
  heading: 'Definitions',
  text: '"Deadly force" means force likely to cause death.\n"Passive resistance" means not following commands without aggression.',
  componentIds: ['definitions'],
};
const a: PolicyClause = {
  id: 'a',
  heading: 'Deadly force',
  text: 'Deadly force is a last resort.',
  componentIds: [],
};
const b: PolicyClause = {
  id: 'b',
  heading: 'Resistance',
  text: 'Officers shall not strike a person for passive resistance.',
  componentIds: [],
};

describe('incremental draft context', () => {
  it('counts definition uses after single-clause edits exactly as a fresh reading does', () => {
    let ctx = createDraftContext([defs, a, b]);
    const steps: PolicyClause[][] = [
      [defs, { ...a, text: 'Deadly force and deadly force again.' }, b],
      [defs, { ...a, text: 'No defined terms here.' }, b],
      // The definitions change: a term is dropped, so the pattern and every count must follow.
      [
        { ...defs, text: '"Deadly force" means force likely to cause death.' },
        { ...a, text: 'No defined terms here.' },
        b,
      ],
      [
        { ...defs, text: '"Deadly force" means force likely to cause death.' },
        { ...a, text: 'Deadly force, twice: deadly force.' },
        b,
      ],
    ];
    let previous = [defs, a, b];
    for (const clauses of steps) {
      for (const c of clauses)
        if (!previous.some((p) => p.id === c.id && p.text === c.text)) ctx = updateDraftContext(ctx, c);
      previous = clauses;
      const fresh = createDraftContext(clauses);
      expect(Object.fromEntries(ctx.definitionUses)).toEqual(Object.fromEntries(fresh.definitionUses));
      for (const c of clauses) expect(checkClause(c, ctx)).toEqual(checkClause(c, fresh));
    }
    expect(ctx.definitionUses.get('deadly force')).toBe(2);
    ctx = removeFromDraftContext(ctx, 'a');
    expect(ctx.definitionUses.get('deadly force')).toBe(0);
    expect(syncDraftContext(ctx, [defs, b]).definitionUses.get('passive resistance')).toBe(1);
  });
});
