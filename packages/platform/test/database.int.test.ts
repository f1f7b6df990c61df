import { Client } from 'pg';
import type { DataSource, MigrationInterface, QueryRunner } from 'typeorm';
import { createServiceDataSource, ensureDatabaseExists, loginProblems, openServiceDatabase, prepareLocalServiceDatabase, serviceDatabaseName, serviceLoginNames, withDatabase } from '../src/database';
import { platformMigrations } from '../src/platform-migrations';
import { dropTestDatabase, openTestDatabase, requiredEnv, testDatabaseUrl, testLogger, uniqueRunId } from './support';

jest.setTimeout(60_000);

// Slow enough that a second replica starting alongside would run it too without the lock.
class CreateSlowWidgets1764460900000 implements MigrationInterface {
  name = 'CreateSlowWidgets1764460900000';
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('SELECT pg_sleep(1)');
    await queryRunner.query('CREATE TABLE widgets (id int PRIMARY KEY)');
  }
  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE widgets');
  }
}

describe('service database', () => {
  const opened: DataSource[] = [];
  const suffix = uniqueRunId('db');

  afterAll(async () => {
    await Promise.all(opened.map((dataSource) => dataSource.destroy()));
    await dropTestDatabase(suffix);
  });

  it('two services migrating the same database at once both come up', async () => {
    const replicas = await Promise.all([openTestDatabase(suffix, [CreateSlowWidgets1764460900000]), openTestDatabase(suffix, [CreateSlowWidgets1764460900000])]);
    opened.push(...replicas);

    const client = new Client({ connectionString: testDatabaseUrl(suffix) });
    await client.connect();
    try {
      const { rows } = await client.query<{ name: string; runs: number }>('SELECT name, count(*)::int AS runs FROM schema_migrations GROUP BY name ORDER BY name');
      // Every platform migration and the widgets one, each applied once.
      const expected = [...platformMigrations.map((migration) => migration.name), 'CreateSlowWidgets1764460900000'].sort();
      expect(rows).toEqual(expected.map((name) => ({ name, runs: 1 })));
    } finally {
      await client.end();
    }
    for (const replica of replicas) {
      await expect(replica.query('SELECT count(*)::int AS n FROM widgets')).resolves.toEqual([{ n: 0 }]);
    }
  });

  it('several processes ensuring the same missing database at once all succeed', async () => {
    const database = serviceDatabaseName('platform', uniqueRunId('race'));
    await Promise.all(Array.from({ length: 6 }, () => ensureDatabaseExists(requiredEnv('DATABASE_URL'), database)));

    const client = new Client({ connectionString: requiredEnv('DATABASE_URL') });
    await client.connect();
    try {
      const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
      expect(rowCount).toBe(1);
      await client.query(`DROP DATABASE "${database}"`);
    } finally {
      await client.end();
    }
  });

  describe('logins: the service reads and writes rows, only the owner login changes the schema', () => {
    const loginSuffix = uniqueRunId('logins');
    const serverUrl = () => requiredEnv('DATABASE_URL');
    const database = () => serviceDatabaseName('platform', loginSuffix);
    let service: DataSource;

    beforeAll(async () => {
      service = await openTestDatabase(loginSuffix, [CreateSlowWidgets1764460900000]);
    });

    afterAll(async () => {
      await service?.destroy();
      await dropTestDatabase(loginSuffix);
    });

    it("the service's login writes rows and cannot create, alter or drop tables", async () => {
      await service.query('INSERT INTO widgets (id) VALUES (1)');
      await expect(service.query('SELECT count(*)::int AS n FROM widgets')).resolves.toEqual([{ n: 1 }]);
      for (const ddl of ['CREATE TABLE intruder (id int)', 'ALTER TABLE widgets ADD COLUMN extra int', 'DROP TABLE widgets', 'TRUNCATE widgets', 'CREATE SCHEMA elsewhere']) {
        await expect(service.query(ddl)).rejects.toMatchObject({ code: expect.stringMatching(/^42501$/) });
      }
      await expect(loginProblems(service)).resolves.toEqual([]);
      const [row] = (await service.query('SELECT current_user AS user')) as Array<{ user: string }>;
      expect(row?.user).toBe(serviceLoginNames('platform').runtime);
    });

    it('every session has a statement timeout', async () => {
      await expect(service.query('SHOW statement_timeout')).resolves.toEqual([{ statement_timeout: '15s' }]);
      const impatient = createServiceDataSource({ url: (service.options as { url: string }).url, migrations: [], poolSize: 1, statementTimeoutMs: 200 });
      await impatient.initialize();
      try {
        await expect(impatient.query('SELECT pg_sleep(5)')).rejects.toMatchObject({ code: '57014' });
      } finally {
        await impatient.destroy();
      }
    });

    it('production refuses a superuser login and the owner login, and accepts the service login', async () => {
      const { runtimeUrl, ownerUrl } = await prepareLocalServiceDatabase(serverUrl(), 'platform', database());
      const open = (serviceUrl: string, migrationUrl?: string) =>
        openServiceDatabase({ service: 'platform', serverUrl: serverUrl(), serviceUrl, migrationUrl, databaseNameSuffix: loginSuffix, migrations: [...platformMigrations, CreateSlowWidgets1764460900000], production: true, logger: testLogger });
      await expect(open(withDatabase(serverUrl(), database()))).rejects.toThrow(/superuser/);
      await expect(open(ownerUrl)).rejects.toThrow(/owns .*the tables/);
      const accepted = await open(runtimeUrl, ownerUrl);
      await accepted.destroy();
    });

    it('without the owner login a service refuses to start while a migration is pending', async () => {
      const { runtimeUrl } = await prepareLocalServiceDatabase(serverUrl(), 'platform', database());
      class AddGadgets1764460950000 implements MigrationInterface {
        name = 'AddGadgets1764460950000';
        async up(queryRunner: QueryRunner): Promise<void> {
          await queryRunner.query('CREATE TABLE gadgets (id int)');
        }
        async down(queryRunner: QueryRunner): Promise<void> {
          await queryRunner.query('DROP TABLE gadgets');
        }
      }
      const open = () =>
        openServiceDatabase({ service: 'platform', serverUrl: serverUrl(), serviceUrl: runtimeUrl, databaseNameSuffix: loginSuffix, migrations: [...platformMigrations, CreateSlowWidgets1764460900000, AddGadgets1764460950000], production: true, logger: testLogger });
      await expect(open()).rejects.toThrow(/Migrations are pending/);
    });

    it('a database whose tables the superuser created (before logins existed) is adopted by the owner login', async () => {
      const oldSuffix = uniqueRunId('adopt');
      const oldDatabase = serviceDatabaseName('platform', oldSuffix);
      await ensureDatabaseExists(serverUrl(), oldDatabase);
      const admin = new Client({ connectionString: withDatabase(serverUrl(), oldDatabase) });
      await admin.connect();
      try {
        await admin.query('CREATE TABLE legacy (id serial PRIMARY KEY, note text); CREATE VIEW legacy_notes AS SELECT note FROM legacy');
      } finally {
        await admin.end();
      }
      const adopted = await openTestDatabase(oldSuffix);
      try {
        await adopted.query(`INSERT INTO legacy (note) VALUES ('kept')`);
        await expect(adopted.query('SELECT note FROM legacy_notes')).resolves.toEqual([{ note: 'kept' }]);
        const owners = (await adopted.query(`SELECT tableowner FROM pg_tables WHERE schemaname = 'public' AND tablename = 'legacy'`)) as Array<{ tableowner: string }>;
        expect(owners).toEqual([{ tableowner: serviceLoginNames('platform').owner }]);
      } finally {
        await adopted.destroy();
        await dropTestDatabase(oldSuffix);
      }
    });
  });
});
