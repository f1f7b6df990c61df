import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import { serviceDatabaseName, withDatabase } from '@backoffice/platform/database';
import { testEnvironment } from '@backoffice/testkit/isolation';
import { freePort } from '@backoffice/testkit/free-port';
import { ServiceProcess } from '@backoffice/testkit/service-process';
import { asEmployee, graphqlCaller, TEST_CLOCK_AT, type GraphQLCaller } from './support/hr-test-harness';

// Two real HR processes on one database: the balance check must hold across replicas,
// not just within one process's connection pool.

jest.setTimeout(120_000);

const serviceDirectory = join(__dirname, '..');

// Fifty Mondays to Fridays of 2030 from 4 February: distinct days, so no request overlaps another.
function workingDays(count: number): string[] {
  const days: string[] = [];
  for (let date = new Date('2030-02-04T00:00:00Z'); days.length < count; date.setUTCDate(date.getUTCDate() + 1)) {
    if (date.getUTCDay() !== 0 && date.getUTCDay() !== 6) days.push(date.toISOString().slice(0, 10));
  }
  return days;
}

describe('leave requests racing through two HR processes', () => {
  const replicas: ServiceProcess[] = [];
  const callers: GraphQLCaller[] = [];
  let database: Client;

  beforeAll(async () => {
    if (!existsSync(join(serviceDirectory, 'dist', 'main.js'))) {
      throw new Error(`The built HR service is missing (${join(serviceDirectory, 'dist', 'main.js')}): run \`pnpm --filter @backoffice/hr build\` first.`);
    }
    const env = testEnvironment({ LOG_LEVEL: 'warn', CLOCK_AT: TEST_CLOCK_AT });
    // Both processes share one database: the same DATABASE_NAME_SUFFIX.
    for (const port of [await freePort(), await freePort()]) replicas.push(new ServiceProcess({ name: `hr on port ${port}`, directory: serviceDirectory, port, env }));
    await Promise.all(replicas.map((replica) => replica.start()));
    callers.push(...replicas.map((replica) => graphqlCaller(replica.graphqlUrl)));
    database = new Client({ connectionString: withDatabase(env.DATABASE_URL!, serviceDatabaseName('hr', env.DATABASE_NAME_SUFFIX!)) });
    await database.connect();
  });

  afterAll(async () => {
    await database?.end();
    await Promise.all(replicas.map((replica) => replica.stop()));
  });

  it("50 concurrent requests for an employee's last remaining day: exactly one is accepted and the balance never goes negative", async () => {
    const [first, second] = callers as [GraphQLCaller, GraphQLCaller];
    const departmentId = (await first.ok<{ createDepartment: { id: string } }>(`mutation { createDepartment(input: { code: "RACE", name: "Race" }) { id } }`)).createDepartment.id;
    const hireInput = { firstName: 'Last', lastName: 'Day', email: 'last.day@example.com', title: 'Engineer', departmentId, startDate: '2024-01-02', salary: { amount: '60000.00', currency: 'EUR' } };
    const employee = (await first.ok<{ hireEmployee: { id: string } }>(`mutation H($input: HireEmployeeInput!) { hireEmployee(input: $input) { id } }`, { input: hireInput })).hireEmployee.id;
    await first.ok(`mutation L($input: AllocateLeaveInput!) { allocateLeave(input: $input) { available } }`, { input: { employeeId: employee, leaveType: 'VACATION', year: 2030, days: 6 } });
    // Five of the six days are already taken (Mon 7 – Fri 11 January 2030), so one is left.
    const taken = (
      await second.ok<{ requestLeave: { id: string } }>(`mutation R($input: RequestLeaveInput!) { requestLeave(input: $input) { id } }`, {
        input: { employeeId: employee, leaveType: 'VACATION', startDate: '2030-01-07', endDate: '2030-01-11' },
      })
    ).requestLeave.id;
    await second.ok(`mutation A($id: ID!) { approveLeave(id: $id) { status } }`, { id: taken });

    const balanceSql = `SELECT (SELECT COALESCE(sum(days), 0) FROM leave_ledger WHERE employee_id = $1 AND year = 2030 AND leave_type = 'VACATION')
                              - (SELECT COALESCE(sum(days), 0) FROM leave_requests WHERE employee_id = $1 AND status = 'PENDING' AND leave_type = 'VACATION') AS available`;
    // Watch the balance from outside while the requests race.
    let racing = true;
    const seen: number[] = [];
    const watcher = (async () => {
      while (racing) seen.push(Number(((await database.query<{ available: string }>(balanceSql, [employee])).rows[0]!).available));
    })();

    const employeePrincipal = asEmployee(employee);
    const days = workingDays(50);
    const responses = await Promise.all(
      days.map((day, index) =>
        (index % 2 === 0 ? first : second).call<{ requestLeave: { id: string; startDate: string } }>(
          `mutation R($input: RequestLeaveInput!) { requestLeave(input: $input) { id startDate } }`,
          { input: { leaveType: 'VACATION', startDate: day, endDate: day } },
          employeePrincipal,
        ),
      ),
    );
    racing = false;
    await watcher;

    const accepted = responses.filter((response) => response.data?.requestLeave);
    const refused = responses.filter((response) => response.errors);
    expect(accepted).toHaveLength(1);
    expect(refused).toHaveLength(49);
    expect(refused.every((response) => response.errors?.[0]?.extensions?.code === 'BAD_USER_INPUT')).toBe(true);
    expect(refused.every((response) => /only 0(\.0)? are available/.test(response.errors?.[0]?.message ?? ''))).toBe(true);

    const { leaveBalance } = await second.ok<{ leaveBalance: Array<{ leaveType: { code: string }; allocated: string; taken: string; pending: string; available: string }> }>(
      `query B($id: ID!) { leaveBalance(employeeId: $id, year: 2030) { leaveType { code } allocated taken pending available } }`,
      { id: employee },
    );
    const vacation = leaveBalance.find((b) => b.leaveType.code === 'VACATION')!;
    expect([vacation.allocated, vacation.taken, vacation.pending, vacation.available].map(Number)).toEqual([6, 5, 1, 0]);

    const [stored] = (await database.query<{ requests: number; pending: number; ledger: string }>(
      `SELECT count(*)::int AS requests, (count(*) FILTER (WHERE status = 'PENDING'))::int AS pending,
              (SELECT sum(days)::text FROM leave_ledger WHERE employee_id = $1) AS ledger
       FROM leave_requests WHERE employee_id = $1`,
      [employee],
    )).rows;
    expect(stored).toEqual({ requests: 2, pending: 1, ledger: '1.0' });
    expect(Number((await database.query<{ available: string }>(balanceSql, [employee])).rows[0]!.available)).toBe(0);
    expect(seen.length).toBeGreaterThan(0);
    expect(Math.min(...seen)).toBeGreaterThanOrEqual(0);
  });
});
