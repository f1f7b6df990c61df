// The monorepo's own ESLint rules, registered in eslint.config.mjs under the `backoffice/` prefix.
import dataAccessInRepositories from './rules/data-access-in-repositories.mjs';

const plugin = {
  meta: { name: '@backoffice/eslint-rules', version: '0.1.0' },
  rules: {
    'data-access-in-repositories': dataAccessInRepositories,
  },
};

export default plugin;
