/**
 * Starting material for a new draft (one template clause per catalogue component) and an importer
 * that cuts a department's existing policy into clauses and suggests components for each.
 * Template text is scaffolding: guidance plus [placeholders], not finished policy language.
 */
import { CATALOGUE, itemById } from '../catalogue';
import { detectItems } from '../coverage/detector';
import { parseDefinition } from './define';
import { splitSentences } from './text';

export interface ClauseTemplate {
  componentId: string;
  heading: string;
  /** Notes for the board while drafting; not part of the clause text. */
  guidance: string;
  /** Starter text with [placeholders] to replace. */
  text: string;
}

const TEMPLATE_TEXT: Record<string, { heading: string; guidance: string; text: string }> = {
  definitions: {
    heading: 'Definitions',
    guidance:
      'Define every word the rest of the policy leans on, once, and then use it exactly that way. Check the force report form uses the same words.',
    text: [
      '"Force" means [describe the actions that count as force, including drawing or pointing a firearm or Taser at a person].',
      '"Objectively reasonable" means [describe the standard a reviewer will apply].',
      '"Deadly force" means [describe force likely to cause death or serious bodily injury].',
      '"De-escalation" means [describe what officers do to lower the tension of an encounter].',
    ].join('\n'),
  },
  'use-of-force-standards': {
    heading: 'When force may be used',
    guidance:
      'Say plainly why force may be used at all and what test it must pass. Think about which purposes the board wants to allow and which it wants to rule out.',
    text: [
      'Officers of [name of department] may use force only to [list the lawful purposes, e.g. make a lawful arrest, prevent an escape, protect a person from harm].',
      'Any force used shall be necessary and proportional to [the threat or resistance the officer faces].',
    ].join('\n'),
  },
  'minimum-force': {
    heading: 'Minimum force necessary',
    guidance: 'Ask for the least force that works, and for force to drop as soon as the need for it drops.',
    text: 'Officers shall use no more force than is necessary to [achieve the lawful purpose], and shall reduce force as soon as [the resistance or threat ends].',
  },
  'de-escalation': {
    heading: 'De-escalation',
    guidance:
      'Make de-escalation a requirement and list the techniques so training and reviews can check for them. Avoid qualifiers that let the duty be skipped.',
    text: [
      'Before using force, officers shall attempt to de-escalate the encounter [state the only situations, if any, where this does not apply].',
      'De-escalation techniques include [list them, e.g. creating time and distance, using cover, calm communication, asking for additional resources].',
    ].join('\n'),
  },
  'vulnerable-populations': {
    heading: 'Disability, health and language',
    guidance:
      'Someone who does not follow commands may not be able to. Name the conditions officers must consider and what they must do about them.',
    text: 'Before treating a failure to comply as resistance, officers shall consider whether it may result from [a disability, a medical condition, a mental health crisis, or a language barrier], and shall [describe the steps, e.g. slow down, call for an interpreter or a clinician].',
  },
  'deadly-force': {
    heading: 'Deadly force',
    guidance:
      'Keep deadly force for the gravest danger and only after other options have failed or would clearly fail.',
    text: 'Deadly force is a last resort: officers may use deadly force only when [describe the imminent threat of death or serious bodily injury] and [describe which alternatives must first be exhausted or clearly ineffective].',
  },
  'prohibited-force': {
    heading: 'Prohibited force',
    guidance:
      'List banned techniques without exceptions that depend on what the officer believes. Check whether any other clause permits what this one bans.',
    text: [
      'Officers of [name of department] shall not use:',
      '- chokeholds or any other neck restraint, including [name local terms for carotid or vascular holds];',
      '- any restraint that restricts breathing or blood flow, including [describe positions, e.g. weight on the back or chest of a person lying face down];',
      '- warning shots;',
      '- [firearms discharged at or from a moving vehicle].',
    ].join('\n'),
  },
  'vehicle-pursuits': {
    heading: 'Vehicle pursuits',
    guidance: 'Set who may start a pursuit, for which offences, who approves it, and when it must end.',
    text: [
      'Officers shall not begin a vehicle pursuit unless [describe the offences, e.g. a violent felony] and [name who must approve it].',
      'Officers shall end a pursuit when [describe when the danger to the public outweighs the need for an immediate arrest].',
    ].join('\n'),
  },
  'duty-to-intervene': {
    heading: 'Duty to intervene',
    guidance:
      'Make stepping in and reporting both duties, regardless of rank, and say how the department backs officers who do.',
    text: [
      'An officer who sees another officer using excessive force shall intervene to stop it [describe how, e.g. verbally or physically].',
      "The officer shall report the other officer's conduct to [name the supervisor or office] within [time limit].",
    ].join('\n'),
  },
  'medical-aid': {
    heading: 'Medical aid',
    guidance:
      'Write the duty without "if feasible" or similar escape hatches. Say what officers do and how fast.',
    text: 'Officers shall provide first aid and call emergency medical services for [describe who, e.g. anyone injured, anyone who complains of injury, anyone exposed to a Taser or chemical spray] [state how quickly, e.g. immediately once the scene is safe].',
  },
  'force-reporting': {
    heading: 'Reporting force',
    guidance:
      'Require a report for every use of force and list the minimum fields, so the data can be compared over time.',
    text: [
      'Officers shall complete a [name of report form] each time they use force, including pointing a firearm or Taser at a person. Each [name of report form] shall include:',
      '- the race, age and gender of the person;',
      '- the location of the incident;',
      '- the reason for the initial contact;',
      '- each type of force used;',
      '- whether de-escalation was attempted;',
      '- any resistance and its type;',
      '- the outcome, including any arrest, injury, hospitalisation or death.',
    ].join('\n'),
  },
  publication: {
    heading: 'Publication',
    guidance:
      'Commit to publishing the policy, each change to it, and the force data, and say where and how often.',
    text: [
      '[Name of department] shall publish this policy on [website or other public place].',
      'Each revision shall be published within [number] days, with a summary of what changed.',
      'Use-of-force data shall be published [how often] in [format].',
    ].join('\n'),
  },
  clarity: {
    heading: 'Clarity and consistency',
    guidance:
      'Keep sentences short and terms consistent with the definitions, other department orders, and the report forms.',
    text: [
      'This policy shall be written in plain language [say for whom, e.g. residents without legal training].',
      'Every term with a special meaning shall be defined in [section number of the definitions] and used consistently with [name other department orders and the report forms].',
    ].join('\n'),
  },
  footprint: {
    heading: 'Reducing the footprint of policing',
    guidance: 'Consider which calls and settings need a response other than armed officers.',
    text: [
      'Calls involving [e.g. mental health crises, welfare checks] shall be sent to [name of the alternative response team] instead of patrol officers.',
      '[State the role, if any, of officers in schools.]',
      'Officers shall not make stops for [list low-level, non-safety violations]; these shall be handled by [civilian staff or automated means].',
    ].join('\n'),
  },
  'advisory-group': {
    heading: 'Community advisory group',
    guidance:
      'Say who convenes the group, who sits on it, and how its recommendations reach training, practice and accountability.',
    text: [
      '[Name of city or department] shall establish a use-of-force advisory group within [time limit].',
      "The group shall include [e.g. residents most affected by policing, advocates, officers and their union, the city's lawyers].",
      'Once adopted, this policy shall be built into training and reviewed for compliance [how often, by whom].',
    ].join('\n'),
  },
};

/** One starting clause per catalogue component, in catalogue order. */
export const TOOLKIT_TEMPLATE: readonly ClauseTemplate[] = CATALOGUE.map((c) => {
  const t = TEMPLATE_TEXT[c.id];
  return t
    ? { componentId: c.id, ...t }
    : { componentId: c.id, heading: c.title, guidance: c.guidance, text: `[${c.summary}]` };
});

export interface ImportedClause {
  heading: string;
  text: string;
  suggestedComponentIds: string[];
}

const NUMBERED =
  /^\s*((?:(?:section|sec\.|article|part|chapter|policy)\s+[\dA-Z][\w.-]*|§+\s*[\d.]+[a-z]?|\d{1,3}(?:\.\d{1,3})*\.?|[IVXLC]{1,6}\.|[A-Z]\.))(?:\s*[:.\-\u2013\u2014])?\s*(.*)$/i;
const TERMINAL = /[.;:!?]["')\]]?\s*$/;

const HEADING_HINTS: ReadonlyArray<[RegExp, string]> = [
  [/\bdefinitions?\b|\bglossary\b|\bterms\b/i, 'definitions'],
  [
    /\b(?:standards?|authori[sz]ation|when\s+force|use\s+of\s+force\s+(?:policy|standard))\b/i,
    'use-of-force-standards',
  ],
  [/\bminimum\b|\bleast\b/i, 'minimum-force'],
  [/\bde-?escalat/i, 'de-escalation'],
  [
    /\bdisabilit|\bmental\s+health|\bcrisis\b|\blanguage\b|\bspecial\s+populations\b|\bvulnerable\b/i,
    'vulnerable-populations',
  ],
  [/\bdeadly\b|\blethal\b|\bfirearms?\b/i, 'deadly-force'],
  [/\bprohibit|\bbanned\b|\bchoke|\bneck\b|\brestricted\s+(?:techniques|force)\b/i, 'prohibited-force'],
  [/\bpursuits?\b|\bchases?\b/i, 'vehicle-pursuits'],
  [/\binterven/i, 'duty-to-intervene'],
  [/\bmedical\b|\bfirst\s+aid\b|\baid\b/i, 'medical-aid'],
  [/\breport/i, 'force-reporting'],
  [/\bpublic(?:ation|ly)?\b|\btransparen/i, 'publication'],
  [/\bschools?\b|\btraffic\b|\balternative\s+response\b|\bfootprint\b/i, 'footprint'],
  [/\badvisory\b|\bworking\s+group\b|\bcommunity\s+(?:board|input|engagement)\b/i, 'advisory-group'],
];

const DANGLING = /\b(?:the|of|and|or|to|a|an|in|for|with|by|on|at|shall|must|may|will|is|are)$/i;

function isHeadingLine(line: string, next: string | undefined, prev?: string): boolean {
  const t = line.trim();
  if (!t || t.length > 80 || TERMINAL.test(t) || DANGLING.test(t)) return false;
  // Inside hard-wrapped prose a line follows one that has not finished its sentence.
  if (prev !== undefined && prev.trim() !== '' && !TERMINAL.test(prev.trim()) && !isHeadingLine(prev, t))
    return false;
  const words = t.split(/\s+/).length;
  if (words > 10) return false;
  if (/^[-*\u2022(]/.test(t)) return false;
  const letters = t.replace(/[^A-Za-z]/g, '');
  if (letters.length >= 3 && letters === letters.toUpperCase()) return true;
  // A short unpunctuated line followed by text reads as a heading.
  return next !== undefined && next.trim() !== '' && words <= 8 && /^[A-Z0-9]/.test(t);
}

interface RawSection {
  heading: string;
  lines: string[];
}

function sectionsOf(text: string): RawSection[] {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const sections: RawSection[] = [];
  let current: RawSection | null = null;
  let sawHeading = false;
  const open = (heading: string) => {
    current = { heading, lines: [] };
    sections.push(current);
  };
  lines.forEach((line, i) => {
    const numbered = NUMBERED.exec(line);
    // "1." followed by a short title, or a bare number label, starts a section.
    if (numbered && !/^\s*[A-Z]\.\s+[a-z]/.test(line)) {
      const rest = numbered[2].trim();
      if (rest === '' || isHeadingLine(rest, lines[i + 1] ?? 'x')) {
        sawHeading = true;
        open(rest || numbered[1].replace(/[.:]$/, ''));
        return;
      }
      if (/^(?:section|sec\.|article|part|chapter|§)/i.test(numbered[1]) || /^\d/.test(numbered[1])) {
        sawHeading = true;
        open(numbered[1].replace(/[.:]$/, ''));
        current!.lines.push(rest);
        return;
      }
    }
    if (isHeadingLine(line, lines[i + 1], lines[i - 1])) {
      sawHeading = true;
      open(line.trim());
      return;
    }
    if (!current) open('');
    current!.lines.push(line);
  });

  if (sawHeading) return sections;
  // No headings at all: one clause per blank-line paragraph.
  const paragraphs: RawSection[] = [];
  let buf: string[] = [];
  for (const line of lines) {
    if (line.trim() === '') {
      if (buf.length) paragraphs.push({ heading: '', lines: buf });
      buf = [];
    } else buf.push(line);
  }
  if (buf.length) paragraphs.push({ heading: '', lines: buf });
  return paragraphs;
}

const LIST_START = /^\s*(?:[-*\u2022]|\(?(?:\d{1,3}|[a-z]|[ivx]{1,5})[.)])\s/i;

/** Re-join hard-wrapped lines so each sentence sits on one line; list items stay separate. */
function unwrap(lines: string[]): string[] {
  const out: string[] = [];
  for (const line of lines) {
    const prev = out[out.length - 1];
    if (
      prev !== undefined &&
      prev.trim() !== '' &&
      line.trim() !== '' &&
      !TERMINAL.test(prev) &&
      !LIST_START.test(line)
    ) {
      out[out.length - 1] = `${prev.trimEnd()} ${line.trim()}`;
    } else {
      out.push(line);
    }
  }
  return out;
}

function suggestComponents(heading: string, text: string): string[] {
  const score = new Map<string, number>();
  const add = (id: string, n: number) => score.set(id, (score.get(id) ?? 0) + n);
  for (const [re, id] of HEADING_HINTS) if (re.test(heading)) add(id, 3);
  let definitions = 0;
  for (const s of splitSentences(text)) if (parseDefinition(s.text, { glossary: true })) definitions++;
  if (definitions >= 2) add('definitions', 3);
  for (const hit of detectItems(text)) {
    const item = itemById(hit.itemId);
    if (item) add(item.componentId, 1);
  }
  return [...score.entries()].sort((a, b) => b[1] - a[1]).map(([id]) => id);
}

/**
 * Cut a department's existing policy (plain text) into clauses. Sections start at numbered
 * headings ("4.", "4.2", "Section 4", "§ 4", "IV."), capitalised or short title lines; without any,
 * blank-line paragraphs become clauses. Each clause gets components suggested from its heading and
 * from the checklist items the detector finds in it.
 */
export function splitPolicyIntoClauses(plainText: string): ImportedClause[] {
  const out: ImportedClause[] = [];
  for (const section of sectionsOf(plainText)) {
    const text = unwrap(section.lines)
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim();
    if (!text && !section.heading) continue;
    if (!text) {
      // A heading with nothing under it (e.g. a chapter title) is kept only if it is the last line.
      continue;
    }
    const suggestedComponentIds = suggestComponents(section.heading, text);
    const fallback = suggestedComponentIds.length
      ? (CATALOGUE.find((c) => c.id === suggestedComponentIds[0])?.title ?? '')
      : '';
    out.push({
      heading: section.heading || fallback || `Clause ${out.length + 1}`,
      text,
      suggestedComponentIds,
    });
  }
  return out;
}
