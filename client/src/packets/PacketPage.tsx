import { useLazyQuery, useMutation, useQuery } from '@apollo/client/react';
import { BoardRole, RESPONSE_STATUS_LABELS, type Packet, type PacketPageSize } from '@roundtable/shared';
import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { Breadcrumb } from '../app/Breadcrumb';
import { ConfirmDialog } from '../app/ConfirmDialog';
import { describeError } from '../app/errors';
import { ErrorNotice } from '../app/ErrorNotice';
import { Field } from '../app/Field';
import { formatDateTime, plural } from '../app/format';
import { Loading } from '../app/Loading';
import { usePageTitle } from '../app/usePageTitle';
import {
  PacketPageQuery,
  PacketPreviewQuery,
  PacketRedlineQuery,
  PacketVersionQuery,
  PublishPacketMutation,
} from './operations';
import { useActivityUpdates } from '../deliberation/live';
import { PacketView } from './PacketView';
import { hasSurprises, publishSurprises } from './publishReview';
import { RedlineView } from './RedlineView';
import { ShareLinksSection } from './ShareLinksSection';
import './packets.css';
import { describeResponder } from './responder';

const LIVE = 'live';
const BASELINE = 'baseline';

/** The packet of one draft: publish versions, compare them, download, share with officials, read their responses. */
export function PacketPage() {
  const { draftId = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(PacketPageQuery, {
    variables: { draftId },
    fetchPolicy: 'cache-and-network',
  });
  const [selected, setSelected] = useState<string | null>(null);
  const draft = data?.draft;
  // Another facilitator (or tab) publishing moves "the next version" on every open packet page.
  useActivityUpdates(draft?.board.id, (action) => {
    if (action === 'packet.published') void refetch().catch(() => undefined);
  });
  usePageTitle(draft ? `Packet · ${draft.title}` : 'Packet');

  if (loading && !data) return <Loading label="Loading the packet…" />;
  if (!draft || !data) {
    return (
      <section className="card narrow" aria-labelledby="packet-unavailable">
        <h1 id="packet-unavailable">This packet is not available</h1>
        <ErrorNotice error={error} />
        <p>
          <Link to="/boards">Back to your boards</Link>
        </p>
      </section>
    );
  }
  const versions = data.packetVersions;
  const facilitator = draft.board.myRole === BoardRole.FACILITATOR;
  const nextVersion = (versions[0]?.version ?? 0) + 1;

  return (
    <div className="page packet-page">
      <Breadcrumb
        trail={[
          { label: draft.board.name, to: `/boards/${draft.board.id}` },
          { label: draft.title, to: `/drafts/${draft.id}` },
        ]}
        current="Packet"
      />
      <header className="page-header">
        <h1>Recommendation packet</h1>
        <p className="lede">
          Each published version is frozen: later edits go into the next version. Officials read it from a
          share link and answer each recommendation.
        </p>
      </header>

      {facilitator && !draft.archived && (
        <PublishSection draftId={draft.id} nextVersion={nextVersion} onPublished={setSelected} />
      )}

      <section className="card" aria-labelledby="versions-heading">
        <h2 id="versions-heading">Published versions</h2>
        {versions.length === 0 ? (
          <p className="empty-hint">Nothing has been published yet.</p>
        ) : (
          <ol className="packet-versions" reversed>
            {versions.map((v) => (
              <li key={v.id} className="packet-version">
                <div className="packet-version-head">
                  <h3>
                    Version {v.version}: {v.title}
                  </h3>
                  <p className="meta">
                    Published {formatDateTime(v.publishedAt)} by {v.publishedByName} · {v.clauseCount}{' '}
                    recommendations · SHA-256 <code title={v.sha256}>{v.sha256.slice(0, 12)}…</code>
                  </p>
                </div>
                <ul className="packet-downloads" aria-label={`Download version ${v.version}`}>
                  {v.files.map((f) => (
                    <li key={f.format}>
                      <a className="button-secondary" href={f.url} download={f.fileName}>
                        {f.label}
                        <span className="visually-hidden"> of version {v.version}</span>
                      </a>
                    </li>
                  ))}
                </ul>
                <button
                  type="button"
                  className="button-quiet"
                  aria-expanded={selected === v.id}
                  onClick={() => setSelected(selected === v.id ? null : v.id)}
                >
                  {selected === v.id ? 'Hide' : 'Open'} version {v.version}
                </button>
                {selected === v.id && <VersionDetail versionId={v.id} facilitator={facilitator} />}
              </li>
            ))}
          </ol>
        )}
      </section>

      <CompareSection draftId={draft.id} versions={versions} baseline={draft.baseline} />
    </div>
  );
}

export function PublishSection({
  draftId,
  nextVersion,
  onPublished,
}: {
  draftId: string;
  nextVersion: number;
  onPublished: (id: string) => void;
}) {
  const [title, setTitle] = useState('');
  const [coverLetter, setCoverLetter] = useState('');
  const [recipients, setRecipients] = useState('');
  const [includeMembers, setIncludeMembers] = useState(true);
  const [pageSize, setPageSize] = useState<PacketPageSize>('LETTER');
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const status = useRef<HTMLParagraphElement>(null);
  const input = () => ({
    draftId,
    title: title.trim() || `Recommendations v${nextVersion}`,
    coverLetter,
    recipients: recipients
      .split('\n')
      .map((r) => r.trim())
      .filter(Boolean),
    includeMembers,
    pageSize,
  });
  const [loadPreview, preview] = useLazyQuery(PacketPreviewQuery, { fetchPolicy: 'network-only' });
  const [publish, { loading }] = useMutation(PublishPacketMutation, {
    refetchQueries: [{ query: PacketPageQuery, variables: { draftId } }],
    awaitRefetchQueries: true,
  });
  /** The packet as it would be published now, while the facilitator confirms. */
  const [review, setReview] = useState<Packet | null>(null);

  // Publishing is irreversible: first assemble the packet exactly as the server would, and list
  // what in it may surprise (unfilled placeholders, open threads, error-level findings).
  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    setDone(null);
    try {
      const { data: previewed } = await loadPreview({ variables: { input: input() } });
      if (previewed) setReview(JSON.parse(previewed.packetPreview.json) as Packet);
    } catch (e) {
      setError(describeError(e).message);
    }
  }

  async function confirmPublish() {
    try {
      const result = await publish({ variables: { input: input() } });
      const published = result.data?.publishPacket;
      setReview(null);
      if (published) {
        setDone(`Version ${published.version} is published.`);
        // The next version starts blank: its letter and recipients are written for it, not carried over.
        setTitle('');
        setCoverLetter('');
        setRecipients('');
        onPublished(published.id);
        status.current?.focus();
      }
    } catch (e) {
      setReview(null);
      setError(describeError(e).message);
    }
  }

  async function showPreview() {
    setError(null);
    try {
      await loadPreview({ variables: { input: input() } });
    } catch (e) {
      setError(describeError(e).message);
    }
  }

  // A preview is of "the next version": once that number is published (here or on another tab),
  // it would show a second, different hash for a published version, so it goes.
  const previewData =
    preview.data?.packetPreview.version === nextVersion ? preview.data.packetPreview : undefined;
  return (
    <section className="card" aria-labelledby="publish-heading">
      <h2 id="publish-heading">Publish version {nextVersion}</h2>
      <form className="form" onSubmit={submit} noValidate>
        <Field label="Title" hint={`Leave empty for “Recommendations v${nextVersion}”.`}>
          {(p) => (
            <input
              {...p}
              type="text"
              value={title}
              maxLength={200}
              onChange={(e) => setTitle(e.target.value)}
              placeholder={`Recommendations v${nextVersion}`}
            />
          )}
        </Field>
        <Field label="Cover letter">
          {(p) => (
            <textarea
              {...p}
              rows={6}
              value={coverLetter}
              maxLength={20000}
              onChange={(e) => setCoverLetter(e.target.value)}
            />
          )}
        </Field>
        <Field label="Recipients" hint="One per line, e.g. Chief of Police.">
          {(p) => (
            <textarea {...p} rows={3} value={recipients} onChange={(e) => setRecipients(e.target.value)} />
          )}
        </Field>
        <Field label="Paper size" hint="The PDF, the Word file and the printed web page all use it.">
          {(p) => (
            <select {...p} value={pageSize} onChange={(e) => setPageSize(e.target.value as PacketPageSize)}>
              <option value="LETTER">US Letter</option>
              <option value="A4">A4</option>
            </select>
          )}
        </Field>
        <div className="packet-checkbox">
          <input
            id="include-members"
            type="checkbox"
            checked={includeMembers}
            onChange={(e) => setIncludeMembers(e.target.checked)}
          />
          <label htmlFor="include-members">List the board’s members in the packet</label>
        </div>
        {error && (
          <p className="form-error" role="alert">
            {error}
          </p>
        )}
        <p className="notice notice-success" role="status" tabIndex={-1} ref={status} hidden={!done}>
          {done}
        </p>
        <div className="button-row">
          <button
            type="button"
            className="button-secondary"
            onClick={() => void showPreview()}
            disabled={preview.loading}
          >
            {preview.loading ? 'Preparing preview…' : 'Preview'}
          </button>
          <button type="submit" className="button-primary" disabled={loading || preview.loading}>
            {loading ? 'Publishing…' : `Publish version ${nextVersion}…`}
          </button>
        </div>
      </form>
      <ConfirmDialog
        open={review !== null}
        title={`Publish version ${nextVersion}?`}
        confirmLabel={`Publish version ${nextVersion}`}
        busy={loading}
        onCancel={() => setReview(null)}
        onConfirm={() => void confirmPublish()}
      >
        {review && <PublishReview packet={review} version={nextVersion} />}
      </ConfirmDialog>
      {previewData && (
        <details className="packet-preview" open>
          <summary>Preview of version {previewData.version} (not published)</summary>
          <PacketView packet={JSON.parse(previewData.json) as Packet} sha256={previewData.sha256} />
        </details>
      )}
    </section>
  );
}

/** "[name of report form]" or "3, e.g. [time limit], [name the supervisor…]": enough to recognise. */
function placeholderSample(placeholders: string[]): string {
  const short = (p: string) => (p.length > 32 ? `${p.slice(0, 30)}…]` : p);
  if (placeholders.length === 1) return short(placeholders[0]);
  return `${placeholders.length}, e.g. ${placeholders.slice(0, 2).map(short).join(', ')}`;
}

function PublishReview({ packet, version }: { packet: Packet; version: number }) {
  const surprises = publishSurprises(packet);
  const clause = (c: { number: string; heading: string }) =>
    `§ ${c.number} ${c.heading || 'Untitled clause'}`;
  return (
    <>
      <p>
        Version {version} will be frozen with its SHA-256: it <strong>cannot be changed or withdrawn</strong>.
        Later edits go into version {version + 1}. Officials with a share link read exactly this.
      </p>
      {hasSurprises(surprises) ? (
        <div className="publish-review" role="group" aria-label="Check before publishing">
          <p>
            <strong>The packet will also carry:</strong>
          </p>
          <ul>
            {surprises.openThreads.length > 0 && (
              <li>
                Open discussion threads, shown to officials, on{' '}
                {plural(surprises.openThreads.length, 'clause')}:
                <ul>
                  {surprises.openThreads.map((c) => (
                    <li key={c.number}>
                      {clause(c)}: {plural(c.count, 'open thread')}
                    </li>
                  ))}
                </ul>
              </li>
            )}
            {surprises.problems.length > 0 && (
              <li>
                Language problems nobody dismissed in {plural(surprises.problems.length, 'clause')}:
                <ul>
                  {surprises.problems.map((c) => (
                    <li key={c.number}>
                      {clause(c)}: {plural(c.count, 'problem')}
                    </li>
                  ))}
                </ul>
              </li>
            )}
            {surprises.placeholders.length > 0 && (
              <li>
                Unfilled placeholders in {plural(surprises.placeholders.length, 'clause')}:
                <ul>
                  {surprises.placeholders.map((c) => (
                    <li key={c.number}>
                      {clause(c)}: {placeholderSample(c.placeholders)}
                    </li>
                  ))}
                </ul>
              </li>
            )}
          </ul>
          <p className="muted small">Go back to fix them in the draft, or publish as it is.</p>
        </div>
      ) : (
        <p>No unfilled placeholders, open threads or unresolved language problems.</p>
      )}
    </>
  );
}

function VersionDetail({ versionId, facilitator }: { versionId: string; facilitator: boolean }) {
  const { data, error } = useQuery(PacketVersionQuery, { variables: { id: versionId } });
  const version = data?.packetVersion;
  if (error) return <ErrorNotice error={error} />;
  if (!version) return <Loading label="Opening the version…" />;
  return (
    <div className="packet-version-detail">
      <section aria-labelledby={`responses-${version.id}`}>
        <h3 id={`responses-${version.id}`}>Responses from officials</h3>
        {version.responses.length === 0 ? (
          <p className="empty-hint">No responses yet.</p>
        ) : (
          <ul className="packet-responses">
            {version.responses.map((r) => (
              <li key={r.id}>
                <strong>
                  § {r.clauseNumber}: {RESPONSE_STATUS_LABELS[r.status]}
                </strong>{' '}
                — {describeResponder(r)}, {formatDateTime(r.createdAt)}
                {r.text && <p dir="auto">{r.text}</p>}
              </li>
            ))}
          </ul>
        )}
      </section>
      {facilitator && <ShareLinksSection versionId={version.id} version={version.version} />}
      <PacketView packet={JSON.parse(version.json) as Packet} sha256={version.sha256} />
    </div>
  );
}

function CompareSection({
  draftId,
  versions,
  baseline,
}: {
  draftId: string;
  versions: readonly { id: string; version: number }[];
  baseline: { id: string; sourceName: string } | null;
}) {
  const [searchParams] = useSearchParams();
  const askedForBaseline = Boolean(baseline) && searchParams.get('compare') === BASELINE;
  const [from, setFrom] = useState(askedForBaseline ? BASELINE : '');
  const [to, setTo] = useState(LIVE);
  const [load, { data, loading, error, variables }] = useLazyQuery(PacketRedlineQuery, {
    fetchPolicy: 'network-only',
  });
  const redline = data?.packetRedline;
  const shownAgainstBaseline = Boolean(variables?.input?.againstBaseline);

  const compare = useCallback(
    (fromValue: string, toValue: string) =>
      void load({
        variables: {
          input: {
            draftId,
            fromVersionId: fromValue && fromValue !== BASELINE ? fromValue : null,
            toVersionId: toValue === LIVE ? null : toValue,
            againstBaseline: fromValue === BASELINE ? true : null,
          },
        },
      }).catch(() => undefined),
    [draftId, load],
  );

  // Arriving from the draft page's "compare with the department's policy" link shows it at once.
  useEffect(() => {
    if (askedForBaseline) compare(BASELINE, LIVE);
  }, [askedForBaseline, compare]);

  function submit(event: FormEvent) {
    event.preventDefault();
    compare(from, to);
  }

  return (
    <section className="card" aria-labelledby="compare-heading">
      <h2 id="compare-heading">Compare</h2>
      <form className="inline-form" onSubmit={submit}>
        <Field label="From">
          {(p) => (
            <select {...p} value={from} onChange={(e) => setFrom(e.target.value)}>
              <option value="">The version before</option>
              {baseline && (
                <option value={BASELINE}>
                  The department&rsquo;s current policy ({baseline.sourceName})
                </option>
              )}
              {versions.map((v) => (
                <option key={v.id} value={v.id}>
                  Version {v.version}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="To">
          {(p) => (
            <select {...p} value={to} onChange={(e) => setTo(e.target.value)}>
              <option value={LIVE}>The live draft</option>
              {versions.map((v) => (
                <option key={v.id} value={v.id}>
                  Version {v.version}
                </option>
              ))}
            </select>
          )}
        </Field>
        <button type="submit" className="button-primary" disabled={loading}>
          {loading ? 'Comparing…' : 'Show changes'}
        </button>
      </form>
      {error && <ErrorNotice error={error} />}
      {redline && (
        <RedlineView
          fromLabel={redline.fromLabel}
          toLabel={redline.toLabel}
          summary={redline.summary}
          entries={redline.entries}
          againstBaseline={shownAgainstBaseline}
        />
      )}
    </section>
  );
}
