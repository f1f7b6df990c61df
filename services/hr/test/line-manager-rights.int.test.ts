import { asEmployee, codeOf, daysFromToday, startHrForTest, type HrForTest } from './support/hr-test-harness';

jest.setTimeout(60_000);

// A line manager's rights over their reports' leave last as long as their employment: past their
// last day they have none, even while the reports still name them as manager.

const REQUEST = `mutation R($input: RequestLeaveInput!) { requestLeave(input: $input) { id } }`;
const APPROVE = `mutation A($id: ID!) { approveLeave(id: $id) { id status } }`;
const BALANCE = `query B($id: ID!) { leaveBalance(employeeId: $id, year: 2030) { leaveType { code } } }`;
const LIST = `query L($id: ID!) { leaveRequests(filter: { employeeId: $id }) { totalCount } }`;
const QUEUE = `query { leaveApprovalQueue { id } }`;
const ENTITIES = `query E($representations: [_Any!]!) { _entities(representations: $representations) { ... on LeaveRequest { id } } }`;

describe("a line manager's rights", () => {
  let hr: HrForTest;
  let departmentId: string;

  beforeAll(async () => {
    hr = await startHrForTest();
    departmentId = await hr.createDepartment('OPS');
  });

  afterAll(async () => {
    await hr?.stop();
  });

  const team = async () => {
    const manager = await hr.hire({ departmentId, startDate: daysFromToday(-400) });
    const report = await hr.hire({ departmentId, managerId: manager, startDate: daysFromToday(-300) });
    await hr.ok(`mutation L($input: AllocateLeaveInput!) { allocateLeave(input: $input) { available } }`, { input: { employeeId: report, leaveType: 'VACATION', year: 2030, days: 30 } });
    const request = (await hr.ok<{ requestLeave: { id: string } }>(REQUEST, { input: { leaveType: 'VACATION', startDate: '2030-10-07', endDate: '2030-10-08' } }, asEmployee(report))).requestLeave.id;
    return { manager, report, request };
  };

  it('while employed, the manager reads and decides their report’s leave', async () => {
    const { manager, report, request } = await team();
    expect((await hr.call(BALANCE, { id: report }, asEmployee(manager))).errors).toBeUndefined();
    expect((await hr.ok<{ leaveApprovalQueue: Array<{ id: string }> }>(QUEUE, {}, asEmployee(manager))).leaveApprovalQueue.map((row) => row.id)).toContain(request);
    expect((await hr.ok<{ approveLeave: { status: string } }>(APPROVE, { id: request }, asEmployee(manager))).approveLeave.status).toBe('APPROVED');
  });

  it('past their last day, the manager may neither read nor decide it, and nothing is written', async () => {
    const { manager, report, request } = await team();
    await hr.ok(`mutation T($id: ID!, $input: TerminateEmployeeInput!) { terminateEmployee(id: $id, input: $input) { status } }`, { id: manager, input: { terminationDate: daysFromToday(-5), reason: 'RESIGNATION' } });
    const former = asEmployee(manager);

    expect(codeOf(await hr.call(BALANCE, { id: report }, former))).toBe('FORBIDDEN');
    expect(codeOf(await hr.call(LIST, { id: report }, former))).toBe('FORBIDDEN');
    expect((await hr.ok<{ leaveApprovalQueue: unknown[] }>(QUEUE, {}, former)).leaveApprovalQueue).toEqual([]);
    const entity = await hr.call<{ _entities: unknown[] }>(ENTITIES, { representations: [{ __typename: 'LeaveRequest', id: request }] }, former);
    expect(entity.data?._entities).toEqual([null]);
    expect(entity.errors?.map((error) => [error.extensions?.code, error.path])).toEqual([['FORBIDDEN', ['_entities', 0]]]);

    const refused = await hr.call(APPROVE, { id: request }, former);
    expect(codeOf(refused)).toBe('FORBIDDEN');
    const [row] = (await hr.dataSource.query(`SELECT status, manager_approved_by FROM leave_requests WHERE id = $1`, [request])) as Array<{ status: string; manager_approved_by: string | null }>;
    expect(row).toEqual({ status: 'PENDING', manager_approved_by: null });
  });
});
