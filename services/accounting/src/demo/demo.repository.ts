import type { DataSource } from 'typeorm';
import { firstRow, type Sql } from '@backoffice/platform/sql';

// The demo books' entries carry idempotency keys starting `demo:`; nothing else uses them.
export async function demoBooksSeeded(db: Sql): Promise<boolean> {
  const found = await firstRow<{ seeded: boolean }>(db, `SELECT EXISTS (SELECT 1 FROM journal_entries WHERE idempotency_key LIKE 'demo:%') AS seeded`);
  return found?.seeded ?? false;
}

// Replicas starting together: one seeds while holding a session lock, the others wait and then
// find the books there. `work` is told whether they are there once the lock is held.
export async function underSeedLock<T>(dataSource: DataSource, work: (alreadySeeded: boolean) => Promise<T>): Promise<T> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    // The waiting replica must outlast the statement timeout while the other one seeds.
    await runner.query(`SET statement_timeout = 0`);
    await runner.query(`SELECT pg_advisory_lock(hashtext('accounting:demo-seed'))`);
    return await work(await demoBooksSeeded(runner));
  } finally {
    await runner.query(`SELECT pg_advisory_unlock(hashtext('accounting:demo-seed'))`).catch(() => undefined);
    // Back to the connection's own timeout before the pool hands it out again.
    await runner.query(`RESET statement_timeout`).catch(() => undefined);
    await runner.release();
  }
}
