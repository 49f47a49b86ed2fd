import {
  BASELINE_SECTION_TITLE,
  COVERAGE_LABELS,
  DISSENT_LABELS,
  RESPONSE_STATUS_LABELS,
  formatOutcome,
  formatPacketDate,
  formatPacketDateTime,
  paragraphs,
  type Packet,
  type PacketClause,
  type PacketDissent,
} from '@roundtable/shared';
import type { ReactNode } from 'react';
import { RedlineView } from './RedlineView';
import './packets.css';
import { describeResponder } from './responder';

function Paragraphs({ text }: { text: string }) {
  const list = paragraphs(text);
  if (!list.length) return <p className="muted">—</p>;
  return (
    <>
      {list.map((p, i) => (
        <p key={i} dir="auto">
          {p}
        </p>
      ))}
    </>
  );
}

function ClauseBlock({
  clause,
  after,
  Heading,
}: {
  clause: PacketClause;
  after?: ReactNode;
  Heading: 'h2' | 'h3';
}) {
  const headingId = `packet-clause-${clause.number}`;
  return (
    <article className="packet-clause" aria-labelledby={headingId}>
      <Heading id={headingId} dir="auto">
        <span className="packet-clause-number">§ {clause.number}</span> {clause.heading}
      </Heading>
      {clause.components.length > 0 && (
        <p className="packet-components">
          <span className="packet-label">Implements</span>
          {clause.components.map((c) => (
            <span key={c.id} className="component-chip">
              {c.title}
            </span>
          ))}
        </p>
      )}
      <Paragraphs text={clause.text} />
      {clause.votes.length > 0 && (
        <table className="packet-table">
          <caption className="packet-label">Votes</caption>
          <thead>
            <tr>
              <th scope="col">Question</th>
              <th scope="col">Tally</th>
              <th scope="col">Result</th>
              <th scope="col">Wording</th>
            </tr>
          </thead>
          <tbody>
            {clause.votes.map((v) => (
              <tr key={v.questionId}>
                <td>
                  {v.question}
                  <br />
                  <span className="small muted">{v.rule}</span>
                </td>
                <td>
                  {v.tallies.map((t) => `${t.option}: ${t.count}`).join(', ')}
                  {v.eligible != null && <span className="small muted"> (of {v.eligible} eligible)</span>}
                </td>
                <td>
                  <strong>
                    <span aria-hidden="true">{v.passed ? '✓ ' : '✗ '}</span>
                    {formatOutcome(v)}
                  </strong>
                </td>
                <td>{v.matchesPacketText ? 'This wording' : <em>An earlier wording</em>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {clause.dissents.map((d, i) => (
        <Dissent key={i} dissent={d} />
      ))}
      {clause.discussion.openThreads > 0 && (
        <div className="packet-aside">
          <p className="packet-label">
            Still under discussion: {clause.discussion.openThreads} open thread
            {clause.discussion.openThreads === 1 ? '' : 's'}
          </p>
          <ul>
            {clause.discussion.excerpts.map((x, i) => (
              <li key={i} dir="auto">
                <strong>{x.author ?? 'Someone'}:</strong> {x.text}
              </li>
            ))}
          </ul>
        </div>
      )}
      {after}
    </article>
  );
}

/** An objection, a block, or a minority report with its title and co-signers. */
function Dissent({ dissent: d }: { dissent: PacketDissent }) {
  return (
    <div className="packet-aside">
      <p className="packet-label">
        {DISSENT_LABELS[d.kind] ?? d.kind} · {d.author ?? 'Unnamed member'}
      </p>
      {d.title && (
        <p dir="auto">
          <strong>{d.title}</strong>
        </p>
      )}
      {d.signatories && d.signatories.length > 0 && (
        <p className="small">Co-signed by {d.signatories.join(', ')}</p>
      )}
      <Paragraphs text={d.text} />
    </div>
  );
}

interface Props {
  packet: Packet;
  sha256: string;
  /** Extra content under each clause (the officials' response form). */
  renderAfterClause?: (clause: PacketClause) => ReactNode;
  headingLevel?: 'h1' | 'h2';
}

/** A published (or previewed) packet, read from its frozen JSON: the same content every export has. */
export function PacketView({ packet, sha256, renderAfterClause, headingLevel = 'h2' }: Props) {
  const Title = headingLevel;
  // Sections sit one level under the title, wherever the page puts it, so no level is skipped.
  const Section = headingLevel === 'h1' ? 'h2' : 'h3';
  const Sub = headingLevel === 'h1' ? 'h3' : 'h4';
  return (
    <div className="packet-view">
      <header className="packet-cover">
        <p className="eyebrow">
          {packet.board.name} · {packet.board.jurisdiction}
        </p>
        <Title dir="auto">{packet.title}</Title>
        <p className="meta">
          Version {packet.version} · {packet.draft.title} · published{' '}
          {formatPacketDateTime(packet.publishedAt)} by {packet.publishedBy}
        </p>
        {packet.recipients.length > 0 && <p>For: {packet.recipients.join('; ')}</p>}
        <p className="small">
          SHA-256 of the JSON edition: <code className="packet-hash">{sha256}</code>
        </p>
      </header>

      <section aria-labelledby="packet-letter">
        <Section id="packet-letter">Cover letter</Section>
        <Paragraphs text={packet.coverLetter} />
      </section>

      {packet.responses.length > 0 && (
        <section aria-labelledby="packet-responses">
          <Section id="packet-responses">Responses from officials to earlier versions</Section>
          <ul className="packet-responses">
            {packet.responses.map((r, i) => (
              <li key={i}>
                <strong>
                  § {r.clauseNumber} (v{r.version}): {RESPONSE_STATUS_LABELS[r.status]}
                </strong>{' '}
                — {describeResponder(r)}, {formatPacketDate(r.createdAt)}
                {r.text && <p dir="auto">{r.text}</p>}
              </li>
            ))}
          </ul>
        </section>
      )}

      {packet.changeLog && (
        <section aria-labelledby="packet-changes">
          <Section id="packet-changes">Changes since version {packet.changeLog.previousVersion}</Section>
          <RedlineView
            fromLabel={`Version ${packet.changeLog.previousVersion}`}
            toLabel={`Version ${packet.version}`}
            summary={packet.changeLog.summary}
            entries={packet.changeLog.entries}
          />
        </section>
      )}

      {packet.baselineComparison && (
        <section aria-labelledby="packet-baseline">
          <Section id="packet-baseline">{BASELINE_SECTION_TITLE}</Section>
          <p>
            Set against <strong dir="auto">{packet.baselineComparison.sourceName}</strong>, imported by{' '}
            {packet.baselineComparison.importedBy} on {formatPacketDate(packet.baselineComparison.importedAt)}
            .
          </p>
          <RedlineView
            fromLabel="The department's policy"
            toLabel={`Version ${packet.version}`}
            summary={packet.baselineComparison.summary}
            entries={packet.baselineComparison.entries}
            againstBaseline
          />
        </section>
      )}

      <section aria-labelledby="packet-recommendations">
        <Section id="packet-recommendations">Recommendations</Section>
        {packet.clauses.map((clause) => (
          <ClauseBlock
            key={clause.id}
            clause={clause}
            Heading={Section}
            after={renderAfterClause?.(clause)}
          />
        ))}
      </section>

      {packet.dissents && packet.dissents.length > 0 && (
        <section aria-labelledby="packet-other-dissents">
          <Section id="packet-other-dissents">Other minority reports</Section>
          {packet.dissents.map((d, i) => (
            <Dissent key={i} dissent={d} />
          ))}
        </section>
      )}

      {packet.coverage && (
        <section aria-labelledby="packet-coverage">
          <Section id="packet-coverage">Coverage of the toolkit</Section>
          <p>
            {packet.coverage.summary.covered} of {packet.coverage.summary.total} components covered,{' '}
            {packet.coverage.summary.partial} partly covered, {packet.coverage.summary.missing} missing.
          </p>
          <table className="packet-table">
            <thead>
              <tr>
                <th scope="col">Component</th>
                <th scope="col">Status</th>
                <th scope="col">Clauses</th>
              </tr>
            </thead>
            <tbody>
              {packet.coverage.components.map((c) => (
                <tr key={c.id}>
                  <td>{c.title}</td>
                  <td>{COVERAGE_LABELS[c.status] ?? c.status}</td>
                  <td>{c.clauseNumbers.map((n) => `§ ${n}`).join(', ') || '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}

      {packet.languageFindings.length > 0 && (
        <section aria-labelledby="packet-language">
          <Section id="packet-language">Language checks</Section>
          <ul>
            {packet.languageFindings.map((f, i) => (
              <li key={i}>
                {f.clauseNumber && <strong>§ {f.clauseNumber}: </strong>}
                {f.message} <q dir="auto">{f.excerpt}</q> {f.dismissed ? '(dismissed)' : ''}
              </li>
            ))}
          </ul>
        </section>
      )}

      {packet.amendments.length > 0 && (
        <section aria-labelledby="packet-amendments">
          <Section id="packet-amendments">Amendments</Section>
          <ul>
            {packet.amendments.map((a) => (
              <li key={a.id}>
                <strong>{a.title}</strong> ({a.status.toLowerCase()})
                {a.proposedBy && `, proposed by ${a.proposedBy}`}
                <p dir="auto">{a.proposedText}</p>
              </li>
            ))}
          </ul>
        </section>
      )}

      {packet.meetings.length > 0 && (
        <section aria-labelledby="packet-meetings">
          <Section id="packet-meetings">Meetings</Section>
          {packet.meetings.map((m) => (
            <div key={m.id} className="packet-meeting">
              <Sub dir="auto">{m.title}</Sub>
              <p className="meta">
                {formatPacketDateTime(m.startsAt)}
                {m.location && ` · ${m.location}`} · {m.attendees.length} present, {m.absent.length} absent
              </p>
              <Paragraphs text={m.minutes} />
            </div>
          ))}
        </section>
      )}

      {packet.notes.length > 0 && (
        <section aria-labelledby="packet-notes">
          <Section id="packet-notes">Notes</Section>
          <ul>
            {packet.notes.map((n, i) => (
              <li key={i}>{n}</li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
