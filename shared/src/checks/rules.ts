/**
 * The individual language checks. Each reads a clause's cached facts (and, for the draft-level
 * ones, the draft context) and returns marks without ids; `checkClause` adds ids and fingerprints.
 */
import { itemById } from '../catalogue';
import type { HitStatus } from '../coverage/detector';
import {
  OBLIGATION,
  SUBJECTIVE,
  VAGUE_QUALIFIER,
  WEAK,
  exceptionText,
  forceOf,
  mainText,
} from '../coverage/language';
import { type ClauseFacts, type DraftContext, preferredVariant } from './context';
import { readability } from './text';
import type { CheckMark, CheckMarkKind, CheckSeverity } from './types';
import { FAMILY_KEYS, TERM_FAMILIES, familyDefined } from './vocabulary';

export type PendingMark = Omit<CheckMark, 'id' | 'fingerprint'>;

function mark(
  facts: ClauseFacts,
  kind: CheckMarkKind,
  severity: CheckSeverity,
  from: number,
  to: number,
  message: string,
  suggestion: string,
): PendingMark {
  return {
    kind,
    severity,
    clauseId: facts.clauseId,
    from,
    to,
    excerpt: facts.text.slice(from, to),
    message,
    suggestion,
  };
}

const DUTY_COMPONENTS = new Set(['medical-aid', 'duty-to-intervene', 'de-escalation']);
const MEDICAL_ITEMS = /^medical-aid\./;

/** Compiled once; every use resets `lastIndex` before its loop. */
const VAGUE_QUALIFIER_G = new RegExp(VAGUE_QUALIFIER.source, 'g');

/** 1. Vague qualifiers ("if feasible", "reasonable efforts") that let a duty be skipped. */
export function vagueQualifiers(
  facts: ClauseFacts,
  componentIds: readonly string[],
  skip: PendingMark[],
): PendingMark[] {
  const out: PendingMark[] = [];
  const re = VAGUE_QUALIFIER_G;
  for (const { span, analysis } of facts.sentences) {
    const sentence = analysis.text.slice(analysis.leadLength);
    const force = forceOf(analysis.text);
    if (force !== 'duty' && force !== 'weak' && !OBLIGATION.test(sentence) && !WEAK.test(sentence)) continue;
    const medical =
      componentIds.includes('medical-aid') ||
      facts.hits.some((h) => MEDICAL_ITEMS.test(h.itemId) && h.sentenceFrom === span.from);
    const duty = medical || componentIds.some((c) => DUTY_COMPONENTS.has(c));
    re.lastIndex = 0;
    for (let m = re.exec(sentence); m; m = re.exec(sentence)) {
      const from = span.from + m.index;
      const to = from + m[0].length;
      if (skip.some((s) => from >= s.from && to <= s.to)) continue;
      const phrase = facts.text.slice(from, to);
      out.push(
        mark(
          facts,
          'vague-qualifier',
          medical ? 'problem' : duty ? 'warning' : 'info',
          from,
          to,
          `"${phrase}" lets an officer decide the duty does not apply, and gives no test a reviewer could check afterwards.`,
          `Delete "${phrase}" and say exactly when the duty applies, for example "as soon as the scene is safe" or "within five minutes".`,
        ),
      );
    }
  }
  return out;
}

const ACTOR = String.raw`(?:officers?|members?|employees?|deput(?:y|ies)|supervisors?|personnel|staff|the\s+(?:department|agency|chief|officer|supervisor|sheriff|city)|he\s+or\s+she|they)`;
const DUTY_VERB = String.raw`(?:render|provide|give|request|summon|call|intervene|report|document|record|notify|de-?escalate|attempt|try|consider|publish|post|issue|identify|announce|warn|monitor|complete|terminate|discontinue|end|inform|assess|seek|obtain|ensure|activate|review|train|tell|explain|advise|allow|permit|stop\s+(?:the|a|any)\s+(?:pursuit|chase)|take\s+(?:into|reasonable|steps))`;
const WEAK_MODAL_RE = new RegExp(
  String.raw`\b${ACTOR}\s+(?:[a-z'-]+\s+){0,3}?((?:should(?:\s+not)?|may|can|(?:is|are)\s+(?:encouraged|urged|invited)\s+to|(?:strives?|endeavou?rs?)\s+to|(?:is|are)\s+expected\s+to))\s+(?:(?:immediately|promptly|always|also|first|then)\s+)?(${DUTY_VERB}|\w+)\b`,
  'g',
);
const DUTY_VERB_RE = new RegExp(`^${DUTY_VERB}$`);

/** 2. "May" or "should" where the sentence reads as a duty. */
export function weakModals(facts: ClauseFacts, componentIds: readonly string[]): PendingMark[] {
  const out: PendingMark[] = [];
  const dutyClause = componentIds.some((c) => DUTY_COMPONENTS.has(c));
  for (const { span, analysis } of facts.sentences) {
    const sentence = analysis.text.slice(analysis.leadLength);
    WEAK_MODAL_RE.lastIndex = 0;
    for (let m = WEAK_MODAL_RE.exec(sentence); m; m = WEAK_MODAL_RE.exec(sentence)) {
      const modal = m[1];
      const verb = m[2];
      const isShould = modal.startsWith('should');
      // "May" and "can" grant permission unless the verb is something a duty asks for.
      if (!isShould && /^(?:may|can)$/.test(modal) && !DUTY_VERB_RE.test(verb)) continue;
      if (/^(?:be|have|not|only|seem|appear|need)$/.test(verb)) continue;
      const modalAt = m.index + m[0].lastIndexOf(modal, m[0].length - verb.length);
      const from = span.from + modalAt;
      const to = from + modal.length;
      const written = facts.text.slice(from, to);
      const replacement = /not$/.test(modal) ? 'shall not' : 'shall';
      out.push(
        mark(
          facts,
          'weak-modal',
          dutyClause ? 'problem' : 'warning',
          from,
          to,
          `"${written}" reads as advice or permission, so failing to ${verb} would not break the policy.`,
          `If this is a requirement, write "${replacement}" (or "must") instead of "${written}".`,
        ),
      );
    }
  }
  return out;
}

/** 3. A ban (or duty) hollowed by an exception that turns on the officer's own judgment. */
export function swallowingExceptions(facts: ClauseFacts): PendingMark[] {
  const out: PendingMark[] = [];
  for (const { span, analysis } of facts.sentences) {
    for (const seg of analysis.segments) {
      if (seg.excFrom < 0 || seg.excFrom < analysis.leadLength) continue;
      const exc = exceptionText(analysis, seg);
      if (!SUBJECTIVE.test(exc)) continue;
      const force = forceOf(mainText(analysis, seg));
      if (force !== 'ban' && force !== 'weak-ban' && force !== 'duty') continue;
      if (force === 'duty' && /\bunless\s+doing\s+so\b/.test(exc)) continue;
      const from = span.from + seg.excFrom - analysis.leadLength;
      const to = span.from + seg.excTo - analysis.leadLength;
      const ban = force !== 'duty';
      out.push(
        mark(
          facts,
          'swallowing-exception',
          ban ? 'problem' : 'warning',
          from,
          to,
          ban
            ? 'This exception depends on what the officer believes or judges, so it can undo the ban whenever an officer says it applied.'
            : "This exception depends on the officer's own judgment, so the duty can be skipped whenever an officer says it did not apply.",
          ban
            ? 'End the sentence at the ban, or replace the exception with a narrow, objective condition a reviewer could check afterwards.'
            : "Name the specific, checkable situations in which the duty does not apply, instead of leaving it to the officer's view.",
        ),
      );
    }
  }
  return out;
}

const PARTICIPLE = String.raw`(?:[a-z]+ed|[a-z]+en|made|given|taken|sent|done|kept|held|told|shown|written|brought|sought|paid|built|set|put|read|run|begun|drawn|worn|chosen|spoken|broken|withheld|upheld|understood|notified|carried)`;
const PASSIVE_RE = new RegExp(
  String.raw`\b(?:shall|must|will|(?:is|are)\s+to)\s+be\s+(?:(?:promptly|immediately|properly|fully|clearly|quickly|always|also|then)\s+)?(${PARTICIPLE})\b`,
  'g',
);
const NOT_A_DUTY =
  /^(?:used|employed|applied|limited|restricted|prohibited|permitted|allowed|authori[sz]ed|justified|required|deemed|considered|construed|defined|known|based|banned|forbidden|barred|entitled|exempted|treated|interpreted|governed|reserved|expected|obligated|subjected|excused|disciplined|terminated|discontinued|ended|supported|protected|retaliated|seen|read|written|effective|consistent|ordered|assigned|reviewed|approved)$/;
const BY_ACTOR =
  /\bby\s+(?:the|a|an|any|each|every|all|their|his|her|its|another|one|qualified|trained|sworn|on-duty|[a-z]+\s+(?:officers?|supervisors?|staff|personnel))\b/;

/** 6. A duty in the passive voice that never says who must act. */
export function passiveDuties(facts: ClauseFacts): PendingMark[] {
  const out: PendingMark[] = [];
  for (const { span, analysis } of facts.sentences) {
    const sentence = analysis.text.slice(analysis.leadLength);
    PASSIVE_RE.lastIndex = 0;
    for (let m = PASSIVE_RE.exec(sentence); m; m = PASSIVE_RE.exec(sentence)) {
      if (NOT_A_DUTY.test(m[1])) continue;
      const rest = sentence.slice(m.index + m[0].length);
      const clauseEnd = rest.search(/[;:]|,\s*(?:and|but)\s|\.\s|$/);
      if (BY_ACTOR.test(rest.slice(0, clauseEnd === -1 ? undefined : clauseEnd))) continue;
      const from = span.from + m.index;
      const to = from + m[0].length;
      const written = facts.text.slice(from, to);
      out.push(
        mark(
          facts,
          'passive-duty',
          'warning',
          from,
          to,
          `"${written}" does not say who has to do it, so no one in particular can be held to it.`,
          `Name who is responsible, for example "The officer who used force shall …" or "The supervisor shall …", in place of "${written}".`,
        ),
      );
    }
  }
  return out;
}

/** 5. Reading level of the clause against the target grade. */
export function readingLevel(facts: ClauseFacts, ctx: DraftContext): PendingMark[] {
  const { targetGrade, minWordsForReadingLevel } = ctx.options;
  const r = facts.readability;
  if (r.words < minWordsForReadingLevel || r.grade <= targetGrade) return [];
  let worst = facts.sentences[0];
  let worstGrade = -Infinity;
  for (const s of facts.sentences) {
    const g = readability(s.span.text, 1).grade;
    if (g > worstGrade) {
      worst = s;
      worstGrade = g;
    }
  }
  if (!worst) return [];
  const words = worst.span.text.split(/\s+/).length;
  return [
    mark(
      facts,
      'reading-level',
      r.grade > targetGrade + 3 ? 'warning' : 'info',
      worst.span.from,
      worst.span.to,
      `This clause reads at about grade ${r.grade.toFixed(0)}, above the target of grade ${targetGrade}. Its hardest sentence has ${words} words.`,
      'Split long sentences into one rule each and prefer short, everyday words over legal terms.',
    ),
  ];
}

/** 4a. Terms that should be defined but are not, and quoted terms with no definition. */
export function undefinedTerms(facts: ClauseFacts, ctx: DraftContext): PendingMark[] {
  if (facts.isDefinitions) return [];
  const out: PendingMark[] = [];
  const severity: CheckSeverity = ctx.hasDefinitionsClause ? 'warning' : 'info';
  const seen = new Set<string>();
  for (const occ of [...facts.termsUsed.values(), ...facts.quoted.values()]) {
    if (seen.has(occ.key) || ctx.defined.has(occ.key) || familyDefined(occ.key, ctx.defined)) continue;
    seen.add(occ.key);
    out.push(
      mark(
        facts,
        'undefined-term',
        severity,
        occ.from,
        occ.to,
        `"${occ.text}" has a specific meaning here but is not defined, so officers, trainers and residents may each read it differently.`,
        ctx.hasDefinitionsClause
          ? `Add a definition of "${occ.text}" to the definitions section, or use a term that is already defined.`
          : `Start a definitions section and define "${occ.text}" there.`,
      ),
    );
  }
  return out;
}

/** 4b. Definitions no other sentence uses. */
export function unusedDefinitions(facts: ClauseFacts, ctx: DraftContext): PendingMark[] {
  if (!facts.isDefinitions || ctx.order.length < 2) return [];
  const out: PendingMark[] = [];
  for (const d of facts.definitions) {
    if ((ctx.definitionUses.get(d.key) ?? 0) > 0) continue;
    if (ctx.defined.get(d.key)?.clauseId !== facts.clauseId) continue;
    out.push(
      mark(
        facts,
        'unused-definition',
        'info',
        d.from,
        d.to,
        `"${d.term}" is defined but never used elsewhere in the policy.`,
        `Remove the definition of "${d.term}", or check whether another clause uses a different word for the same idea.`,
      ),
    );
  }
  return out;
}

/** 4c. Two names for one idea in the same draft. */
export function inconsistentTerms(facts: ClauseFacts, ctx: DraftContext): PendingMark[] {
  const out: PendingMark[] = [];
  for (const [fam, occs] of facts.variants) {
    const preferred = preferredVariant(ctx, fam);
    if (!preferred) continue;
    const shown = new Set<string>();
    const preferredText = TERM_FAMILIES[fam].variants[FAMILY_KEYS[fam].indexOf(preferred)] ?? preferred;
    const defined = ctx.defined.has(preferred);
    for (const o of occs) {
      if (o.key === preferred || shown.has(o.key)) continue;
      shown.add(o.key);
      out.push(
        mark(
          facts,
          'inconsistent-term',
          'warning',
          o.from,
          o.to,
          `This policy also says "${preferredText}"${defined ? ', which is the defined term' : ''}. Two names for one thing invite two readings.`,
          `Use "${preferredText}" here and throughout.`,
        ),
      );
    }
  }
  return out;
}

const AFFIRMS: ReadonlySet<HitStatus> = new Set(['covered', 'partly']);

/** 7. A sentence that works against a checklist item another sentence of the draft meets. */
export function contradictions(facts: ClauseFacts, ctx: DraftContext): PendingMark[] {
  const out: PendingMark[] = [];
  const seen = new Set<string>();
  for (const hit of facts.hits) {
    if (hit.status !== 'contradicted' || seen.has(`${hit.itemId}@${hit.sentenceFrom}`)) continue;
    let partner: { heading: string; sentence: string } | null = null;
    for (const id of ctx.order) {
      const other = id === facts.clauseId ? facts : ctx.facts.get(id);
      if (!other) continue;
      const h = other.hits.find(
        (x) =>
          x.itemId === hit.itemId &&
          AFFIRMS.has(x.status) &&
          !(other === facts && x.sentenceFrom === hit.sentenceFrom),
      );
      if (h) {
        partner = { heading: other.heading, sentence: h.sentence };
        break;
      }
    }
    if (!partner) continue;
    seen.add(`${hit.itemId}@${hit.sentenceFrom}`);
    const item = itemById(hit.itemId);
    const title = item ? item.title.toLowerCase() : hit.itemId;
    const where = partner.heading ? `"${partner.heading}"` : 'another clause';
    out.push(
      mark(
        facts,
        'contradiction',
        'problem',
        hit.sentenceFrom,
        hit.sentenceTo,
        `This sentence works against another part of the policy: ${where} says "${partner.sentence}" (${title}). Officers cannot follow both.`,
        'Decide which rule the board wants and remove or rewrite the other, so the policy says one thing.',
      ),
    );
  }
  return out;
}
