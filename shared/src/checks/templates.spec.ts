import { CATALOGUE, componentById } from '../catalogue';
import { unfilledPlaceholders } from './context';
import { TOOLKIT_TEMPLATE, splitPolicyIntoClauses } from './templates';

describe('TOOLKIT_TEMPLATE', () => {
  it('offers one starting clause per catalogue component, in catalogue order', () => {
    expect(TOOLKIT_TEMPLATE.map((t) => t.componentId)).toEqual(CATALOGUE.map((c) => c.id));
  });

  it('gives every template a heading, drafting notes and [placeholders] to fill', () => {
    for (const t of TOOLKIT_TEMPLATE) {
      expect(t.heading.trim()).not.toBe('');
      expect(t.guidance.trim()).not.toBe('');
      expect(t.text).toMatch(/\[[^\]]+\]/);
      expect(componentById(t.componentId)).toBeDefined();
      expect(unfilledPlaceholders(t.text).length).toBeGreaterThan(0);
    }
  });

  it('lists each unfilled placeholder once, and none in finished text or a one-letter [a]', () => {
    expect(
      unfilledPlaceholders('Within [number] hours, tell [office]; after [number] days, review [a].'),
    ).toEqual(['[number]', '[office]']);
    expect(unfilledPlaceholders('Within 24 hours, tell the review board.')).toEqual([]);
  });

  it('is scaffolding the detector recognises as its own component once filled in', () => {
    const filled = (text: string) => text.replace(/\[[^\]]*\]/g, 'the named unit');
    for (const t of TOOLKIT_TEMPLATE) {
      const [first] = splitPolicyIntoClauses(`${t.heading}\n${filled(t.text)}`);
      expect(first.suggestedComponentIds).toContain(t.componentId);
    }
  });
});

describe('splitPolicyIntoClauses', () => {
  it('splits on numbered and capitalised headings and suggests components', () => {
    const policy = [
      'GENERAL ORDER 300 - USE OF FORCE',
      '',
      '1. Purpose',
      'This order sets out when officers may use force.',
      '',
      '2. Definitions',
      '"Force" means any physical effort to make a person comply.',
      '"Deadly force" means force likely to cause death.',
      '',
      '4.1 Officers shall not use chokeholds or carotid restraints.',
      '4.2 Officers shall not fire warning shots.',
      '',
      'VEHICLE PURSUITS',
      'Officers shall not begin a pursuit unless the suspect is wanted for a violent felony.',
    ].join('\n');
    const clauses = splitPolicyIntoClauses(policy);
    expect(clauses.map((c) => c.heading)).toEqual([
      'Purpose',
      'Definitions',
      '4.1',
      '4.2',
      'VEHICLE PURSUITS',
    ]);
    expect(clauses[1].suggestedComponentIds[0]).toBe('definitions');
    expect(clauses[2].text).toBe('Officers shall not use chokeholds or carotid restraints.');
    expect(clauses[2].suggestedComponentIds).toEqual(['prohibited-force']);
    expect(clauses[4].suggestedComponentIds).toEqual(['vehicle-pursuits']);
  });

  it('splits "Section" and "§" markers', () => {
    const clauses = splitPolicyIntoClauses(
      'Section 5 Medical aid\nOfficers shall render first aid.\n§ 6 Officers shall report all force.',
    );
    expect(clauses.map((c) => c.heading)).toEqual(['Medical aid', '§ 6']);
    expect(clauses[0].suggestedComponentIds).toEqual(['medical-aid']);
  });

  it('re-joins hard-wrapped lines and keeps list items apart', () => {
    const [c] = splitPolicyIntoClauses(
      'De-escalation\nOfficers shall consider whether a person is deaf before treating\nnon-compliance as resistance.\nOfficers shall not use:\n- chokeholds;\n- warning shots.',
    );
    expect(c.text).toBe(
      'Officers shall consider whether a person is deaf before treating non-compliance as resistance.\nOfficers shall not use:\n- chokeholds;\n- warning shots.',
    );
    expect(c.suggestedComponentIds).toEqual(
      expect.arrayContaining(['de-escalation', 'vulnerable-populations', 'prohibited-force']),
    );
  });

  it('falls back to blank-line paragraphs when there are no headings', () => {
    const clauses = splitPolicyIntoClauses(
      'Officers shall render first aid to injured people.\n\nThe department shall publish this policy online.\n\nOfficers wear uniforms.',
    );
    expect(clauses.map((c) => [c.heading, c.suggestedComponentIds])).toEqual([
      ['Medical aid', ['medical-aid']],
      ['Publication', ['publication']],
      ['Clause 3', []],
    ]);
  });

  it('returns nothing for empty input', () => {
    expect(splitPolicyIntoClauses('')).toEqual([]);
    expect(splitPolicyIntoClauses('\n\n  \n')).toEqual([]);
  });
});
