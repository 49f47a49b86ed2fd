import { ALL_ITEMS, CATALOGUE } from '../catalogue';
import { type PolicyClause, TOOLKIT_TEMPLATE, checkDraft } from '../checks';
import { computeCoverage, detectItems } from './index';

let seq = 0;
const clause = (text: string, componentIds: string[] = [], heading = 'Clause'): PolicyClause => ({
  id: `k${++seq}`,
  heading,
  text,
  componentIds,
});

const statusOf = (itemId: string, ...clauses: PolicyClause[]) => {
  const r = computeCoverage(clauses);
  return r.components.flatMap((c) => c.items).find((i) => i.itemId === itemId)!;
};

describe('detectItems reads the structure of a sentence', () => {
  const read = (s: string) => Object.fromEntries(detectItems(s).map((h) => [h.itemId, h.status]));

  it("treats a ban hollowed by the officer's belief as a contradiction", () => {
    expect(read('Chokeholds are prohibited unless the officer believes deadly force is justified.')).toEqual({
      'prohibited-force.neck-restraints': 'contradicted',
    });
  });

  it('reads negation scope: a ban, a switched-off duty, a double negative', () => {
    expect(read('No officer shall apply a carotid restraint.')['prohibited-force.neck-restraints']).toBe(
      'covered',
    );
    expect(
      read('Officers are not required to intervene when another officer uses excessive force.')[
        'duty-to-intervene.intervene'
      ],
    ).toBe('contradicted');
    expect(read('Officers shall not hesitate to call an ambulance.')['medical-aid.duty-to-aid']).toBe(
      'covered',
    );
  });

  it('reads modal strength: "shall" covers; "should", "encouraged" and "may" make a required duty optional', () => {
    const item = 'duty-to-intervene.intervene';
    expect(read('Officers shall intervene to stop another officer using excessive force.')[item]).toBe(
      'covered',
    );
    for (const hedged of [
      'Officers should intervene to stop another officer using excessive force.',
      'Officers are encouraged to intervene when another officer uses excessive force.',
      'An officer may intervene if another officer uses excessive force and the officer judges it appropriate.',
    ])
      expect([hedged, read(hedged)[item]]).toEqual([hedged, 'contradicted']);
  });

  it('quotes the deciding words in the reason', () => {
    const [hit] = detectItems('Officers should try to de-escalate before using force.');
    expect(hit).toEqual(
      expect.objectContaining({ itemId: 'de-escalation.before-force', status: 'contradicted' }),
    );
    expect(hit.reason).toBe("'should' makes this optional");
    const [ban] = detectItems('Chokeholds are prohibited except when the officer has no other means.');
    expect(ban.reason).toContain("'except when the officer has no other means'");
  });

  it('treats any exception that re-opens a ban as a contradiction, a narrow one (training) as no loophole', () => {
    const item = 'prohibited-force.moving-vehicles';
    expect(
      read('Officers shall not shoot at a moving vehicle unless the vehicle is being used as a weapon.')[
        item
      ],
    ).toBe('contradicted');
    expect(read('Officers shall not shoot at a moving vehicle unless they feel it is necessary.')[item]).toBe(
      'contradicted',
    );
    expect(
      read('Officers shall not fire warning shots, except on the range during firearms training.'),
    ).toEqual({
      'prohibited-force.warning-shots': 'covered',
    });
  });

  it('reads softened bans and permissions as contradictions', () => {
    expect(read('Neck restraints are discouraged.')['prohibited-force.neck-restraints']).toBe('contradicted');
    expect(
      read("Warning shots may be fired only with a supervisor's approval.")['prohibited-force.warning-shots'],
    ).toBe('contradicted');
  });

  it("finds standards widened without the item's own words", () => {
    expect(
      read('Officers may use any force they consider reasonable.')['minimum-force.least-necessary'],
    ).toBe('contradicted');
    expect(read('Officers may pursue any car that fails to stop.')['vehicle-pursuits.restricted']).toBe(
      'contradicted',
    );
    expect(read('Only injuries need to be reported.')['force-reporting.every-use']).toBe('contradicted');
  });

  it('reads scope: "rather than fire" is a ban, "de-escalation training" is no duty to de-escalate', () => {
    expect(read('Officers must step out of the path of a moving vehicle rather than fire at it.')).toEqual({
      'prohibited-force.moving-vehicles': 'covered',
    });
    expect(read('De-escalation training shall be given at the academy.')).toEqual({});
  });

  it('lets "terms have their ordinary meaning" count against defined terms', () => {
    expect(read('Terms used in this policy have their ordinary meaning.')).toEqual({
      'clarity.defined-terms': 'contradicted',
    });
  });

  it('keeps the ban and the permission in separate clauses of one sentence apart', () => {
    const r = read('Officers may use pepper spray, but chokeholds are prohibited.');
    expect(r['prohibited-force.neck-restraints']).toBe('covered');
  });

  it('recognises synonyms for the same concept', () => {
    for (const s of [
      'Lateral vascular neck restraints are banned.',
      'Officers shall never use a stranglehold.',
      'The carotid control hold is forbidden.',
    ]) {
      expect(read(s)['prohibited-force.neck-restraints']).toBe('covered');
    }
  });

  it('meets a two-part item in part when a binding sentence names only one part, and says which is missing', () => {
    const item = 'use-of-force-standards.necessary-proportional';
    expect(read('Deputies shall use force only when necessary.')[item]).toBe('partly');
    expect(read('The force used must be proportionate to the resistance encountered.')[item]).toBe('partly');
    expect(
      read('Personnel shall use only the force that is necessary and proportional to the threat.')[item],
    ).toBe('covered');
    const hit = detectItems('The force used shall be commensurate with the threat.').find(
      (h) => h.itemId === item,
    )!;
    expect(hit.reason).toMatch(/says nothing of necessity/);
  });

  it('recognises other actors, possessives and nominalisations for the same concepts', () => {
    expect(read("Members shall not apply any hold that compresses the subject's throat.")).toMatchObject({
      'prohibited-force.neck-restraints': 'covered',
    });
    // A warning discharge is a warning shot, not deadly force left unlimited.
    expect(
      read('A deputy may discharge a firearm as a warning when the deputy believes it will prevent harm.'),
    ).toEqual({
      'prohibited-force.warning-shots': 'contradicted',
    });
    expect(read('Employees will refrain from shooting at the operator of a fleeing vehicle.')).toMatchObject({
      'prohibited-force.moving-vehicles': 'covered',
    });
    expect(
      read(
        'Employees shall consider whether a person may not understand commands because they speak little English.',
      ),
    ).toMatchObject({ 'vulnerable-populations.language': 'covered' });
    expect(read('The respect for human life shall guide every decision to use force.')).toMatchObject({
      'use-of-force-standards.sanctity-of-life': 'covered',
    });
    expect(
      read("Every person's life has value, and preserving it is this department's highest priority."),
    ).toMatchObject({ 'use-of-force-standards.sanctity-of-life': 'covered' });
  });

  it('finds nothing in unrelated sentences', () => {
    expect(detectItems('Officers shall wear their uniform while on duty.')).toEqual([]);
    expect(detectItems('The board meets on the first Tuesday of each month.')).toEqual([]);
  });

  it('reads a list item together with its lead-in', () => {
    const items = detectItems(
      'Each force report shall record:\n- the race of the person;\n- the location.',
    ).map((h) => h.itemId);
    expect(items).toEqual(expect.arrayContaining(['force-reporting.race', 'force-reporting.location']));
  });
});

describe('computeCoverage', () => {
  it('reports every component and item of the catalogue', () => {
    const r = computeCoverage([]);
    expect(r.components.map((c) => c.componentId)).toEqual(CATALOGUE.map((c) => c.id));
    expect(r.components.flatMap((c) => c.items).length).toBe(ALL_ITEMS.length);
    expect(r.overall).toBe(0);
    expect(r.components.every((c) => c.status === 'missing')).toBe(true);
  });

  it('marks an item contradicted, with the sentence and offsets as evidence', () => {
    const text =
      'Officers must be careful. Chokeholds are prohibited unless the officer believes deadly force is justified.';
    const c = clause(text, ['prohibited-force']);
    const r = computeCoverage([c]);
    const component = r.components.find((x) => x.componentId === 'prohibited-force')!;
    const item = component.items.find((i) => i.itemId === 'prohibited-force.neck-restraints')!;
    expect(item.status).toBe('contradicted');
    expect(item.source).toBe('text');
    expect(item.evidence[0].sentence).toBe(
      'Chokeholds are prohibited unless the officer believes deadly force is justified.',
    );
    expect(text.slice(item.evidence[0].from, item.evidence[0].to)).toBe('Chokeholds');
    expect(component.status).toBe('contradicted');
  });

  it('shows where a tagged component is handled but leaves it missing when the text does not address it', () => {
    const c = clause('Pursuits are dangerous and the board will return to them.', ['vehicle-pursuits']);
    const r = computeCoverage([c]);
    const component = r.components.find((x) => x.componentId === 'vehicle-pursuits')!;
    expect(component.items.map((i) => [i.status, i.source, i.evidence[0]?.clauseId])).toEqual([
      ['missing', 'tag', c.id],
      ['missing', 'tag', c.id],
    ]);
    expect(component.status).toBe('missing');
    expect(component.score).toBe(0);
  });

  it('keeps a contradiction in a tagged clause contradicted', () => {
    const c = clause('Officers may fire warning shots when they judge it wise.', ['prohibited-force']);
    expect(statusOf('prohibited-force.warning-shots', c).status).toBe('contradicted');
  });

  it('scores a blank template, every clause still [placeholders], 0% covered with every component missing', () => {
    const draft = TOOLKIT_TEMPLATE.map((t, i) => clause(t.text, [t.componentId], t.heading || `T${i}`));
    const { context } = checkDraft(draft);
    const r = computeCoverage(draft, { context });
    expect(r.overall).toBe(0);
    expect(r.components.filter((c) => c.status !== 'missing').map((c) => c.componentId)).toEqual([]);
    expect(r.components.flatMap((c) => c.items).filter((i) => i.status === 'covered')).toEqual([]);
  });

  it('covers a component from the text alone, without tags', () => {
    const c = clause(
      'Officers shall not begin a pursuit unless the suspect is wanted for a violent felony and a supervisor approves. Officers shall end a pursuit when the risk to the public outweighs the need to catch the driver.',
    );
    const component = computeCoverage([c]).components.find((x) => x.componentId === 'vehicle-pursuits')!;
    expect(component.status).toBe('covered');
    expect(component.score).toBe(1);
  });

  it('lets a tick cover an item but never hide a contradiction', () => {
    const plain = clause('Officers wear uniforms.');
    expect(statusOf('publication.publish-data', plain)).toEqual(
      expect.objectContaining({ status: 'missing', source: 'text' }),
    );
    const ticked = computeCoverage([plain], { tickedItemIds: ['publication.publish-data'] });
    const item = ticked.components
      .flatMap((c) => c.items)
      .find((i) => i.itemId === 'publication.publish-data')!;
    expect([item.status, item.source]).toEqual(['covered', 'tick']);

    const bad = clause('Officers may fire warning shots when they judge it wise.');
    const r = computeCoverage([bad], { tickedItemIds: ['prohibited-force.warning-shots'] });
    expect(
      r.components.flatMap((c) => c.items).find((i) => i.itemId === 'prohibited-force.warning-shots')!.status,
    ).toBe('contradicted');
  });

  it('covers a two-part item when its parts are met in different sentences or clauses, not by one alone', () => {
    const item = 'use-of-force-standards.necessary-proportional';
    expect(statusOf(item, clause('Force must be proportional to the threat.')).status).toBe('partly');
    expect(
      statusOf(
        item,
        clause(
          'Officers shall use force only when necessary. The force they use must be proportional to the threat.',
        ),
      ).status,
    ).toBe('covered');
    expect(
      statusOf(
        item,
        clause('Force must be proportional to the threat.'),
        clause('Officers shall use force only when necessary.'),
      ).status,
    ).toBe('covered');
  });

  it('lets a contradiction anywhere in the draft win over coverage elsewhere', () => {
    const ban = clause('Officers shall not use chokeholds.');
    const permit = clause('Officers may use a chokehold during a violent struggle.');
    expect(statusOf('prohibited-force.neck-restraints', ban).status).toBe('covered');
    expect(statusOf('prohibited-force.neck-restraints', ban, permit).status).toBe('contradicted');
  });

  it('derives clarity items from the draft as a whole', () => {
    const defs = clause('"Deadly force" means force likely to cause death.', ['definitions'], 'Definitions');
    const consistent = clause('Deadly force is a last resort.');
    const inconsistent = clause('Lethal force is a last resort.');
    expect(statusOf('clarity.consistent-terms', defs, consistent).status).toBe('covered');
    expect(statusOf('clarity.consistent-terms', defs, inconsistent).status).toBe('contradicted');
    expect(
      statusOf('clarity.defined-terms', defs, clause('Officers shall not use a chokehold.')).status,
    ).toBe('partly');
    expect(statusOf('clarity.defined-terms', defs, consistent).status).toBe('covered');
  });

  it('counts an unfilled [placeholder] sentence as addressing nothing', () => {
    expect(
      statusOf(
        'prohibited-force.warning-shots',
        clause('Officers shall not fire warning shots [except as noted].'),
      ).status,
    ).toBe('missing');
  });

  it('scores components and the draft between 0 and 1', () => {
    const r = computeCoverage([
      clause(
        'Officers shall not use chokeholds or any restraint that restricts breathing. Warning shots are prohibited.',
      ),
    ]);
    const pf = r.components.find((c) => c.componentId === 'prohibited-force')!;
    expect(pf.score).toBe(0.75);
    expect(r.overall).toBeGreaterThan(0);
    expect(r.overall).toBeLessThan(1);
  });

  it('gives the same result with a cached context as without', () => {
    const clauses = [
      clause('Officers shall render first aid immediately.', ['medical-aid']),
      clause('Officers shall not use chokeholds.'),
    ];
    const { context } = checkDraft(clauses);
    expect(computeCoverage(clauses, { context })).toEqual(computeCoverage(clauses));
    const edited = [clauses[0], { ...clauses[1], text: 'Officers may use chokeholds.' }];
    expect(computeCoverage(edited, { context })).toEqual(computeCoverage(edited));
  });
});
