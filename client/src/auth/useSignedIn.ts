import { useApolloClient } from '@apollo/client/react';
import { useCallback } from 'react';
import { MeQuery } from './operations';

interface Viewer {
  __typename?: 'Viewer';
  id: string;
  name: string;
  email: string;
}

/**
 * After signing in or up, remember who this is. The cache holds nothing personal at that point:
 * signing out and losing the session both reload the page, which empties it.
 */
export function useSignedIn() {
  const client = useApolloClient();
  return useCallback(
    async (viewer: Viewer) => {
      client.writeQuery({ query: MeQuery, data: { me: { __typename: 'Viewer', ...viewer } } });
    },
    [client],
  );
}
