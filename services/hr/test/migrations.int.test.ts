import { runMigrationsRoundTrip, type QueryRunner } from '@backoffice/testkit/migrations';
import { hrSubgraph } from '../src/hr-subgraph';
import { ShortenLeaveAtTermination1764461400000 } from '../src/migrations/1764461400000-shorten-leave-at-termination';
import { hrMigrationSeeds, ids, leaveState, SHORTENED_DAYS, type LeaveState } from './support/migration-data';

jest.setTimeout(60_000);

const SHORTEN = ShortenLeaveAtTermination1764461400000.name;

// 1764461400000's down() takes SHORTENED away from the ledger's entry types. The days already
// returned that way stay returned, as ADJUSTMENT rows: every balance is what it was, and every
// other ledger row is untouched.
async function shortenedDaysKept(queryRunner: QueryRunner, before: LeaveState): Promise<void> {
  // The seeded case is there to be kept: Grace's 3.0 returned days, in her 2019 vacation balance.
  const shortened = before.ledger.filter((row) => row.entryType === 'SHORTENED');
  expect(shortened).toEqual([expect.objectContaining({ employeeId: ids.grace, leaveType: 'VACATION', year: 2019, days: SHORTENED_DAYS, leaveRequestId: ids.graceVacation })]);
  const graceVacation2019 = (state: LeaveState) => state.balances.find((b) => b.employee === 'E00002' && b.leaveType === 'VACATION' && b.year === 2019)?.available;
  // 25.0 allocated + 2.5 carried over - 5.0 taken + 3.0 returned at the last day.
  expect(graceVacation2019(before)).toBe('25.5');

  const after = await leaveState(queryRunner);
  expect(after.balances.map(({ employee, leaveType, year, available }) => ({ employee, leaveType, year, available }))).toEqual(
    before.balances.map(({ employee, leaveType, year, available }) => ({ employee, leaveType, year, available })),
  );
  expect(graceVacation2019(after)).toBe('25.5');
  expect(after.ledger).toEqual(
    before.ledger.map((row) => (row.entryType === 'SHORTENED' ? { ...row, entryType: 'ADJUSTMENT', note: row.note ?? 'shortened at termination' } : row)),
  );
}

// A rollback runs the migrations' down(): it must undo exactly what up() did, so a deploy can
// step back and forward again — on a database with rows in it. After each migration's up(),
// rows that fit its schema are seeded (support/migration-data.ts), so each down() runs with data.
it('hr migrations step up with rows seeded after each, each step comes down with the rows present to exactly the schema before it (leave returned at termination staying returned), and all go up again to the same schema', async () => {
  const roundTrip = await runMigrationsRoundTrip('hr', hrSubgraph, {
    ...hrMigrationSeeds,
    [SHORTEN]: {
      ...hrMigrationSeeds[SHORTEN],
      beforeDown: leaveState,
      verifyAfterDown: (queryRunner, before) => shortenedDaysKept(queryRunner, before as LeaveState),
    },
  });
  expect(roundTrip.steps.length).toBeGreaterThan(0);
  expect(roundTrip.steps.map((step) => ({ migration: step.migration, schema: step.afterUndo }))).toEqual(
    roundTrip.steps.map((step) => ({ migration: step.migration, schema: step.before })),
  );
  expect(roundTrip.afterSecondUp).toEqual(roundTrip.afterFirstUp);
  // In timestamp order, whatever the order of the service's list; seeded where rows were given;
  // the data-changing down() checked.
  const timestamps = roundTrip.steps.map((step) => Number(step.migration.slice(-13)));
  expect(timestamps).toEqual([...timestamps].sort((a, b) => a - b));
  expect(roundTrip.steps.filter((step) => step.seeded).map((step) => step.migration)).toEqual(
    roundTrip.steps.map((step) => step.migration).filter((name) => name in hrMigrationSeeds),
  );
  expect(roundTrip.steps.filter((step) => step.verifiedAfterDown).map((step) => step.migration)).toEqual([SHORTEN]);
});
