import type { DataSource } from 'typeorm';
import { firstRow, type Sql } from '@backoffice/platform/sql';

// The demo books' entries carry idempotency keys starting `demo:`; nothing else uses them.
export async function demoBooksSeeded(db: Sql): Promise<boolean> {
  const found = await firstRow<{ seeded: boolean }>(db, `SELECT EXISTS (SELECT 1 FROM journal_entries WHERE idempotency_key LIKE 'demo:%') AS seeded`);
  return found?.seeded ?? false;
}

// Every command of the demo claims runs under one correlation id of their own (claims have no
// idempotency key): finding it in the audit log, the claims are there.
export const DEMO_CLAIMS_CORRELATION_ID = '5eed0c1a-0000-4000-8000-00000000c1a1';

export async function demoClaimsSeeded(db: Sql): Promise<boolean> {
  const found = await firstRow<{ seeded: boolean }>(db, `SELECT EXISTS (SELECT 1 FROM audit_log WHERE correlation_id = $1 AND entity_type = 'expense_claim') AS seeded`, [DEMO_CLAIMS_CORRELATION_ID]);
  return found?.seeded ?? false;
}

// Replicas starting together: one seeds while holding a session lock, the others wait and then
// find the books (or the claims) there. `work` is told what `seeded` says once the lock is held.
export async function underSeedLock<T>(dataSource: DataSource, seeded: (db: Sql) => Promise<boolean>, work: (alreadySeeded: boolean) => Promise<T>): Promise<T> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    // The waiting replica must outlast the statement timeout while the other one seeds.
    await runner.query(`SET statement_timeout = 0`);
    await runner.query(`SELECT pg_advisory_lock(hashtext('accounting:demo-seed'))`);
    return await work(await seeded(runner));
  } finally {
    await runner.query(`SELECT pg_advisory_unlock(hashtext('accounting:demo-seed'))`).catch(() => undefined);
    // Back to the connection's own timeout before the pool hands it out again.
    await runner.query(`RESET statement_timeout`).catch(() => undefined);
    await runner.release();
  }
}
