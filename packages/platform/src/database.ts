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

export const DEFAULT_STATEMENT_TIMEOUT_MS = 15_000;

export type ServiceDataSourceOptions = {
  url: string;
  migrations: MixedList<string | (new () => unknown)>;
  poolSize?: number;
  applicationName?: string;
  // The process's business clock, which SQL reads through business_now()/business_today().
  clock?: Clock;
  // Any statement running longer is cancelled, so one slow query cannot hold a connection (and
  // its locks) indefinitely. 0 = no limit (migrations).
  statementTimeoutMs?: number;
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
      options: [
        '-c timezone=UTC',
        `-c statement_timeout=${options.statementTimeoutMs ?? DEFAULT_STATEMENT_TIMEOUT_MS}`,
        ...(options.clock ? [clockSessionOptions(options.clock)] : []),
      ].join(' '),
    },
  });
}

const MIGRATIONS_LOCK = 'backoffice:migrations';

// Replicas starting together must not run the same migration twice: one takes the
// advisory lock and migrates, the others wait and then find nothing left to do.
export async function runMigrationsUnderLock(dataSource: DataSource, url: string, logger: Logger): Promise<string[]> {
  const lock = new Client({ connectionString: url });
  await lock.connect();
  try {
    await lock.query('SELECT pg_advisory_lock(hashtext($1))', [MIGRATIONS_LOCK]);
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    const names = applied.map((migration) => migration.name);
    if (names.length) logger.info('migrations applied', { migrations: names });
    return names;
  } finally {
    await lock.query('SELECT pg_advisory_unlock(hashtext($1))', [MIGRATIONS_LOCK]).catch(() => undefined);
    await lock.end();
  }
}

export type OpenDatabaseOptions = Omit<ServiceDataSourceOptions, 'url'> & {
  service: string;
  // Development and tests: a superuser URL that creates the service's database and its logins.
  serverUrl: string;
  // Production: the service's own login, which may read and write rows but not change the schema.
  serviceUrl?: string | undefined;
  // Production: the login that owns the schema, used for migrations only. Without it the service
  // runs no migration and refuses to start while one is pending.
  migrationUrl?: string | undefined;
  databaseNameSuffix: string;
  // Production refuses a login that is a superuser, owns the tables or may change the schema;
  // development and tests only warn.
  production?: boolean;
  logger: Logger;
};

export class UnsafeDatabaseLogin extends Error {
  constructor(readonly problems: string[]) {
    super(`The database login is not allowed to run the service: ${problems.join('; ')}.`);
    this.name = 'UnsafeDatabaseLogin';
  }
}

export async function openServiceDatabase(options: OpenDatabaseOptions): Promise<DataSource> {
  const logins = options.serviceUrl
    ? { runtimeUrl: options.serviceUrl, ownerUrl: options.migrationUrl }
    : await prepareLocalServiceDatabase(options.serverUrl, options.service, serviceDatabaseName(options.service, options.databaseNameSuffix));
  if (logins.ownerUrl) await migrateAsOwner(logins.ownerUrl, options);

  const dataSource = createServiceDataSource({ ...options, url: logins.runtimeUrl, applicationName: `backoffice-${options.service}` });
  await dataSource.initialize();
  try {
    const problems = await loginProblems(dataSource);
    if (problems.length && options.production) throw new UnsafeDatabaseLogin(problems);
    if (problems.length) options.logger.warn('the database login has more rights than a service needs', { problems });
    if (!logins.ownerUrl && (await dataSource.showMigrations())) {
      throw new Error('Migrations are pending: run them with the owner login (set the service\'s MIGRATION_DATABASE_URL) before starting the service.');
    }
  } catch (error) {
    await dataSource.destroy();
    throw error;
  }
  return dataSource;
}

async function migrateAsOwner(ownerUrl: string, options: OpenDatabaseOptions): Promise<void> {
  const owner = createServiceDataSource({ ...options, url: ownerUrl, poolSize: 1, statementTimeoutMs: 0, applicationName: `backoffice-${options.service}-migrations` });
  await owner.initialize();
  try {
    await runMigrationsUnderLock(owner, ownerUrl, options.logger);
  } finally {
    await owner.destroy();
  }
}

// What makes a login unfit to run a service: it could change the schema or bypass every check.
export async function loginProblems(dataSource: DataSource): Promise<string[]> {
  const [row] = (await dataSource.query(`
    SELECT r.rolsuper AS superuser,
           EXISTS (SELECT 1 FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                   WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p', 'v', 'm', 'S')
                     AND pg_has_role(current_user, c.relowner, 'USAGE')) AS owns_tables,
           has_schema_privilege(current_user, 'public', 'CREATE') AS may_create_tables,
           has_database_privilege(current_user, current_database(), 'CREATE') AS may_create_schemas
    FROM pg_roles r WHERE r.rolname = current_user`)) as Array<{ superuser: boolean; owns_tables: boolean; may_create_tables: boolean; may_create_schemas: boolean }>;
  if (!row) return ['the login is not a role this server knows'];
  return [
    ...(row.superuser ? ['it is a superuser'] : []),
    ...(row.owns_tables ? ['it owns (or may act as the owner of) the tables'] : []),
    ...(row.may_create_tables || row.may_create_schemas ? ['it may create tables or schemas'] : []),
  ];
}

// Development and tests: one database per service and two logins per service, as production
// has them. `backoffice_<service>_owner` owns the schema and runs migrations;
// `backoffice_<service>_app` runs the service and may only read and write rows. Their password
// is public (this repository), which is fine for local servers and refused by nothing else:
// production names its own logins in <SERVICE>_DATABASE_URL and <SERVICE>_MIGRATION_DATABASE_URL.
export const DEVELOPMENT_LOGIN_PASSWORD = 'backoffice-dev';
export const serviceLoginNames = (service: string) => ({ owner: `backoffice_${service}_owner`, runtime: `backoffice_${service}_app` });

export async function prepareLocalServiceDatabase(serverUrl: string, service: string, database: string): Promise<{ runtimeUrl: string; ownerUrl: string }> {
  const logins = serviceLoginNames(service);
  const admin = new Client({ connectionString: withDatabase(serverUrl, 'postgres') });
  await admin.connect();
  try {
    // Roles are shared by every database of the server: replicas and parallel tests set them up
    // one at a time (GRANT and ALTER ROLE on one role at once fail with "tuple concurrently updated").
    await admin.query('SELECT pg_advisory_lock(hashtext($1))', ['backoffice:local-logins']);
    for (const role of [logins.owner, logins.runtime]) {
      const exists = await admin.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [role]);
      if (!exists.rowCount) await admin.query(`CREATE ROLE ${quoteIdent(role)} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD '${DEVELOPMENT_LOGIN_PASSWORD}'`);
    }
    await ensureDatabaseExists(serverUrl, database);
    await admin.query(`ALTER DATABASE ${quoteIdent(database)} OWNER TO ${quoteIdent(logins.owner)}`);
    await admin.query(`REVOKE CREATE ON DATABASE ${quoteIdent(database)} FROM PUBLIC`);
    const inDatabase = new Client({ connectionString: withDatabase(serverUrl, database) });
    await inDatabase.connect();
    try {
      // Grants touch every table's row in pg_class: never while another replica's migration is
      // changing those tables ("tuple concurrently updated"). Same lock as the migrations take.
      await inDatabase.query('SELECT pg_advisory_lock(hashtext($1))', [MIGRATIONS_LOCK]);
      await adoptObjects(inDatabase, logins.owner);
      const owner = quoteIdent(logins.owner);
      const runtime = quoteIdent(logins.runtime);
      await inDatabase.query(`
        REVOKE CREATE ON SCHEMA public FROM PUBLIC;
        GRANT USAGE ON SCHEMA public TO ${runtime};
        GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${runtime};
        GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO ${runtime};
        ALTER DEFAULT PRIVILEGES FOR ROLE ${owner} IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${runtime};
        ALTER DEFAULT PRIVILEGES FOR ROLE ${owner} IN SCHEMA public GRANT USAGE, SELECT, UPDATE ON SEQUENCES TO ${runtime};`);
    } finally {
      // Ending the session releases its advisory lock.
      await inDatabase.end();
    }
  } finally {
    await admin.query('SELECT pg_advisory_unlock(hashtext($1))', ['backoffice:local-logins']).catch(() => undefined);
    await admin.end();
  }
  const as = (role: string) => {
    const url = new URL(withDatabase(serverUrl, database));
    url.username = role;
    url.password = DEVELOPMENT_LOGIN_PASSWORD;
    return url.toString();
  };
  return { runtimeUrl: as(logins.runtime), ownerUrl: as(logins.owner) };
}

// A database made before services had their own logins holds objects the superuser created:
// they become the owner login's, so its migrations can alter them.
async function adoptObjects(client: Client, owner: string): Promise<void> {
  const foreign = `n.nspname = 'public' AND NOT pg_has_role(${quoteLiteral(owner)}, c.relowner, 'USAGE')`;
  const tables = await client.query<{ statement: string }>(`
    SELECT format('ALTER %s %I.%I OWNER TO %I', CASE c.relkind WHEN 'v' THEN 'VIEW' WHEN 'm' THEN 'MATERIALIZED VIEW' ELSE 'TABLE' END, n.nspname, c.relname, $1::text) AS statement
    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.relkind IN ('r', 'p', 'v', 'm') AND ${foreign}`, [owner]);
  for (const { statement } of tables.rows) await client.query(statement);
  // Sequences owned by a column moved with their table; the rest move here.
  const others = await client.query<{ statement: string }>(`
    SELECT format('ALTER SEQUENCE %I.%I OWNER TO %I', n.nspname, c.relname, $1::text) AS statement
    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.relkind = 'S' AND ${foreign}
    UNION ALL
    SELECT format('ALTER ROUTINE %I.%I(%s) OWNER TO %I', n.nspname, p.proname, pg_get_function_identity_arguments(p.oid), $1::text)
    FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = 'public' AND NOT pg_has_role($1::text, p.proowner, 'USAGE')
    UNION ALL
    SELECT format('ALTER TYPE %I.%I OWNER TO %I', n.nspname, t.typname, $1::text)
    FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
    WHERE n.nspname = 'public' AND t.typtype IN ('e', 'd') AND NOT pg_has_role($1::text, t.typowner, 'USAGE')`, [owner]);
  for (const { statement } of others.rows) await client.query(statement);
}

const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;
const quoteLiteral = (value: string) => `'${value.replace(/'/g, "''")}'`;
