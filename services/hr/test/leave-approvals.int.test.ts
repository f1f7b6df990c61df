import { parseEventEnvelope } from '@backoffice/events/registry';
import type { Principal } from '@backoffice/platform/identity';
import { addDays, asEmployee, codeOf, startHrForTest, type HrForTest } from './support/hr-test-harness';

jest.setTimeout(60_000);

type LeaveRequest = { id: string; status: string; days: string; needsHrApproval: boolean; managerApproved: boolean; decisionReason: string | null; employee: { id: string } };

const LEAVE_FIELDS = 'id status days needsHrApproval managerApproved decisionReason employee { id }';
const REQUEST = `mutation R($input: RequestLeaveInput!) { requestLeave(input: $input) { ${LEAVE_FIELDS} } }`;
const APPROVE = `mutation A($id: ID!) { approveLeave(id: $id) { ${LEAVE_FIELDS} } }`;
const REJECT = `mutation J($id: ID!, $reason: String!) { rejectLeave(id: $id, reason: $reason) { ${LEAVE_FIELDS} } }`;
const LIST = `query L($filter: LeaveRequestFilter) { leaveRequests(filter: $filter) { totalCount edges { node { ${LEAVE_FIELDS} } } } }`;
const QUEUE = `query { leaveApprovalQueue { ${LEAVE_FIELDS} } }`;

// Weeks of 2030 that start on a Monday, so each test books its own dates.
const week = { oct7: '2030-10-07', oct14: '2030-10-14', nov4: '2030-11-04', nov11: '2030-11-11', dec2: '2030-12-02' };

describe('approving leave', () => {
  let hr: HrForTest;
  let departmentId: string;

  // An employee with 30 days of 2030 vacation.
  const hire = async (managerId: string | null = null) => {
    const id = await hr.hire({ departmentId, managerId });
    await hr.ok(`mutation L($input: AllocateLeaveInput!) { allocateLeave(input: $input) { available } }`, { input: { employeeId: id, leaveType: 'VACATION', year: 2030, days: 30 } });
    return id;
  };

  // A team: a line manager with two reports.
  const team = async () => {
    const manager = await hire();
    return { manager, report: await hire(manager), colleague: await hire(manager) };
  };

  const requested = async (employeeId: string, startDate: string, endDate = startDate) =>
    (await hr.ok<{ requestLeave: LeaveRequest }>(REQUEST, { input: { leaveType: 'VACATION', startDate, endDate } }, asEmployee(employeeId))).requestLeave;

  const statusOf = async (id: string) =>
    ((await hr.dataSource.query(`SELECT status, manager_approved_by AS "managerApprovedBy" FROM leave_requests WHERE id = $1`, [id])) as Array<{ status: string; managerApprovedBy: string | null }>)[0];

  const decisionRows = async (id: string) => {
    const [row] = (await hr.dataSource.query(
      `SELECT (SELECT count(*) FROM leave_ledger WHERE leave_request_id = $1 AND entry_type = 'TAKEN')::int AS taken,
              (SELECT count(*) FROM outbox_events WHERE envelope->'data'->>'leaveRequestId' = $1::text AND event_type LIKE '%approved%')::int AS approved,
              (SELECT count(*) FROM outbox_events WHERE envelope->'data'->>'leaveRequestId' = $1::text AND event_type LIKE '%rejected%')::int AS rejected`,
      [id],
    )) as Array<{ taken: number; approved: number; rejected: number }>;
    return row!;
  };

  beforeAll(async () => {
    hr = await startHrForTest();
    departmentId = await hr.createDepartment('APR', { name: 'Approvals' });
  });

  afterAll(async () => {
    await hr?.stop();
  });

  it("the line manager approves their report's request", async () => {
    const { manager, report } = await team();
    const leave = await requested(report, week.oct7, addDays(week.oct7, 2));
    expect(leave).toMatchObject({ status: 'PENDING', needsHrApproval: false, managerApproved: false });

    const approved = (await hr.ok<{ approveLeave: LeaveRequest }>(APPROVE, { id: leave.id }, asEmployee(manager))).approveLeave;
    expect(approved).toMatchObject({ status: 'APPROVED', managerApproved: true });
    expect(await decisionRows(leave.id)).toEqual({ taken: 1, approved: 1, rejected: 0 });
  });

  it('a colleague who is not the line manager may neither approve nor reject: FORBIDDEN, and nothing changes', async () => {
    const { report, colleague } = await team();
    const leave = await requested(report, week.oct7);

    expect(codeOf(await hr.call(APPROVE, { id: leave.id }, asEmployee(colleague)))).toBe('FORBIDDEN');
    expect(codeOf(await hr.call(REJECT, { id: leave.id, reason: 'No' }, asEmployee(colleague)))).toBe('FORBIDDEN');
    expect(await statusOf(leave.id)).toEqual({ status: 'PENDING', managerApprovedBy: null });
    expect(await decisionRows(leave.id)).toEqual({ taken: 0, approved: 0, rejected: 0 });
  });

  it('nobody decides their own leave, not even HR or MANAGER', async () => {
    const { manager } = await team();
    const hrPerson = await hire(manager);
    const own = await requested(hrPerson, week.oct7);
    for (const roles of [['HR'], ['MANAGER'], ['HR', 'MANAGER', 'EMPLOYEE']] as Array<Principal['roles']>) {
      const self = { employeeId: hrPerson, roles };
      expect(codeOf(await hr.call(APPROVE, { id: own.id }, self))).toBe('FORBIDDEN');
      expect(codeOf(await hr.call(REJECT, { id: own.id, reason: 'Self' }, self))).toBe('FORBIDDEN');
    }
    expect(await statusOf(own.id)).toEqual({ status: 'PENDING', managerApprovedBy: null });
    expect((await hr.ok<{ leaveApprovalQueue: LeaveRequest[] }>(QUEUE, {}, { employeeId: hrPerson, roles: ['HR'] })).leaveApprovalQueue.map((r) => r.id)).not.toContain(own.id);
  });

  it("above the HR threshold the line manager's approval leaves it pending in HR's queue, and HR's approval makes it approved", async () => {
    const { manager, report, colleague } = await team();
    const hrPerson = await hire();
    const hrPrincipal: Principal = { employeeId: hrPerson, roles: ['HR'] };
    // 12 working days (Mon 7 – Tue 22 October) is above the default 10; exactly 10 is not.
    const long = await requested(report, week.oct7, addDays(week.oct7, 15));
    expect(long).toMatchObject({ days: expect.stringMatching(/^12(\.0)?$/), needsHrApproval: true });
    const tenDays = await requested(colleague, week.oct7, addDays(week.oct7, 11));
    expect(tenDays).toMatchObject({ days: expect.stringMatching(/^10(\.0)?$/), needsHrApproval: false });

    const stepped = (await hr.ok<{ approveLeave: LeaveRequest }>(APPROVE, { id: long.id }, asEmployee(manager))).approveLeave;
    expect(stepped).toMatchObject({ status: 'PENDING', managerApproved: true });
    expect(await decisionRows(long.id)).toEqual({ taken: 0, approved: 0, rejected: 0 });
    expect((await hr.ok<{ leaveApprovalQueue: LeaveRequest[] }>(QUEUE, {}, hrPrincipal)).leaveApprovalQueue.map((r) => r.id)).toContain(long.id);
    const managerQueue = (await hr.ok<{ leaveApprovalQueue: LeaveRequest[] }>(QUEUE, {}, asEmployee(manager))).leaveApprovalQueue.map((r) => r.id);
    expect(managerQueue).toEqual([tenDays.id]);
    expect(codeOf(await hr.call(APPROVE, { id: long.id }, asEmployee(manager)))).toBe('CONFLICT');

    const approved = (await hr.ok<{ approveLeave: LeaveRequest }>(APPROVE, { id: long.id }, hrPrincipal)).approveLeave;
    expect(approved).toMatchObject({ status: 'APPROVED', managerApproved: true });
    expect(await decisionRows(long.id)).toEqual({ taken: 1, approved: 1, rejected: 0 });
    expect((await hr.ok<{ leaveApprovalQueue: LeaveRequest[] }>(QUEUE, {}, hrPrincipal)).leaveApprovalQueue.map((r) => r.id)).not.toContain(long.id);

    expect((await hr.ok<{ approveLeave: LeaveRequest }>(APPROVE, { id: tenDays.id }, asEmployee(manager))).approveLeave.status).toBe('APPROVED');
  });

  it("a request from an employee without a line manager waits in HR's queue, since only HR or MANAGER can decide it", async () => {
    const topOfTree = await hire();
    const hrPerson = await hire();
    const leave = await requested(topOfTree, week.dec2);
    const hrQueue = (await hr.ok<{ leaveApprovalQueue: LeaveRequest[] }>(QUEUE, {}, { employeeId: hrPerson, roles: ['HR'] })).leaveApprovalQueue.map((r) => r.id);
    expect(hrQueue).toContain(leave.id);
  });

  it('rejecting needs a reason, and the reason is kept', async () => {
    const { manager, report } = await team();
    const leave = await requested(report, week.nov4);

    const noReason = await hr.call(REJECT, { id: leave.id, reason: '   ' }, asEmployee(manager));
    expect(codeOf(noReason)).toBe('BAD_USER_INPUT');
    expect((noReason.errors?.[0]?.extensions?.fields as Array<{ field: string }>).map((f) => f.field)).toEqual(['reason']);
    expect(await statusOf(leave.id)).toMatchObject({ status: 'PENDING' });

    const rejected = (await hr.ok<{ rejectLeave: LeaveRequest }>(REJECT, { id: leave.id, reason: 'Release week' }, asEmployee(manager))).rejectLeave;
    expect(rejected).toMatchObject({ status: 'REJECTED', decisionReason: 'Release week' });
    expect(await decisionRows(leave.id)).toEqual({ taken: 0, approved: 0, rejected: 1 });
    expect(codeOf(await hr.call(APPROVE, { id: leave.id }, asEmployee(manager)))).toBe('CONFLICT');
  });

  it("leaveRequests filtered by approverId is the line manager's queue of requests still to decide", async () => {
    const { manager, report, colleague } = await team();
    const other = await team();
    const first = await requested(report, week.nov11);
    const second = await requested(colleague, week.nov11);
    const decided = await requested(report, week.dec2);
    await hr.ok(APPROVE, { id: decided.id }, asEmployee(manager));
    await requested(other.report, week.nov11);

    const queue = (await hr.ok<{ leaveRequests: { totalCount: number; edges: Array<{ node: LeaveRequest }> } }>(LIST, { filter: { approverId: manager } }, asEmployee(manager))).leaveRequests;
    expect(queue.edges.map((e) => e.node.id).sort()).toEqual([first.id, second.id].sort());
    expect(queue.totalCount).toBe(2);
    expect((await hr.ok<{ leaveApprovalQueue: LeaveRequest[] }>(QUEUE, {}, asEmployee(manager))).leaveApprovalQueue.map((r) => r.id).sort()).toEqual([first.id, second.id].sort());

    expect(codeOf(await hr.call(LIST, { filter: { approverId: other.manager } }, asEmployee(manager)))).toBe('FORBIDDEN');
    const hrView = (await hr.ok<{ leaveRequests: { edges: Array<{ node: LeaveRequest }> } }>(LIST, { filter: { approverId: other.manager } })).leaveRequests;
    expect(hrView.edges.map((e) => e.node.employee.id)).toEqual([other.report]);
  });

  it("an employee sees only their own leave; a colleague's is FORBIDDEN", async () => {
    const { manager, report, colleague } = await team();
    const mine = await requested(report, week.dec2);
    const theirs = await requested(colleague, week.dec2);

    const own = (await hr.ok<{ leaveRequests: { totalCount: number; edges: Array<{ node: LeaveRequest }> } }>(LIST, {}, asEmployee(report))).leaveRequests;
    expect(own.edges.map((e) => e.node.id)).toEqual([mine.id]);
    expect(own.totalCount).toBe(1);
    expect(codeOf(await hr.call(LIST, { filter: { employeeId: colleague } }, asEmployee(report)))).toBe('FORBIDDEN');
    expect(codeOf(await hr.call(`query B($id: ID!) { leaveBalance(employeeId: $id, year: 2030) { available } }`, { id: colleague }, asEmployee(report)))).toBe('FORBIDDEN');

    const managersView = (await hr.ok<{ leaveRequests: { edges: Array<{ node: LeaveRequest }> } }>(LIST, {}, asEmployee(manager))).leaveRequests;
    expect(managersView.edges.map((e) => e.node.id).sort()).toEqual([mine.id, theirs.id].sort());
  });

  it('two concurrent approvals of one request by different deciders make one decision and one event', async () => {
    const { manager, report } = await team();
    const hrPerson = await hire();
    const deciders: Principal[] = [asEmployee(manager), { employeeId: hrPerson, roles: ['HR'] }];
    // Several rounds, so the race is really run rather than won by whoever is first by chance.
    for (let round = 0; round < 5; round += 1) {
      const leave = await requested(report, addDays(week.oct14, round));
      const responses = await Promise.all(deciders.map((decider) => hr.call<{ approveLeave: LeaveRequest }>(APPROVE, { id: leave.id }, decider)));
      expect(responses.filter((r) => r.data?.approveLeave?.status === 'APPROVED')).toHaveLength(1);
      expect(responses.map(codeOf).filter(Boolean)).toEqual(['CONFLICT']);
      expect(await decisionRows(leave.id)).toEqual({ taken: 1, approved: 1, rejected: 0 });
      const [event] = (await hr.dataSource.query(`SELECT envelope FROM outbox_events WHERE envelope->'data'->>'leaveRequestId' = $1 AND event_type LIKE '%approved%'`, [leave.id])) as Array<{ envelope: unknown }>;
      expect(parseEventEnvelope(event!.envelope).type).toBe('backoffice.hr.leave.approved.v2');
    }
  });

  it('an approval racing a rejection makes one decision: exactly one succeeds and the ledger matches it', async () => {
    const { manager, report } = await team();
    const hrPerson = await hire();
    for (let round = 0; round < 5; round += 1) {
      const leave = await requested(report, addDays(week.nov4, round));
      const [approval, rejection] = await Promise.all([
        hr.call<{ approveLeave: LeaveRequest }>(APPROVE, { id: leave.id }, asEmployee(manager)),
        hr.call<{ rejectLeave: LeaveRequest }>(REJECT, { id: leave.id, reason: 'Too busy' }, { employeeId: hrPerson, roles: ['HR'] }),
      ]);
      expect([codeOf(approval), codeOf(rejection)].filter(Boolean)).toEqual(['CONFLICT']);
      const rows = await decisionRows(leave.id);
      expect(rows).toEqual(approval.data?.approveLeave ? { taken: 1, approved: 1, rejected: 0 } : { taken: 0, approved: 0, rejected: 1 });
    }
  });
});
