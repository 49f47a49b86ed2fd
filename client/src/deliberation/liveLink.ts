import { ApolloLink } from '@apollo/client';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { getMainDefinition } from '@apollo/client/utilities';
import { createClient } from 'graphql-ws';

/** Close code the server uses when a role changed: reconnect at once with the new rights. */
const ROLE_CHANGED = 4000;

function socketUrl(): string {
  const { protocol, host } = window.location;
  return `${protocol === 'https:' ? 'wss:' : 'ws:'}//${host}/graphql`;
}

/**
 * Subscriptions over graphql-ws on /graphql (same origin, so the session cookie goes along);
 * everything else over HTTP. The socket opens on the first subscription and closes when the
 * last one ends; it reconnects with backoff, so a server restart or a replica change only
 * delays updates.
 */
export function withSubscriptions(httpLink: ApolloLink): ApolloLink {
  if (typeof window === 'undefined' || typeof WebSocket === 'undefined') return httpLink;
  const client = createClient({
    url: socketUrl,
    lazy: true,
    retryAttempts: Infinity,
    shouldRetry: () => true,
    retryWait: async (retries) => {
      await new Promise((resolve) =>
        setTimeout(resolve, Math.min(15_000, 500 * 2 ** retries) * (0.5 + Math.random() / 2)),
      );
    },
    on: {
      closed: (event) => {
        if ((event as CloseEvent | undefined)?.code === ROLE_CHANGED)
          window.dispatchEvent(new Event('roundtable:role-changed'));
      },
    },
  });
  const wsLink = new GraphQLWsLink(client);
  return ApolloLink.split(
    ({ query }) => {
      const definition = getMainDefinition(query);
      return definition.kind === 'OperationDefinition' && definition.operation === 'subscription';
    },
    wsLink,
    httpLink,
  );
}

/** How the cache should treat deliberation data: lists and tallies are replaced, not merged. */
export const DELIBERATION_TYPE_POLICIES = {
  Question: {
    fields: {
      tally: { merge: false },
      results: { merge: false },
      votes: { merge: false },
      options: { merge: false },
    },
  },
  QuestionResult: { keyFields: false as const },
  Tally: { keyFields: false as const },
  Amendment: { fields: { supporters: { merge: false }, supporterIds: { merge: false } } },
  Comment: { fields: { mentions: { merge: false }, anchor: { merge: false } } },
  Meeting: { fields: { agenda: { merge: false }, attendance: { merge: false } } },
  MyBallot: { keyFields: ['questionId', 'round'] },
};
