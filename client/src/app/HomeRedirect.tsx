import { Navigate } from 'react-router';
import { useMe } from '../auth/useMe';
import { Loading } from './Loading';

export function HomeRedirect() {
  const { me, loading } = useMe();
  if (loading) return <Loading />;
  return <Navigate to={me ? '/boards' : '/signin'} replace />;
}
