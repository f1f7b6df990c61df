import type { GraphQLResponse } from '@backoffice/testkit/graphql-client';
import { daysFromToday, problemFields, startHrForTest, type HrForTest } from './support/hr-test-harness';

jest.setTimeout(60_000);

type Person = { id: string; firstName: string };
type OrgNode = Person & { manager: Person | null; directReports: Person[]; reportingChain: Person[] };

const TABLES = ['employees', 'job_assignments', 'compensations', 'employee_changes', 'outbox_events', 'audit_log'];
const TRANSFER = `mutation T($id: ID!, $input: TransferEmployeeInput!) { transferEmployee(id: $id, input: $input) { id manager { id } } }`;

describe('the org chart', () => {
  let hr: HrForTest;
  let departmentId: string;

  const hire = (firstName: string, managerId: string | null = null) => hr.hireSelecting<Person>('id firstName', { departmentId, firstName, managerId });

  const node = async (id: string) =>
    (
      await hr.ok<{ employee: OrgNode }>(
        `query N($id: ID!) { employee(id: $id) { id firstName manager { id firstName } directReports { id firstName } reportingChain { id firstName } } }`,
        { id },
      )
    ).employee;

  const rowCounts = () => hr.rowCounts(TABLES);

  const expectRefusedOnManager = (response: GraphQLResponse<unknown>) => {
    expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(problemFields(response)).toContain('input.managerId');
  };

  beforeAll(async () => {
    hr = await startHrForTest();
    departmentId = await hr.createDepartment('ORG', { name: 'Organisation' });
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
    await hr.ok(TRANSFER, { id: newcomer.id, input: { managerId: vp.id, effectiveDate: daysFromToday(30) } });

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
    await hr.ok(TRANSFER, { id: a.id, input: { managerId: b.id } });
    const before = await rowCounts();
    expectRefusedOnManager(await hr.call(TRANSFER, { id: b.id, input: { managerId: a.id } }));
    expect(await rowCounts()).toEqual(before);
    expect((await node(b.id)).manager).toBeNull();
  });

  it('a reporting cycle through a chain (A to B to C, then C to A) is refused and changes nothing', async () => {
    const c = await hire('C');
    const b = await hire('B', c.id);
    const a = await hire('A', b.id);
    const before = await rowCounts();
    expectRefusedOnManager(await hr.call(TRANSFER, { id: c.id, input: { managerId: a.id } }));
    expect(await rowCounts()).toEqual(before);
    expect((await node(c.id)).manager).toBeNull();
    expect((await node(a.id)).reportingChain.map((p) => p.id)).toEqual([b.id, c.id]);
  });

  it('a future-dated transfer that would close a reporting cycle on its effective date is refused', async () => {
    const c = await hire('C');
    const b = await hire('B', c.id);
    const a = await hire('A', b.id);
    expectRefusedOnManager(await hr.call(TRANSFER, { id: c.id, input: { managerId: a.id, effectiveDate: daysFromToday(20) } }));
  });

  it('a transfer that closes a cycle only once an already scheduled transfer takes effect is refused', async () => {
    const x = await hire('X');
    const y = await hire('Y');
    // From next month Y reports to X; making X report to Y today would make a loop next month.
    await hr.ok(TRANSFER, { id: y.id, input: { managerId: x.id, effectiveDate: daysFromToday(30) } });
    const before = await rowCounts();
    expectRefusedOnManager(await hr.call(TRANSFER, { id: x.id, input: { managerId: y.id } }));
    expect(await rowCounts()).toEqual(before);
  });

  it('being one’s own manager is refused', async () => {
    const solo = await hire('Solo');
    const before = await rowCounts();
    const response = await hr.call(TRANSFER, { id: solo.id, input: { managerId: solo.id } });
    expectRefusedOnManager(response);
    expect(await rowCounts()).toEqual(before);
  });

  it('two concurrent transfers that together would make a cycle: exactly one is recorded', async () => {
    const p = await hire('P');
    const q = await hire('Q');
    const results = await Promise.all([hr.call(TRANSFER, { id: p.id, input: { managerId: q.id } }), hr.call(TRANSFER, { id: q.id, input: { managerId: p.id } })]);
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    expect(results.filter((r) => r.errors?.[0]?.extensions?.code === 'BAD_USER_INPUT')).toHaveLength(1);
    const managers = [(await node(p.id)).manager, (await node(q.id)).manager];
    expect(managers.filter((m) => m !== null)).toHaveLength(1);
  });

  it('rehiring someone under a person who reports to them is refused as a cycle', async () => {
    const boss = await hire('Boss');
    const report = await hire('Report', boss.id);
    // Boss leaves and comes back; Report still reports to Boss's old record.
    await hr.ok(`mutation X($id: ID!) { terminateEmployee(id: $id, input: { terminationDate: "2025-01-31", reason: "RESIGNATION" }) { id } }`, { id: boss.id });
    const response = await hr.call(`mutation R($id: ID!, $input: RehireEmployeeInput!) { rehireEmployee(id: $id, input: $input) { id } }`, {
      id: boss.id,
      input: { startDate: daysFromToday(0), departmentId, managerId: report.id, title: 'Boss', salary: { amount: '90000.00', currency: 'EUR' } },
    });
    expectRefusedOnManager(response);
  });
});
