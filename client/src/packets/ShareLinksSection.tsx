import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { ConfirmButton } from '../app/ConfirmDialog';
import { describeError } from '../app/errors';
import { Field } from '../app/Field';
import { formatDate, formatDateTime } from '../app/format';
import { CreateShareLinkMutation, RevokeShareLinkMutation, ShareLinksQuery } from './operations';

const MAX_DAYS = 365;

/** Facilitators create links for officials (shown once: the server keeps a hash), see their use, and revoke them. */
export function ShareLinksSection({ versionId, version }: { versionId: string; version: number }) {
  const { data, error: loadError } = useQuery(ShareLinksQuery, {
    variables: { id: versionId },
    fetchPolicy: 'cache-and-network',
  });
  const refetch = {
    refetchQueries: [{ query: ShareLinksQuery, variables: { id: versionId } }],
    awaitRefetchQueries: true,
  };
  const [create, { loading }] = useMutation(CreateShareLinkMutation, refetch);
  const [revoke] = useMutation(RevokeShareLinkMutation, refetch);
  const [label, setLabel] = useState('');
  const [days, setDays] = useState('30');
  const [error, setError] = useState<string | null>(null);
  const [url, setUrl] = useState<string | null>(null);
  const urlInput = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    if (url) {
      urlInput.current?.focus();
      urlInput.current?.select();
    }
  }, [url]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    const expiresInDays = Number(days);
    if (!Number.isInteger(expiresInDays) || expiresInDays < 1 || expiresInDays > MAX_DAYS) {
      setError(`Choose a whole number of days from 1 to ${MAX_DAYS}.`);
      return;
    }
    try {
      const result = await create({
        variables: { input: { packetVersionId: versionId, label: label.trim() || null, expiresInDays } },
      });
      setUrl(result.data?.createShareLink.url ?? null);
      setLabel('');
    } catch (e) {
      setError(describeError(e).message);
    }
  }

  const links = data?.packetVersion.shareLinks ?? [];
  return (
    <section className="card-quiet packet-share" aria-labelledby={`share-${versionId}`}>
      <h3 id={`share-${versionId}`}>Share version {version} with officials</h3>
      <p className="small muted">
        Anyone with a link can read this version, download it and respond to each recommendation, without an
        account.
      </p>
      {url ? (
        <div className="field">
          <label htmlFor={`share-url-${versionId}`}>Share link</label>
          <p className="field-hint" id={`share-url-hint-${versionId}`}>
            <strong>Shown only once.</strong> Copy it now and send it yourself.
          </p>
          <textarea
            id={`share-url-${versionId}`}
            ref={urlInput}
            readOnly
            rows={2}
            value={url}
            aria-describedby={`share-url-hint-${versionId}`}
            onFocus={(e) => e.currentTarget.select()}
          />
          <button type="button" className="button-secondary" onClick={() => setUrl(null)}>
            Done
          </button>
        </div>
      ) : (
        <form className="inline-form" onSubmit={submit} noValidate>
          <Field label="Who is it for? (optional)">
            {(p) => (
              <input
                {...p}
                type="text"
                value={label}
                maxLength={120}
                onChange={(e) => setLabel(e.target.value)}
              />
            )}
          </Field>
          <Field label="Days before it expires">
            {(p) => (
              <input
                {...p}
                type="number"
                min={1}
                max={MAX_DAYS}
                value={days}
                onChange={(e) => setDays(e.target.value)}
              />
            )}
          </Field>
          <button type="submit" className="button-primary" disabled={loading}>
            {loading ? 'Creating…' : 'Create share link'}
          </button>
        </form>
      )}
      {(error || loadError) && (
        <p className="form-error" role="alert">
          {error ?? describeError(loadError).message}
        </p>
      )}
      {links.length > 0 && (
        <table className="packet-table">
          <caption className="visually-hidden">Share links of version {version}</caption>
          <thead>
            <tr>
              <th scope="col">For</th>
              <th scope="col">Status</th>
              <th scope="col">Used</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {links.map((l) => (
              <tr key={l.id}>
                <td>
                  {l.label ?? 'Unlabelled link'}
                  <br />
                  <span className="small muted">
                    by {l.createdByName}, {formatDate(l.createdAt)}
                  </span>
                </td>
                <td>
                  <span className={`status-badge status-${l.status.toLowerCase()}`}>
                    {l.status.toLowerCase()}
                  </span>
                  <br />
                  <span className="small muted">
                    {l.status === 'ACTIVE'
                      ? `until ${formatDate(l.expiresAt)}`
                      : l.revokedAt
                        ? `revoked ${formatDate(l.revokedAt)}`
                        : `expired ${formatDate(l.expiresAt)}`}
                  </span>
                </td>
                <td>
                  {l.accessCount} time{l.accessCount === 1 ? '' : 's'}
                  {l.recentAccesses[0] && (
                    <span className="small muted">
                      <br />
                      last {formatDateTime(l.recentAccesses[0].at)}
                    </span>
                  )}
                </td>
                <td>
                  {l.status === 'ACTIVE' && (
                    <ConfirmButton
                      className="button-quiet"
                      tone="danger"
                      title="Revoke this share link?"
                      confirmLabel="Revoke the link"
                      explanation={
                        <p>
                          The link {l.label ? `for ${l.label} ` : ''}stops working at once, for anyone who has
                          it. A revoked link <strong>cannot be turned back on</strong>; to share version{' '}
                          {version} again, create a new link. Responses already sent stay.
                        </p>
                      }
                      onConfirm={() =>
                        revoke({ variables: { shareLinkId: l.id } }).catch((e: unknown) =>
                          setError(describeError(e).message),
                        )
                      }
                    >
                      Revoke<span className="visually-hidden"> link for {l.label ?? 'unlabelled link'}</span>
                    </ConfirmButton>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
