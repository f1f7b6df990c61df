import { Client } from 'pg';
import { DataSource, type MixedList } from 'typeorm';
import { clockSessionOptions, type Clock } from './clock';
import type { Logger } from './logger';

// Each service owns one database, `backoffice_<service>[_<suffix>]`, created on first start.

export function serviceDatabaseName(service: string, suffix: string): string {
  return suffix ? `backoffice_${service}_${suffix}` : `backoffice_${service}`;
}

export function withDatabase(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

export async function ensureDatabaseExists(serverUrl: string, database: string): Promise<void> {
  const client = new Client({ connectionString: withDatabase(serverUrl, 'postgres') });
  await client.connect();
  try {
    const existing = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (existing.rowCount) return;
    await client.query(`CREATE DATABASE "${database.replace(/"/g, '""')}"`);
  } catch (error) {
    // Another replica created it between our check and our create: that is the goal anyway.
    const code = (error as { code?: string }).code;
    if (code !== '42P04' && code !== '23505') throw error;
  } finally {
    await client.end();
  }
}

export type ServiceDataSourceOptions = {
  url: string;
  migrations: MixedList<string | (new () => unknown)>;
  poolSize?: number;
  applicationName?: string;
  // The process's business clock, which SQL reads through business_now()/business_today().
  clock?: Clock;
};

export function createServiceDataSource(options: ServiceDataSourceOptions): DataSource {
  return new DataSource({
    type: 'postgres',
    url: options.url,
    // No entities: repositories write SQL (ADR 0005).
    entities: [],
    migrations: options.migrations,
    migrationsTableName: 'schema_migrations',
    synchronize: false,
    migrationsRun: false,
    // The schema is the migrations' alone: TypeORM would otherwise create the uuid-ossp
    // extension, which a service login may not be allowed to do. gen_random_uuid() is core
    // PostgreSQL since 13, and 'pgcrypto' is how TypeORM is told to use it.
    installExtensions: false,
    uuidExtension: 'pgcrypto',
    logging: ['error'],
    // Sessions run in UTC; business dates come from the clock's settings (business_today() in the
    // company's zone), so SQL and the service agree on "today" even with a moved clock.
    extra: {
      max: options.poolSize ?? 10,
      application_name: options.applicationName ?? 'backoffice',
      options: ['-c timezone=UTC', ...(options.clock ? [clockSessionOptions(options.clock)] : [])].join(' '),
    },
  });
}

// Replicas starting together must not run the same migration twice: one takes the
// advisory lock and migrates, the others wait and then find nothing left to do.
export async function runMigrationsUnderLock(dataSource: DataSource, url: string, logger: Logger): Promise<string[]> {
  const lock = new Client({ connectionString: url });
  await lock.connect();
  try {
    await lock.query('SELECT pg_advisory_lock(hashtext($1))', ['backoffice:migrations']);
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    const names = applied.map((migration) => migration.name);
    if (names.length) logger.info('migrations applied', { migrations: names });
    return names;
  } finally {
    await lock.query('SELECT pg_advisory_unlock(hashtext($1))', ['backoffice:migrations']).catch(() => undefined);
    await lock.end();
  }
}

export type OpenDatabaseOptions = Omit<ServiceDataSourceOptions, 'url'> & {
  service: string;
  serverUrl: string;
  // A full per-service URL (production: its own login and database) wins over serverUrl.
  serviceUrl?: string | undefined;
  databaseNameSuffix: string;
  logger: Logger;
};

export async function openServiceDatabase(options: OpenDatabaseOptions): Promise<DataSource> {
  let url = options.serviceUrl;
  if (!url) {
    const database = serviceDatabaseName(options.service, options.databaseNameSuffix);
    await ensureDatabaseExists(options.serverUrl, database);
    url = withDatabase(options.serverUrl, database);
  }
  const dataSource = createServiceDataSource({ ...options, url, applicationName: `backoffice-${options.service}` });
  await dataSource.initialize();
  await runMigrationsUnderLock(dataSource, url, options.logger);
  return dataSource;
}
