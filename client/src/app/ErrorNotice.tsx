import { Link, useLocation } from 'react-router';
import { describeError } from './errors';

interface Props {
  error: unknown;
  /** Shown above the message, e.g. "We could not load this board". */
  title?: string;
  id?: string;
}

/** A GraphQL or network error said plainly, with the next step when there is one. */
export function ErrorNotice({ error, title, id }: Props) {
  const location = useLocation();
  if (error == null) return null;
  const problem = describeError(error);
  const next = encodeURIComponent(location.pathname + location.search);
  return (
    <div className="notice notice-error" role="alert" id={id}>
      {title && <p className="notice-title">{title}</p>}
      <p>{problem.message}</p>
      {problem.code === 'UNAUTHENTICATED' && (
        <p>
          <Link to={`/signin?next=${next}`}>Sign in</Link>
        </p>
      )}
      {problem.code === 'OUTDATED' && (
        <p>
          <button type="button" className="button-secondary" onClick={() => window.location.reload()}>
            Reload the page
          </button>
        </p>
      )}
    </div>
  );
}
