import { createHash } from 'node:crypto';
import {
  BASELINE_SECTION_TITLE,
  BASELINE_STATUS_LABELS,
  COVERAGE_LABELS,
  DISSENT_LABELS,
  Packet,
  PacketBaselineComparison,
  PacketClause,
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
  shortHash,
  dismissalNote,
} from '@roundtable/shared';

/** Escapes text for element content and double-quoted attributes. Everything from the packet goes through it. */
export function escapeHtml(text: string): string {
  return displayText(text).replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );
}

const e = escapeHtml;
const line = (text: string) => e(displayLine(text));
const paras = (text: string, cls = '') => {
  const list = paragraphs(text);
  if (!list.length) return `<p class="muted">—</p>`;
  return list
    .map((p) => `<p dir="auto"${cls ? ` class="${cls}"` : ''}>${e(p).replace(/\n/g, '<br>')}</p>`)
    .join('\n');
};

function redline(parts: RedlinePart[]): string {
  return parts
    .map((p) => {
      if (p.op === 'equal') return e(p.text);
      if (p.op === 'insert')
        return `<ins><span class="mark" aria-hidden="true">[+</span>${e(p.text)}<span class="mark" aria-hidden="true">+]</span></ins>`;
      return `<del><span class="mark" aria-hidden="true">[-</span>${e(p.text)}<span class="mark" aria-hidden="true">-]</span></del>`;
    })
    .join('');
}

const STYLE = `
:root { color-scheme: light; --ink: #1d2430; --muted: #4a5463; --rule: #c9ced6; --ins: #135e2b; --del: #8a1c1c; }
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.55 Georgia, "DejaVu Serif", "Noto Serif", serif; color: var(--ink); background: #fff; }
main { max-width: 46rem; margin: 0 auto; padding: 2rem 1.25rem 4rem; }
h1, h2, h3, .label, table, nav, footer { font-family: system-ui, "DejaVu Sans", "Noto Sans", Arial, sans-serif; }
h1 { font-size: 2rem; line-height: 1.2; margin: 0.25rem 0 0.5rem; }
h2 { font-size: 1.4rem; margin: 2.5rem 0 0.75rem; border-bottom: 1px solid var(--rule); padding-bottom: 0.25rem; }
h3 { font-size: 1.1rem; margin: 1.75rem 0 0.35rem; }
p, li, td, th, h1, h2, h3 { overflow-wrap: anywhere; }
.muted { color: var(--muted); }
.label { font-size: 0.75rem; font-weight: 700; letter-spacing: 0.06em; text-transform: uppercase; color: var(--muted); margin-right: 0.5em; }
.cover { border-bottom: 2px solid var(--ink); padding-bottom: 1.5rem; margin-bottom: 1.5rem; }
.hash { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: 0.8rem; word-break: break-all; }
table { width: 100%; border-collapse: collapse; font-size: 0.875rem; margin: 0.5rem 0 1rem; }
th { text-align: left; color: var(--muted); border-bottom: 2px solid var(--rule); padding: 0.3rem; }
td { border-bottom: 1px solid var(--rule); padding: 0.3rem; vertical-align: top; }
.aside { margin: 0.5rem 0 0.75rem 1rem; padding-left: 0.75rem; border-left: 3px solid var(--rule); }
.dissent p { font-style: italic; }
ins { color: var(--ins); text-decoration: underline; text-decoration-thickness: 2px; }
del { color: var(--del); text-decoration: line-through; }
.mark { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-weight: 700; font-size: 0.8em; }
nav ol { columns: 2; font-size: 0.9rem; }
footer { margin-top: 3rem; font-size: 0.8rem; color: var(--muted); border-top: 1px solid var(--rule); padding-top: 0.75rem; }
@media print {
  body { font-size: 10.5pt; }
  main { max-width: none; padding: 0; }
  h2 { break-before: page; }
  .clause, tr, .aside { break-inside: avoid; }
  h2, h3 { break-after: avoid; }
  nav { break-after: page; }
  a { color: inherit; text-decoration: none; }
  @page { margin: 2cm 2.2cm; }
}
`;

function clauseHtml(c: PacketClause): string {
  const votes = c.votes.length
    ? `<table><caption class="label">Votes</caption><thead><tr><th scope="col">Question</th><th scope="col">Tally</th><th scope="col">Result</th><th scope="col">Wording</th></tr></thead><tbody>${c.votes
        .map(
          (v) =>
            `<tr><td>${line(v.question)}<br><small class="muted">${line(v.rule)}</small></td><td>${v.tallies.map((t) => `${line(t.option)}: ${t.count}`).join('<br>')}${v.eligible != null ? `<br><small>of ${v.eligible} eligible</small>` : ''}</td><td><strong>${v.passed ? '✓' : '✗'} ${e(formatOutcome(v))}</strong></td><td>${v.matchesPacketText ? 'This wording' : '<em>An earlier wording</em>'}</td></tr>`,
        )
        .join('')}</tbody></table>`
    : '';
  const dissents = c.dissents
    .map(
      (d) =>
        `<div class="aside dissent"><span class="label">${e(DISSENT_LABELS[d.kind] ?? d.kind)}</span><span class="muted">${d.author ? line(d.author) : 'Unnamed member'}</span>${dissentExtraHtml(d)}${paras(d.text)}</div>`,
    )
    .join('');
  const discussion = c.discussion.openThreads
    ? `<div class="aside"><span class="label">Still under discussion</span><span class="muted">${c.discussion.openThreads} open thread${c.discussion.openThreads === 1 ? '' : 's'}</span><ul>${c.discussion.excerpts
        .map(
          (x) =>
            `<li dir="auto"><strong>${x.author ? line(x.author) : 'Someone'}:</strong> ${line(x.text)}</li>`,
        )
        .join('')}</ul></div>`
    : '';
  return `<section class="clause" id="clause-${e(c.number)}" aria-labelledby="clause-${e(c.number)}-h">
<h3 id="clause-${e(c.number)}-h" dir="auto">§ ${e(c.number)} ${line(c.heading)}</h3>
${c.components.length ? `<p><span class="label">Implements</span><span class="muted">${c.components.map((x) => line(x.title)).join(' · ')}</span></p>` : ''}
${paras(c.text)}
${votes}${dissents}${discussion}
</section>`;
}

/**
 * The packet as one self-contained HTML page: inline CSS only (allowed by its hash in a strict
 * Content-Security-Policy), no scripts, no external resources, every value escaped.
 */
export function renderHtml(packet: Packet, sha256: string): string {
  const title = displayLine(packet.title) || `Recommendations v${packet.version}`;
  const styleHash = createHash('sha256').update(STYLE).digest('base64');
  const csp = `default-src 'none'; style-src 'sha256-${styleHash}'; img-src data:; base-uri 'none'; form-action 'none'`;
  const sections: string[] = [];

  sections.push(`<section><h2 id="cover-letter">Cover letter</h2>${paras(packet.coverLetter)}</section>`);
  if (packet.responses.length) {
    sections.push(
      `<section><h2 id="responses">Responses from officials</h2><table><thead><tr><th scope="col">Recommendation</th><th scope="col">Response</th><th scope="col">By</th></tr></thead><tbody>${packet.responses
        .map(
          (r) =>
            `<tr><td>§ ${e(r.clauseNumber)} (v${r.version})</td><td><strong>${e(RESPONSE_STATUS_LABELS[r.status] ?? r.status)}</strong>${paras(r.text)}</td><td>${line(r.responderName)}<br><em>${line(r.responderRole)}</em><br><small>${e(formatPacketDate(r.createdAt))}</small></td></tr>`,
        )
        .join('')}</tbody></table></section>`,
    );
  }
  if (packet.changeLog) {
    const log = packet.changeLog;
    sections.push(`<section><h2 id="changes">Changes since version ${log.previousVersion}</h2>
<p>${e(describeRedline(log.summary))}. Version ${log.previousVersion} had SHA-256 <span class="hash">${e(log.previousSha256)}</span>.</p>
<p class="muted"><span class="label">How to read</span>${redline([{ op: 'insert', text: 'Inserted' }])} text is underlined; ${redline([{ op: 'delete', text: 'deleted' }])} text is struck through.</p>
${log.entries
  .map((en) => {
    const where = en.after ? `§ ${e(en.after.number)}` : `was § ${e(en.before?.number ?? '')}`;
    const moved = en.moved && en.before && en.after ? ` (was § ${e(en.before.number)})` : '';
    return `<div class="clause"><p><span class="label">${e(REDLINE_STATUS_LABELS[en.status] ?? en.status)}${en.moved && en.status === 'CHANGED' ? ' and moved' : ''}</span><strong>${where}${moved}</strong></p>
<p dir="auto"><strong>${redline(en.heading)}</strong></p>${en.status !== 'MOVED' ? `<p dir="auto">${redline(en.text).replace(/\n/g, '<br>')}</p>` : ''}</div>`;
  })
  .join('\n')}</section>`);
  }
  if (packet.baselineComparison) sections.push(baselineHtml(packet.baselineComparison));
  sections.push(
    `<section><h2 id="recommendations">Recommendations</h2>${packet.clauses.map(clauseHtml).join('\n')}</section>`,
  );
  if (packet.dissents?.length) sections.push(looseDissentsHtml(packet.dissents));
  if (packet.amendments.length) {
    sections.push(
      `<section><h2 id="amendments">Amendments</h2><table><thead><tr><th scope="col">Clause</th><th scope="col">Amendment</th><th scope="col">Status</th><th scope="col">Proposed by</th></tr></thead><tbody>${packet.amendments
        .map(
          (a) =>
            `<tr><td>${a.clauseNumber ? `§ ${e(a.clauseNumber)}` : '—'}</td><td><strong>${line(a.title)}</strong>${paras(a.proposedText)}${a.rationale ? paras(a.rationale, 'muted') : ''}</td><td>${e(a.status.charAt(0) + a.status.slice(1).toLowerCase().replace(/_/g, ' '))}</td><td>${a.proposedBy ? line(a.proposedBy) : '—'}</td></tr>`,
        )
        .join('')}</tbody></table></section>`,
    );
  }
  if (packet.meetings.length) {
    sections.push(
      `<section><h2 id="meetings">Meetings</h2>${packet.meetings
        .map(
          (m) =>
            `<article class="clause"><h3 dir="auto">${line(m.title)}</h3><p class="muted">${e(formatPacketDateTime(m.startsAt))}${m.location ? ` · ${line(m.location)}` : ''} · ${m.attendees.length} present, ${m.absent.length} absent</p>${m.agenda.length ? `<ul>${m.agenda.map((a) => `<li dir="auto">${line(a)}</li>`).join('')}</ul>` : ''}<p><span class="label">Present</span>${m.attendees.map(line).join(', ') || '—'}</p>${paras(m.minutes)}</article>`,
        )
        .join('\n')}</section>`,
    );
  }
  const cov = packet.coverage;
  sections.push(
    `<section><h2 id="coverage">Coverage of the toolkit</h2>${
      cov
        ? `<p>${cov.summary.covered} of ${cov.summary.total} components covered, ${cov.summary.partial} partly covered, ${cov.summary.missing} missing.</p><table><thead><tr><th scope="col">Component</th><th scope="col">Status</th><th scope="col">Clauses</th></tr></thead><tbody>${cov.components
            .map(
              (c) =>
                `<tr><td>${line(c.title)}</td><td>${c.status === 'MISSING' ? '<strong>' : ''}${e(COVERAGE_LABELS[c.status] ?? c.status)}${c.status === 'MISSING' ? '</strong>' : ''}</td><td>${c.clauseNumbers.map((n) => `§ ${e(n)}`).join(', ') || '—'}</td></tr>`,
            )
            .join('')}</tbody></table>`
        : '<p>Coverage was not computed for this version.</p>'
    }</section>`,
  );
  sections.push(
    `<section><h2 id="language">Language checks</h2>${
      packet.languageFindings.length
        ? `<table><thead><tr><th scope="col">Clause</th><th scope="col">Finding</th><th scope="col">Status</th></tr></thead><tbody>${packet.languageFindings
            .map(
              (f) =>
                `<tr><td>${f.clauseNumber ? `§ ${e(f.clauseNumber)}` : '—'}</td><td>${line(f.message)}<br><em class="muted" dir="auto">“${line(f.excerpt)}”</em></td><td>${f.dismissed ? 'Dismissed' : `<strong>Open (${line(f.severity)})</strong>`}${dismissalNote(f) ? `<br><small>${line(dismissalNote(f)!)}</small>` : ''}</td></tr>`,
            )
            .join('')}</tbody></table>`
        : '<p>No language findings.</p>'
    }</section>`,
  );
  if (packet.members) {
    sections.push(
      `<section><h2 id="members">Board members</h2><ul>${packet.members.map((m) => `<li dir="auto">${line(m.name)} <small class="muted">${e(m.role.toLowerCase())}</small></li>`).join('')}</ul></section>`,
    );
  }

  const toc = [
    ['cover-letter', 'Cover letter'],
    ...(packet.responses.length ? [['responses', 'Responses from officials']] : []),
    ...(packet.changeLog ? [['changes', `Changes since version ${packet.changeLog.previousVersion}`]] : []),
    ...(packet.baselineComparison ? [['baseline', BASELINE_SECTION_TITLE]] : []),
    ['recommendations', 'Recommendations'],
    ...(packet.dissents?.length ? [['other-dissents', 'Other minority reports']] : []),
    ...(packet.amendments.length ? [['amendments', 'Amendments']] : []),
    ...(packet.meetings.length ? [['meetings', 'Meetings']] : []),
    ['coverage', 'Coverage of the toolkit'],
    ['language', 'Language checks'],
    ...(packet.members ? [['members', 'Board members']] : []),
  ];

  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Roundtable">
<meta name="packet-sha256" content="${e(sha256)}">
<title>${line(title)} · ${line(packet.board.name)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<header class="cover">
<p class="muted">${line(packet.board.name)} · ${line(packet.board.jurisdiction)}</p>
<h1 dir="auto">${line(title)}</h1>
<p class="muted">Version ${packet.version} · ${line(packet.draft.title)}</p>
<p><span class="label">Published</span>${e(formatPacketDateTime(packet.publishedAt))} by ${line(packet.publishedBy)}</p>
<p><span class="label">For</span>${packet.recipients.map(line).join('; ') || '—'}</p>
<p><span class="label">SHA-256 of the JSON edition</span><span class="hash">${e(sha256)}</span></p>
</header>
<nav aria-label="Contents"><h2>Contents</h2><ol>${toc.map(([id, label]) => `<li><a href="#${id}">${e(label)}</a></li>`).join('')}</ol>
<ol>${packet.clauses.map((c) => `<li value="${Number(c.number) || ''}"><a href="#clause-${e(c.number)}" dir="auto">${line(c.heading)}</a></li>`).join('')}</ol></nav>
${sections.join('\n')}
<footer><p>${line(title)} · Version ${packet.version} · SHA-256 <span class="hash">${e(shortHash(sha256))}</span>… Generated by Roundtable from the frozen JSON (schema ${packet.schemaVersion}); every format renders the same document.</p>${packet.notes.map((n) => `<p>${line(n)}</p>`).join('')}</footer>
</main>
</body>
</html>
`;
}

// ---- starting points: the department baseline and minority reports --------------------------

function dissentExtraHtml(d: PacketDissent): string {
  const title = d.title ? `<strong class="dissent-title" dir="auto">${line(d.title)}</strong>` : '';
  const signed = d.signatories?.length
    ? `<small class="muted">Co-signed by ${d.signatories.map((n) => line(n)).join(', ')}</small>`
    : '';
  return title || signed ? `<p>${title}${title && signed ? '<br>' : ''}${signed}</p>` : '';
}

function looseDissentsHtml(dissents: PacketDissent[]): string {
  return `<section><h2 id="other-dissents">Other minority reports</h2>${dissents
    .map(
      (d) =>
        `<div class="aside dissent"><span class="label">${e(DISSENT_LABELS[d.kind] ?? d.kind)}</span><span class="muted">${d.author ? line(d.author) : 'Unnamed member'}</span>${dissentExtraHtml(d)}${paras(d.text)}</div>`,
    )
    .join('')}</section>`;
}

function baselineHtml(b: PacketBaselineComparison): string {
  return `<section><h2 id="baseline">${e(BASELINE_SECTION_TITLE)}</h2>
<p>Set against <strong dir="auto">${line(b.sourceName)}</strong>, imported by ${line(b.importedBy)} on ${e(formatPacketDate(b.importedAt))} (SHA-256 <span class="hash">${e(b.sha256)}</span>). Clauses are paired by heading.</p>
<p>${e(describeRedline(b.summary))}.${b.summary.unchanged ? ` ${b.summary.unchanged} unchanged.` : ''}</p>
<p class="muted"><span class="label">How to read</span>${redline([{ op: 'insert', text: 'Inserted' }])} text is new in the recommendations (underlined); ${redline([{ op: 'delete', text: 'deleted' }])} text is in the department's policy only (struck through).</p>
${b.entries
  .map((en) => {
    const where = en.after ? `§ ${e(en.after.number)}` : `department § ${e(en.before?.number ?? '')}`;
    const was = en.before && en.after ? ` (department § ${e(en.before.number)})` : '';
    return `<div class="clause"><p><span class="label">${e(BASELINE_STATUS_LABELS[en.status] ?? en.status)}${en.moved && en.status === 'CHANGED' ? ' and moved' : ''}</span><strong>${where}${was}</strong></p>
<p dir="auto"><strong>${redline(en.heading)}</strong></p>${en.status !== 'MOVED' ? `<p dir="auto">${redline(en.text).replace(/\n/g, '<br>')}</p>` : ''}</div>`;
  })
  .join('\n')}</section>`;
}
