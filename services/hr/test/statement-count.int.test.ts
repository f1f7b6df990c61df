import { statementCounter } from '@backoffice/testkit/statement-counter';
import { seedDemoCompany } from '../src/demo/seed-demo-company';
import { createHrModules } from '../src/hr-modules';
import { startHrForTest, testClock, type HrForTest } from './support/hr-test-harness';

jest.setTimeout(120_000);

describe('statements per request', () => {
  let hr: HrForTest;

  beforeAll(async () => {
    hr = await startHrForTest();
    await seedDemoCompany(createHrModules(hr.dataSource, testClock, { hrApprovalAboveDays: 10 }), hr.logger, 0.5);
    // The relay and the job runner share the pool; stopped, they cannot add their polls and
    // ticks to a request's count.
    await hr.relay.stop();
    await hr.jobs.stop();
  });

  afterAll(async () => {
    await hr?.stop();
  });

  // Newest hires first: the one-employee page is then an ordinary employee with a manager,
  // so both pages touch the same fields.
  const query = `query Page($first: Int!) {
    employees(first: $first, orderBy: { field: START_DATE, direction: DESC }) {
      totalCount
      edges { node { id firstName title salary { amount } department { name headcount head { lastName } } manager { lastName department { code } } directReports { id } reportingChain { id } } }
    }
  }`;

  it('fetching 100 employees with department and manager costs the same number of SQL statements as fetching 1', async () => {
    const counter = statementCounter(hr.dataSource);
    const one = await counter.during(() => hr.call(query, { first: 1 }));
    const hundred = await counter.during(() => hr.call(query, { first: 100 }));
    expect(one.result.errors).toBeUndefined();
    expect(hundred.result.errors).toBeUndefined();
    const edges = (hundred.result.data as { employees: { edges: unknown[] } }).employees.edges;
    expect(edges).toHaveLength(100);
    expect(one.statements).toBeGreaterThan(0);
    expect(hundred.statements).toBe(one.statements);
  });

  it('resolving 100 employee references for the gateway costs the same statements as resolving 1', async () => {
    const ids = (await hr.dataSource.query(`SELECT id FROM employee_records WHERE manager_id IS NOT NULL ORDER BY employee_number LIMIT 100`)) as Array<{ id: string }>;
    const entities = `query Refs($representations: [_Any!]!) { _entities(representations: $representations) { ... on Employee { id title department { code } manager { id } } } }`;
    const counter = statementCounter(hr.dataSource);
    const representations = (n: number) => ids.slice(0, n).map(({ id }) => ({ __typename: 'Employee', id }));
    const one = await counter.during(() => hr.call(entities, { representations: representations(1) }));
    const hundred = await counter.during(() => hr.call(entities, { representations: representations(100) }));
    expect(hundred.result.errors).toBeUndefined();
    expect((hundred.result.data as { _entities: unknown[] })._entities).toHaveLength(100);
    expect(hundred.statements).toBe(one.statements);
  });
});
