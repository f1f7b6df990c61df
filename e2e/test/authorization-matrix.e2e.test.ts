import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getNamedType, isCompositeType } from 'graphql';
import { casesOf, inParallel, probeOf, runCase, type MatrixCase } from '../src/authorization-checks';
import { allRows, MATRIX_DOC_NAME, MATRIX_SUBGRAPHS, readMatrix, REPOSITORY_ROOT, ROLE_COLUMNS, type RoleColumn } from '../src/authorization-matrix';
import { openQueries, probes } from '../src/authorization-probes';
import { createWorld, viaGateway, type World } from '../src/authorization-world';
import { apiSchemaFromSupergraph } from '../src/malformed-arguments';
import { SUPERGRAPH_FILE } from '../src/schema-fields';
import { startStack, type Stack } from '../src/stack';

jest.setTimeout(600_000);

// Every cell of the authorization matrix in docs/security.md, run through a real stack: reads
// through the gateway, through `_entities` at the subgraph and through the other paths that reach
// the same field; writes through the gateway, read back as HR. The cells all run in beforeAll, a
// few at a time (each write on a person hired for it), and each is then reported as a test of its
// own. The document is the source of truth: change a cell there, not here.

const CONCURRENCY = 6;
const matrix = readMatrix();
const rows = allRows(matrix);
const cases: MatrixCase[] = rows.flatMap(casesOf);

const schema = apiSchemaFromSupergraph(readFileSync(join(REPOSITORY_ROOT, SUPERGRAPH_FILE), 'utf8'));
// Every field of a type that some subgraph lists as open, object fields asked for their type name.
const openFieldsOf = (typeName: string) => MATRIX_SUBGRAPHS.flatMap((subgraph) => matrix[subgraph].open.filter((list) => list.typeName === typeName).flatMap((list) => list.fields));
function openSelection(typeName: string): string {
  const type = schema.getType(typeName);
  if (!type || !('getFields' in type)) throw new Error(`${typeName} is not an object type of the supergraph`);
  const fields = type.getFields();
  const names = [...new Set(openFieldsOf(typeName))];
  if (!names.length) throw new Error(`${MATRIX_DOC_NAME} lists no open field of ${typeName}`);
  return names.map((name) => (isCompositeType(getNamedType(fields[name]!.type)) ? `${name} { __typename }` : name)).join(' ');
}

describe(`the authorization matrix of ${MATRIX_DOC_NAME}, cell by cell, against the running stack`, () => {
  let stack: Stack;
  let world: World;
  const outcomes = new Map<MatrixCase, string[]>();
  let openOutcomes: Map<RoleColumn, string[]>;
  let seconds = 0;

  beforeAll(async () => {
    stack = await startStack();
    const started = Date.now();
    world = await createWorld(stack);
    const results = await inParallel(cases, CONCURRENCY, (matrixCase) =>
      runCase(world, matrixCase).catch((error: unknown) => [`the probe could not run: ${error instanceof Error ? error.stack : String(error)}`]),
    );
    cases.forEach((matrixCase, index) => outcomes.set(matrixCase, results[index]!));
    openOutcomes = new Map(await Promise.all(ROLE_COLUMNS.map(async (column) => [column, await openFieldProblems(world, column)] as const)));
    seconds = (Date.now() - started) / 1000;
    console.log(`authorization matrix: ${rows.length} rows, ${cases.length} cells run in ${seconds.toFixed(1)} s`);
  });

  afterAll(async () => {
    await stack?.stop();
  });

  it('every row of the matrix has a probe in e2e/src/authorization-probes.ts, and every probe a row', () => {
    expect(rows.length).toBeGreaterThan(30);
    expect(rows.filter((row) => !probeOf(row)).map((row) => `${row.subgraph}: "${row.name}" (${MATRIX_DOC_NAME} line ${row.line}) has no probe under probes.${row.subgraph}`)).toEqual([]);
    const named = new Set(rows.map((row) => `${row.subgraph}:${row.name}`));
    const orphans = MATRIX_SUBGRAPHS.flatMap((subgraph) => Object.keys(probes[subgraph]).filter((name) => !named.has(`${subgraph}:${name}`)).map((name) => `probes.${subgraph}["${name}"] has no row in ${MATRIX_DOC_NAME}`));
    expect(orphans).toEqual([]);
  });

  it('ran every cell', () => {
    expect(outcomes.size).toBe(cases.length);
    expect(cases.length).toBeGreaterThan(200);
  });

  it.each(cases.map((matrixCase) => [matrixCase.title, matrixCase] as const))('%s', (_title, matrixCase) => {
    expect(outcomes.get(matrixCase)).toEqual([]);
  });

  it('every root field open to any signed-in caller has a query that asks it', () => {
    const openRoots = MATRIX_SUBGRAPHS.flatMap((subgraph) => matrix[subgraph].open.filter((list) => list.typeName === 'Query').flatMap((list) => list.fields.map((field) => `Query.${field}`)));
    expect(openRoots.length).toBeGreaterThan(0);
    expect(openRoots.filter((coordinate) => !openQueries[coordinate]).map((coordinate) => `add "${coordinate}" to openQueries in e2e/src/authorization-probes.ts`)).toEqual([]);
  });

  it.each(ROLE_COLUMNS)('every field open to any signed-in caller answers %s without an error', (column) => {
    expect(openOutcomes.get(column)).toEqual([]);
  });
});

// The open root fields, each with every open field of what it returns, as one role.
async function openFieldProblems(world: World, column: RoleColumn): Promise<string[]> {
  const caller = world.roleCallers[column];
  const results = await Promise.all(
    Object.entries(openQueries).map(async ([coordinate, open]) => {
      const response = await viaGateway(world, caller, open.query(openSelection), open.variables(world));
      const field = coordinate.split('.')[1]!;
      const problems = (response.errors ?? []).map((error) => `${coordinate}: ${String(error.extensions?.code)} at ${(error.path ?? []).join('.')}: ${error.message}`);
      if (response.data?.[field] == null) problems.push(`${coordinate}: no value`);
      return problems;
    }),
  );
  return results.flat();
}
