import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { ErrorLink } from '@apollo/client/link/error';
import { DELIBERATION_TYPE_POLICIES, withSubscriptions } from '../deliberation/liveLink';

/** Operations where "not signed in" is an answer, not a lost session. */
const AUTH_OPERATIONS = new Set(['SignIn', 'SignUp', 'SignOut', 'Me', 'InvitationPreview']);

export function createCache(): InMemoryCache {
  return new InMemoryCache({
    typePolicies: {
      ...DELIBERATION_TYPE_POLICIES,
      // Previews have no id; they belong to the query that asked for them.
      InvitationPreview: { keyFields: false },
      CreatedInvitation: { keyFields: false },
      Board: {
        fields: {
          members: { merge: false },
          invitations: { merge: false },
        },
      },
    },
  });
}

/**
 * A lost session (expired cookie, signed out in another tab) goes to sign in with a full page
 * load: on a shared computer, nothing the previous person saw stays in memory.
 */
export function goToSignIn(): void {
  const { pathname, search } = window.location;
  if (pathname === '/signin' || pathname === '/signup' || pathname.startsWith('/invite/')) return;
  window.location.assign(`/signin?next=${encodeURIComponent(pathname + search)}`);
}

/**
 * One client for the app. The session lives in an httpOnly cookie, so requests go same-origin
 * with credentials and nothing about the session is kept in JavaScript.
 */
export function createApolloClient(onUnauthenticated: () => void = goToSignIn): ApolloClient {
  const sessionLink = new ErrorLink(({ error, operation }) => {
    if (AUTH_OPERATIONS.has(operation.operationName ?? '')) return;
    if (
      CombinedGraphQLErrors.is(error) &&
      error.errors.some((e) => e.extensions?.code === 'UNAUTHENTICATED')
    ) {
      onUnauthenticated();
    }
  });

  // HttpLink posts JSON (content-type: application/json), which Apollo Server's CSRF prevention requires.
  const httpLink = new HttpLink({ uri: '/graphql', credentials: 'same-origin' });

  return new ApolloClient({
    link: ApolloLink.from([sessionLink, withSubscriptions(httpLink)]),
    cache: createCache(),
  });
}
