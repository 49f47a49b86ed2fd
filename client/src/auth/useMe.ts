import { useQuery } from '@apollo/client/react';
import { MeQuery } from './operations';

/** The signed-in person (null when signed out), from the session cookie via `me`. */
export function useMe() {
  const { data, loading, error } = useQuery(MeQuery, { fetchPolicy: 'cache-first' });
  return { me: data?.me ?? null, loading: loading && !data, error };
}
