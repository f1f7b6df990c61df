import type { DataSource, MigrationInterface, QueryRunner } from 'typeorm';
import { isUniqueViolation, preparedRows, rows } from '../src/sql';
import { dropTestDatabase, openTestDatabase, uniqueRunId } from './support';

jest.setTimeout(60_000);

class CreateCodes1764480100000 implements MigrationInterface {
  name = 'CreateCodes1764480100000';
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE codes (code text PRIMARY KEY, label text NOT NULL)`);
    await queryRunner.query(`INSERT INTO codes (code, label) SELECT 'C' || n, 'Code ' || n FROM generate_series(1, 50) AS n`);
  }
  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE codes');
  }
}

const BY_CODE = 'SELECT code, label FROM codes WHERE code = $1';

// preparedRows runs a statement as a named prepared statement on the connection it is given (a
// transaction's) or borrows one from the pool, and answers like rows().
describe('preparedRows', () => {
  const suffix = uniqueRunId('prepared');
  let dataSource: DataSource;

  beforeAll(async () => {
    dataSource = await openTestDatabase(suffix, [CreateCodes1764480100000]);
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await dropTestDatabase(suffix);
  });

  const preparedOnThisConnection = async (db: { query: DataSource['query'] }) =>
    (await rows<{ name: string; generic: number; custom: number }>(db, `SELECT name, generic_plans::int AS generic, custom_plans::int AS custom FROM pg_prepared_statements WHERE name LIKE 'codes_by_code_%'`));

  it('in a transaction: prepared once on its connection, planned generically after five runs, answers as an unprepared statement does', async () => {
    await dataSource.transaction(async (manager) => {
      for (let n = 1; n <= 10; n += 1) {
        expect(await preparedRows(manager, 'codes_by_code', BY_CODE, [`C${n}`])).toEqual(await rows(manager, BY_CODE, [`C${n}`]));
      }
      const [statement] = await preparedOnThisConnection(manager);
      expect(statement).toEqual({ name: expect.stringMatching(/^codes_by_code_[0-9a-f]{12}$/), generic: 5, custom: 5 });
      // It sees the transaction's own writes: it ran on the transaction's connection.
      await manager.query(`INSERT INTO codes (code, label) VALUES ('NEW', 'Written in this transaction')`);
      expect(await preparedRows(manager, 'codes_by_code', BY_CODE, ['NEW'])).toEqual([{ code: 'NEW', label: 'Written in this transaction' }]);
      await manager.query(`DELETE FROM codes WHERE code = 'NEW'`);
    });
  });

  it('outside a transaction, from the data source or its manager, on a connection borrowed from the pool', async () => {
    expect(await preparedRows(dataSource, 'codes_by_code', BY_CODE, ['C7'])).toEqual([{ code: 'C7', label: 'Code 7' }]);
    expect(await preparedRows(dataSource.manager, 'codes_by_code', BY_CODE, ['C8'])).toEqual([{ code: 'C8', label: 'Code 8' }]);
    expect(await preparedRows(dataSource, 'codes_by_code', BY_CODE, ['missing'])).toEqual([]);
  });

  it('a failing statement rejects with the database error, which the usual checks recognise', async () => {
    const error = await preparedRows(dataSource, 'codes_insert', `INSERT INTO codes (code, label) VALUES ($1, $2) RETURNING code`, ['C1', 'again']).catch((caught: unknown) => caught);
    expect(isUniqueViolation(error, 'codes_pkey')).toBe(true);
  });
});
