import 'reflect-metadata';
import { generateKeyPairSync, randomUUID } from 'node:crypto';
import { ConfigError } from '@backoffice/platform/config';
import { createLogger } from '@backoffice/platform/logger';
import type { Principal } from '@backoffice/platform/identity';
import { startSubgraphService, type RunningSubgraph } from '@backoffice/platform/subgraph-service';
import { identityHeaders, postGraphQL } from '@backoffice/testkit/graphql-client';
import { testEnvironment } from '@backoffice/testkit/isolation';
import { insertEmploymentPeriod, upsertJob, upsertPay } from '@backoffice/workforce/workforce.repository';
import { accountingSubgraph } from '../src/accounting-subgraph';
import { loadAccountingConfig } from '../src/config';
import { seedDemoBooks, type DemoBooksInput } from '../src/demo/seed-demo-books';
import { demoCompanyFromWorkforce } from '../src/demo/seed-demo-books-on-start';
import { createLedgerModules, type LedgerModules } from '../src/ledger-modules';

jest.setTimeout(120_000);

// The demo books, seeded straight through the commands for made-up people put in the workforce
// projection as HR's events would leave them, then read back as the manager reads them. A fixed
// business clock (a Wednesday in June): the year has five whole months of payroll, the first
// quarter closes, and nothing depends on the day the test runs.
const CLOCK_AT = '2026-06-17T10:00:00Z';
const today = CLOCK_AT.slice(0, 10);
const year = 2026;

type Budget = { departmentId: string; shareUsed: string; amount: { amount: string }; spent: { amount: string }; crossings: Array<{ threshold: number }> };
type Counts = { entries: number; drafts: number; budgets: number; refused: number; runs: number; events: number };

describe('the demo books', () => {
  let accounting: RunningSubgraph;
  let modules: LedgerModules;
  const manager: Principal = { employeeId: randomUUID(), roles: ['MANAGER'] };
  const env = testEnvironment({ CLOCK_AT });
  // Four departments, largest payroll first; the Accountant and the CFO work in the second. Everyone
  // has been employed since before the year on a monthly salary, but one joiner in March.
  const departments = [randomUUID(), randomUUID(), randomUUID(), randomUUID()].map((departmentId) => ({ departmentId }));
  const accountant = randomUUID();
  const cfo = randomUUID();
  const person = (departmentIndex: number, monthly: string, title = 'Engineer', startDate = '2024-09-02') => ({ employeeId: randomUUID(), departmentId: departments[departmentIndex]!.departmentId, monthly, title, startDate });
  const people = [
    ...['9120.00', '8415.50', '7980.25', '7650.00', '7312.82', '7735.00'].map((monthly) => person(0, monthly)),
    { ...person(1, '6240.42', 'Accountant'), employeeId: accountant },
    { ...person(1, '14850.00', 'Chief Financial Officer'), employeeId: cfo },
    person(1, '5390.00', 'Bookkeeper'),
    person(1, '5280.00', 'Payroll Specialist'),
    ...['7720.89', '7360.00', '7337.00'].map((monthly) => person(2, monthly, 'Designer')),
    person(2, '6900.00', 'Designer', '2026-03-16'),
    ...['4695.16', '4690.00'].map((monthly) => person(3, monthly, 'Recruiter')),
  ];
  let input: DemoBooksInput;
  const logger = createLogger({ test: 'demo-books' }, 'warn');
  const ok = async <T>(query: string, variables: Record<string, unknown> = {}): Promise<T> => {
    const response = await postGraphQL<T>(accounting.url, query, variables, identityHeaders(manager, 'accounting'));
    expect(response.errors).toBeUndefined();
    return response.data!;
  };
  const counts = async (): Promise<Counts> =>
    ((await accounting.dataSource.query(`
      SELECT (SELECT count(*)::int FROM journal_entries) AS entries, (SELECT count(*)::int FROM journal_drafts) AS drafts,
             (SELECT count(*)::int FROM budgets) AS budgets, (SELECT count(*)::int FROM refused_postings) AS refused,
             (SELECT count(*)::int FROM payroll_runs) AS runs,
             (SELECT count(*)::int FROM outbox_events) AS events`)) as Counts[])[0]!;

  beforeAll(async () => {
    const config = loadAccountingConfig(env);
    accounting = await startSubgraphService(accountingSubgraph, config);
    modules = createLedgerModules(accounting.dataSource, config.clock, { functionalCurrency: config.extra.FUNCTIONAL_CURRENCY });
    for (const [sequence, { employeeId, departmentId, monthly, title, startDate }] of people.entries()) {
      await insertEmploymentPeriod(accounting.dataSource, { employeeId, startDate, employmentType: 'FULL_TIME' });
      await upsertJob(accounting.dataSource, { employeeId, effectiveDate: startDate, departmentId, managerId: null, title, sequence: sequence + 1 });
      await upsertPay(accounting.dataSource, { employeeId, effectiveDate: startDate, amount: monthly, currency: config.extra.FUNCTIONAL_CURRENCY, payFrequency: 'MONTHLY', sequence: sequence + 1 });
    }
    input = (await demoCompanyFromWorkforce(modules)).input;
  });

  afterAll(async () => {
    await accounting?.stop();
  });

  it('posts a year of books once through the commands, with each completed month’s payroll, and two seeds at once post them once', async () => {
    expect(input).toEqual({ maker: accountant, approver: cfo });
    const [first, second] = await Promise.all([seedDemoBooks(modules, input, logger), seedDemoBooks(modules, input, logger)]);
    expect(first === 0 || second === 0).toBe(true);
    expect(first + second).toBeGreaterThan(40);

    const { verifyLedger, trialBalance } = await ok<{ verifyLedger: { ok: boolean; entriesChecked: number }; trialBalance: { totalDebit: string; totalCredit: string } }>(
      `query Q($asOf: Date!) { verifyLedger { ok entriesChecked } trialBalance(asOf: $asOf) { totalDebit totalCredit } }`,
      { asOf: today },
    );
    expect(verifyLedger).toEqual({ ok: true, entriesChecked: first + second });
    expect(trialBalance.totalDebit).toBe(trialBalance.totalCredit);
    expect(Number(trialBalance.totalDebit)).toBeGreaterThan(1_000_000);

    // Every department has a budget: the largest over it, the second above 80%, the others inside.
    const { budgets } = await ok<{ budgets: Budget[] }>(`query B($year: Int!) { budgets(fiscalYear: $year) { departmentId shareUsed amount { amount } spent { amount } crossings { threshold } } }`, { year });
    expect(budgets).toHaveLength(4);
    const share = (departmentId: string) => Number(budgets.find((budget) => budget.departmentId === departmentId)!.shareUsed);
    expect(share(departments[0]!.departmentId)).toBeGreaterThan(1);
    expect(share(departments[1]!.departmentId)).toBeGreaterThan(0.8);
    expect(share(departments[1]!.departmentId)).toBeLessThanOrEqual(1);
    expect(budgets.filter((budget) => Number(budget.shareUsed) > 0.8)).toHaveLength(2);
    // Set before the spend was posted, so the postings recorded their crossings.
    expect(budgets.find((budget) => budget.departmentId === departments[0]!.departmentId)!.crossings.map((crossing) => crossing.threshold)).toEqual([80, 100]);
    expect(budgets.find((budget) => budget.departmentId === departments[1]!.departmentId)!.crossings.map((crossing) => crossing.threshold)).toEqual([80]);

    const { fiscalPeriods, journalEntryDrafts, refusedPostings } = await ok<{
      fiscalPeriods: Array<{ period: string; status: string }>;
      journalEntryDrafts: Array<{ preparedBy: string; date: string }>;
      refusedPostings: Array<{ date: string; actor: string }>;
    }>(`query P($year: Int!) { fiscalPeriods(fiscalYear: $year) { period status } journalEntryDrafts { preparedBy date } refusedPostings(fiscalYear: $year) { date actor } }`, { year });
    expect(fiscalPeriods.filter((period) => period.status === 'CLOSED').map((period) => period.period)).toEqual([`${year}-01`, `${year}-02`, `${year}-03`]);
    expect(journalEntryDrafts).toEqual([{ preparedBy: input.maker, date: today }]);
    expect(refusedPostings).toEqual([{ date: `${year}-03-31`, actor: input.maker }]);

    // The manager's findings: the ones left on purpose, one of each (payroll entries dated on a
    // month's last day that falls on a weekend are dated by rule, not found).
    const { auditFindings } = await ok<{ auditFindings: Array<{ kind: string; entries: Array<{ date: string }>; refusedPosting: { date: string } | null; budget: { departmentId: string } | null }> }>(
      `query F($year: Int!) { auditFindings(fiscalYear: $year) { kind entries { date } refusedPosting { date } budget { departmentId } } }`,
      { year },
    );
    expect(auditFindings).toEqual([
      { kind: 'MANUAL_ENTRY_WITHOUT_SOURCE_DOCUMENT', entries: [{ date: `${year}-06-08` }], refusedPosting: null, budget: null },
      { kind: 'POSTED_ON_NON_WORKING_DAY', entries: [{ date: `${year}-06-06` }], refusedPosting: null, budget: null },
      { kind: 'POSTING_INTO_CLOSED_PERIOD', entries: [], refusedPosting: { date: `${year}-03-31` }, budget: null },
      { kind: 'BUDGET_EXCEEDED', entries: [], refusedPosting: null, budget: { departmentId: departments[0]!.departmentId } },
      { kind: 'ROUND_AMOUNT_MANUAL_ENTRY', entries: [{ date: `${year}-06-12` }], refusedPosting: null, budget: null },
    ]);

    // One manual entry through four eyes, the laptops: no salary accruals any more.
    const [{ fourEyes }] = (await accounting.dataSource.query(`SELECT count(*)::int AS "fourEyes" FROM journal_entries WHERE prepared_by = $1 AND approved_by = $2`, [input.maker, input.approver])) as [{ fourEyes: number }];
    expect(fourEyes).toBe(1);
    const [{ accruals }] = (await accounting.dataSource.query(`SELECT count(*)::int AS accruals FROM journal_entries WHERE memo LIKE 'Salary accrual%'`)) as [{ accruals: number }];
    expect(accruals).toBe(0);

    // January to May's payroll (June is not over): prepared by the Accountant, approved by the CFO,
    // posted as PAYROLL entries on the month's last day, everyone paid.
    const { payrollRuns } = await ok<{
      payrollRuns: Array<{ period: string; kind: string; status: string; headcount: number; preparedBy: string; approvedBy: string; journalEntry: { date: string; source: string } }>;
    }>(`query R($year: Int!) { payrollRuns(year: $year) { period kind status headcount preparedBy approvedBy journalEntry { date source } } }`, { year });
    expect([...payrollRuns].sort((a, b) => a.period.localeCompare(b.period))).toEqual(
      ['01-31', '02-28', '03-31', '04-30', '05-31'].map((monthEnd) => ({
        period: `${year}-${monthEnd.slice(0, 2)}`,
        kind: 'REGULAR',
        status: 'POSTED',
        headcount: Number(monthEnd.slice(0, 2)) < 3 ? people.length - 1 : people.length,
        preparedBy: accountant,
        approvedBy: cfo,
        journalEntry: { date: `${year}-${monthEnd}`, source: 'PAYROLL' },
      })),
    );
  });

  it('seeding again posts, drafts, budgets and prepares no payroll run any more', async () => {
    const before = await counts();
    expect(await seedDemoBooks(modules, input, logger)).toBe(0);
    expect(await counts()).toEqual(before);
  });
});

describe("accounting's configuration", () => {
  const production = {
    NODE_ENV: 'production',
    IDENTITY_VERIFY_KEYS: `prod:${generateKeyPairSync('ed25519').publicKey.export({ format: 'der', type: 'spki' }).toString('base64url')}`,
    ACCOUNTING_DATABASE_URL: 'postgres://accounting_app:secret@db/accounting',
    KAFKA_SASL_MECHANISM: 'scram-sha-512',
    KAFKA_USERNAME: 'accounting',
    KAFKA_PASSWORD: 'a-real-kafka-password',
  };

  it('production refuses demo books; development seeds them when asked', () => {
    expect(() => loadAccountingConfig({ ...production, SEED_DEMO_DATA: 'true' })).toThrow(ConfigError);
    expect(() => loadAccountingConfig({ ...production, SEED_DEMO_DATA: 'true' })).toThrow(/SEED_DEMO_DATA/);
    expect(loadAccountingConfig(production).extra.SEED_DEMO_DATA).toBe(false);
    expect(loadAccountingConfig({ NODE_ENV: 'development', SEED_DEMO_DATA: 'true' }).extra.SEED_DEMO_DATA).toBe(true);
  });
});
