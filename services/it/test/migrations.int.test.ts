import { runMigrationsRoundTrip, seedPlatformTables, type MigrationsData, type QueryRunner } from '@backoffice/testkit/migrations';
import { CreatePlatformTables1764460800000 } from '@backoffice/platform/platform-tables.migration';
import { itSubgraph } from '../src/it-subgraph';
import { CreateSystemAccounts1764461000000 } from '../src/migrations/1764461000000-create-system-accounts';

jest.setTimeout(60_000);

// HR's employees, as IT knows them (by id only: no foreign key across services).
const ada = '0d1a5f3e-0002-4000-8000-000000000001';
const grace = '0d1a5f3e-0002-4000-8000-000000000002';
const hedy = '0d1a5f3e-0002-4000-8000-000000000003';
const accounts = {
  adaEmail: '0d1a5f3e-0004-4000-8000-000000000001',
  adaGithub: '0d1a5f3e-0004-4000-8000-000000000002',
  graceEmail: '0d1a5f3e-0004-4000-8000-000000000003',
};

const hired = (employeeId: string, sequence: number) => ({ consumer: 'it.provision-new-hires', topic: 'hr.employee.v1', type: 'backoffice.hr.employee.hired.v1', subject: employeeId, sequence });
const granted = (accountId: string, employeeId: string, system: string, username: string) => ({
  topic: 'it.access.v1', type: 'backoffice.it.access.granted.v1', subject: accountId, entityType: 'system_account', data: { accountId, employeeId, system, username },
});

// Rows seeded after each migration's up(), so every later down() runs with data: the hires IT
// consumed and the accounts it granted (outbox, sequences, audit, inbox and positions); then the
// accounts themselves, live, suspended and revoked, one person with a revoked account and a
// live one on the same system.
const seeds: MigrationsData = {
  [CreatePlatformTables1764460800000.name]: {
    seed: (queryRunner: QueryRunner) =>
      seedPlatformTables(queryRunner, {
        service: 'it',
        events: [
          granted(accounts.adaEmail, ada, 'email', 'ada.lovelace@backoffice.dev'),
          granted(accounts.adaGithub, ada, 'github', 'ada-lovelace'),
          granted(accounts.graceEmail, grace, 'email', 'grace.hopper@backoffice.dev'),
        ],
        consumed: [hired(ada, 1), hired(grace, 1), hired(hedy, 1)],
      }),
  },
  [CreateSystemAccounts1764461000000.name]: {
    seed: async (queryRunner: QueryRunner) => {
      await queryRunner.query(
        `INSERT INTO system_accounts (id, employee_id, system, username, status, created_at) VALUES
           ($1, $4, 'email', 'ada.lovelace@backoffice.dev', 'ACTIVE', '2015-03-02 08:00Z'),
           ($2, $4, 'github', 'ada-lovelace', 'ACTIVE', '2015-03-02 08:05Z'),
           (gen_random_uuid(), $4, 'slack', 'ada', 'REVOKED', '2015-03-02 08:10Z'),
           (gen_random_uuid(), $4, 'slack', 'ada.lovelace', 'ACTIVE', now() - interval '30 days'),
           ($3, $5, 'email', 'grace.hopper@backoffice.dev', 'REVOKED', '2016-09-01 08:00Z'),
           (gen_random_uuid(), $6, 'email', 'hedy.lamarr@backoffice.dev', 'SUSPENDED', '2017-01-09 08:00Z')`,
        [accounts.adaEmail, accounts.adaGithub, accounts.graceEmail, ada, grace, hedy],
      );
    },
  },
};

// A rollback runs the migrations' down(): it must undo exactly what up() did, so a deploy can
// step back and forward again — on a database with rows in it.
it('it migrations step up with rows seeded after each, each step comes down with the rows present to exactly the schema before it, and all go up again to the same schema', async () => {
  const roundTrip = await runMigrationsRoundTrip('it', itSubgraph, seeds);
  expect(roundTrip.steps.length).toBeGreaterThan(0);
  expect(roundTrip.steps.map((step) => ({ migration: step.migration, schema: step.afterUndo }))).toEqual(
    roundTrip.steps.map((step) => ({ migration: step.migration, schema: step.before })),
  );
  expect(roundTrip.afterSecondUp).toEqual(roundTrip.afterFirstUp);
  const timestamps = roundTrip.steps.map((step) => Number(step.migration.slice(-13)));
  expect(timestamps).toEqual([...timestamps].sort((a, b) => a - b));
  expect(roundTrip.steps.filter((step) => step.seeded).map((step) => step.migration)).toEqual(roundTrip.steps.map((step) => step.migration).filter((name) => name in seeds));
});
