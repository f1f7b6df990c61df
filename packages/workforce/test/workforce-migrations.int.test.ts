import { randomUUID } from 'node:crypto';
import { platformMigrations } from '@backoffice/platform/platform-migrations';
import { runMigrationsRoundTrip, type MigrationsData } from '@backoffice/testkit/migrations';
import { CreateWorkforceProjection1764480100000, workforceMigrations } from '../src/workforce-migrations';

jest.setTimeout(60_000);

// Rows as the consumer writes them, so the down() runs with data present: someone employed twice
// (the first time with a last day), two jobs, pay, leave of every kind of half day, a holiday and
// a removed one.
const employeeId = randomUUID();
const seeds: MigrationsData = {
  [CreateWorkforceProjection1764480100000.name]: {
    seed: async (queryRunner) => {
      await queryRunner.query(
        `INSERT INTO workforce_employment_periods (employee_id, start_date, last_day, employment_type) VALUES ($1, '2024-01-08', '2025-03-31', 'FULL_TIME'), ($1, '2025-09-01', NULL, 'CONTRACTOR')`,
        [employeeId],
      );
      await queryRunner.query(
        `INSERT INTO workforce_jobs (employee_id, effective_date, department_id, manager_id, title, event_sequence) VALUES ($1, '2024-01-08', $2, NULL, 'Analyst', 1), ($1, '2025-09-01', $2, $3, 'Consultant', 7)`,
        [employeeId, randomUUID(), randomUUID()],
      );
      await queryRunner.query(`INSERT INTO workforce_pay (employee_id, effective_date, amount, currency, pay_frequency, event_sequence) VALUES ($1, '2024-01-08', '48000.00', 'EUR', 'ANNUAL', 1)`, [employeeId]);
      await queryRunner.query(
        `INSERT INTO workforce_leave (leave_request_id, employee_id, status, start_date, end_date, start_half_day, end_half_day, days, unpaid, event_sequence) VALUES
           ($2, $1, 'APPROVED', '2024-05-06', '2024-05-08', true, false, 2.5, true, 2),
           ($3, $1, 'CANCELLED', '2024-07-01', '2024-07-05', NULL, NULL, 5, false, 3)`,
        [employeeId, randomUUID(), randomUUID()],
      );
      await queryRunner.query(
        `INSERT INTO workforce_holidays (date, name, time_zone, observed, event_sequence) VALUES ('2024-12-25', 'Christmas Day', 'Europe/London', true, 1), ('2024-05-01', NULL, 'Europe/London', false, 2)`,
      );
    },
  },
};

it("the workforce migrations step up after the platform's with rows seeded, come down with the rows present to exactly the schema before them, and go up again to the same schema", async () => {
  const roundTrip = await runMigrationsRoundTrip('workforce', { migrations: [...platformMigrations, ...workforceMigrations] }, seeds);
  expect(roundTrip.steps.map((step) => step.migration)).toContain(CreateWorkforceProjection1764480100000.name);
  expect(roundTrip.steps.map((step) => ({ migration: step.migration, schema: step.afterUndo }))).toEqual(
    roundTrip.steps.map((step) => ({ migration: step.migration, schema: step.before })),
  );
  expect(roundTrip.afterSecondUp).toEqual(roundTrip.afterFirstUp);
  expect(roundTrip.steps.filter((step) => step.seeded).map((step) => step.migration)).toEqual([CreateWorkforceProjection1764480100000.name]);
  // After every platform migration: the projection's tables sit beside the inbox they rely on.
  expect(roundTrip.steps.at(-1)?.migration).toBe(CreateWorkforceProjection1764480100000.name);
});
