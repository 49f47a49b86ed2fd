import { useMutation } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { describeError } from '../app/errors';
import { LeaveBoardMutation, MyBoardsQuery } from './operations';

export function LeaveBoard({ boardId, boardName }: { boardId: string; boardName: string }) {
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const confirmButton = useRef<HTMLButtonElement>(null);
  const navigate = useNavigate();
  const [leave, { loading }] = useMutation(LeaveBoardMutation, { refetchQueries: [MyBoardsQuery] });

  useEffect(() => {
    if (confirming) confirmButton.current?.focus();
  }, [confirming]);

  async function onLeave() {
    setError(null);
    try {
      await leave({ variables: { boardId } });
      navigate('/boards', { replace: true });
    } catch (e) {
      setConfirming(false);
      setError(describeError(e).message);
    }
  }

  return (
    <section className="card card-quiet" aria-labelledby="leave-heading">
      <h2 id="leave-heading">Leave this board</h2>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {confirming ? (
        <div className="confirm" role="group" aria-label="Confirm leaving">
          <p>Leave {boardName}? You will need a new invitation to come back.</p>
          <div className="button-row">
            <button
              type="button"
              className="button-danger"
              ref={confirmButton}
              onClick={onLeave}
              disabled={loading}
            >
              {loading ? 'Leaving…' : 'Yes, leave'}
            </button>
            <button type="button" className="button-secondary" onClick={() => setConfirming(false)}>
              Stay
            </button>
          </div>
        </div>
      ) : (
        <>
          <p className="muted">You will stop seeing its drafts. You can rejoin only with a new invitation.</p>
          <button type="button" className="button-secondary" onClick={() => setConfirming(true)}>
            Leave board
          </button>
        </>
      )}
    </section>
  );
}
