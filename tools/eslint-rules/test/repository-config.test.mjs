// Runs the real ESLint with the repository's eslint.config.mjs on the fixtures, so this fails if
// the rule is dropped from the config, scoped away from services/*/src, or weakened.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';

const here = path.dirname(fileURLToPath(import.meta.url));
const repositoryRoot = path.resolve(here, '../../..');
const fixtures = path.join(here, '../fixtures');

// Lints a fixture's text as if it lived at `filePath` (relative to the repository root), which
// is how the fixtures stay out of tsc and the normal lint run but still get the services' config.
async function lintFixtureAs(fixture, filePath) {
  const eslint = new ESLint({ cwd: repositoryRoot });
  const code = await readFile(path.join(fixtures, fixture), 'utf8');
  const [result] = await eslint.lintText(code, { filePath: path.join(repositoryRoot, filePath) });
  return result.messages.map(({ ruleId, severity, line, messageId }) => ({ ruleId, severity, line, messageId }));
}

const RULE = 'backoffice/data-access-in-repositories';
const ERROR = 2;
const ORDER_SERVICE = 'services/demo/src/orders/order.service.fixture.ts';
const ORDER_REPORT = 'services/demo/src/order-report.fixture.ts';

describe('eslint.config.mjs applies backoffice/data-access-in-repositories', () => {
  it('reports every kind of violation in a concept, and nothing on the look-alikes', async () => {
    expect(await lintFixtureAs(ORDER_SERVICE, 'services/demo/src/orders/order.service.ts')).toEqual([
      { ruleId: RULE, severity: ERROR, line: 6, messageId: 'otherConceptsRepository' },
      { ruleId: RULE, severity: ERROR, line: 7, messageId: 'otherConceptsRepository' },
      { ruleId: RULE, severity: ERROR, line: 13, messageId: 'rawQuery' },
      { ruleId: RULE, severity: ERROR, line: 14, messageId: 'rawQuery' },
      { ruleId: RULE, severity: ERROR, line: 15, messageId: 'rawQuery' },
      { ruleId: RULE, severity: ERROR, line: 22, messageId: 'entityManagerCall' },
      { ruleId: RULE, severity: ERROR, line: 28, messageId: 'managerAccess' },
      { ruleId: RULE, severity: ERROR, line: 29, messageId: 'entityManagerCall' },
    ]);
  });

  it('reports a repository import in a file directly in src/ that is not wiring', async () => {
    expect(await lintFixtureAs(ORDER_REPORT, 'services/demo/src/order-report.ts')).toEqual([
      { ruleId: RULE, severity: ERROR, line: 5, messageId: 'repositoryOutsideModule' },
    ]);
  });

  it.each([
    ['the wiring file context.ts', ORDER_REPORT, 'services/demo/src/context.ts'],
    ['a *-subgraph.ts', ORDER_REPORT, 'services/demo/src/demo-subgraph.ts'],
    ['a repository', ORDER_SERVICE, 'services/demo/src/orders/order.repository.ts'],
    ['a migration', ORDER_SERVICE, 'services/demo/src/migrations/1764460900000-create-orders.ts'],
    ['a test file in src/', ORDER_SERVICE, 'services/demo/src/orders/order.service.test.ts'],
    ["a service's test folder", ORDER_SERVICE, 'services/demo/test/orders.int.test.ts'],
    ['a package outside services/', ORDER_SERVICE, 'packages/platform/src/orders/order.service.ts'],
  ])('reports nothing in %s', async (_place, fixture, filePath) => {
    expect(await lintFixtureAs(fixture, filePath)).toEqual([]);
  });

  it('keeps the fixtures themselves out of the normal lint run', async () => {
    const eslint = new ESLint({ cwd: repositoryRoot });
    expect(await eslint.isPathIgnored(path.join(fixtures, ORDER_SERVICE))).toBe(true);
  });
});
