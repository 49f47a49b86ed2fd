import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { describeError } from '../app/errors';
import { importedPolicy } from './importFile';
import { ImportSteps, useImportSteps } from './NewDraftForm';
import { AttachBaselineMutation } from './operations';

/**
 * For a draft started blank or from the template: a facilitator brings in the department's
 * current policy afterwards (paste or file, then the same review as an imported draft) so the
 * board can compare its wording with it. Attached once, it never changes.
 */
export function AttachBaseline({ boardId, draftId }: { boardId: string; draftId: string }) {
  const steps = useImportSteps();
  const { preview, clauses } = steps;
  const [error, setError] = useState<string | null>(null);
  const [attach, { loading }] = useMutation(AttachBaselineMutation, {
    // The draft page reads its baseline from the cache: point the draft at the one just stored.
    update(cache, { data }) {
      const baseline = data?.attachBaseline;
      if (!baseline) return;
      cache.modify({
        id: cache.identify({ __typename: 'Draft', id: draftId }),
        fields: { baseline: (_old, { toReference }) => toReference(baseline) },
      });
    },
  });

  async function confirm() {
    if (!preview) return;
    setError(null);
    try {
      await attach({ variables: { input: { draftId, imported: importedPolicy(preview, clauses) } } });
    } catch (e) {
      setError(describeError(e).message);
    }
  }

  return (
    <details className="attach-baseline">
      <summary>Compare with the department&rsquo;s current policy</summary>
      <p className="muted small">
        Bring in the policy the department uses today. Your draft does not change: the policy is kept as a
        fixed reference, and the packet can show what the board&rsquo;s wording changes. It cannot be replaced
        once attached.
      </p>
      <ImportSteps boardId={boardId} steps={steps} />
      {preview && (
        <>
          {error && (
            <p className="form-error" role="alert">
              {error}
            </p>
          )}
          <div className="button-row">
            <button
              type="button"
              className="button-primary"
              disabled={loading}
              onClick={() => void confirm()}
            >
              {loading ? 'Attaching…' : 'Attach as the department baseline'}
            </button>
          </div>
        </>
      )}
    </details>
  );
}
