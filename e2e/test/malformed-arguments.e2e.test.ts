import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { buildClientSchema, getIntrospectionQuery, getNamedType, type GraphQLSchema, type IntrospectionQuery } from 'graphql';
import { asCaller, createDepartment, hireEmployee, newHires } from '../src/graph';
import {
  abbreviate,
  apiSchemaFromSupergraph,
  argumentPositions,
  coverageLine,
  coverageOf,
  failureReport,
  malformedArgumentCases,
  positionKey,
  runCases,
  sendCase,
  type CaseResult,
  type MalformedCase,
  type ValueSite,
} from '../src/malformed-arguments';
import { startStack, type ServiceName, type Stack } from '../src/stack';
import { bearer } from '../src/tokens';

jest.setTimeout(300_000);

const supergraphPath = join(__dirname, '..', '..', 'services', 'gateway', 'supergraph.graphql');
const CONCURRENCY = 8;

type KnownRecords = { departmentId?: string; employeeId?: string; leaveRequestId?: string };

// Ids of records that exist, so a command gets past "not found" to the value under test.
const knownIdFor =
  (known: KnownRecords) =>
  (site: ValueSite): string | undefined => {
    if (getNamedType(site.type).name !== 'ID') return undefined;
    const name = site.path[site.path.length - 1];
    if (name === 'departmentId' || name === 'parentId') return known.departmentId;
    if (name === 'employeeId' || name === 'managerId' || name === 'headId' || name === 'approverId') return known.employeeId;
    if (name === 'id' && site.path.length === 1) {
      const byReturnType: Record<string, string | undefined> = { Employee: known.employeeId, Department: known.departmentId, LeaveRequest: known.leaveRequestId };
      return byReturnType[site.returnType];
    }
    return undefined;
  };

const signatures = (schema: GraphQLSchema) => argumentPositions(schema).map((position) => `${positionKey(position)}: ${String(position.type)}`);

const fieldsWithArguments = (schema: GraphQLSchema, rootType: 'Query' | 'Mutation') => {
  const type = rootType === 'Query' ? schema.getQueryType() : schema.getMutationType();
  return Object.values(type?.getFields() ?? {}).filter((field) => field.args.length > 0).length;
};

describe('bad input is never a 500', () => {
  let stack: Stack;
  let token: string;
  let headers: Record<string, string>;
  const schema = apiSchemaFromSupergraph(readFileSync(supergraphPath, 'utf8'));

  beforeAll(async () => {
    stack = await startStack();
    token = stack.token({ employeeId: randomUUID(), roles: ['MANAGER'] });
    headers = bearer(token);
  });

  afterAll(async () => {
    await stack?.stop();
  });

  it('the schema the cases come from is the one the gateway serves', async () => {
    const response = await asCaller<IntrospectionQuery>(stack.gatewayUrl, token, getIntrospectionQuery());
    expect(response.errors).toBeUndefined();
    expect(signatures(buildClientSchema(response.data!))).toEqual(signatures(schema));
  });

  it('every argument of every query and mutation, sent malformed, is answered as a client error', async () => {
    const known = await seedRecords(stack, token);
    const cases = [...malformedArgumentCases(schema, { baseline: knownIdFor(known) })];
    const results = await runCases(cases, (malformedCase) => sendCase(stack.gatewayUrl, headers, malformedCase), CONCURRENCY);

    const coverage = coverageOf(results);
    console.log(coverageLine(coverage));
    // Nothing skipped: every position in the schema and every field with arguments was tried.
    expect(results.filter(Boolean)).toHaveLength(cases.length);
    expect(coverage.argumentPositions).toBe(argumentPositions(schema).length);
    expect(coverage.queries).toBe(fieldsWithArguments(schema, 'Query'));
    expect(coverage.mutations).toBe(fieldsWithArguments(schema, 'Mutation'));
    expect(coverage.argumentPositions).toBeGreaterThan(0);

    const failures = results.filter((result) => result.problems.length > 0);
    if (failures.length === 0) return;
    // The client sees a masked message; what went wrong is in the services' logs, so each
    // failure is sent again alone and the error lines it caused are attached.
    const diagnosed: Array<CaseResult & { diagnosis: string }> = [];
    for (const failure of failures) diagnosed.push({ ...failure, diagnosis: await diagnose(stack, headers, failure.malformedCase) });
    throw new Error(failureReport(diagnosed));
  });
});

// A department, an employee in it and a leave request of theirs. Best effort: what cannot be made
// is tried with random ids instead (the commands then stop at "not found" sooner), and the
// failures below say why.
async function seedRecords(stack: Stack, token: string): Promise<KnownRecords> {
  const attempt = async <T>(what: string, make: () => Promise<T>): Promise<T | undefined> =>
    make().catch((error: Error) => {
      console.warn(`could not make ${what} to try the commands on, so random ids stand in: ${error.message}\n${stack.logs('hr').split('\n').slice(-3).join('\n')}`);
      return undefined;
    });
  const departmentId = await attempt('a department', () => createDepartment(stack.gatewayUrl, token, 'MALFORMED', 'Malformed input'));
  const employee = departmentId ? await attempt('an employee', () => hireEmployee(stack.gatewayUrl, token, { ...newHires.ada, departmentId })) : undefined;
  const leaveRequestId = employee ? await attempt('a leave request', () => bookLeave(stack, token, employee.id)) : undefined;
  return { departmentId, employeeId: employee?.id, leaveRequestId };
}

async function bookLeave(stack: Stack, token: string, employeeId: string): Promise<string> {
  const day = new Date();
  day.setUTCDate(day.getUTCDate() + 30);
  while (day.getUTCDay() === 0 || day.getUTCDay() === 6) day.setUTCDate(day.getUTCDate() + 1);
  const date = day.toISOString().slice(0, 10);
  await asCaller(
    stack.gatewayUrl,
    token,
    `mutation Allocate($input: AllocateLeaveInput!) { allocateLeave(input: $input) { available } }`,
    { input: { employeeId, leaveType: 'VACATION', year: day.getUTCFullYear(), days: 25 } },
  );
  const response = await asCaller<{ requestLeave: { id: string } }>(
    stack.gatewayUrl,
    token,
    `mutation Request($input: RequestLeaveInput!) { requestLeave(input: $input) { id } }`,
    { input: { employeeId, leaveType: 'VACATION', startDate: date, endDate: date } },
  );
  if (!response.data?.requestLeave) throw new Error(`requestLeave failed: ${JSON.stringify(response.errors)}`);
  return response.data.requestLeave.id;
}

const loggingServices: readonly ServiceName[] = ['hr', 'accounting', 'it', 'gateway'];

// The lines a service wrote after `before`. Its log is a window of the last lines that moves
// on, and lines repeat (SQL errors carry no timestamp), so the new lines are what follows the
// longest tail of `before` that `after` starts with.
function linesAfter(before: readonly string[], after: readonly string[]): string[] {
  for (let dropped = 0; dropped < before.length; dropped++) {
    const kept = before.length - dropped;
    if (kept <= after.length && before.slice(dropped).every((line, index) => line === after[index])) return after.slice(kept);
  }
  return [...after];
}

type LogRecord = { level?: string; message?: string; path?: unknown; error?: { name?: string; message?: string } };

function errorSummary(line: string): string | undefined {
  let record: LogRecord;
  try {
    record = JSON.parse(line) as LogRecord;
  } catch {
    return undefined;
  }
  if (record.level !== 'error') return undefined;
  const error = record.error ? `${record.error.name ?? 'Error'}: ${record.error.message ?? ''}` : '';
  const text = `${record.message ?? ''}${record.path ? ` at ${JSON.stringify(record.path)}` : ''}${error ? ` — ${error}` : ''}`;
  return abbreviate(text);
}

async function diagnose(stack: Stack, headers: Record<string, string>, malformedCase: MalformedCase): Promise<string> {
  const logLines = () => new Map(loggingServices.map((name) => [name, stack.logs(name).split('\n')]));
  const before = logLines();
  await sendCase(stack.gatewayUrl, headers, malformedCase);
  const errorsSince = () => {
    const after = logLines();
    return loggingServices.flatMap((name) =>
      linesAfter(before.get(name) ?? [], after.get(name) ?? [])
        .map(errorSummary)
        .filter((summary): summary is string => summary !== undefined)
        .map((summary) => ({ name, summary })),
    );
  };
  // The subgraph logs before it answers, but its output reaches this process a moment later.
  // A failure of the gateway's own (no subgraph line ever comes) is not waited on for long.
  let gatewayLoggedAt: number | undefined;
  for (const deadline = Date.now() + 2_000; Date.now() < deadline; await sleep(25)) {
    const seen = errorsSince();
    if (seen.some(({ name }) => name !== 'gateway')) break;
    if (seen.length) gatewayLoggedAt ??= Date.now();
    if (gatewayLoggedAt !== undefined && Date.now() - gatewayLoggedAt > 300) break;
  }
  const errors = errorsSince();
  // The gateway's own line only repeats the masked message when a subgraph has the real one.
  const fromSubgraphs = errors.filter(({ name }) => name !== 'gateway');
  const shown = fromSubgraphs.length ? fromSubgraphs : errors;
  const lines = shown.map(({ name, summary }) => `${name}: ${summary}`);
  if (!fromSubgraphs.length) lines.push('(no subgraph logged an error for it)');
  return lines.join('\n      ');
}
