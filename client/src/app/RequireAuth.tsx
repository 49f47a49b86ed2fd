import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { useMe } from '../auth/useMe';
import { ErrorNotice } from './ErrorNotice';
import { Loading } from './Loading';

/** Pages for signed-in people: everyone else goes to sign in and comes back here afterwards. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const { me, loading, error } = useMe();
  const location = useLocation();
  if (loading) return <Loading />;
  if (error && !me) return <ErrorNotice error={error} title="We could not check whether you are signed in" />;
  if (!me) {
    const next = encodeURIComponent(location.pathname + location.search);
    return <Navigate to={`/signin?next=${next}`} replace />;
  }
  return <>{children}</>;
}
