import type { DataSource } from 'typeorm';
import { firstRow, type Sql } from '@backoffice/platform/sql';

// Every command of the demo inventory runs under one correlation id of its own (assets and
// licences have no idempotency key): finding it in the audit log, the inventory is there.
export const DEMO_INVENTORY_CORRELATION_ID = '5eed0c1a-0000-4000-8000-0000000017a1';

// The demo access (bundles, grants and the exceptions) likewise, under one of its own.
export const DEMO_ACCESS_CORRELATION_ID = '5eed0c1a-0000-4000-8000-00000000ac55';

async function seededUnder(db: Sql, correlationId: string): Promise<boolean> {
  const found = await firstRow<{ seeded: boolean }>(db, `SELECT EXISTS (SELECT 1 FROM audit_log WHERE correlation_id = $1) AS seeded`, [correlationId]);
  return found?.seeded ?? false;
}

// The demo helpdesk (tickets, supplies handed out, maintenance windows) likewise.
export const DEMO_HELPDESK_CORRELATION_ID = '5eed0c1a-0000-4000-8000-00000000de5c';

export const demoInventorySeeded = (db: Sql) => seededUnder(db, DEMO_INVENTORY_CORRELATION_ID);
export const demoAccessSeeded = (db: Sql) => seededUnder(db, DEMO_ACCESS_CORRELATION_ID);
export const demoHelpdeskSeeded = (db: Sql) => seededUnder(db, DEMO_HELPDESK_CORRELATION_ID);

// Replicas starting together: one seeds while holding a session lock, the others wait and then
// find the demo data there. `work` is told whether it is there (`seeded`: the inventory unless
// said) once the lock is held.
export async function underSeedLock<T>(dataSource: DataSource, work: (alreadySeeded: boolean) => Promise<T>, seeded: (db: Sql) => Promise<boolean> = demoInventorySeeded): Promise<T> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    // The waiting replica must outlast the statement timeout while the other one seeds.
    await runner.query(`SET statement_timeout = 0`);
    await runner.query(`SELECT pg_advisory_lock(hashtext('it:demo-seed'))`);
    return await work(await seeded(runner));
  } finally {
    await runner.query(`SELECT pg_advisory_unlock(hashtext('it:demo-seed'))`).catch(() => undefined);
    // Back to the connection's own timeout before the pool hands it out again.
    await runner.query(`RESET statement_timeout`).catch(() => undefined);
    await runner.release();
  }
}
