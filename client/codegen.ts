import type { CodegenConfig } from '@graphql-codegen/cli';

/** Typed operations from the server's committed schema; `pnpm codegen` regenerates src/gql/. */
const config: CodegenConfig = {
  schema: '../server/schema.gql',
  documents: ['src/**/*.tsx', 'src/**/*.ts', '!src/gql/**/*'],
  ignoreNoDocuments: false,
  // Formatted like the rest of the repository, so `pnpm codegen` and `pnpm format` agree.
  hooks: { afterAllFileWrite: ['../node_modules/.bin/prettier --write'] },
  generates: {
    'src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        scalars: { DateTime: 'string' },
        avoidOptionals: { field: true, inputValue: false, object: true },
        skipTypename: false,
      },
    },
  },
};

export default config;
