import { randomUUID } from 'node:crypto';
import { createServiceDataSource, ensureDatabaseExists, serviceDatabaseName, withDatabase, type ServiceDataSourceOptions } from '@backoffice/platform/database';
import { requiredEnv, uniqueRunId } from './isolation';

// A service's migrations, stepped up one at a time, then down one at a time, then up again, on
// a database of their own. Deploys roll back by running down(): each one has to leave the
// schema exactly as it was before its up(), and up() has to work again afterwards.
//
// A rollback happens on a database with rows in it, so a service may also give, per migration
// (by its name), rows to insert right after that migration's up(): every later down() then runs
// against tables with data. A down() that changes data (rather than only the schema) can come
// with a check that what must survive it did.

// `table` is the table an object belongs to (itself for tables; none for functions).
export type SchemaObject = { kind: string; name: string; table: string | null; definition: string };

type ServiceDataSource = ReturnType<typeof createServiceDataSource>;
export type QueryRunner = ReturnType<ServiceDataSource['createQueryRunner']>;

export type MigrationData = {
  // Inserts rows that fit the schema as this migration's up() leaves it, right after it (in a
  // transaction of its own). Rows seeded for earlier migrations are there too.
  seed?: (queryRunner: QueryRunner) => Promise<void>;
  // For a down() that changes data: reads what must survive it, just before it runs...
  beforeDown?: (queryRunner: QueryRunner) => Promise<unknown>;
  // ...and, right after it, checks that it did (throws, e.g. a failed expect(), when not).
  // `before` is what beforeDown returned (undefined without one).
  verifyAfterDown?: (queryRunner: QueryRunner, before: unknown) => Promise<void>;
};

// By migration name, e.g. `ShortenLeaveAtTermination1764461400000`.
export type MigrationsData = Record<string, MigrationData>;

export type MigrationStep = {
  migration: string;
  // The schema before this migration went up, and after it came down again.
  before: SchemaObject[];
  afterUndo: SchemaObject[];
  // Whether rows were seeded after its up(), and whether its down()'s check ran (and held).
  seeded: boolean;
  verifiedAfterDown: boolean;
};

export type MigrationRoundTrip = { steps: MigrationStep[]; afterFirstUp: SchemaObject[]; afterSecondUp: SchemaObject[] };

type Migrations = Extract<ServiceDataSourceOptions['migrations'], unknown[]>;
type MigrationClass = new () => { name?: string };

export async function runMigrationsRoundTrip(
  service: string,
  definition: Pick<ServiceDataSourceOptions, 'migrations'>,
  data: MigrationsData = {},
): Promise<MigrationRoundTrip> {
  if (!Array.isArray(definition.migrations)) throw new Error('runMigrationsRoundTrip needs the migrations as a list');
  const migrations = inTimestampOrder(definition.migrations as Migrations);
  const names = migrations.map((migration) => migration.name);
  const unknownNames = Object.keys(data).filter((name) => !names.includes(name));
  if (unknownNames.length) throw new Error(`rows given for migrations not in the list: ${unknownNames.join(', ')} (the list has ${names.join(', ')})`);

  const serverUrl = requiredEnv('DATABASE_URL');
  const database = serviceDatabaseName(service, uniqueRunId());
  await ensureDatabaseExists(serverUrl, database);
  const url = withDatabase(serverUrl, database);
  const withMigrations = async <T>(list: Migrations, work: (dataSource: ServiceDataSource) => Promise<T>): Promise<T> => {
    const dataSource = createServiceDataSource({ url, migrations: list, poolSize: 1 });
    await dataSource.initialize();
    try {
      return await work(dataSource);
    } finally {
      await dataSource.destroy();
    }
  };

  // Up, one migration at a time, remembering the schema before each, and seeding after each.
  const steps: Array<Omit<MigrationStep, 'afterUndo' | 'verifiedAfterDown'>> = [];
  for (let k = 1; k <= migrations.length; k += 1) {
    await withMigrations(migrations.slice(0, k).map((migration) => migration.type), async (dataSource) => {
      const before = await schemaObjects(dataSource);
      const [applied] = await dataSource.runMigrations({ transaction: 'each' });
      if (!applied) throw new Error(`migration ${k} did not run`);
      if (applied.name !== names[k - 1]) throw new Error(`expected ${names[k - 1]} to run as migration ${k}, but ${applied.name} did`);
      const seed = data[applied.name]?.seed;
      if (seed) {
        await withQueryRunner(dataSource, async (queryRunner) => {
          await queryRunner.startTransaction();
          try {
            await seed(queryRunner);
            await queryRunner.commitTransaction();
          } catch (error) {
            await queryRunner.rollbackTransaction();
            throw new Error(`seeding rows after ${applied.name}.up() failed: ${messageOf(error)}`, { cause: error });
          }
        });
      }
      steps.push({ migration: applied.name, before, seeded: Boolean(seed) });
    });
  }
  return withMigrations(migrations.map((migration) => migration.type), async (dataSource) => {
    const afterFirstUp = await schemaObjects(dataSource);
    // Down, one at a time, newest first, with every row seeded so far still there.
    const afterUndo: SchemaObject[][] = [];
    const verified: boolean[] = [];
    for (let k = steps.length - 1; k >= 0; k -= 1) {
      const name = steps[k]!.migration;
      const { beforeDown, verifyAfterDown } = data[name] ?? {};
      const applied = await appliedMigrations(dataSource);
      if (applied.at(-1) !== name) throw new Error(`expected ${name} to be the last migration applied, but it is ${applied.at(-1) ?? 'none'}`);
      const before = beforeDown ? await withQueryRunner(dataSource, beforeDown) : undefined;
      try {
        await dataSource.undoLastMigration({ transaction: 'each' });
      } catch (error) {
        throw new Error(`${name}.down() failed on a database with rows in it: ${messageOf(error)}`, { cause: error });
      }
      const remaining = await appliedMigrations(dataSource);
      if (remaining.includes(name) || remaining.length !== applied.length - 1) throw new Error(`undoing the last migration did not undo ${name}`);
      afterUndo[k] = await schemaObjects(dataSource);
      if (verifyAfterDown) await withQueryRunner(dataSource, (queryRunner) => verifyAfterDown(queryRunner, before));
      verified[k] = Boolean(verifyAfterDown);
    }
    await dataSource.runMigrations({ transaction: 'each' });
    const afterSecondUp = await schemaObjects(dataSource);
    return {
      steps: steps.map((step, k) => ({ ...step, afterUndo: afterUndo[k] ?? [], verifiedAfterDown: verified[k] ?? false })),
      afterFirstUp,
      afterSecondUp,
    };
  });
}

// TypeORM runs migrations by the 13-digit timestamp that ends their name, whatever order the
// list has them in (a service lists the platform's first, then its own): stepping up through
// the list one at a time has to take them in that same order.
function inTimestampOrder(list: Migrations): Array<{ type: MigrationClass; name: string; timestamp: number }> {
  const migrations = list.map((entry) => {
    if (typeof entry !== 'function') throw new Error(`runMigrationsRoundTrip needs migration classes, not paths (${String(entry)})`);
    const type = entry as MigrationClass;
    const name = new type().name ?? type.name;
    const timestamp = /\d{13}$/.exec(name)?.[0];
    if (!timestamp) throw new Error(`migration ${name} does not end in a 13-digit timestamp`);
    return { type, name, timestamp: Number(timestamp) };
  });
  return migrations.sort((a, b) => a.timestamp - b.timestamp);
}

// The names of the migrations applied, in the order they were.
async function appliedMigrations(dataSource: ServiceDataSource): Promise<string[]> {
  const rows = (await dataSource.query(`SELECT name FROM schema_migrations ORDER BY id`)) as Array<{ name: string }>;
  return rows.map((row) => row.name);
}

// The data source has one connection: a query runner holds it, and gives it back before
// TypeORM's own migration runs take it.
async function withQueryRunner<T>(dataSource: ServiceDataSource, work: (queryRunner: QueryRunner) => Promise<T>): Promise<T> {
  const queryRunner = dataSource.createQueryRunner();
  try {
    return await work(queryRunner);
  } finally {
    await queryRunner.release();
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

// Rows of the platform's tables (packages/platform/src/platform-tables.migration.ts) as a running
// service leaves them, for a service to seed right after that migration: the events it wrote
// (in the outbox with their CloudEvents envelope, all but the newest already published by the
// relay; each aggregate's sequence) with the audit row of the command behind each, and the
// events it consumed (the inbox, and the position each consumer reached).
export type PlatformRows = {
  // The producing service, as in the envelope's source: hr, it, accounting.
  service: string;
  // Oldest first. `type` is the CloudEvents type, backoffice.<service>.<aggregate>.<name>.v<n>.
  events: Array<{ topic: string; type: string; subject: string; entityType: string; data: Record<string, unknown> }>;
  consumed?: Array<{ consumer: string; topic: string; type: string; subject: string; sequence: number }>;
};

export async function seedPlatformTables(queryRunner: QueryRunner, { service, events, consumed = [] }: PlatformRows): Promise<void> {
  const sequences = new Map<string, number>();
  for (const [k, event] of events.entries()) {
    const aggregate = `${event.topic}/${event.subject}`;
    const sequence = (sequences.get(aggregate) ?? 0) + 1;
    sequences.set(aggregate, sequence);
    const eventId = randomUUID();
    const correlationId = randomUUID();
    const minutesAgo = (events.length - k) * 5;
    const envelope = {
      id: eventId, specversion: '1.0', source: `/backoffice/${service}`, type: event.type, subject: event.subject,
      time: new Date(Date.now() - minutesAgo * 60_000).toISOString(), datacontenttype: 'application/json',
      dataschema: `https://backoffice.dev/schemas/${event.type}.json`, data: event.data, sequence, actor: 'system', correlationid: correlationId,
    };
    const published = k < events.length - 1;
    await queryRunner.query(
      `INSERT INTO outbox_events (event_id, topic, message_key, event_type, envelope, created_at, published_at)
       VALUES ($1, $2, $3, $4, $5, now() - make_interval(mins => $6), CASE WHEN $7 THEN now() - make_interval(mins => $6) + interval '2 seconds' END)`,
      [eventId, event.topic, event.subject, event.type, JSON.stringify(envelope), minutesAgo, published],
    );
    await queryRunner.query(
      `INSERT INTO event_sequences (aggregate_type, aggregate_id, last_sequence) VALUES ($1, $2, 1)
       ON CONFLICT (aggregate_type, aggregate_id) DO UPDATE SET last_sequence = event_sequences.last_sequence + 1`,
      [event.topic, event.subject],
    );
    // backoffice.hr.employee.hired.v1 -> employee.hired, as commands name their audit actions.
    const action = event.type.split('.').slice(2, 4).join('.');
    await queryRunner.query(
      `INSERT INTO audit_log (occurred_at, actor, action, entity_type, entity_id, changes, correlation_id) VALUES (now() - make_interval(mins => $1), 'system', $2, $3, $4, $5, $6)`,
      [minutesAgo, action, event.entityType, event.subject, JSON.stringify(event.data), correlationId],
    );
  }
  for (const event of consumed) {
    await queryRunner.query(`INSERT INTO inbox_events (consumer, event_id, event_type, subject) VALUES ($1, $2, $3, $4)`, [event.consumer, randomUUID(), event.type, event.subject]);
    await queryRunner.query(
      `INSERT INTO inbox_positions (consumer, topic, subject, last_sequence) VALUES ($1, $2, $3, $4)
       ON CONFLICT (consumer, topic, subject) DO UPDATE SET last_sequence = GREATEST(inbox_positions.last_sequence, EXCLUDED.last_sequence)`,
      [event.consumer, event.topic, event.subject, event.sequence],
    );
  }
}

// Tables, views, sequences, indexes, constraints and functions in the public schema, with
// their definitions, in a stable order; the migrations' own bookkeeping table left out.
async function schemaObjects(dataSource: { query(sql: string): Promise<unknown> }): Promise<SchemaObject[]> {
  const objects = (await dataSource.query(`
    SELECT kind, name, "table", definition FROM (
      SELECT CASE c.relkind WHEN 'r' THEN 'table' WHEN 'v' THEN 'view' WHEN 'S' THEN 'sequence' WHEN 'i' THEN 'index' ELSE c.relkind::text END AS kind,
             c.relname AS name,
             CASE WHEN c.relkind = 'i' THEN (SELECT t.relname FROM pg_index x JOIN pg_class t ON t.oid = x.indrelid WHERE x.indexrelid = c.oid)
                  WHEN c.relkind = 'S' THEN (SELECT t.relname FROM pg_depend d JOIN pg_class t ON t.oid = d.refobjid
                                             WHERE d.objid = c.oid AND d.classid = 'pg_class'::regclass AND d.refclassid = 'pg_class'::regclass LIMIT 1)
                  ELSE c.relname END AS "table",
             CASE c.relkind
               WHEN 'v' THEN pg_get_viewdef(c.oid)
               WHEN 'i' THEN pg_get_indexdef(c.oid)
               ELSE (SELECT string_agg(a.attname || ' ' || format_type(a.atttypid, a.atttypmod) || CASE WHEN a.attnotnull THEN ' not null' ELSE '' END
                                       || coalesce(' default ' || pg_get_expr(d.adbin, d.adrelid), ''), ', ' ORDER BY a.attnum)
                     FROM pg_attribute a LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
                     WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped)
             END AS definition
      FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND c.relkind IN ('r', 'v', 'S', 'i')
      UNION ALL
      SELECT 'constraint', conrelid::regclass::text || '.' || conname, conrelid::regclass::text, pg_get_constraintdef(oid)
      FROM pg_constraint WHERE connamespace = 'public'::regnamespace
      UNION ALL
      SELECT 'function', p.oid::regprocedure::text, NULL, pg_get_functiondef(p.oid)
      FROM pg_proc p WHERE p.pronamespace = 'public'::regnamespace
    ) objects ORDER BY kind, name`)) as SchemaObject[];
  return objects.filter((object) => object.table !== 'schema_migrations');
}
