import { createServiceDataSource, ensureDatabaseExists, serviceDatabaseName, withDatabase, type ServiceDataSourceOptions } from '@backoffice/platform/database';
import { requiredEnv, uniqueRunId } from './isolation';

// A service's migrations, stepped up one at a time, then down one at a time, then up again, on
// a database of their own. Deploys roll back by running down(): each one has to leave the
// schema exactly as it was before its up(), and up() has to work again afterwards.

// `table` is the table an object belongs to (itself for tables; none for functions).
export type SchemaObject = { kind: string; name: string; table: string | null; definition: string };

export type MigrationStep = {
  migration: string;
  // The schema before this migration went up, and after it came down again.
  before: SchemaObject[];
  afterUndo: SchemaObject[];
};

export type MigrationRoundTrip = { steps: MigrationStep[]; afterFirstUp: SchemaObject[]; afterSecondUp: SchemaObject[] };

type Migrations = Extract<ServiceDataSourceOptions['migrations'], unknown[]>;

export async function runMigrationsRoundTrip(service: string, definition: Pick<ServiceDataSourceOptions, 'migrations'>): Promise<MigrationRoundTrip> {
  if (!Array.isArray(definition.migrations)) throw new Error('runMigrationsRoundTrip needs the migrations as a list, in order');
  const migrations = definition.migrations as Migrations;
  const serverUrl = requiredEnv('DATABASE_URL');
  const database = serviceDatabaseName(service, uniqueRunId());
  await ensureDatabaseExists(serverUrl, database);
  const url = withDatabase(serverUrl, database);
  const withMigrations = async <T>(list: Migrations, work: (dataSource: ReturnType<typeof createServiceDataSource>) => Promise<T>): Promise<T> => {
    const dataSource = createServiceDataSource({ url, migrations: list, poolSize: 1 });
    await dataSource.initialize();
    try {
      return await work(dataSource);
    } finally {
      await dataSource.destroy();
    }
  };

  // Up, one migration at a time, remembering the schema before each.
  const steps: Array<Omit<MigrationStep, 'afterUndo'>> = [];
  for (let k = 1; k <= migrations.length; k += 1) {
    await withMigrations(migrations.slice(0, k), async (dataSource) => {
      const before = await schemaObjects(dataSource);
      const [applied] = await dataSource.runMigrations({ transaction: 'each' });
      if (!applied) throw new Error(`migration ${k} did not run`);
      steps.push({ migration: applied.name, before });
    });
  }
  return withMigrations(migrations, async (dataSource) => {
    const afterFirstUp = await schemaObjects(dataSource);
    // Down, one at a time, newest first.
    const afterUndo: SchemaObject[][] = [];
    for (let k = steps.length - 1; k >= 0; k -= 1) {
      await dataSource.undoLastMigration({ transaction: 'each' });
      afterUndo[k] = await schemaObjects(dataSource);
    }
    await dataSource.runMigrations({ transaction: 'each' });
    const afterSecondUp = await schemaObjects(dataSource);
    return { steps: steps.map((step, k) => ({ ...step, afterUndo: afterUndo[k] ?? [] })), afterFirstUp, afterSecondUp };
  });
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
