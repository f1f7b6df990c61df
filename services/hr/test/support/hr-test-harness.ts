import 'reflect-metadata';
import { createClock } from '@backoffice/platform/clock';
import type { Principal } from '@backoffice/platform/identity';
import { startSubgraphService, type RunningSubgraph } from '@backoffice/platform/subgraph-service';
import { identityHeaders, postGraphQL, type GraphQLResponse } from '@backoffice/testkit/graphql-client';
import { testEnvironment } from '@backoffice/testkit/isolation';
import { loadHrConfig } from '../../src/config';
import { hrSubgraph } from '../../src/hr-subgraph';

// HR started in-process on a database and topic prefix of its own, called as the gateway
// would call it (with a signed identity header), for the integration tests.

export type Variables = Record<string, unknown>;

// Someone in HR who is not on file in these tests, so no decision is about themself.
export const hrAdmin: Principal = { employeeId: '00000000-0000-4000-8000-00000000a001', roles: ['HR'] };
export const asEmployee = (employeeId: string): Principal => ({ employeeId, roles: ['EMPLOYEE'] });

// HR's tests run on a fixed business clock (CLOCK_AT, in UTC), so none depends on the day or the
// hour it runs, and a run that crosses midnight sees one "today" throughout. A Wednesday morning.
export const TEST_CLOCK_AT = '2026-06-17T10:00:00Z';
export const today = TEST_CLOCK_AT.slice(0, 10);
// The same clock, for tests that call HR's commands in-process (the seed).
export const testClock = createClock({ timeZone: 'UTC', fixedAt: TEST_CLOCK_AT });

// Dates as the service and the database count them: ISO days.
export const addDays = (date: string, days: number): string => {
  const moved = new Date(`${date}T00:00:00Z`);
  moved.setUTCDate(moved.getUTCDate() + days);
  return moved.toISOString().slice(0, 10);
};
export const isWeekend = (date: string): boolean => [0, 6].includes(new Date(`${date}T00:00:00Z`).getUTCDay());
export const daysFromToday = (days: number): string => addDays(today, days);

export const codeOf = (response: GraphQLResponse<unknown>) => response.errors?.[0]?.extensions?.code;
export const problemFields = (response: GraphQLResponse<unknown>): string[] =>
  ((response.errors?.[0]?.extensions?.fields ?? []) as Array<{ field: string }>).map((problem) => problem.field);

export type GraphQLCaller = {
  // The response as it came, errors included.
  call<T>(query: string, variables?: Variables, principal?: Principal): Promise<GraphQLResponse<T>>;
  // The data, after expecting no errors.
  ok<T>(query: string, variables?: Variables, principal?: Principal): Promise<T>;
};

// Calls `url` as `principal`, HR by default.
export function graphqlCaller(url: string): GraphQLCaller {
  const call = <T>(query: string, variables: Variables = {}, principal: Principal = hrAdmin) =>
    postGraphQL<T>(url, query, variables, identityHeaders(principal, 'hr'));
  const ok = async <T>(query: string, variables: Variables = {}, principal: Principal = hrAdmin): Promise<T> => {
    const response = await call<T>(query, variables, principal);
    expect(response.errors).toBeUndefined();
    return response.data!;
  };
  return { call, ok };
}

export type HrForTest = Pick<RunningSubgraph, 'url' | 'dataSource' | 'logger' | 'relay' | 'jobs' | 'stop'> &
  GraphQLCaller & {
    // A valid HireEmployeeInput with a unique name and email; `overrides` win.
    hireInput(overrides: Variables & { departmentId: string }): Variables;
    // Hires through the API as HR and returns the new employee's id.
    hire(overrides: Variables & { departmentId: string }): Promise<string>;
    // The same, returning the `selection` of the hired employee.
    hireSelecting<T>(selection: string, overrides: Variables & { departmentId: string }): Promise<T>;
    // Creates a department (named after its code unless a name is given) and returns its id.
    createDepartment(code: string, input?: { name?: string; parentId?: string }): Promise<string>;
    // Rows in each table, to show that a refused command wrote nothing.
    rowCounts(tables: readonly string[]): Promise<Record<string, number>>;
  };

export async function startHrForTest(env: NodeJS.ProcessEnv = testEnvironment()): Promise<HrForTest> {
  const hr = await startSubgraphService(hrSubgraph, loadHrConfig({ CLOCK_AT: TEST_CLOCK_AT, ...env }));
  // Stopping while topics are still being ensured only adds noise to the output.
  await hr.eventsReady;
  const { call, ok } = graphqlCaller(hr.url);
  let hired = 0;

  const hireInput = (overrides: Variables & { departmentId: string }): Variables => {
    hired += 1;
    return {
      firstName: 'Test',
      lastName: `Person${hired}`,
      email: `person${hired}@example.com`,
      title: 'Engineer',
      startDate: '2024-01-02',
      salary: { amount: '60000.00', currency: 'EUR' },
      ...overrides,
    };
  };

  const hireSelecting = async <T>(selection: string, overrides: Variables & { departmentId: string }) =>
    (await ok<{ hireEmployee: T }>(`mutation Hire($input: HireEmployeeInput!) { hireEmployee(input: $input) { ${selection} } }`, { input: hireInput(overrides) })).hireEmployee;

  return {
    url: hr.url,
    dataSource: hr.dataSource,
    logger: hr.logger,
    relay: hr.relay,
    jobs: hr.jobs,
    stop: () => hr.stop(),
    call,
    ok,
    hireInput,
    hireSelecting,
    hire: async (overrides) => (await hireSelecting<{ id: string }>('id', overrides)).id,
    createDepartment: async (code, input = {}) =>
      (await ok<{ createDepartment: { id: string } }>(`mutation D($input: CreateDepartmentInput!) { createDepartment(input: $input) { id } }`, { input: { code, name: code, ...input } }))
        .createDepartment.id,
    rowCounts: async (tables) => {
      const [row] = (await hr.dataSource.query(`SELECT ${tables.map((table) => `(SELECT count(*) FROM ${table})::int AS ${table}`).join(', ')}`)) as Array<Record<string, number>>;
      return row!;
    },
  };
}
