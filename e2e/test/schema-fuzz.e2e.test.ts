import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as fc from 'fast-check';
import { parse, validate, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import { getVariableValues } from 'graphql/execution/values';
import { createServiceDataSource, serviceDatabaseName, withDatabase } from '@backoffice/platform/database';
import { requiredEnv } from '@backoffice/testkit/isolation';
import { seedFuzzCompany } from '../src/fuzz-company';
import { checkHrInvariants, snapshotVersions, type VersionSnapshot } from '../src/hr-invariants';
import { abbreviate, apiSchemaFromSupergraph } from '../src/malformed-arguments';
import {
  callerArbitrary,
  describeRequest,
  FuzzTally,
  operationArbitrary,
  problemsIn,
  readable,
  sendFuzzRequest,
  subgraphSchemaFromSdl,
  type FuzzRequest,
  type FuzzTarget,
} from '../src/schema-fuzz';
import { startStack, subgraphNames, type ServiceName, type Stack, type SubgraphName } from '../src/stack';

// "Whatever a client sends, the back office answers it as a client error or a result, never as a
// server failure": fast-check writes 2,000 requests from the schemas (1,600 through the gateway,
// 400 straight at the subgraphs with their federation fields), each checked as it comes back.
// Afterwards every process must still be up and HR's records must keep their invariants.
//
// The seed is printed; `FUZZ_SEED=<seed> pnpm exec jest test/schema-fuzz.e2e.test.ts` writes
// the same requests again (ids are picked by their position among HR's records, so they follow).

jest.setTimeout(600_000);

const GATEWAY_RUNS = 1_600;
// 400 at the subgraphs, half of them at HR, which has the most to get wrong.
const subgraphRuns: ReadonlyArray<[SubgraphName, number]> = [
  ['hr', 200],
  ['accounting', 100],
  ['it', 100],
];
// Selection levels below a root field.
const MAX_DEPTH = 3;
// The service account the fuzz calls as, besides people.
const SERVICE_ACCOUNT = 'fuzz';

const seed = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : Math.floor(Math.random() * 2 ** 31);
const reproduce = `FUZZ_SEED=${seed} pnpm exec jest test/schema-fuzz.e2e.test.ts`;

const repositoryRoot = join(__dirname, '..', '..');
const schemas: Record<FuzzTarget, GraphQLSchema> = {
  gateway: apiSchemaFromSupergraph(readFileSync(join(repositoryRoot, 'services', 'gateway', 'supergraph.graphql'), 'utf8')),
  hr: subgraphSchemaFromSdl(readFileSync(join(repositoryRoot, 'services', 'hr', 'src', 'schema.graphql'), 'utf8')),
  accounting: subgraphSchemaFromSdl(readFileSync(join(repositoryRoot, 'services', 'accounting', 'src', 'schema.graphql'), 'utf8')),
  it: subgraphSchemaFromSdl(readFileSync(join(repositoryRoot, 'services', 'it', 'src', 'schema.graphql'), 'utf8')),
};

type HrDatabase = ReturnType<typeof createServiceDataSource>;

// HR's records as the generator draws from them, in the order they were made (so a seed picks
// the same ones again), refreshed as the fuzz adds more.
const known = { employeeIds: [] as string[], departmentIds: [] as string[], leaveRequestIds: [] as string[], emails: [] as string[], departmentCodes: [] as string[], leaveTypeCodes: [] as string[] };
const REFRESH_KNOWN_EVERY = 50;

async function refreshKnown(db: HrDatabase): Promise<void> {
  const column = async (sql: string) => ((await db.query(sql)) as Array<{ value: string }>).map((row) => row.value);
  const replace = (list: string[], values: string[]) => list.splice(0, list.length, ...values);
  const employees = (await db.query(`SELECT id, email FROM employees ORDER BY created_at, id`)) as Array<{ id: string; email: string }>;
  replace(known.employeeIds, employees.map((row) => row.id));
  replace(known.emails, employees.map((row) => row.email));
  const departments = (await db.query(`SELECT id, code FROM departments ORDER BY created_at, id`)) as Array<{ id: string; code: string }>;
  replace(known.departmentIds, departments.map((row) => row.id));
  replace(known.departmentCodes, departments.map((row) => row.code));
  replace(known.leaveRequestIds, await column(`SELECT id AS value FROM leave_requests ORDER BY created_at, id`));
  replace(known.leaveTypeCodes, await column(`SELECT code AS value FROM leave_types ORDER BY code`));
}

// How careful the client is. Careful requests get furthest into the commands (and change HR's
// records); odd ones send edges and nasty text of the right type; sloppy and hostile ones send
// wrong values (of the wrong type, null where one is required, unknown enum values, malformed
// ids, dates and decimals, missing or unknown input fields) and misused directives.
const clientStyles: ReadonlyArray<{ oddWeight: number; invalidWeight: number; weight: number }> = [
  { oddWeight: 0, invalidWeight: 0, weight: 3 },
  { oddWeight: 4, invalidWeight: 0, weight: 1 },
  { oddWeight: 4, invalidWeight: 1, weight: 1 },
  { oddWeight: 8, invalidWeight: 6, weight: 1 },
];

// The commands that change who works where, under whom, and with how much leave: what HR's
// invariants are about, so they are sent twice as often.
const hrCommands = ['hireEmployee', 'transferEmployee', 'terminateEmployee', 'withdrawTermination', 'rehireEmployee', 'requestLeave', 'approveLeave', 'cancelLeave', 'adjustLeaveBalance', 'allocateLeave'];

function requestsFor(target: FuzzTarget, today: Date): fc.Arbitrary<FuzzRequest> {
  // At a subgraph, what only a subgraph has is sent more often.
  const rootFieldWeights = target === 'gateway' || target === 'hr' ? Object.fromEntries(hrCommands.map((name) => [name, 2])) : {};
  // Scaled to the subgraph's root fields, so a subgraph that grows still sends each of them a
  // share of the run (at a fixed weight of 2, seed 1225365539 sent accounting no clean _service).
  if (target !== 'gateway') {
    const schema = schemas[target];
    const rootFields = Object.keys(schema.getQueryType()?.getFields() ?? {}).length + Object.keys(schema.getMutationType()?.getFields() ?? {}).length;
    const share = Math.max(2, Math.ceil(rootFields / 8));
    Object.assign(rootFieldWeights, { _entities: 3 * share, _service: share });
  }
  const operation = fc.oneof(
    ...clientStyles.map(({ oddWeight, invalidWeight, weight }) => ({
      arbitrary: operationArbitrary(schemas[target], { known, today, oddWeight, invalidWeight, maxDepth: MAX_DEPTH, rootFieldWeights }),
      weight,
    })),
  );
  return fc.record({ target: fc.constant(target), caller: callerArbitrary(known, SERVICE_ACCOUNT), operation }).map(readable);
}

const loggingServices: readonly ServiceName[] = ['gateway', 'hr', 'accounting', 'it'];

// The error lines the services logged lately: what a masked answer hides.
function recentErrors(stack: Stack, names: readonly ServiceName[]): string {
  const lines = names.flatMap((name) =>
    stack
      .logs(name)
      .split('\n')
      .slice(-30)
      .filter((line) => /"level":"error"|Error|error/.test(line))
      .slice(-3)
      .map((line) => `${name}: ${abbreviate(line, 600)}`),
  );
  return lines.length ? lines.join('\n') : '(no service logged an error lately)';
}

describe('requests written from the schema by fast-check', () => {
  let stack: Stack;
  let hrDb: HrDatabase;
  let before: VersionSnapshot;
  const today = new Date();
  const gatewayTally = new FuzzTally();
  const tallies: Array<[string, FuzzTally]> = [['through the gateway', gatewayTally]];

  beforeAll(async () => {
    console.log(`schema fuzz: seed ${seed}; ${reproduce} writes the same requests again`);
    const started = Date.now();
    // The fuzz's service account is exempt from the gateway's per-caller rate limit (people are
    // not, and a 429 for them is an answer like any other).
    stack = await startStack({ env: { RATE_LIMIT_EXEMPT_SERVICE_ACCOUNTS: SERVICE_ACCOUNT } });
    const company = await seedFuzzCompany(stack.gatewayUrl, stack.token({ employeeId: randomUUID(), roles: ['HR'] }), today);
    hrDb = createServiceDataSource({ url: withDatabase(requiredEnv('DATABASE_URL'), serviceDatabaseName('hr', stack.env.DATABASE_NAME_SUFFIX!)), migrations: [] });
    await hrDb.initialize();
    await refreshKnown(hrDb);
    before = await snapshotVersions(hrDb);
    console.log(
      `schema fuzz: stack started and a company of ${company.employeeIds.length} people in ${company.departmentIds.length} departments ` +
        `with ${company.leaveRequestIds.length} leave requests seeded in ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
  });

  afterAll(async () => {
    console.log(tallies.map(([label, tally]) => tally.summary(label)).join('\n'));
    await hrDb?.destroy();
    await stack?.stop();
  });

  // The last requests sent (to any target): when a process dies, the one that killed it is
  // among them (it may have answered first and died a moment later, as an unhandled rejection does).
  const lastSent: Array<{ request: FuzzRequest; status: number }> = [];
  // Once a process has died every later request to it fails too, and fast-check's shrinking of
  // them means nothing: the first report is kept and repeated.
  const crashes = new Map<ServiceName, Error>();
  const servicesBehind = (target: FuzzTarget): readonly ServiceName[] => (target === 'gateway' ? loggingServices : [target]);

  async function deadServices(names: readonly ServiceName[] = loggingServices): Promise<ServiceName[]> {
    const urls: Record<ServiceName, string> = { gateway: stack.gatewayUrl, ...stack.subgraphUrls };
    const alive = await Promise.all(
      names.map((name) =>
        fetch(new URL('/healthz', urls[name]), { signal: AbortSignal.timeout(3_000) })
          .then((response) => response.ok)
          .catch(() => false),
      ),
    );
    return names.filter((_name, index) => !alive[index]);
  }

  const crashReport = (dead: ServiceName[]) =>
    `${dead.join(' and ')} stopped answering: the process is gone. The last requests sent before:\n` +
    lastSent.map(({ request, status }, index) => `--- ${index + 1} (HTTP ${status}) ---\n${describeRequest(request)}`).join('\n') +
    dead.map((name) => `\n--- the last lines ${name} wrote ---\n${stack.logs(name).split('\n').slice(-25).join('\n')}`).join('') +
    `\n(fast-check shrank the runs after the crash, which all failed for it: its counterexample means nothing, the requests above do.)`;

  // fc.assert over `runs` requests; a failure is reported with the request, the answer, what the
  // services logged, and the seed to run it all again.
  // Each run of it gets a seed of its own, derived from the printed one.
  async function fuzz(requests: fc.Arbitrary<FuzzRequest>, runs: number, runSeed: number, urlOf: (target: FuzzTarget) => string, tally: FuzzTally): Promise<void> {
    let sent = 0;
    try {
      await fc.assert(
        fc.asyncProperty(requests, async (request) => {
          const earlierCrash = servicesBehind(request.target).map((name) => crashes.get(name)).find((error) => error !== undefined);
          if (earlierCrash) throw earlierCrash;
          if (++sent % REFRESH_KNOWN_EVERY === 0) await refreshKnown(hrDb);
          const outcome = await sendFuzzRequest(urlOf(request.target), request);
          tally.record(request, outcome);
          lastSent.push({ request, status: outcome.status });
          if (lastSent.length > 5) lastSent.shift();
          const problems = problemsIn(outcome, request);
          if (!problems.length) return;
          const dead = await deadServices(servicesBehind(request.target));
          if (dead.length) {
            const crash = new Error(crashReport(dead));
            for (const name of dead) crashes.set(name, crash);
            throw crash;
          }
          throw new Error(
            `${problems.join('\n')}\n--- request ---\n${describeRequest(request)}\n--- answer (HTTP ${outcome.status}) ---\n${abbreviate(outcome.body, 1_500)}\n--- services' recent errors ---\n${recentErrors(stack, servicesBehind(request.target))}`,
          );
        }),
        { seed: runSeed, numRuns: runs, includeErrorInReport: true },
      );
    } catch (error) {
      throw new Error(`${reproduce} sends these requests again.\n${(error as Error).message}`);
    }
  }

  it('with no wrong values asked for, the generator writes only documents and variables the schema accepts', () => {
    let checked = 0;
    for (const target of ['gateway', ...subgraphNames] as const) {
      const schema = schemas[target];
      const operations = fc.sample(operationArbitrary(schema, { known, today, oddWeight: 4, invalidWeight: 0, maxDepth: MAX_DEPTH }), { numRuns: 100, seed });
      for (const operation of operations) {
        const document = parse(operation.query);
        const definition = document.definitions[0] as OperationDefinitionNode;
        const problems = [
          ...validate(schema, document).map((error) => error.message),
          ...(getVariableValues(schema, definition.variableDefinitions ?? [], operation.variables).errors ?? []).map((error) => error.message),
        ];
        expect({ target, query: operation.query, problems }).toEqual({ target, query: operation.query, problems: [] });
        checked += 1;
      }
    }
    expect(checked).toBe(400);
  });

  it(`${GATEWAY_RUNS} requests through the gateway are each answered without a server failure, a stack trace or leaked internals`, async () => {
    await fuzz(requestsFor('gateway', today), GATEWAY_RUNS, seed, () => stack.gatewayUrl, gatewayTally);
    // The run reached past validation and access checks: a broken generator would pass too.
    expect(gatewayTally.requests).toBe(GATEWAY_RUNS);
    expect(gatewayTally.answeredCleanly.size).toBeGreaterThanOrEqual(15);
    expect([...gatewayTally.answeredCleanly.keys()].some((field) => field.startsWith('Mutation.'))).toBe(true);
  });

  // Each subgraph on its own, so a failure at one does not hide what the others do.
  for (const [index, [target, runs]] of subgraphRuns.entries()) {
    it(`${runs} requests straight at ${target}, its own fields and _entities and _service included, are each answered without a server failure, a stack trace or leaked internals`, async () => {
      const tally = new FuzzTally();
      tallies.push([`at ${target}`, tally]);
      await fuzz(requestsFor(target, today), runs, seed + index + 1, () => stack.subgraphUrls[target], tally);
      expect(tally.requests).toBe(runs);
      expect([...tally.answeredCleanly.keys()]).toEqual(expect.arrayContaining(['Query._entities', 'Query._service']));
    });
  }

  it('afterwards every service still answers, and HR keeps its invariants: one job in force each, no reporting loop, no negative balance, versions only grown', async () => {
    const report = await checkHrInvariants(hrDb, before);
    console.log(
      `HR invariants: ${report.employees} employees (${before.employees.size} seeded), reporting lines on ${report.datesWalked} dates, ` +
        `${report.balances} balances, ${report.versionsCompared} versions compared`,
    );
    expect(await deadServices()).toEqual([]);
    const readiness = await fetch(new URL('/readyz', stack.gatewayUrl), { signal: AbortSignal.timeout(5_000) });
    expect(readiness.status).toBe(200);
    expect(report.problems).toEqual([]);
    expect(report.employees).toBeGreaterThanOrEqual(before.employees.size);
    expect(report.versionsCompared).toBe(before.employees.size + before.departments.size + before.leaveRequests.size);
  });
});
