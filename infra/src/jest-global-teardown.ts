import { Client } from 'pg';
import type { LocalStack } from './local-stack';

// Drops the databases this test run created (names end in a run id `t<base36 time><run tag><hex>`,
// the tag being this run's, see jest-global-setup), then stops only what the setup started.
export default async function globalTeardown(): Promise<void> {
  const state = globalThis as { __backofficeStack?: LocalStack; __backofficeTestsStartedAt?: number };
  const startedAt = state.__backofficeTestsStartedAt;
  const url = process.env.DATABASE_URL;
  const tag = process.env.BACKOFFICE_TEST_RUN_TAG;
  if (startedAt && url && tag) await dropRunDatabases(url, startedAt, tag).catch(() => undefined);
  await state.__backofficeStack?.stop();
}

async function dropRunDatabases(serverUrl: string, startedAt: number, tag: string) {
  const admin = new URL(serverUrl);
  admin.pathname = '/postgres';
  const client = new Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    const { rows } = await client.query<{ datname: string }>(`SELECT datname FROM pg_database WHERE datname ~ $1`, [`^backoffice_[a-z]+_t[a-z0-9]{8}${tag}[0-9a-f]{4}$`]);
    for (const { datname } of rows) {
      const created = parseInt(datname.slice(datname.lastIndexOf('_t') + 2, datname.lastIndexOf('_t') + 10), 36);
      if (created < startedAt - 1000) continue;
      await client.query(`DROP DATABASE IF EXISTS "${datname}"`).catch(() => undefined);
    }
  } finally {
    await client.end();
  }
}
