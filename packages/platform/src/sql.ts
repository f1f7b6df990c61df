import { createHash } from 'node:crypto';
import type { ClientBase, QueryResult } from 'pg';
import type { DataSource, EntityManager, QueryRunner } from 'typeorm';
import { z } from 'zod';
import { decodeCursor, encodeCursor } from './cursors';
import { Refused } from './domain-errors';

// How a service touches its database (ADR 0005): repositories write SQL through these helpers;
// TypeORM provides the pool, transactions and migrations, not entities.

// What repositories need: a data source or a transaction's manager.
export type Sql = Pick<EntityManager, 'query'>;

// Typed rows from one statement. TypeORM answers UPDATE/DELETE ... RETURNING with
// [rows, affected] and other statements with rows; callers get rows either way.
export async function rows<T>(db: Sql, statement: string, values: readonly unknown[] = []): Promise<T[]> {
  const result = (await db.query(statement, values as unknown[])) as unknown;
  if (Array.isArray(result) && result.length === 2 && Array.isArray(result[0]) && typeof result[1] === 'number') return result[0] as T[];
  return result as T[];
}

// Rows from one statement run as a named prepared statement on its connection: PostgreSQL parses
// it once per connection and, after five runs, keeps a generic plan when that is no worse. For
// the few hot statements whose planning costs more than their execution: a lookup over
// employee_records, whose view inlines three functions, was planned in 2 ms and ran in 0.1 ms,
// on every hire (pg_stat_statements under npm run bench). Only for a fixed statement text: each
// text is prepared once on every pooled connection and stays there.
export async function preparedRows<T>(db: Sql, name: string, statement: string, values: readonly unknown[]): Promise<T[]> {
  const prepared = { name: `${name}_${createHash('sha1').update(statement).digest('hex').slice(0, 12)}`, text: statement, values: values as unknown[] };
  const run = async (runner: QueryRunner) => {
    const client = (await runner.connect()) as ClientBase;
    return ((await client.query(prepared)) as QueryResult).rows as T[];
  };
  const inTransaction = (db as Partial<EntityManager>).queryRunner;
  if (inTransaction && !inTransaction.isReleased) return run(inTransaction);
  const source = (db as Partial<EntityManager>).connection ?? (db as DataSource);
  if (typeof source.createQueryRunner !== 'function') return rows<T>(db, statement, values);
  const runner = source.createQueryRunner();
  try {
    return await run(runner);
  } finally {
    await runner.release();
  }
}

export async function firstRow<T>(db: Sql, statement: string, values: readonly unknown[] = []): Promise<T | undefined> {
  return (await rows<T>(db, statement, values))[0];
}

export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  const driverError = (error as { driverError?: { code?: string; constraint?: string }; code?: string; constraint?: string }) ?? {};
  const code = driverError.driverError?.code ?? driverError.code;
  const name = driverError.driverError?.constraint ?? driverError.constraint;
  return code === '23505' && (!constraint || name === constraint);
}

// Numbered placeholders for a statement built from optional parts: `params.add(value)` returns
// `$n`, so filters and SET lists never count placeholders by hand.
export class SqlParams {
  readonly values: unknown[];

  constructor(initial: readonly unknown[] = []) {
    this.values = [...initial];
  }

  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

// `WHERE a AND b`, or nothing when there are no clauses.
export function whereClause(clauses: readonly string[]): string {
  return clauses.length ? `WHERE ${clauses.join(' AND ')}` : '';
}

// The SET list of an UPDATE from the fields present in `fields`, each mapped to its column (or
// to several columns, for a value stored across them). Fields that are undefined are left alone.
export function setClause<T extends Record<string, unknown>>(
  params: SqlParams,
  fields: T,
  columns: { [K in keyof T]-?: string | ((value: T[K]) => Array<[column: string, value: unknown]>) },
): string[] {
  const sets: string[] = [];
  for (const [field, value] of Object.entries(fields)) {
    if (value === undefined) continue;
    const column = columns[field as keyof T];
    // Input parsing strips unknown fields; one reaching here is a programming error.
    if (column === undefined) throw new Error(`setClause: no column for field ${field}`);
    if (typeof column === 'function') {
      for (const [name, part] of column(value as T[keyof T])) sets.push(`${name} = ${params.add(part)}`);
    } else {
      sets.push(`${column} = ${params.add(value)}`);
    }
  }
  return sets;
}

// Serialises a named piece of work across every replica until the transaction ends.
export async function lockNamed(tx: Sql, name: string): Promise<void> {
  await tx.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [name]);
}

// Ids in this system are UUIDs. An id that is not one names nothing: repositories drop it
// before SQL (so `= ANY($1::uuid[])` never fails on a client's typo); arguments are refused
// before any resolver runs (argument-checks.ts).
const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && UUID_PATTERN.test(value);
}

export function uuidsOnly(ids: readonly string[]): string[] {
  return ids.filter(isUuid);
}

// Keyset pagination over (sort value, id): stable while rows are added, no OFFSET scans.
// The repository names the sort expression (as text, so the cursor can carry it) and the
// id column; this builds the "after the cursor" condition and reads one row more than asked
// to know whether another page follows.
export type KeysetOrder = { sortText: string; sortColumn?: string; idColumn: string; direction: 'ASC' | 'DESC' };

export type KeysetPage<T> = { rows: T[]; hasNextPage: boolean; cursorOf(row: T): string };

const keysetCursor = z.tuple([z.string(), z.uuid()]);

export function decodeKeysetCursor(cursor: string, argumentName = 'after'): [string, string] {
  const decoded = decodeCursor(cursor, argumentName);
  try {
    return keysetCursor.parse(JSON.parse(decoded));
  } catch {
    throw new Refused('The cursor is not one this API returned; pass an `endCursor` or `cursor` from a previous page.', [{ field: argumentName, message: 'unknown cursor' }]);
  }
}

export function afterCursorClause(params: SqlParams, order: KeysetOrder, after: string | null | undefined): string | null {
  if (!after) return null;
  const [afterValue, afterId] = decodeKeysetCursor(after);
  const comparison = order.direction === 'ASC' ? '>' : '<';
  return `(${order.sortText}, ${order.idColumn}) ${comparison} (${params.add(afterValue)}, ${params.add(afterId)}::uuid)`;
}

export function orderAndLimit(params: SqlParams, order: KeysetOrder, first: number): string {
  const direction = order.direction === 'ASC' ? 'ASC' : 'DESC';
  return `ORDER BY ${order.sortColumn ?? order.sortText} ${direction}, ${order.idColumn} ${direction} LIMIT ${params.add(first + 1)}`;
}

// Rows selected with `<sortText> AS "sortValue"` and `orderAndLimit`, as a page.
export function keysetPage<TRow extends { sortValue: string }, T extends { id: string }>(
  selected: TRow[],
  first: number,
  toRecord: (row: Omit<TRow, 'sortValue'>) => T,
): KeysetPage<T> {
  const sortValues = new Map<string, string>();
  const records = selected.slice(0, first).map(({ sortValue, ...row }) => {
    const record = toRecord(row);
    sortValues.set(record.id, sortValue);
    return record;
  });
  return {
    rows: records,
    hasNextPage: selected.length > first,
    cursorOf: (row) => encodeCursor(JSON.stringify([sortValues.get(row.id), row.id])),
  };
}
