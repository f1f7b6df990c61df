import type { DataSource } from 'typeorm';

// Replicas starting together: one seeds while holding a session lock, the others wait and then
// find people there. `work` gets how many employees exist once the lock is held.
export async function underSeedLock<T>(dataSource: DataSource, work: (existingEmployees: number) => Promise<T>): Promise<T> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    // Seeding takes minutes on a slow machine: the waiting replica must outlast the statement timeout.
    await runner.query(`SET statement_timeout = 0`);
    await runner.query(`SELECT pg_advisory_lock(hashtext('hr:demo-seed'))`);
    const [{ count } = { count: 0 }] = (await runner.query(`SELECT count(*)::int AS count FROM employees`)) as Array<{ count: number }>;
    return await work(count);
  } finally {
    await runner.query(`SELECT pg_advisory_unlock(hashtext('hr:demo-seed'))`).catch(() => undefined);
    // Back to the connection's own timeout before the pool hands it out again.
    await runner.query(`RESET statement_timeout`).catch(() => undefined);
    await runner.release();
  }
}
