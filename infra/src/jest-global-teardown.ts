import { Client } from 'pg';
import type { LocalStack } from './local-stack';

// Drops the databases this test run created (names end in a run id `t<base36 time><hex>`
// made after the run started), then stops only what the setup started. A database still in
// use by a parallel run is left alone: DROP without FORCE refuses it.
export default async function globalTeardown(): Promise<void> {
  const state = globalThis as { __backofficeStack?: LocalStack; __backofficeTestsStartedAt?: number };
  const startedAt = state.__backofficeTestsStartedAt;
  const url = process.env.DATABASE_URL;
  if (startedAt && url) await dropRunDatabases(url, startedAt).catch(() => undefined);
  await state.__backofficeStack?.stop();
}

async function dropRunDatabases(serverUrl: string, startedAt: number) {
  const admin = new URL(serverUrl);
  admin.pathname = '/postgres';
  const client = new Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    const { rows } = await client.query<{ datname: string }>(`SELECT datname FROM pg_database WHERE datname ~ '^backoffice_[a-z]+_t[a-z0-9]{8}[0-9a-f]{6}$'`);
    for (const { datname } of rows) {
      const created = parseInt(datname.slice(datname.lastIndexOf('_t') + 2, datname.lastIndexOf('_t') + 10), 36);
      if (created < startedAt - 1000) continue;
      await client.query(`DROP DATABASE IF EXISTS "${datname}"`).catch(() => undefined);
    }
  } finally {
    await client.end();
  }
}
