import 'reflect-metadata';
import { generateKeyPairSync, randomUUID } from 'node:crypto';
import { ConfigError } from '@backoffice/platform/config';
import { createLogger } from '@backoffice/platform/logger';
import type { Principal } from '@backoffice/platform/identity';
import { startSubgraphService, type RunningSubgraph } from '@backoffice/platform/subgraph-service';
import { identityHeaders, postGraphQL } from '@backoffice/testkit/graphql-client';
import { testEnvironment } from '@backoffice/testkit/isolation';
import { accountingSubgraph } from '../src/accounting-subgraph';
import { loadAccountingConfig } from '../src/config';
import { seedDemoBooks, type DemoBooksInput } from '../src/demo/seed-demo-books';
import { createLedgerModules, type LedgerModules } from '../src/ledger-modules';

jest.setTimeout(120_000);

// The demo books, seeded straight through the commands with made-up departments, then read back
// as the manager reads them. A fixed business clock (a Wednesday in June): the year has five
// whole months, the first quarter closes, and nothing depends on the day the test runs.
const CLOCK_AT = '2026-06-17T10:00:00Z';
const today = CLOCK_AT.slice(0, 10);
const year = 2026;

type Budget = { departmentId: string; shareUsed: string; amount: { amount: string }; spent: { amount: string }; crossings: Array<{ threshold: number }> };
type Counts = { entries: number; drafts: number; budgets: number; refused: number; events: number };

describe('the demo books', () => {
  let accounting: RunningSubgraph;
  let modules: LedgerModules;
  const manager: Principal = { employeeId: randomUUID(), roles: ['MANAGER'] };
  const env = testEnvironment({ CLOCK_AT });
  const departments = [
    { departmentId: randomUUID(), monthlySalaryCost: '48213.57' },
    { departmentId: randomUUID(), monthlySalaryCost: '31760.42' },
    { departmentId: randomUUID(), monthlySalaryCost: '22417.89' },
    { departmentId: randomUUID(), monthlySalaryCost: '9385.16' },
  ];
  const input: DemoBooksInput = { departments, maker: randomUUID(), approver: randomUUID() };
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
             (SELECT count(*)::int FROM outbox_events) AS events`)) as Counts[])[0]!;

  beforeAll(async () => {
    const config = loadAccountingConfig(env);
    accounting = await startSubgraphService(accountingSubgraph, config);
    modules = createLedgerModules(accounting.dataSource, config.clock, { functionalCurrency: config.extra.FUNCTIONAL_CURRENCY });
  });

  afterAll(async () => {
    await accounting?.stop();
  });

  it('posts a year of books once through the commands, and two seeds at once post them once', async () => {
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

    // The manager's findings: exactly the ones left on purpose, one of each.
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

    // Six entries through four eyes: the month-end salary accruals of January to May (June's is
    // not due) and the laptops.
    const [{ fourEyes }] = (await accounting.dataSource.query(`SELECT count(*)::int AS "fourEyes" FROM journal_entries WHERE prepared_by = $1 AND approved_by = $2`, [input.maker, input.approver])) as [{ fourEyes: number }];
    expect(fourEyes).toBe(6);
  });

  it('seeding again posts, drafts and budgets nothing more', async () => {
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
