import { Client } from 'pg';
import type { DataSource, MigrationInterface, QueryRunner } from 'typeorm';
import { ensureDatabaseExists, serviceDatabaseName } from '../src/database';
import { platformMigrations } from '../src/platform-migrations';
import { dropTestDatabase, openTestDatabase, requiredEnv, testDatabaseUrl, uniqueRunId } from './support';

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
});
