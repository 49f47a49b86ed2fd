import {
  BASELINE_SECTION_TITLE,
  BASELINE_STATUS_LABELS,
  COVERAGE_LABELS,
  DISSENT_LABELS,
  Packet,
  PacketBaselineComparison,
  PacketDissent,
  REDLINE_STATUS_LABELS,
  RESPONSE_STATUS_LABELS,
  RedlinePart,
  describeRedline,
  displayLine,
  displayText,
  formatOutcome,
  formatPacketDate,
  formatPacketDateTime,
  paragraphs,
  dismissalNote,
} from '@roundtable/shared';

/**
 * Escapes text so a Markdown renderer shows it literally: no links, images, raw HTML, emphasis
 * or block syntax can come out of clause text.
 */
export function escapeMarkdown(text: string): string {
  return displayText(text)
    .replace(/[\\`*_{}[\]()<>#+!|~&]/g, (c) =>
      c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '&' ? '&amp;' : `\\${c}`,
    )
    .replace(
      /^(\s*)([-=]|\d+[.)])/gm,
      (_m, space: string, marker: string) => `${space}${marker.replace(/([-=.)])/, '\\$1')}`,
    );
}

const md = escapeMarkdown;
const line = (text: string) => md(displayLine(text));
const paras = (text: string, prefix = '') => {
  const list = paragraphs(text);
  return (list.length ? list : ['—'])
    .map((p) => prefix + md(p).replace(/\n/g, `  \n${prefix}`))
    .join(`\n${prefix.trimEnd()}\n`);
};
const cellText = (text: string) => line(text).replace(/\|/g, '\\|');

function redline(parts: RedlinePart[]): string {
  return parts
    .map((p) =>
      p.op === 'equal'
        ? md(p.text)
        : p.op === 'insert'
          ? `**\\[+${md(p.text)}+\\]**`
          : `~~\\[-${md(p.text)}-\\]~~`,
    )
    .join('')
    .replace(/\n/g, '  \n');
}

/** The packet as Markdown, for wikis and diff-friendly archives. */
export function renderMarkdown(packet: Packet, sha256: string): string {
  const out: string[] = [];
  const title = displayLine(packet.title) || `Recommendations v${packet.version}`;
  out.push(`# ${md(title)}`, '');
  out.push(`${line(packet.board.name)} · ${line(packet.board.jurisdiction)}  `);
  out.push(`Version ${packet.version} · ${line(packet.draft.title)}  `);
  out.push(`Published ${formatPacketDateTime(packet.publishedAt)} by ${line(packet.publishedBy)}  `);
  out.push(`For: ${packet.recipients.map(line).join('; ') || '—'}  `);
  out.push(`SHA-256 of the JSON edition: \`${sha256}\``, '');
  out.push('## Cover letter', '', paras(packet.coverLetter), '');

  if (packet.responses.length) {
    out.push('## Responses from officials', '', '| Recommendation | Response | By |', '| --- | --- | --- |');
    for (const r of packet.responses) {
      out.push(
        `| § ${r.clauseNumber} (v${r.version}) | **${RESPONSE_STATUS_LABELS[r.status] ?? r.status}**: ${cellText(r.text)} | ${cellText(r.responderName)}, ${cellText(r.responderRole)}, ${formatPacketDate(r.createdAt)} |`,
      );
    }
    out.push('');
  }

  if (packet.changeLog) {
    const log = packet.changeLog;
    out.push(
      `## Changes since version ${log.previousVersion}`,
      '',
      `${describeRedline(log.summary)}. Version ${log.previousVersion} had SHA-256 \`${log.previousSha256}\`.`,
      '',
    );
    out.push(
      'How to read: **\\[+inserted+\\]** text is in bold between \\[+ and +\\]; ~~\\[-deleted-\\]~~ text is struck through between \\[- and -\\].',
      '',
    );
    for (const en of log.entries) {
      const where = en.after ? `§ ${en.after.number}` : `was § ${en.before?.number}`;
      const moved = en.moved && en.before && en.after ? ` (was § ${en.before.number})` : '';
      out.push(
        `### ${REDLINE_STATUS_LABELS[en.status] ?? en.status}${en.moved && en.status === 'CHANGED' ? ' and moved' : ''}: ${where}${moved}`,
        '',
      );
      out.push(redline(en.heading), '');
      if (en.status !== 'MOVED' && en.text.length) out.push(redline(en.text), '');
    }
  }

  if (packet.baselineComparison) out.push(...baselineMarkdown(packet.baselineComparison));

  out.push('## Recommendations', '');
  for (const c of packet.clauses) {
    out.push(`### § ${c.number} ${line(c.heading)}`, '');
    if (c.components.length)
      out.push(`*Implements:* ${c.components.map((x) => line(x.title)).join(' · ')}`, '');
    out.push(paras(c.text), '');
    if (c.votes.length) {
      out.push('| Question | Tally | Result | Wording |', '| --- | --- | --- | --- |');
      for (const v of c.votes) {
        out.push(
          `| ${cellText(v.question)} (${cellText(v.rule)}) | ${v.tallies.map((t) => `${cellText(t.option)} ${t.count}`).join(', ')}${v.eligible != null ? ` of ${v.eligible}` : ''} | ${v.passed ? '✓' : '✗'} ${formatOutcome(v)} | ${v.matchesPacketText ? 'This wording' : 'An earlier wording'} |`,
        );
      }
      out.push('');
    }
    for (const d of c.dissents) out.push(...dissentMarkdown(d));
    if (c.discussion.openThreads) {
      out.push(
        `*Still under discussion: ${c.discussion.openThreads} open thread${c.discussion.openThreads === 1 ? '' : 's'}.*`,
        '',
      );
      for (const x of c.discussion.excerpts)
        out.push(`- **${x.author ? line(x.author) : 'Someone'}:** ${line(x.text)}`);
      if (c.discussion.excerpts.length) out.push('');
    }
  }

  if (packet.dissents?.length) {
    out.push('## Other minority reports', '');
    for (const d of packet.dissents) out.push(...dissentMarkdown(d));
  }

  if (packet.amendments.length) {
    out.push(
      '## Amendments',
      '',
      '| Clause | Amendment | Status | Proposed by |',
      '| --- | --- | --- | --- |',
    );
    for (const a of packet.amendments)
      out.push(
        `| ${a.clauseNumber ? `§ ${a.clauseNumber}` : '—'} | **${cellText(a.title)}**: ${cellText(a.proposedText)} | ${cellText(a.status)} | ${a.proposedBy ? cellText(a.proposedBy) : '—'} |`,
      );
    out.push('');
  }
  if (packet.meetings.length) {
    out.push('## Meetings', '');
    for (const m of packet.meetings) {
      out.push(
        `### ${line(m.title)}`,
        '',
        `${formatPacketDateTime(m.startsAt)}${m.location ? ` · ${line(m.location)}` : ''} · ${m.attendees.length} present, ${m.absent.length} absent`,
        '',
      );
      for (const a of m.agenda) out.push(`- ${line(a)}`);
      if (m.agenda.length) out.push('');
      out.push(`Present: ${m.attendees.map(line).join(', ') || '—'}`, '', paras(m.minutes), '');
    }
  }
  out.push('## Coverage of the toolkit', '');
  if (packet.coverage) {
    const s = packet.coverage.summary;
    out.push(
      `${s.covered} of ${s.total} components covered, ${s.partial} partly covered, ${s.missing} missing.`,
      '',
      '| Component | Status | Clauses |',
      '| --- | --- | --- |',
    );
    for (const c of packet.coverage.components)
      out.push(
        `| ${cellText(c.title)} | ${COVERAGE_LABELS[c.status] ?? cellText(c.status)} | ${c.clauseNumbers.map((n) => `§ ${n}`).join(', ') || '—'} |`,
      );
    out.push('');
  } else out.push('Coverage was not computed for this version.', '');
  out.push('## Language checks', '');
  if (packet.languageFindings.length) {
    out.push('| Clause | Finding | Status |', '| --- | --- | --- |');
    for (const f of packet.languageFindings)
      out.push(
        `| ${f.clauseNumber ? `§ ${f.clauseNumber}` : '—'} | ${cellText(f.message)} — “${cellText(f.excerpt)}” | ${f.dismissed ? `Dismissed${dismissalNote(f) ? `: ${cellText(dismissalNote(f)!)}` : ''}` : `Open (${cellText(f.severity)})`} |`,
      );
    out.push('');
  } else out.push('No language findings.', '');
  if (packet.members) {
    out.push('## Board members', '');
    for (const m of packet.members) out.push(`- ${line(m.name)} (${m.role.toLowerCase()})`);
    out.push('');
  }
  out.push(
    '---',
    '',
    `Generated by Roundtable from version ${packet.version} of the packet (schema ${packet.schemaVersion}). SHA-256 \`${sha256}\`.`,
  );
  for (const n of packet.notes) out.push('', `*${line(n)}*`);
  return `${out.join('\n')}\n`;
}

// ---- starting points: the department baseline and minority reports --------------------------

function dissentMarkdown(d: PacketDissent): string[] {
  const out = [
    `> **${DISSENT_LABELS[d.kind] ?? d.kind}** — ${d.author ? line(d.author) : 'Unnamed member'}`,
    '>',
  ];
  if (d.title) out.push(`> **${line(d.title)}**`, '>');
  if (d.signatories?.length)
    out.push(`> *Co-signed by ${d.signatories.map((n) => line(n)).join(', ')}*`, '>');
  out.push(paras(d.text, '> '), '');
  return out;
}

function baselineMarkdown(b: PacketBaselineComparison): string[] {
  const out = [
    `## ${BASELINE_SECTION_TITLE}`,
    '',
    `Set against **${line(b.sourceName)}**, imported by ${line(b.importedBy)} on ${formatPacketDate(b.importedAt)} (SHA-256 \`${b.sha256}\`). Clauses are paired by heading.`,
    '',
    `${describeRedline(b.summary)}.${b.summary.unchanged ? ` ${b.summary.unchanged} unchanged.` : ''}`,
    '',
    "How to read: **\\[+inserted+\\]** text is new in the recommendations; ~~\\[-deleted-\\]~~ text is in the department's policy only.",
    '',
  ];
  for (const en of b.entries) {
    const where = en.after ? `§ ${en.after.number}` : `department § ${en.before?.number}`;
    const was = en.before && en.after ? ` (department § ${en.before.number})` : '';
    out.push(
      `### ${BASELINE_STATUS_LABELS[en.status] ?? en.status}${en.moved && en.status === 'CHANGED' ? ' and moved' : ''}: ${where}${was}`,
      '',
    );
    out.push(redline(en.heading), '');
    if (en.status !== 'MOVED' && en.text.length) out.push(redline(en.text), '');
  }
  return out;
}
