import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import type { Principal } from '@backoffice/platform/identity';
import { startSubgraphService, type RunningSubgraph } from '@backoffice/platform/subgraph-service';
import { identityHeaders, postGraphQL } from '@backoffice/testkit/graphql-client';
import { testEnvironment } from '@backoffice/testkit/isolation';
import { loadAccountingConfig } from '../src/config';
import { accountingSubgraph } from '../src/accounting-subgraph';

jest.setTimeout(60_000);

describe('chart of accounts and department budgets', () => {
  let accounting: RunningSubgraph;
  const as = (principal: Principal) => identityHeaders(principal, 'accounting');
  const accountant: Principal = { employeeId: randomUUID(), roles: ['ACCOUNTING'] };
  const employee: Principal = { employeeId: randomUUID(), roles: ['EMPLOYEE'] };

  beforeAll(async () => {
    accounting = await startSubgraphService(accountingSubgraph, loadAccountingConfig(testEnvironment()));
    await accounting.eventsReady;
  });

  afterAll(async () => {
    await accounting?.stop();
  });

  it('the seeded chart of accounts is readable by ACCOUNTING and refused to an EMPLOYEE', async () => {
    const allowed = await postGraphQL<{ ledgerAccounts: Array<{ code: string; type: string }> }>(accounting.url, `{ ledgerAccounts { code name type } }`, {}, as(accountant));
    expect(allowed.errors).toBeUndefined();
    expect(allowed.data!.ledgerAccounts.map((a) => a.code)).toEqual(expect.arrayContaining(['1000', '2100', '6000']));
    expect(new Set(allowed.data!.ledgerAccounts.map((a) => a.type))).toEqual(new Set(['ASSET', 'LIABILITY', 'EQUITY', 'REVENUE', 'EXPENSE']));

    const refused = await postGraphQL(accounting.url, `{ ledgerAccounts { code } }`, {}, as(employee));
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it("a department's budget resolves through _entities for ACCOUNTING; for others it is null with FORBIDDEN at its path", async () => {
    const departmentId = randomUUID();
    const year = new Date().getUTCFullYear();
    await accounting.dataSource.query(`INSERT INTO budgets (department_id, fiscal_year, amount, currency) VALUES ($1, $2, '250000.00', 'EUR')`, [departmentId, year]);
    const query = `query B($representations: [_Any!]!) { _entities(representations: $representations) { ... on Department { id budget { fiscalYear amount { amount currency } } } } }`;
    const representations = [{ __typename: 'Department', id: departmentId }, { __typename: 'Department', id: randomUUID() }];

    const seen = await postGraphQL<{ _entities: unknown[] }>(accounting.url, query, { representations }, as(accountant));
    expect(seen.errors).toBeUndefined();
    expect(seen.data!._entities).toEqual([
      { id: departmentId, budget: { fiscalYear: year, amount: { amount: '250000.00', currency: 'EUR' } } },
      { id: representations[1]!.id, budget: null },
    ]);

    const hidden = await postGraphQL<{ _entities: unknown[] }>(accounting.url, query, { representations }, as(employee));
    expect(hidden.data!._entities).toEqual([
      { id: departmentId, budget: null },
      { id: representations[1]!.id, budget: null },
    ]);
    expect(hidden.errors?.map((error) => [error.extensions?.code, error.path?.join('.')])).toEqual([
      ['FORBIDDEN', '_entities.0.budget'],
      ['FORBIDDEN', '_entities.1.budget'],
    ]);
  });
});
