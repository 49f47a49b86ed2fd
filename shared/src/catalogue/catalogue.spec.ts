import {
  ALL_ITEMS,
  CATALOGUE,
  COMPONENT_IDS,
  TOOLKITS,
  componentById,
  itemById,
  type ToolkitSource,
} from './index';

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

describe('toolkit catalogue', () => {
  it('gives every component and item a unique id, so stored references never collide', () => {
    const ids = [...CATALOGUE.map((c) => c.id), ...ALL_ITEMS.map((i) => i.id)];
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('uses kebab-case component ids and prefixes each item id with its component id', () => {
    for (const c of CATALOGUE) {
      expect(c.id).toMatch(KEBAB);
      for (const item of c.items) {
        expect(item.componentId).toBe(c.id);
        expect(item.id.startsWith(`${c.id}.`)).toBe(true);
        expect(item.id.slice(c.id.length + 1)).toMatch(KEBAB);
      }
    }
  });

  it('cites at least one real toolkit for every component and item', () => {
    const known = new Set(Object.keys(TOOLKITS) as ToolkitSource[]);
    for (const entry of [...CATALOGUE, ...ALL_ITEMS]) {
      expect(entry.sources.length).toBeGreaterThan(0);
      for (const s of entry.sources) expect(known.has(s)).toBe(true);
    }
  });

  it('has non-empty titles and guidance everywhere a user reads them', () => {
    for (const c of CATALOGUE) {
      expect(c.title.trim()).not.toBe('');
      expect(c.summary.trim()).not.toBe('');
      expect(c.guidance.trim()).not.toBe('');
      expect(c.items.length).toBeGreaterThan(0);
    }
    for (const i of ALL_ITEMS) {
      expect(i.title.trim()).not.toBe('');
      expect(i.guidance.trim()).not.toBe('');
    }
  });

  it('includes the components and checklist items the toolkits call for', () => {
    for (const id of [
      'definitions',
      'minimum-force',
      'deadly-force',
      'prohibited-force',
      'de-escalation',
      'duty-to-intervene',
      'medical-aid',
      'vulnerable-populations',
      'vehicle-pursuits',
      'use-of-force-standards',
      'force-reporting',
      'publication',
      'clarity',
      'footprint',
      'advisory-group',
    ]) {
      expect(COMPONENT_IDS).toContain(id);
    }
    for (const id of [
      'prohibited-force.neck-restraints',
      'prohibited-force.breathing-blood-flow',
      'prohibited-force.warning-shots',
      'prohibited-force.moving-vehicles',
      'force-reporting.race',
      'force-reporting.age',
      'force-reporting.gender',
      'force-reporting.location',
      'force-reporting.reason-for-contact',
      'force-reporting.force-types',
      'force-reporting.de-escalation',
      'force-reporting.resistance',
      'force-reporting.outcomes',
      'medical-aid.duty-to-aid',
      'medical-aid.no-vague-qualifiers',
      'publication.publish-policy',
      'publication.publish-changes',
      'publication.publish-data',
      'footprint.alternative-response',
      'footprint.schools',
      'footprint.traffic-stops',
      'clarity.plain-language',
      'clarity.consistent-terms',
      'clarity.defined-terms',
    ]) {
      expect(itemById(id)).toBeDefined();
    }
  });

  it('looks up components and items by id and returns undefined for unknown ids', () => {
    expect(componentById('deadly-force')?.title).toBeTruthy();
    expect(componentById('nope')).toBeUndefined();
    expect(itemById('prohibited-force.warning-shots')?.componentId).toBe('prohibited-force');
    expect(itemById('prohibited-force.nope')).toBeUndefined();
  });

  it('lists the same items in ALL_ITEMS as in the components', () => {
    expect(ALL_ITEMS.length).toBe(CATALOGUE.reduce((n, c) => n + c.items.length, 0));
  });
});
