import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { buildSchema, getNamedType, isInterfaceType, isListType, isNonNullType, isObjectType, isScalarType, isEnumType, type GraphQLField, type GraphQLObjectType } from 'graphql';
import { Client } from 'pg';
import { startStack } from '@backoffice/e2e/stack';
import { postGraphQL } from '@backoffice/testkit/graphql-client';
import type { BenchConfig } from './bench-config';
import { fixed, printTable, secondsSince } from './bench-support';
import { keep, say, section } from './report';

// Statements per request through the gateway for every entity list (each Query field answering a
// connection), at one row and at 100: a list whose count grows with its rows asks the databases
// once per row somewhere (an N+1). Each node is read with its scalar fields, the id of every
// object it points to and of those in up to four of its lists, the way a client app lists things; a pointer into another subgraph is
// resolved by that subgraph through the gateway's entity fetches. Counted with
// pg_stat_statements on the demo company, background statements (relay polls, job runner)
// left out by their text; a scheduled job that happens to run during a measurement adds a
// fraction, averaged over the runs.

// The relay's polls and the job runner's turn-taking and bookkeeping, which run whatever the requests do.
const BACKGROUND = /outbox_events|pg_try_advisory_xact_lock|pg_try_advisory_lock|pg_advisory_unlock|last_scheduled_for|job_runs|^\s*(BEGIN|COMMIT|ROLLBACK|START TRANSACTION)\b|pg_stat_statements|SELECT 1$/i;

type ListQuery = { field: string; query: string };
export type StatementsResult = { field: string; rowsAt1: number; statementsAt1: number; rowsAtMax: number; statementsAtMax: number; errors: number };

// The gateway's cost limit (5000 objects) allows a page of 100 nodes four nested lists of 10.
const NESTED_LISTS = 4;

// The selection a client lists nodes with: scalars and enums, the id of each object field, and the
// ids in the first four lists of objects, among fields that take no required argument; nested
// connections are left out.
function nodeSelection(type: GraphQLObjectType): string {
  const parts: string[] = [];
  let lists = 0;
  for (const field of Object.values(type.getFields()) as Array<GraphQLField<unknown, unknown>>) {
    if (field.args.some((arg) => isNonNullType(arg.type) && arg.defaultValue === undefined)) continue;
    if (isInaccessible(field)) continue;
    const named = getNamedType(field.type);
    if (isScalarType(named) || isEnumType(named)) parts.push(field.name);
    else if ((isObjectType(named) || isInterfaceType(named)) && !named.name.endsWith('Connection') && 'id' in named.getFields()) {
      const isList = isListType(isNonNullType(field.type) ? field.type.ofType : field.type);
      if (isList && (lists += 1) > NESTED_LISTS) continue;
      parts.push(`${field.name} { id }`);
    }
  }
  return parts.join(' ');
}

function isInaccessible(field: GraphQLField<unknown, unknown>): boolean {
  return (field.astNode?.directives ?? []).some((directive) => directive.name.value === 'inaccessible');
}

function listQueries(): ListQuery[] {
  const schema = buildSchema(readFileSync(join(__dirname, '..', '..', 'services', 'gateway', 'supergraph.graphql'), 'utf8'));
  const queries: ListQuery[] = [];
  for (const field of Object.values(schema.getQueryType()!.getFields())) {
    const type = getNamedType(field.type);
    if (!isObjectType(type) || !type.name.endsWith('Connection') || isListType(field.type)) continue;
    if (field.args.some((arg) => isNonNullType(arg.type) && arg.defaultValue === undefined)) continue;
    const edge = getNamedType(type.getFields().edges!.type) as GraphQLObjectType;
    const node = getNamedType(edge.getFields().node!.type) as GraphQLObjectType;
    queries.push({ field: field.name, query: `query L($first: Int!) { ${field.name}(first: $first) { edges { node { ${nodeSelection(node)} } } } }` });
  }
  return queries.sort((a, b) => a.field.localeCompare(b.field));
}

async function statementCount(db: Client, suffix: string): Promise<number> {
  const { rows } = await db.query<{ query: string; calls: string }>(
    `SELECT s.query, s.calls FROM pg_stat_statements s JOIN pg_database d ON d.oid = s.dbid WHERE d.datname LIKE $1`,
    [`%${suffix}`],
  );
  return rows.filter((row) => !BACKGROUND.test(row.query)).reduce((sum, row) => sum + Number(row.calls), 0);
}

export async function runStatementsBench(config: BenchConfig): Promise<StatementsResult[]> {
  const db = new Client({ connectionString: config.serverUrl });
  await db.connect();
  try {
    try {
      await db.query('CREATE EXTENSION IF NOT EXISTS pg_stat_statements');
      await db.query('SELECT 1 FROM pg_stat_statements LIMIT 1');
    } catch (error) {
      section('Statements per request', `Statements per request: skipped, pg_stat_statements is not loaded (${(error as Error).message}). Load it with ALTER SYSTEM SET shared_preload_libraries = 'pg_stat_statements' and a restart of PostgreSQL.`);
      return [];
    }
    if (config.quick) {
      section('Statements per request', 'Statements per request: not in --quick; it counts on the seeded and settled demo company, which takes about five minutes (npm run bench, or BENCH_ONLY=statements).');
      return [];
    }
    const maxRows = 100;
    const runs = 5;
    section('Statements per request', `Statements per request: every entity list through the gateway at first: 1 and first: ${maxRows}, on the demo company (seeded, then settled); ${runs} requests each after one warm-up, averaged\n`);
    const started = process.hrtime.bigint();
    const stack = await startStack({ env: { SEED_DEMO_DATA: 'true', LOG_LEVEL: 'error' } });
    try {
      const suffix = stack.env.DATABASE_NAME_SUFFIX!;
      const token = stack.token({ employeeId: randomUUID(), roles: ['MANAGER'] });
      const queries = listQueries();
      const request = (query: string, first: number) => postGraphQL<Record<string, { edges: unknown[] } | null>>(stack.gatewayUrl, query, { first }, { authorization: `Bearer ${token}` });
      await untilSettled(db, suffix, 300_000);
      say(`(the demo company seeded and settled in ${secondsSince(started).toFixed(0)} s)\n`);
      const results: StatementsResult[] = [];
      for (const { field, query } of queries) {
        const measure = async (first: number) => {
          await request(query, first);
          let errors = 0;
          let rows = 0;
          const before = await statementCount(db, suffix);
          for (let i = 0; i < runs; i += 1) {
            const response = await request(query, first);
            errors += response.errors?.length ?? 0;
            rows = response.data?.[field]?.edges.length ?? 0;
          }
          return { rows, statements: ((await statementCount(db, suffix)) - before) / runs, errors };
        };
        const one = await measure(1);
        const many = await measure(maxRows);
        results.push({ field, rowsAt1: one.rows, statementsAt1: one.statements, rowsAtMax: many.rows, statementsAtMax: many.statements, errors: one.errors + many.errors });
      }
      printTable(
        ['list', 'rows', 'statements', 'rows', 'statements', 'ratio', 'errors'],
        results.map((result) => [
          result.field,
          String(result.rowsAt1),
          fixed(result.statementsAt1, 1),
          String(result.rowsAtMax),
          fixed(result.statementsAtMax, 1),
          `${fixed(result.statementsAtMax / result.statementsAt1, 2)}x`,
          String(result.errors),
        ]),
      );
      keep('statements', results);
      return results;
    } finally {
      await stack.stop();
    }
  } finally {
    await db.end();
  }
}

// The demo is seeded in the background as the services start; it has settled when no statement
// but the background ones runs over a few seconds.
async function untilSettled(db: Client, suffix: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = -1;
  let quietPolls = 0;
  while (Date.now() < deadline) {
    await sleep(3_000);
    const count = await statementCount(db, suffix);
    quietPolls = count - last < 5 ? quietPolls + 1 : 0;
    last = count;
    if (quietPolls >= 2) return;
  }
  say(`(the demo company was still being seeded after ${timeoutMs / 1000} s: lists may hold fewer rows)`);
}
