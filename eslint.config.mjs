import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import backoffice from './tools/eslint-rules/index.mjs';

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', '**/__generated__/**', 'infra/kafka/**', '.local/**', '.tools/**', 'tools/eslint-rules/fixtures/**', 'apps/dashboard/src/graphql/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-properties': ['error', { object: 'process', property: 'env', message: 'Read env once in config.ts.' }],
    },
  },
  {
    // Config modules, scripts and test harnesses are where the environment is read.
    files: ['**/config.ts', '**/*.config.ts', '**/src/main.ts', '**/issue-dev-token.ts', '**/events-cli.ts', 'scripts/**', 'infra/**', 'packages/testkit/**', 'e2e/**', 'bench/**', '**/test/**', '**/*.test.ts', 'apps/dashboard/server/**'],
    rules: { 'no-restricted-properties': 'off' },
  },
  {
    // Only repositories and migrations touch the database; the rule itself lets tests, migrations
    // and *.repository.ts through, so the architecture lives in one place.
    files: ['services/*/src/**/*.ts'],
    plugins: { backoffice },
    rules: { 'backoffice/data-access-in-repositories': 'error' },
  },
  {
    files: ['**/*.mjs', '**/*.cjs', '**/*.js'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', require: 'readonly', module: 'writable', __dirname: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // The rules' own tests are ES modules run by Jest, which provides these globals.
    files: ['tools/eslint-rules/test/**/*.mjs'],
    languageOptions: { globals: { describe: 'readonly', it: 'readonly', expect: 'readonly' } },
  },
);
