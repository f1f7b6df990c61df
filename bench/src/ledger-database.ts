import type { DataSource } from 'typeorm';
import { accountingSubgraph } from '@backoffice/accounting/dist/accounting-subgraph';
import { openServiceDatabase, serviceDatabaseName } from '@backoffice/platform/database';
import { createLogger } from '@backoffice/platform/logger';
import { uniqueRunId } from '@backoffice/testkit/isolation';
import type { BenchConfig } from './bench-config';
import { dropDatabase } from './bench-support';

// A throwaway accounting database opened as the service opens it: its own database, the owner
// login runs the accounting migrations, the runtime login (no superuser, no schema rights) serves.

export type LedgerDatabase = {
  name: string;
  dataSource: DataSource;
  // The seeded chart, by code.
  accounts: Map<string, { id: string; type: string }>;
  close(): Promise<void>;
};

export async function openLedgerDatabase(config: BenchConfig, label: string): Promise<LedgerDatabase> {
  const suffix = uniqueRunId(label);
  const name = serviceDatabaseName('accounting', suffix);
  let dataSource: DataSource | undefined;
  try {
    dataSource = await openServiceDatabase({
      service: 'accounting',
      serverUrl: config.serverUrl,
      databaseNameSuffix: suffix,
      migrations: accountingSubgraph.migrations,
      logger: createLogger({ service: 'bench' }, 'warn'),
    });
    const chart = (await dataSource.query(`SELECT id, code, type FROM accounts WHERE archived_at IS NULL ORDER BY code`)) as Array<{ id: string; code: string; type: string }>;
    const opened = dataSource;
    return {
      name,
      dataSource: opened,
      accounts: new Map(chart.map((account) => [account.code, { id: account.id, type: account.type }])),
      close: async () => {
        await opened.destroy().catch(() => undefined);
        await dropDatabase(config.serverUrl, name);
      },
    };
  } catch (error) {
    await dataSource?.destroy().catch(() => undefined);
    await dropDatabase(config.serverUrl, name);
    throw error;
  }
}
