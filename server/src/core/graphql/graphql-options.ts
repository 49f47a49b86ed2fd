import { ApolloDriverConfig } from '@nestjs/apollo';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import type { Logger } from 'pino';
import type { AppConfig } from '../config/config';
import { createErrorFormatter } from '../errors/format-error';
import type { AppRequest, GqlContext } from '../http/request-context';
import type { Response } from 'express';

/** Limits shared by HTTP and the subscription socket. */
export const GRAPHQL_LIMITS = {
  maxDepth: 10,
  maxCost: 5000,
  maxAliases: 15,
  maxDirectives: 20,
  maxTokens: 3000,
  /**
   * Live subscriptions one graphql-ws socket may hold, and one person over all their sockets on
   * a replica (each costs about 27 KB and a listener per event). A board page holds a handful;
   * a person with many tabs open stays well below.
   */
  subscriptionsPerSocket: 100,
  subscriptionsPerUser: 300,
} as const;

export function createArmor() {
  return new ApolloArmor({
    maxDepth: { n: GRAPHQL_LIMITS.maxDepth, flattenFragments: true },
    costLimit: { maxCost: GRAPHQL_LIMITS.maxCost },
    maxAliases: { n: GRAPHQL_LIMITS.maxAliases },
    maxDirectives: { n: GRAPHQL_LIMITS.maxDirectives },
    // graphql-armor counts tokens in a plugin hook whose error Apollo answers with HTTP 500; the
    // parser's own limit (parseOptions below) fails as a syntax error, which is a 400.
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: true },
  }).protect();
}

export function graphqlOptions(config: AppConfig, logger: Logger): ApolloDriverConfig {
  const armor = createArmor();
  return {
    path: '/graphql',
    autoSchemaFile: true,
    sortSchema: true,
    // Set explicitly rather than left to NODE_ENV: production behaviour everywhere.
    introspection: config.graphqlIntrospection,
    includeStacktraceInErrorResponses: false,
    parseOptions: { maxTokens: GRAPHQL_LIMITS.maxTokens },
    csrfPrevention: true,
    graphiql: false,
    autoTransformHttpErrors: false,
    allowBatchedHttpRequests: false,
    fieldResolverEnhancers: ['guards'],
    // graphql-armor is typed against the CommonJS build of @apollo/server, Nest loads the ESM one;
    // the plugin objects are plain and work with both.
    plugins: [
      ...(armor.plugins as unknown as NonNullable<ApolloDriverConfig['plugins']>),
      // No HTTP caching of GraphQL answers (they are per-person); the default cache-control plugin
      // wrapped every field resolver to compute hints nobody reads, a measurable cost per field.
      ApolloServerPluginCacheControlDisabled() as unknown as NonNullable<
        ApolloDriverConfig['plugins']
      >[number],
    ],
    validationRules: [...armor.validationRules],
    formatError: createErrorFormatter(logger),
    context: ({ req, res }: { req: AppRequest; res: Response }): GqlContext => ({ req, res }),
  };
}
