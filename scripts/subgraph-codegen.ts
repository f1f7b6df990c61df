import type { CodegenConfig } from '@graphql-codegen/cli';

// The codegen settings every subgraph shares: resolver types from `src/schema.graphql`, with
// mappers so resolvers receive the service's records rather than GraphQL shapes.
export function subgraphCodegenConfig(options: { contextType: string; mappers: Record<string, string> }): CodegenConfig {
  return {
    schema: 'src/schema.graphql',
    generates: {
      'src/__generated__/resolvers-types.ts': {
        plugins: ['typescript', 'typescript-resolvers'],
        config: {
          federation: true,
          useIndexSignature: false,
          contextType: options.contextType,
          mappers: options.mappers,
          scalars: { Date: 'string', DateTime: 'string', Decimal: 'string' },
          enumsAsTypes: true,
          avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
          maybeValue: 'T | null',
          inputMaybeValue: 'T | null | undefined',
        },
      },
    },
  };
}
