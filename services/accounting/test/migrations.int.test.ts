import { runMigrationsRoundTrip, seedPlatformTables, type MigrationsData, type QueryRunner } from '@backoffice/testkit/migrations';
import { CreatePlatformTables1764460800000 } from '@backoffice/platform/platform-tables.migration';
import { accountingSubgraph } from '../src/accounting-subgraph';
import { CreateChartOfAccountsAndBudgets1764461100000 } from '../src/migrations/1764461100000-create-chart-of-accounts-and-budgets';

jest.setTimeout(60_000);

// HR's departments and an employee, as accounting knows them (by id only).
const engineering = '0d1a5f3e-0001-4000-8000-000000000001';
const platform = '0d1a5f3e-0001-4000-8000-000000000002';
const people = '0d1a5f3e-0001-4000-8000-000000000003';
const operations = '0d1a5f3e-0001-4000-8000-000000000004';
const grace = '0d1a5f3e-0002-4000-8000-000000000002';

const posted = (journalEntryId: string, date: string, lines: Array<[accountCode: string, debit: string, credit: string]>, memo: string) => ({
  topic: 'accounting.journal.v1', type: 'backoffice.accounting.journal.posted.v1', subject: journalEntryId, entityType: 'journal_entry',
  data: { journalEntryId, date, currency: 'GBP', lines: lines.map(([accountCode, debit, credit]) => ({ accountCode, debit, credit })), memo },
});

// Rows seeded after each migration's up(), so every later down() runs with data: journal
// events in the outbox (one still waiting for the relay) with their sequences and audit rows,
// and the pay change it read from hr.compensation.v1 (the topic only accounting reads) in the
// inbox; then budgets for past, current and next fiscal years, and an account added to the
// shipped chart.
const seeds: MigrationsData = {
  [CreatePlatformTables1764460800000.name]: {
    seed: (queryRunner: QueryRunner) =>
      seedPlatformTables(queryRunner, {
        service: 'accounting',
        events: [
          posted('0d1a5f3e-0005-4000-8000-000000000001', '2019-06-28', [['6000', '7708.38', '0.00'], ['2100', '0.00', '7708.38']], 'June payroll'),
          posted('0d1a5f3e-0005-4000-8000-000000000002', '2019-07-31', [['6300', '1200.00', '0.00'], ['2000', '0.00', '1200.00']], 'Software licences'),
        ],
        consumed: [{ consumer: 'accounting.payroll-costs', topic: 'hr.compensation.v1', type: 'backoffice.hr.compensation.changed.v1', subject: grace, sequence: 2 }],
      }),
  },
  [CreateChartOfAccountsAndBudgets1764461100000.name]: {
    seed: async (queryRunner: QueryRunner) => {
      await queryRunner.query(`INSERT INTO accounts (code, name, type) VALUES ('6600', 'Training', 'EXPENSE')`);
      await queryRunner.query(
        `INSERT INTO budgets (department_id, fiscal_year, amount, currency)
         SELECT d, y, a, 'GBP' FROM (VALUES ($1::uuid, 1500000.00), ($2::uuid, 650000.00), ($3::uuid, 240000.50)) AS departments(d, a),
              (VALUES (extract(year FROM current_date)::int), (extract(year FROM current_date)::int + 1)) AS years(y)`,
        [engineering, platform, people],
      );
      await queryRunner.query(
        `INSERT INTO budgets (department_id, fiscal_year, amount, currency) VALUES ($1, 2019, 1200000.00, 'GBP'), ($2, 2018, 300000.00, 'EUR'), ($2, 2019, 0.00, 'EUR')`,
        [engineering, operations],
      );
    },
  },
};

// A rollback runs the migrations' down(): it must undo exactly what up() did, so a deploy can
// step back and forward again — on a database with rows in it.
it('accounting migrations step up with rows seeded after each, each step comes down with the rows present to exactly the schema before it, and all go up again to the same schema', async () => {
  const roundTrip = await runMigrationsRoundTrip('accounting', accountingSubgraph, seeds);
  expect(roundTrip.steps.length).toBeGreaterThan(0);
  expect(roundTrip.steps.map((step) => ({ migration: step.migration, schema: step.afterUndo }))).toEqual(
    roundTrip.steps.map((step) => ({ migration: step.migration, schema: step.before })),
  );
  expect(roundTrip.afterSecondUp).toEqual(roundTrip.afterFirstUp);
  const timestamps = roundTrip.steps.map((step) => Number(step.migration.slice(-13)));
  expect(timestamps).toEqual([...timestamps].sort((a, b) => a - b));
  expect(roundTrip.steps.filter((step) => step.seeded).map((step) => step.migration)).toEqual(roundTrip.steps.map((step) => step.migration).filter((name) => name in seeds));
});
