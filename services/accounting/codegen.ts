import type { CodegenConfig } from '@graphql-codegen/cli';

// Resolver types come from the SDL; mappers make resolvers receive entities, not GraphQL shapes.
const config: CodegenConfig = {
  schema: 'src/schema.graphql',
  generates: {
    'src/__generated__/resolvers-types.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        federation: true,
        useIndexSignature: false,
        contextType: '../context#AccountingContext',
        mappers: {
          Account: '../accounts/account.entity#AccountEntity',
          Budget: '../budgets/budget.entity#BudgetEntity',
          Department: '../context#DepartmentReference',
        },
        scalars: { Date: 'string', DateTime: 'string', Decimal: 'string' },
        enumsAsTypes: true,
        avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
        maybeValue: 'T | null',
        inputMaybeValue: 'T | null | undefined',
      },
    },
  },
};
export default config;
