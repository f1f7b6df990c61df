import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import type { Client } from 'pg';
import type { Principal } from '@backoffice/platform/identity';
import type { RunningSubgraph } from '@backoffice/platform/subgraph-service';
import type { GraphQLResponse } from '@backoffice/testkit/graphql-client';
import { statementCounter } from '@backoffice/testkit/statement-counter';
import { startAccountingForTest, type AccountingForTest } from './support/accounting-test-service';

jest.setTimeout(120_000);

// Budgets against actuals: spend comes from the cost-centre balances every posting keeps; the
// posting that takes spend across 80% and 100% records it once and publishes it once, whatever
// the concurrency; a department's budget and spend for many departments cost a fixed number of
// statements.

type Budget = { id: string; departmentId: string; fiscalYear: number; account: { code: string } | null; amount: { amount: string }; spent: { amount: string }; remaining: { amount: string }; shareUsed: string | null; version: number; reason: string | null; crossings: Array<{ threshold: number; entry: { id: string } }> };
const BUDGET = 'id departmentId fiscalYear account { code } amount { amount } spent { amount } remaining { amount } shareUsed version reason crossings { threshold entry { id } }';
const SET = `mutation S($input: SetBudgetInput!) { setBudget(input: $input) { ${BUDGET} } }`;
const POST = `mutation P($input: PostJournalEntryInput!) { postJournalEntry(input: $input) { id } }`;

describe('budgets against actuals', () => {
  let testService: AccountingForTest;
  let accounting: RunningSubgraph;
  let admin: Client;
  let accounts: Record<string, string>;
  const accountant: Principal = { employeeId: randomUUID(), roles: ['ACCOUNTING'] };
  const manager: Principal = { employeeId: randomUUID(), roles: ['MANAGER'] };
  const employee: Principal = { employeeId: randomUUID(), roles: ['EMPLOYEE'] };
  const call = <T>(query: string, variables: Record<string, unknown> = {}, who: Principal = accountant): Promise<GraphQLResponse<T>> => testService.call<T>(query, variables, who);
  const setBudget = (input: Record<string, unknown>, who: Principal = accountant) => call<{ setBudget: Budget }>(SET, { input }, who);
  // An expense on a department's cost centre, paid from the bank; OPENING-free, MANUAL, small.
  const spend = (departmentId: string, amount: string, date: string, code = '6400') =>
    call<{ postJournalEntry: { id: string } }>(POST, {
      input: { idempotencyKey: randomUUID(), date, memo: 'department spending', lines: [{ accountId: accounts[code], debit: amount, departmentId }, { accountId: accounts['1000'], credit: amount }] },
    });
  const crossingEvents = async (budgetId: string) =>
    (await admin.query(`SELECT envelope->'data' AS data FROM outbox_events WHERE event_type = 'backoffice.accounting.budget.threshold-crossed.v1' AND envelope->'data'->>'budgetId' = $1 ORDER BY id`, [budgetId])).rows.map(
      (row: { data: { threshold: number; spent: string } }) => row.data,
    );

  beforeAll(async () => {
    testService = await startAccountingForTest(accountant);
    ({ service: accounting, admin, accounts } = testService);
  });

  afterAll(async () => {
    await testService?.stop();
  });

  it('sets a budget once without a reason; a change needs the reason and the version read, is audited and published', async () => {
    const departmentId = randomUUID();
    const first = await setBudget({ departmentId, fiscalYear: 2030, amount: '1000' });
    expect(first.data!.setBudget).toMatchObject({ departmentId, fiscalYear: 2030, account: null, amount: { amount: '1000.00' }, spent: { amount: '0.00' }, remaining: { amount: '1000.00' }, shareUsed: '0.0000', version: 1 });
    const bare = await setBudget({ departmentId, fiscalYear: 2030, amount: '1200.00' });
    expect(bare.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'input.reason' }, { field: 'input.expectedVersion' }] });
    const stale = await setBudget({ departmentId, fiscalYear: 2030, amount: '1200.00', reason: 'new hires', expectedVersion: 7 });
    expect(stale.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 1 });
    const changed = await setBudget({ departmentId, fiscalYear: 2030, amount: '1200.00', reason: 'two new hires approved', expectedVersion: 1 }, manager);
    expect(changed.data!.setBudget).toMatchObject({ amount: { amount: '1200.00' }, version: 2, reason: 'two new hires approved' });
    const audit = (await admin.query(`SELECT actor, changes FROM audit_log WHERE action = 'budget.set' AND entity_id = $1 ORDER BY id`, [first.data!.setBudget.id])).rows;
    expect(audit.map((row: { changes: { amount: unknown } }) => row.changes.amount)).toEqual([
      { from: null, to: '1000.00' },
      { from: '1000.00', to: '1200.00' },
    ]);
    const published = (await admin.query(`SELECT envelope->'data' AS data FROM outbox_events WHERE event_type = 'backoffice.accounting.budget.set.v1' AND envelope->'data'->>'budgetId' = $1 ORDER BY id`, [first.data!.setBudget.id])).rows;
    expect(published.map((row: { data: { amount: string; previousAmount: string | null } }) => [row.data.previousAmount, row.data.amount])).toEqual([
      [null, '1000.00'],
      ['1000.00', '1200.00'],
    ]);
    // Only expense accounts take a budget; only ACCOUNTING and MANAGER set one.
    const onCash = await setBudget({ departmentId, fiscalYear: 2030, amount: '10.00', accountId: accounts['1000'] });
    expect(onCash.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'input.accountId' }] });
    expect((await setBudget({ departmentId, fiscalYear: 2030, amount: '10.00' }, employee)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('spend is the cost centre expenses of the year: an account budget counts the accounts under it, other departments and years do not count, the year-end close is not spending', async () => {
    const departmentId = randomUUID();
    const other = randomUUID();
    const wide = (await setBudget({ departmentId, fiscalYear: 2031, amount: '1000.00' })).data!.setBudget;
    const travel = (await setBudget({ departmentId, fiscalYear: 2031, amount: '300.00', accountId: accounts['6200'] })).data!.setBudget;
    await spend(departmentId, '100.00', '2031-02-10', '6210'); // meals, under travel (6200)
    await spend(departmentId, '50.00', '2031-03-10', '6200');
    await spend(departmentId, '200.00', '2031-04-10', '6400'); // office supplies: department-wide only
    await spend(other, '999.00', '2031-04-10', '6400');
    await spend(departmentId, '999.00', '2032-01-10', '6400');
    // A refund lowers spend.
    await call(POST, { input: { idempotencyKey: randomUUID(), date: '2031-05-01', memo: 'refund', lines: [{ accountId: accounts['1000'], debit: '25.00' }, { accountId: accounts['6400'], credit: '25.00', departmentId }] } });
    const read = async () => new Map((await call<{ budgets: Budget[] }>('query B { budgets(fiscalYear: 2031) { ' + BUDGET + ' } }')).data!.budgets.map((budget) => [budget.id, budget]));
    let budgets = await read();
    expect(budgets.get(wide.id)).toMatchObject({ spent: { amount: '325.00' }, remaining: { amount: '675.00' }, shareUsed: '0.3250' });
    expect(budgets.get(travel.id)).toMatchObject({ account: { code: '6200' }, spent: { amount: '150.00' }, shareUsed: '0.5000' });

    const closed = await call('mutation { closeFiscalYear(fiscalYear: 2031) { id } }', {}, manager);
    expect(closed.errors).toBeUndefined();
    budgets = await read();
    expect(budgets.get(wide.id)!.spent.amount).toBe('325.00');
    const entities = await call<{ _entities: Array<{ spend: { amount: string } }> }>(
      'query E($r: [_Any!]!) { _entities(representations: $r) { ... on Department { spend(fiscalYear: 2031) { amount } } } }',
      { r: [{ __typename: 'Department', id: departmentId }] },
    );
    expect(entities.data!._entities[0]!.spend.amount).toBe('325.00');
  });

  it('the postings that take spend across 80% and 100% record each crossing once and publish one event each', async () => {
    const departmentId = randomUUID();
    const budget = (await setBudget({ departmentId, fiscalYear: 2033, amount: '1000.00' })).data!.setBudget;
    await spend(departmentId, '799.99', '2033-01-10');
    expect(await crossingEvents(budget.id)).toEqual([]);
    const crossing = (await spend(departmentId, '0.01', '2033-01-11')).data!.postJournalEntry;
    await spend(departmentId, '100.00', '2033-01-12');
    expect(await crossingEvents(budget.id)).toEqual([expect.objectContaining({ threshold: 80, spent: '800.00', journalEntryId: crossing.id, amount: '1000.00', departmentId })]);
    // One posting across both thresholds records both.
    const over = (await spend(departmentId, '500.00', '2033-01-13')).data!.postJournalEntry;
    expect((await crossingEvents(budget.id)).map((event) => event.threshold)).toEqual([80, 100]);
    // Spend falls below and rises again: no second event.
    await call(`mutation R($id: ID!) { reverseJournalEntry(id: $id, input: { date: "2033-01-14" }) { id } }`, { id: over.id });
    await spend(departmentId, '600.00', '2033-01-15');
    expect(await crossingEvents(budget.id)).toHaveLength(2);
    const read = (await call<{ budgets: Budget[] }>('query B { budgets(fiscalYear: 2033) { ' + BUDGET + ' } }')).data!.budgets.find((row) => row.id === budget.id)!;
    expect(read.crossings).toEqual([
      { threshold: 80, entry: { id: crossing.id } },
      { threshold: 100, entry: { id: over.id } },
    ]);
    expect(read.shareUsed).toBe('1.5000');
    expect(read.remaining.amount).toBe('-500.00');
  });

  it('concurrent postings that each take the budget past 80% publish one event', async () => {
    for (let round = 0; round < 3; round += 1) {
      const departmentId = randomUUID();
      const budget = (await setBudget({ departmentId, fiscalYear: 2034, amount: '1000.00' })).data!.setBudget;
      await spend(departmentId, '700.00', '2034-02-01');
      // Each alone would cross 80%: 700 + 150 = 850.
      const answers = await Promise.all(Array.from({ length: 6 }, () => spend(departmentId, '150.00', '2034-02-02')));
      expect(answers.every((answer) => !answer.errors)).toBe(true);
      const events = await crossingEvents(budget.id);
      expect(events.map((event) => event.threshold)).toEqual([80, 100]);
      expect((await admin.query(`SELECT threshold FROM budget_threshold_crossings WHERE budget_id = $1 ORDER BY threshold`, [budget.id])).rows).toEqual([{ threshold: 80 }, { threshold: 100 }]);
    }
  });

  it('Department { budget spend } for many departments costs the same SQL statements as for one', async () => {
    const departments = Array.from({ length: 25 }, () => randomUUID());
    for (const [index, departmentId] of departments.entries()) {
      await setBudget({ departmentId, fiscalYear: 2035, amount: `${1000 + index}.00` });
      if (index % 3 === 0) await spend(departmentId, '10.00', '2035-03-03');
    }
    const query = `query E($r: [_Any!]!) { _entities(representations: $r) { ... on Department { id budget(fiscalYear: 2035) { amount { amount } spent { amount } remaining { amount } shareUsed account { code } crossings { threshold } } spend(fiscalYear: 2035) { amount } } } }`;
    const representations = (n: number) => departments.slice(0, n).map((id) => ({ __typename: 'Department', id }));
    // The relay and the job runner share the pool: stopped, they cannot add their polls.
    await accounting.relay.stop();
    await accounting.jobs.stop();
    const counter = statementCounter(accounting.dataSource);
    const statements = async (n: number) => {
      const { result: answer, statements } = await counter.during(() => call<{ _entities: Array<{ budget: Budget; spend: { amount: string } }> }>(query, { r: representations(n) }));
      expect(answer.errors).toBeUndefined();
      expect(answer.data!._entities).toHaveLength(n);
      return { answer, statements };
    };
    const one = await statements(1);
    const many = await statements(25);
    expect(many.answer.data!._entities[3]).toMatchObject({ budget: { amount: { amount: '1003.00' }, spent: { amount: '10.00' } }, spend: { amount: '10.00' } });
    expect(one.statements).toBeGreaterThan(0);
    expect(many.statements).toBe(one.statements);
  });
});
