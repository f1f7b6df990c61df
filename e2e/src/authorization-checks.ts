import { isDeepStrictEqual } from 'node:util';
import type { Principal } from '@backoffice/platform/identity';
import type { GraphQLResponse } from '@backoffice/testkit/graphql-client';
import { COLUMNS, MATRIX_DOC_NAME, SECOND_PERSON, type Cell, type MatrixRow } from './authorization-matrix';
import { EVERY, probes, type Probe, type ReadPath, type ReadProbe, type WriteProbe } from './authorization-probes';
import { atSubgraph, callerFor, hire, viaGateway, type CallerColumn, type Person, type World } from './authorization-world';

// One cell of the matrix run against the stack: the row's probe, as the column's caller, judged
// by the cell. A check returns what disagrees with the cell (nothing when all agrees).

export type MatrixCase = { row: MatrixRow; column: CallerColumn; expected: Cell; title: string };

// The cells to run: every cell but `n/a`, and for "refused (second person needed)" the person
// once more holding every role.
export function casesOf(row: MatrixRow): MatrixCase[] {
  return COLUMNS.flatMap((column) => {
    const expected = row.cells[column];
    if (expected === 'n/a') return [];
    const title = (as: string) => `${row.subgraph}: ${row.name} as ${as} → ${expected}`;
    const cell: MatrixCase = { row, column, expected, title: title(column === 'self' ? 'self (EMPLOYEE)' : column === 'line manager' ? 'line manager (EMPLOYEE)' : column) };
    return expected === SECOND_PERSON ? [cell, { row, column: 'self holding every role' as const, expected, title: title('self holding every role') }] : [cell];
  });
}

export const probeOf = (row: MatrixRow): Probe | undefined => probes[row.subgraph][row.name];

export async function runCase(world: World, matrixCase: MatrixCase): Promise<string[]> {
  const probe = probeOf(matrixCase.row);
  if (!probe) return [`no probe "${matrixCase.row.name}" under ${matrixCase.row.subgraph} in e2e/src/authorization-probes.ts`];
  if (probe.kind === 'read') return checkRead(world, probe, matrixCase.expected, callerFor(world, matrixCase.column, world.subject), matrixCase.column);
  const subject = probe.subject ? await hire(world, probe.subject === true ? {} : probe.subject) : null;
  return checkWrite(world, probe, matrixCase, callerFor(world, matrixCase.column, subject), subject);
}

type ResponseError = NonNullable<GraphQLResponse['errors']>[number];
const describeErrors = (errors: ResponseError[]) => errors.map((error) => `${String(error.extensions?.code)} at ${(error.path ?? []).join('.') || '(no path)'}: ${error.message}`);

function valueAt(data: unknown, path: ReadonlyArray<string | number>): unknown {
  let value = data;
  for (const key of path) {
    if (value === null || value === undefined) return null;
    value = (value as Record<string | number, unknown>)[key];
  }
  return value ?? null;
}

type Path = ReadonlyArray<string | number>;
const samePath = (a: Path | undefined, b: Path) => isDeepStrictEqual([...(a ?? [])], [...b]);

// The paths a read path stands for in this response: itself, or with each EVERY replaced by the
// index of each element of the list there. A list that is missing or empty there leaves nothing
// to judge: that is said instead.
function pathsIn(data: unknown, path: Path): Path[] | string {
  let paths: Path[] = [[]];
  for (const step of path) {
    if (step !== EVERY) {
      paths = paths.map((prefix) => [...prefix, step]);
      continue;
    }
    const expanded: Path[] = [];
    for (const prefix of paths) {
      const list = valueAt(data, prefix);
      if (!Array.isArray(list) || !list.length) return `expected a non-empty list at ${prefix.join('.')}, got ${JSON.stringify(list)}`;
      list.forEach((_, index) => expanded.push([...prefix, index]));
    }
    paths = expanded;
  }
  return paths;
}

// What a refusal must look like: each value null, one FORBIDDEN error at each path and no other
// error, and the rest of the response there (the parent object, unless the field is a root field).
// A non-null field (`nullsParent`) nulls its parent instead: then the parent must be null and the
// rest above it survive (an entity of `_entities` is null, the list is there).
function refusalProblems(response: GraphQLResponse, paths: readonly Path[], nullsParent = false): string[] {
  const problems: string[] = [];
  const errors = response.errors ?? [];
  for (const path of paths) {
    const value = valueAt(response.data, path);
    if (value !== null) problems.push(`expected null at ${path.join('.')}, got ${JSON.stringify(value)}`);
    const parent = path.slice(0, -1);
    if (nullsParent && parent.length && valueAt(response.data, parent) !== null) problems.push(`expected the non-null field's refusal to null ${parent.join('.')}, got ${JSON.stringify(valueAt(response.data, parent))}`);
    const survivor = nullsParent ? parent.slice(0, -1) : parent;
    if (survivor.length && valueAt(response.data, survivor) === null) problems.push(`the rest of the response did not survive: ${survivor.join('.')} is null`);
  }
  const oneAtEach = errors.length === paths.length && errors.every((error) => error.extensions?.code === 'FORBIDDEN') && paths.every((path) => errors.some((error) => samePath(error.path, path)));
  if (!oneAtEach) problems.push(`expected one FORBIDDEN error at ${paths.map((path) => path.join('.')).join(' and at ')}, got ${JSON.stringify(describeErrors(errors))}`);
  return problems;
}

async function readOnce(world: World, path: ReadPath, caller: Principal): Promise<GraphQLResponse> {
  const variables = path.variables(world);
  return path.target === 'gateway' ? viaGateway(world, caller, path.query, variables) : atSubgraph(world, path.target, caller, path.query, variables);
}

export async function checkRead(world: World, probe: ReadProbe, expected: Cell, caller: Principal, column: CallerColumn): Promise<string[]> {
  const paths = probe.paths.filter((path) => !path.columns || path.columns.includes(column));
  // A cell no path is open to would pass unasked.
  if (!paths.length) return [`no path of the probe is for the column "${column}": give one of its paths this column`];
  const results = await Promise.all(
    paths.map(async (path) => {
      const response = await readOnce(world, path, caller);
      const errors = response.errors ?? [];
      const concrete = pathsIn(response.data, path.path);
      const problems: string[] = [];
      if (typeof concrete === 'string') {
        problems.push(concrete);
        if (errors.length) problems.push(`errors: ${JSON.stringify(describeErrors(errors))}`);
      } else if (expected === 'yes') {
        for (const at of concrete) {
          const value = valueAt(response.data, at);
          if (value === null) problems.push(`expected the value at ${at.join('.')}, got null`);
          const wrong = value === null ? null : (path.expect?.(value, world) ?? null);
          if (wrong) problems.push(wrong);
        }
        if (errors.length) problems.push(`expected no error, got ${JSON.stringify(describeErrors(errors))}`);
      } else if (expected === 'hidden') {
        for (const at of concrete) {
          const value = valueAt(response.data, at);
          if (value !== null) problems.push(`expected null (hidden) at ${at.join('.')}, got ${JSON.stringify(value)}`);
        }
        if (errors.length) problems.push(`expected no error (hidden), got ${JSON.stringify(describeErrors(errors))}`);
      } else {
        problems.push(...refusalProblems(response, concrete, path.nullsParent === true));
      }
      return problems.map((problem) => `${path.via} (${path.path.join('.')}): ${problem}`);
    }),
  );
  return results.flat();
}

export async function checkWrite(world: World, probe: WriteProbe, matrixCase: MatrixCase, caller: Principal, subject: Person | null): Promise<string[]> {
  const { row, expected, column } = matrixCase;
  const attempt = await probe.prepare(world, subject);
  const before = await attempt.readBack();
  const response = await viaGateway(world, caller, attempt.mutation, attempt.variables);
  const after = await attempt.readBack();
  const value = valueAt(response.data, [row.fieldName]);
  const problems: string[] = [];
  if (expected === 'yes') {
    if (response.errors?.length) problems.push(`expected the write to succeed, got ${JSON.stringify(describeErrors(response.errors))}`);
    if (value === null) problems.push('expected a result, got null');
    if (isDeepStrictEqual(before, after)) problems.push(`the write reported success but reading back as HR shows no change: ${JSON.stringify(after)}`);
    return problems;
  }
  if (expected === 'hidden') return [`"hidden" is for reads; ${MATRIX_DOC_NAME} line ${row.line} gives it to a mutation`];
  problems.push(...refusalProblems(response, [[row.fieldName]]));
  if (column === 'self holding every role' && !/second person/i.test(response.errors?.[0]?.message ?? '')) {
    problems.push(`expected the refusal to say a second person must do it, got ${JSON.stringify(response.errors?.[0]?.message)}`);
  }
  if (!isDeepStrictEqual(before, after)) problems.push(`the refused write changed something: before ${JSON.stringify(before)}, after ${JSON.stringify(after)}`);
  return problems;
}

// Runs `work` over `items`, at most `limit` at a time, keeping the order of the results.
export async function inParallel<T, R>(items: readonly T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
