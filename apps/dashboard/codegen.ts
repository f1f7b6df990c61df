import type { CodegenConfig } from '@graphql-codegen/cli';

// Typed operations: every `graphql(...)` document in src is checked against the API schema the
// gateway composes (services/gateway/api-schema.graphql) and typed from it. `pnpm codegen`
// rewrites src/graphql/; test/operations.test.ts fails when it is stale or an operation no
// longer fits the committed supergraph.
const config: CodegenConfig = {
  schema: '../../services/gateway/api-schema.graphql',
  documents: ['src/**/*.tsx', 'src/**/*.ts', '!src/graphql/**'],
  ignoreNoDocuments: true,
  generates: {
    'src/graphql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: { scalars: { Date: 'string', DateTime: 'string', Decimal: 'string' }, enumsAsTypes: true, useTypeImports: true },
    },
  },
};

export default config;
