import 'reflect-metadata';
import type { Principal } from '@backoffice/platform/identity';
import { startSubgraphService, type RunningSubgraph } from '@backoffice/platform/subgraph-service';
import { DEV_SIGNING_KEYS, identityHeaders, postGraphQL, type GraphQLResponse } from '@backoffice/testkit/graphql-client';
import { testEnvironment } from '@backoffice/testkit/isolation';
import { loadHrConfig } from '../src/config';
import { hrSubgraph } from '../src/hr-subgraph';

jest.setTimeout(60_000);

const hrAdmin: Principal = { employeeId: null, roles: ['HR'] };

const dayFromToday = (days: number) => {
  const date = new Date();
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
};

type Person = { id: string; firstName: string };
type OrgNode = Person & { manager: Person | null; directReports: Person[]; reportingChain: Person[] };

const TABLES = ['employees', 'job_assignments', 'compensations', 'employee_changes', 'outbox_events', 'audit_log'];
const TRANSFER = `mutation T($id: ID!, $input: TransferEmployeeInput!) { transferEmployee(id: $id, input: $input) { id manager { id } } }`;

describe('the org chart', () => {
  let hr: RunningSubgraph;
  let departmentId: string;
  let counter = 0;

  const call = <T>(query: string, variables: Record<string, unknown> = {}, principal: Principal = hrAdmin): Promise<GraphQLResponse<T>> =>
    postGraphQL<T>(hr.url, query, variables, identityHeaders(principal, DEV_SIGNING_KEYS));

  const ok = async <T>(query: string, variables: Record<string, unknown> = {}): Promise<T> => {
    const response = await call<T>(query, variables);
    expect(response.errors).toBeUndefined();
    return response.data!;
  };

  const hire = async (firstName: string, managerId: string | null = null): Promise<Person> => {
    counter += 1;
    const input = {
      firstName,
      lastName: `Org${counter}`,
      email: `org${counter}@example.com`,
      title: 'Staff',
      departmentId,
      managerId,
      startDate: '2024-01-02',
      salary: { amount: '50000.00', currency: 'EUR' },
    };
    return (await ok<{ hireEmployee: Person }>(`mutation H($input: HireEmployeeInput!) { hireEmployee(input: $input) { id firstName } }`, { input })).hireEmployee;
  };

  const node = async (id: string) =>
    (
      await ok<{ employee: OrgNode }>(
        `query N($id: ID!) { employee(id: $id) { id firstName manager { id firstName } directReports { id firstName } reportingChain { id firstName } } }`,
        { id },
      )
    ).employee;

  const rowCounts = async () => {
    const [row] = (await hr.dataSource.query(`SELECT ${TABLES.map((t) => `(SELECT count(*) FROM ${t})::int AS ${t}`).join(', ')}`)) as Array<Record<string, number>>;
    return row!;
  };

  const expectRefusedOnManager = (response: GraphQLResponse<unknown>) => {
    expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((response.errors?.[0]?.extensions?.fields as Array<{ field: string }>).map((p) => p.field)).toContain('input.managerId');
  };

  beforeAll(async () => {
    hr = await startSubgraphService(hrSubgraph, loadHrConfig(testEnvironment()));
    await hr.eventsReady;
    departmentId = (await ok<{ createDepartment: { id: string } }>(`mutation { createDepartment(input: { code: "ORG", name: "Organisation" }) { id } }`)).createDepartment.id;
  });

  afterAll(async () => {
    await hr?.stop();
  });

  it('manager, direct reports and the reporting chain follow the reporting lines in force today', async () => {
    const ceo = await hire('Ceo');
    const vp = await hire('Vp', ceo.id);
    const engineer = await hire('Engineer', vp.id);
    const analyst = await hire('Analyst', vp.id);
    const newcomer = await hire('Newcomer');
    await ok(TRANSFER, { id: newcomer.id, input: { managerId: vp.id, effectiveDate: dayFromToday(30) } });

    const engineerNode = await node(engineer.id);
    expect(engineerNode.manager).toEqual(vp);
    expect(engineerNode.reportingChain).toEqual([vp, ceo]);
    const vpNode = await node(vp.id);
    expect(vpNode.directReports.map((p) => p.id).sort()).toEqual([engineer.id, analyst.id].sort());
    expect(vpNode.reportingChain).toEqual([ceo]);
    const ceoNode = await node(ceo.id);
    expect(ceoNode).toMatchObject({ manager: null, reportingChain: [], directReports: [vp] });
  });

  it('a direct reporting cycle (A reports to B, then B to A) is refused on input.managerId and changes nothing', async () => {
    const a = await hire('A');
    const b = await hire('B');
    await ok(TRANSFER, { id: a.id, input: { managerId: b.id } });
    const before = await rowCounts();
    expectRefusedOnManager(await call(TRANSFER, { id: b.id, input: { managerId: a.id } }));
    expect(await rowCounts()).toEqual(before);
    expect((await node(b.id)).manager).toBeNull();
  });

  it('a reporting cycle through a chain (A to B to C, then C to A) is refused and changes nothing', async () => {
    const c = await hire('C');
    const b = await hire('B', c.id);
    const a = await hire('A', b.id);
    const before = await rowCounts();
    expectRefusedOnManager(await call(TRANSFER, { id: c.id, input: { managerId: a.id } }));
    expect(await rowCounts()).toEqual(before);
    expect((await node(c.id)).manager).toBeNull();
    expect((await node(a.id)).reportingChain.map((p) => p.id)).toEqual([b.id, c.id]);
  });

  it('a future-dated transfer that would close a reporting cycle on its effective date is refused', async () => {
    const c = await hire('C');
    const b = await hire('B', c.id);
    const a = await hire('A', b.id);
    expectRefusedOnManager(await call(TRANSFER, { id: c.id, input: { managerId: a.id, effectiveDate: dayFromToday(20) } }));
  });

  it('a transfer that closes a cycle only once an already scheduled transfer takes effect is refused', async () => {
    const x = await hire('X');
    const y = await hire('Y');
    // From next month Y reports to X; making X report to Y today would make a loop next month.
    await ok(TRANSFER, { id: y.id, input: { managerId: x.id, effectiveDate: dayFromToday(30) } });
    const before = await rowCounts();
    expectRefusedOnManager(await call(TRANSFER, { id: x.id, input: { managerId: y.id } }));
    expect(await rowCounts()).toEqual(before);
  });

  it('being one’s own manager is refused', async () => {
    const solo = await hire('Solo');
    const before = await rowCounts();
    const response = await call(TRANSFER, { id: solo.id, input: { managerId: solo.id } });
    expectRefusedOnManager(response);
    expect(await rowCounts()).toEqual(before);
  });

  it('two concurrent transfers that together would make a cycle: exactly one is recorded', async () => {
    const p = await hire('P');
    const q = await hire('Q');
    const results = await Promise.all([call(TRANSFER, { id: p.id, input: { managerId: q.id } }), call(TRANSFER, { id: q.id, input: { managerId: p.id } })]);
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    expect(results.filter((r) => r.errors?.[0]?.extensions?.code === 'BAD_USER_INPUT')).toHaveLength(1);
    const managers = [(await node(p.id)).manager, (await node(q.id)).manager];
    expect(managers.filter((m) => m !== null)).toHaveLength(1);
  });

  it('rehiring someone under a person who reports to them is refused as a cycle', async () => {
    const boss = await hire('Boss');
    const report = await hire('Report', boss.id);
    // Boss leaves and comes back; Report still reports to Boss's old record.
    await ok(`mutation X($id: ID!) { terminateEmployee(id: $id, input: { terminationDate: "2025-01-31", reason: "RESIGNATION" }) { id } }`, { id: boss.id });
    const response = await call(`mutation R($id: ID!, $input: RehireEmployeeInput!) { rehireEmployee(id: $id, input: $input) { id } }`, {
      id: boss.id,
      input: { startDate: dayFromToday(0), departmentId, managerId: report.id, title: 'Boss', salary: { amount: '90000.00', currency: 'EUR' } },
    });
    expectRefusedOnManager(response);
  });
});
