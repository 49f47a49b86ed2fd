import {
  type CheckMark,
  type CheckMarkKind,
  type PolicyClause,
  affectedClauseIds,
  checkClause,
  checkDraft,
  createDraftContext,
  markFingerprint,
  removeFromDraftContext,
  syncDraftContext,
  updateDraftContext,
} from './index';

let seq = 0;
const clause = (text: string, componentIds: string[] = [], heading = 'Clause'): PolicyClause => ({
  id: `c${++seq}`,
  heading,
  text,
  componentIds,
});

/** Marks of one kind for a single clause checked on its own. */
function marksOf(kind: CheckMarkKind, text: string, componentIds: string[] = []): CheckMark[] {
  const c = clause(text, componentIds);
  return checkDraft([c]).marks.filter((m) => m.kind === kind);
}

const excerpts = (marks: CheckMark[]) => marks.map((m) => m.excerpt);

describe('vague-qualifier check', () => {
  it('flags "if feasible" in a medical aid duty as a problem', () => {
    const marks = marksOf('vague-qualifier', 'Officers shall render first aid if feasible.', ['medical-aid']);
    expect(excerpts(marks)).toEqual(['if feasible']);
    expect(marks[0].severity).toBe('problem');
    expect(marks[0].suggestion).toMatch(/Delete "if feasible"/);
  });

  it('recognises qualifiers by structure, not a fixed list', () => {
    expect(
      excerpts(marksOf('vague-qualifier', 'Officers shall intervene when it is safe and practicable.')),
    ).toEqual(['when it is safe and practicable']);
    expect(
      excerpts(marksOf('vague-qualifier', 'Officers must make reasonable efforts to de-escalate.')),
    ).toEqual(['reasonable efforts']);
    expect(
      excerpts(marksOf('vague-qualifier', 'Supervisors shall review the report as appropriate.')),
    ).toEqual(['as appropriate']);
    expect(
      excerpts(marksOf('vague-qualifier', 'Officers should call EMS where reasonably possible.')),
    ).toEqual(['where reasonably possible']);
  });

  it('gives the exact offsets of the qualifier in the clause text', () => {
    const text = 'Officers shall summon an ambulance if feasible.';
    const [m] = marksOf('vague-qualifier', text);
    expect(text.slice(m.from, m.to)).toBe('if feasible');
  });

  it('does not fire outside a duty or on look-alike words', () => {
    expect(marksOf('vague-qualifier', 'The feasibility study is due in May.')).toEqual([]);
    expect(marksOf('vague-qualifier', 'Officers shall explain why force was necessary.')).toEqual([]);
    expect(marksOf('vague-qualifier', 'Reasonable suspicion is a legal standard.')).toEqual([]);
    expect(
      marksOf('vague-qualifier', 'Officers shall not use force if a reasonable alternative exists.'),
    ).toEqual([]);
  });
});

describe('weak-modal check', () => {
  it('flags "should" in a duty and suggests "shall"', () => {
    const [m] = marksOf('weak-modal', 'Officers should request medical aid for injured people.');
    expect(m.excerpt).toBe('should');
    expect(m.suggestion).toMatch(/"shall"/);
  });

  it('flags "may" before an action a duty asks for', () => {
    expect(excerpts(marksOf('weak-modal', 'Officers may notify a supervisor after using force.'))).toEqual([
      'may',
    ]);
    expect(excerpts(marksOf('weak-modal', 'Officers are encouraged to de-escalate.'))).toEqual([
      'are encouraged to',
    ]);
  });

  it('rates a weak duty in a duty component as a problem', () => {
    const [m] = marksOf('weak-modal', 'Officers should intervene.', ['duty-to-intervene']);
    expect(m.severity).toBe('problem');
  });

  it('leaves bans, permissions and possibilities alone', () => {
    expect(marksOf('weak-modal', 'Officers may not use chokeholds.')).toEqual([]);
    expect(marksOf('weak-modal', 'Officers may use force only to make a lawful arrest.')).toEqual([]);
    expect(marksOf('weak-modal', 'A person may be unable to comply because of a disability.')).toEqual([]);
    expect(marksOf('weak-modal', 'Officers may draw their firearms when they face a threat.')).toEqual([]);
    expect(marksOf('weak-modal', 'Officers shall request medical aid.')).toEqual([]);
  });
});

describe('swallowing-exception check', () => {
  it('flags a ban undone by what the officer believes', () => {
    const text = 'Chokeholds are prohibited unless the officer believes deadly force is justified.';
    const [m] = marksOf('swallowing-exception', text);
    expect(m.excerpt).toBe('unless the officer believes deadly force is justified.');
    expect(m.severity).toBe('problem');
  });

  it('flags "except when they deem it necessary"', () => {
    expect(
      marksOf(
        'swallowing-exception',
        'Officers shall not fire warning shots except when they deem it necessary.',
      ),
    ).toHaveLength(1);
  });

  it('warns about a duty the officer can opt out of', () => {
    const [m] = marksOf(
      'swallowing-exception',
      'Officers shall render aid unless the officer feels it is unnecessary.',
    );
    expect(m.severity).toBe('warning');
  });

  it('accepts narrow, objective exceptions', () => {
    expect(
      marksOf(
        'swallowing-exception',
        'Officers shall not fire at a moving vehicle unless a person in it is shooting at someone.',
      ),
    ).toEqual([]);
    expect(
      marksOf(
        'swallowing-exception',
        'Officers shall render aid unless doing so would expose them to gunfire.',
      ),
    ).toEqual([]);
    expect(marksOf('swallowing-exception', 'Chokeholds are prohibited.')).toEqual([]);
  });
});

describe('passive-duty check', () => {
  it('flags a duty that names no one', () => {
    expect(excerpts(marksOf('passive-duty', 'Force shall be reported.'))).toEqual(['shall be reported']);
    expect(excerpts(marksOf('passive-duty', 'All injuries must be promptly documented.'))).toEqual([
      'must be promptly documented',
    ]);
  });

  it('accepts a passive duty with its actor, bans and limits', () => {
    expect(marksOf('passive-duty', 'Force shall be reported by the officer who used it.')).toEqual([]);
    expect(marksOf('passive-duty', 'Chokeholds shall not be used.')).toEqual([]);
    expect(marksOf('passive-duty', 'Deadly force shall be used only as a last resort.')).toEqual([]);
    expect(marksOf('passive-duty', 'The officer shall report all force.')).toEqual([]);
  });
});

describe('reading-level check', () => {
  const dense =
    'In the event that an officer encounters a situation in which the application of physical coercion is contemplated, the officer shall, notwithstanding any contrary institutional expectations, evaluate the totality of the circumstances, including the immediacy of the threat and the severity of the alleged offense.';
  const plain =
    'Officers must try to calm people down before they use force. They should talk, listen, and give the person time. If the person stops fighting, officers must stop too. Officers help anyone who is hurt.';

  it('marks a dense clause above the target grade, pointing at its hardest sentence', () => {
    const [m] = marksOf('reading-level', dense);
    expect(m).toBeDefined();
    expect(m.severity).toBe('warning');
    expect(m.message).toMatch(/grade \d+/);
  });

  it('leaves plain clauses and short clauses alone', () => {
    expect(marksOf('reading-level', plain)).toEqual([]);
    expect(marksOf('reading-level', 'Notwithstanding institutional considerations, comply.')).toEqual([]);
  });

  it('respects the target grade option', () => {
    const c = clause(plain);
    const strict = checkDraft([c], { options: { targetGrade: 2 } }).marks.filter(
      (m) => m.kind === 'reading-level',
    );
    expect(strict).toHaveLength(1);
  });
});

describe('defined-term checks', () => {
  const defs = clause(
    '"Deadly force" means force likely to cause death or serious bodily injury.\n"Force" means any physical effort to make a person comply.\n"Passive resistance" means not following commands without physical aggression.',
    ['definitions'],
    'Definitions',
  );

  it('flags a term that needs a definition and has none', () => {
    const body = clause('Officers shall not use a chokehold on anyone.');
    const r = checkDraft([defs, body]);
    const m = r.byClause.get(body.id)!.filter((x) => x.kind === 'undefined-term');
    expect(excerpts(m)).toEqual(['chokehold']);
    expect(m[0].severity).toBe('warning');
  });

  it('does not flag terms that are defined, or quoted speech', () => {
    const body = clause('Deadly force is a last resort. The officer said "stop right there, now!" twice.');
    const r = checkDraft([defs, body]);
    expect(r.byClause.get(body.id)!.filter((x) => x.kind === 'undefined-term')).toEqual([]);
  });

  it('flags a definition nothing else uses', () => {
    const body = clause('Deadly force is a last resort. Force must be the minimum necessary.');
    const r = checkDraft([defs, body]);
    const unused = r.byClause.get(defs.id)!.filter((x) => x.kind === 'unused-definition');
    expect(excerpts(unused)).toEqual(['Passive resistance']);
  });

  it('flags a second name for a defined term and suggests the defined one', () => {
    const body = clause('Lethal force may be used only against an imminent threat.');
    const r = checkDraft([defs, body]);
    const [m] = r.byClause.get(body.id)!.filter((x) => x.kind === 'inconsistent-term');
    expect(m.excerpt).toBe('Lethal force');
    expect(m.suggestion).toBe('Use "deadly force" here and throughout.');
  });

  it('does not flag a term used one way throughout', () => {
    const body = clause(
      'Deadly force is a last resort. Deadly force must never be used to protect property.',
    );
    const r = checkDraft([defs, body]);
    expect(r.marks.filter((x) => x.kind === 'inconsistent-term')).toEqual([]);
  });

  it('reads glossary-style definitions ("Term: meaning") in the definitions section', () => {
    const glossary = clause(
      'Chokehold: any hold that puts pressure on the neck.',
      ['definitions'],
      'Definitions',
    );
    const body = clause('Officers shall not use a chokehold.');
    const r = checkDraft([glossary, body]);
    expect(r.marks.filter((x) => x.kind === 'undefined-term')).toEqual([]);
  });
});

describe('contradiction check', () => {
  it('flags a clause that permits what another clause bans', () => {
    const ban = clause('Officers shall not use chokeholds.', ['prohibited-force'], 'Prohibited force');
    const permit = clause(
      'Officers may use a chokehold when they face a violent struggle.',
      [],
      'Arrest techniques',
    );
    const r = checkDraft([ban, permit]);
    const [m] = r.byClause.get(permit.id)!.filter((x) => x.kind === 'contradiction');
    expect(m.severity).toBe('problem');
    expect(m.message).toMatch(/"Prohibited force"/);
    expect(r.byClause.get(ban.id)!.filter((x) => x.kind === 'contradiction')).toEqual([]);
  });

  it('stays quiet when clauses agree', () => {
    const a = clause('Officers shall not use chokeholds.');
    const b = clause('Neck restraints of every kind are banned.');
    expect(checkDraft([a, b]).marks.filter((x) => x.kind === 'contradiction')).toEqual([]);
  });
});

describe('mark identity', () => {
  it('keeps a fingerprint when unrelated text in the clause changes', () => {
    const before = clause('Officers shall render first aid if feasible.');
    const after = {
      ...before,
      text: 'Every officer carries a kit. Officers shall render first aid if feasible.',
    };
    const f1 = checkDraft([before]).marks.find((m) => m.kind === 'vague-qualifier')!.fingerprint;
    const f2 = checkDraft([after]).marks.find((m) => m.kind === 'vague-qualifier')!.fingerprint;
    expect(f2).toBe(f1);
    expect(f1).toBe(markFingerprint('vague-qualifier', before.id, 'If  FEASIBLE'));
  });

  it('gives different clauses different fingerprints and every mark a unique id', () => {
    const a = clause('Officers shall render first aid if feasible. Officers shall call EMS if feasible.');
    const b = clause('Officers shall render first aid if feasible.');
    const r = checkDraft([a, b]);
    const ids = r.marks.map((m) => m.id);
    expect(new Set(ids).size).toBe(ids.length);
    const fa = r.byClause.get(a.id)!.find((m) => m.kind === 'vague-qualifier')!.fingerprint;
    const fb = r.byClause.get(b.id)!.find((m) => m.kind === 'vague-qualifier')!.fingerprint;
    expect(fa).not.toBe(fb);
  });
});

describe('incremental checking', () => {
  const defs = clause('"Deadly force" means force likely to cause death.', ['definitions'], 'Definitions');
  const a = clause('Deadly force is a last resort.');
  const b = clause('Officers shall not use chokeholds.');

  it('re-reads only the edited clause', () => {
    const ctx = createDraftContext([defs, a, b]);
    const editedB = { ...b, text: 'Officers shall not use chokeholds or warning shots.' };
    const next = updateDraftContext(ctx, editedB);
    expect(next.facts.get(a.id)).toBe(ctx.facts.get(a.id));
    expect(next.facts.get(b.id)).not.toBe(ctx.facts.get(b.id));
    expect(updateDraftContext(next, editedB)).toBe(next);
  });

  it('gives the same marks for one clause as a full re-check', () => {
    const ctx = createDraftContext([defs, a, b]);
    const editedA = { ...a, text: 'Lethal force should be reported if feasible.' };
    const incremental = checkClause(editedA, updateDraftContext(ctx, editedA));
    const full = checkDraft([defs, editedA, b]).byClause.get(a.id);
    expect(incremental).toEqual(full);
  });

  it('syncs a context with the current clause list, reusing unchanged facts', () => {
    const ctx = createDraftContext([defs, a, b]);
    expect(syncDraftContext(ctx, [defs, a, b])).toBe(ctx);
    const reordered = syncDraftContext(ctx, [b, defs, a]);
    expect(reordered.order).toEqual([b.id, defs.id, a.id]);
    expect(reordered.facts.get(a.id)).toBe(ctx.facts.get(a.id));
    expect(removeFromDraftContext(ctx, b.id).order).toEqual([defs.id, a.id]);
  });

  it('names the clauses whose draft-level marks may change after an edit', () => {
    const ctx = createDraftContext([defs, a, b]);
    const editedA = { ...a, text: 'Lethal force is a last resort.' };
    const affected = affectedClauseIds(ctx, updateDraftContext(ctx, editedA), a.id);
    expect(affected).toContain(a.id);
    expect(affected).toContain(defs.id);
    const editedDefs = { ...defs, text: '"Lethal force" means force likely to cause death.' };
    expect(affectedClauseIds(ctx, updateDraftContext(ctx, editedDefs), defs.id)).toEqual([
      defs.id,
      a.id,
      b.id,
    ]);
  });
});
