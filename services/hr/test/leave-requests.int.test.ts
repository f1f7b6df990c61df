import { parseEventEnvelope } from '@backoffice/events/registry';
import { addDays, asEmployee, isWeekend, startHrForTest, today, type HrForTest } from './support/hr-test-harness';

jest.setTimeout(60_000);

// Dates relative to today (UTC, as the service and the database count them).
const thisYear = Number(today.slice(0, 4));
// Seven days around today cut to this calendar year: at least four days, so a weekday.
const aroundToday = { startDate: [addDays(today, -3), `${thisYear}-01-01`].sort()[1]!, endDate: [addDays(today, 3), `${thisYear}-12-31`].sort()[0]! };
let nextWorkingDay = addDays(today, 1);
while (isWeekend(nextWorkingDay)) nextWorkingDay = addDays(nextWorkingDay, 1);

type LeaveRequest = { id: string; status: string; days: string; startDate: string; endDate: string; needsHrApproval: boolean; managerApproved: boolean; version: number };
type Balance = { leaveType: { code: string }; year: number; allocated: string; adjusted: string; taken: string; pending: string; available: string };

const LEAVE_FIELDS = 'id status days startDate endDate needsHrApproval managerApproved version';
const REQUEST = `mutation R($input: RequestLeaveInput!) { requestLeave(input: $input) { ${LEAVE_FIELDS} } }`;
const APPROVE = `mutation A($id: ID!) { approveLeave(id: $id) { ${LEAVE_FIELDS} } }`;
const REJECT = `mutation J($id: ID!, $reason: String!) { rejectLeave(id: $id, reason: $reason) { ${LEAVE_FIELDS} } }`;
const CANCEL = `mutation C($id: ID!, $reason: String) { cancelLeave(id: $id, reason: $reason) { ${LEAVE_FIELDS} } }`;
const BALANCE = `query B($employeeId: ID!, $year: Int!) { leaveBalance(employeeId: $employeeId, year: $year) { leaveType { code } year allocated adjusted taken pending available } }`;

describe('requesting leave', () => {
  let hr: HrForTest;
  let departmentId: string;
  let manager: string;

  const hire = (managerId: string | null = manager) => hr.hire({ departmentId, managerId });

  const allocate = (employeeId: string, days: number, year = 2030, leaveType = 'VACATION') =>
    hr.ok(`mutation L($input: AllocateLeaveInput!) { allocateLeave(input: $input) { available } }`, { input: { employeeId, leaveType, year, days } });

  const request = (employeeId: string, period: Record<string, unknown>, leaveType = 'VACATION') =>
    hr.call<{ requestLeave: LeaveRequest }>(REQUEST, { input: { leaveType, ...period } }, asEmployee(employeeId));

  const requested = async (employeeId: string, period: Record<string, unknown>, leaveType = 'VACATION') => {
    const response = await request(employeeId, period, leaveType);
    expect(response.errors).toBeUndefined();
    return response.data!.requestLeave;
  };

  const balanceOf = async (employeeId: string, year = 2030, leaveType = 'VACATION') => {
    const { leaveBalance } = await hr.ok<{ leaveBalance: Balance[] }>(BALANCE, { employeeId, year });
    const balance = leaveBalance.find((b) => b.leaveType.code === leaveType)!;
    return { allocated: Number(balance.allocated), taken: Number(balance.taken), pending: Number(balance.pending), available: Number(balance.available) };
  };

  const statusOf = async (id: string) => (await hr.ok<{ employee: { status: string } }>(`query E($id: ID!) { employee(id: $id) { status } }`, { id })).employee.status;

  const rowCounts = () => hr.rowCounts(['leave_requests', 'leave_ledger', 'outbox_events', 'audit_log']);

  const leaveEvents = async (leaveRequestId: string) =>
    (await hr.dataSource.query(`SELECT topic, message_key AS key, envelope FROM outbox_events WHERE envelope->'data'->>'leaveRequestId' = $1 ORDER BY id`, [
      leaveRequestId,
    ])) as Array<{ topic: string; key: string; envelope: unknown }>;

  beforeAll(async () => {
    hr = await startHrForTest();
    departmentId = await hr.createDepartment('LVE', { name: 'Leave' });
    manager = await hire(null);
  });

  afterAll(async () => {
    await hr?.stop();
  });

  it('counts working days leaving out weekends, holidays and half days, as counted by hand', async () => {
    for (const [date, name] of [['2030-03-13', 'Midweek holiday'], ['2030-05-06', 'Monday holiday']]) {
      await hr.ok(`mutation D($input: AddHolidayInput!) { addHoliday(input: $input) { date } }`, { input: { date, name } });
    }
    const employee = await hire();
    await allocate(employee, 30);
    // March–April 2030 on a calendar: Mondays are 4, 11, 18, 25 March and 1, 8, 15, 22, 29 April.
    const cases: Array<[string, Record<string, unknown>, number]> = [
      ['Mon–Fri', { startDate: '2030-03-04', endDate: '2030-03-08' }, 5],
      ['Mon–Fri with Wednesday a holiday', { startDate: '2030-03-11', endDate: '2030-03-15' }, 4],
      ['Thu–Tue across two weekends', { startDate: '2030-03-21', endDate: '2030-04-02' }, 9],
      ['Mon–Wed from Monday noon', { startDate: '2030-04-08', endDate: '2030-04-10', startHalfDay: true }, 2.5],
      ['Mon–Wed until Wednesday noon', { startDate: '2030-04-15', endDate: '2030-04-17', endHalfDay: true }, 2.5],
      ['Mon noon–Wed noon', { startDate: '2030-04-22', endDate: '2030-04-24', startHalfDay: true, endHalfDay: true }, 2],
      ['a Monday afternoon', { startDate: '2030-04-29', endDate: '2030-04-29', startHalfDay: true }, 0.5],
      ['the same Monday morning', { startDate: '2030-04-29', endDate: '2030-04-29', endHalfDay: true }, 0.5],
    ];
    const counted: Array<[string, number]> = [];
    for (const [label, period] of cases) counted.push([label, Number((await requested(employee, period)).days)]);
    expect(counted).toEqual(cases.map(([label, , days]) => [label, days]));
    expect(await balanceOf(employee)).toEqual({ allocated: 30, taken: 0, pending: 26, available: 4 });

    const weekendAndHoliday = await request(employee, { startDate: '2030-05-04', endDate: '2030-05-06' });
    expect(weekendAndHoliday.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(weekendAndHoliday.errors?.[0]?.message).toContain('no working days');
    const halfDayOnSaturday = await request(employee, { startDate: '2030-05-04', endDate: '2030-05-07', startHalfDay: true });
    expect(halfDayOnSaturday.errors?.[0]?.extensions?.fields).toEqual([{ field: 'input.startHalfDay', message: '2030-05-04 is not a working day' }]);
  });

  it('refuses a request overlapping pending or approved leave, naming that leave; rejected leave does not block', async () => {
    const employee = await hire();
    await allocate(employee, 20);
    const first = await requested(employee, { startDate: '2030-06-03', endDate: '2030-06-07' });

    const clash = await request(employee, { startDate: '2030-06-07', endDate: '2030-06-11' });
    expect(clash.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(clash.errors?.[0]?.extensions?.fields).toEqual([{ field: 'input.startDate', message: 'overlaps pending leave 2030-06-03 to 2030-06-07' }]);

    await hr.ok(APPROVE, { id: first.id }, asEmployee(manager));
    const clashApproved = await request(employee, { startDate: '2030-06-05', endDate: '2030-06-05', startHalfDay: true });
    expect(clashApproved.errors?.[0]?.message).toContain('overlaps approved leave 2030-06-03 to 2030-06-07');

    const adjacent = await requested(employee, { startDate: '2030-06-10', endDate: '2030-06-11' });
    await hr.ok(REJECT, { id: adjacent.id, reason: 'Team offsite' }, asEmployee(manager));
    expect((await requested(employee, { startDate: '2030-06-10', endDate: '2030-06-11' })).status).toBe('PENDING');
  });

  it('refuses a request beyond the balance, saying how many days are available, and writes nothing', async () => {
    const employee = await hire();
    await allocate(employee, 3);
    const before = await rowCounts();

    const tooLong = await request(employee, { startDate: '2030-06-03', endDate: '2030-06-07' });
    expect(tooLong.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(tooLong.errors?.[0]?.message).toMatch(/needs 5(\.0)? days of VACATION but only 3(\.0)? are available in 2030/);
    const unallocated = await request(employee, { startDate: '2030-06-03', endDate: '2030-06-03' }, 'SICK');
    expect(unallocated.errors?.[0]?.message).toMatch(/only 0(\.0)? are available/);

    expect(await rowCounts()).toEqual(before);
    expect(await balanceOf(employee)).toEqual({ allocated: 3, taken: 0, pending: 0, available: 3 });
    expect((await requested(employee, { startDate: '2030-06-03', endDate: '2030-06-05' })).days).toMatch(/^3(\.0)?$/);
  });

  it('books unpaid leave without an allocation, and its events carry unpaid and the days for payroll', async () => {
    const employee = await hire();
    const unpaid = await requested(employee, { startDate: '2030-07-01', endDate: '2030-07-05', endHalfDay: true }, 'UNPAID');
    expect(Number(unpaid.days)).toBe(4.5);
    await hr.ok(APPROVE, { id: unpaid.id }, asEmployee(manager));

    const events = (await leaveEvents(unpaid.id)).map((row) => parseEventEnvelope(row.envelope));
    expect(events.map((e) => e.type)).toEqual(['backoffice.hr.leave.requested.v2', 'backoffice.hr.leave.approved.v2']);
    // Unpaid and the days with their half days, for payroll; never the leave type (analysts read this topic).
    for (const event of events) {
      expect(event.data).toMatchObject({ employeeId: employee, unpaid: true, days: expect.stringMatching(/^4\.5$/), startHalfDay: false, endHalfDay: true });
      expect(event.data).not.toHaveProperty('leaveType');
    }
    expect(await balanceOf(employee, 2030, 'UNPAID')).toMatchObject({ allocated: 0 });
  });

  it('shows allocated, taken, pending and available through request, approval and cancellation, the days coming back', async () => {
    const employee = await hire();
    await allocate(employee, 10);
    expect(await balanceOf(employee)).toEqual({ allocated: 10, taken: 0, pending: 0, available: 10 });

    // Monday 5 to Wednesday 7 August 2030.
    const leave = await requested(employee, { startDate: '2030-08-05', endDate: '2030-08-07' });
    expect(await balanceOf(employee)).toEqual({ allocated: 10, taken: 0, pending: 3, available: 7 });

    expect((await hr.ok<{ approveLeave: LeaveRequest }>(APPROVE, { id: leave.id }, asEmployee(manager))).approveLeave.status).toBe('APPROVED');
    expect(await balanceOf(employee)).toEqual({ allocated: 10, taken: 3, pending: 0, available: 7 });

    expect((await hr.ok<{ cancelLeave: LeaveRequest }>(CANCEL, { id: leave.id, reason: 'Plans changed' }, asEmployee(employee))).cancelLeave.status).toBe('CANCELLED');
    expect(await balanceOf(employee)).toEqual({ allocated: 10, taken: 0, pending: 0, available: 10 });

    const ledger = (await hr.dataSource.query(`SELECT entry_type AS "entryType", days::float AS days FROM leave_ledger WHERE employee_id = $1 ORDER BY id`, [employee])) as unknown[];
    expect(ledger).toEqual([
      { entryType: 'ALLOCATION', days: 10 },
      { entryType: 'TAKEN', days: -3 },
      { entryType: 'RETURNED', days: 3 },
    ]);
  });

  it('withdrawing a pending request gives its days back without touching the ledger', async () => {
    const employee = await hire();
    await allocate(employee, 5);
    const leave = await requested(employee, { startDate: '2030-08-05', endDate: '2030-08-09' });
    expect(await balanceOf(employee)).toMatchObject({ pending: 5, available: 0 });
    await hr.ok(CANCEL, { id: leave.id }, asEmployee(employee));
    expect(await balanceOf(employee)).toEqual({ allocated: 5, taken: 0, pending: 0, available: 5 });
    const [entries] = (await hr.dataSource.query(`SELECT count(*)::int AS n FROM leave_ledger WHERE employee_id = $1`, [employee])) as Array<{ n: number }>;
    expect(entries!.n).toBe(1);
  });

  it('refuses to cancel approved leave that has already started, and the days stay taken', async () => {
    const employee = await hire();
    await allocate(employee, 10, thisYear);
    const leave = await requested(employee, aroundToday);
    await hr.ok(APPROVE, { id: leave.id }, asEmployee(manager));
    const before = await rowCounts();

    const cancel = await hr.call<{ cancelLeave: LeaveRequest }>(CANCEL, { id: leave.id }, asEmployee(employee));
    expect(cancel.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(cancel.errors?.[0]?.message).toContain('can no longer be cancelled');
    expect(await rowCounts()).toEqual(before);
    expect(await balanceOf(employee, thisYear)).toMatchObject({ taken: Number(leave.days), pending: 0 });
  });

  it('an employee is ON_LEAVE while approved leave covers today, and ACTIVE while it is only pending or starts later', async () => {
    const away = await hire();
    await allocate(away, 10, thisYear);
    const current = await requested(away, aroundToday);
    expect(await statusOf(away)).toBe('ACTIVE');
    await hr.ok(APPROVE, { id: current.id }, asEmployee(manager));
    expect(await statusOf(away)).toBe('ON_LEAVE');

    const later = await hire();
    const nextYear = Number(nextWorkingDay.slice(0, 4));
    await allocate(later, 10, nextYear);
    const upcoming = await requested(later, { startDate: nextWorkingDay, endDate: nextWorkingDay });
    await hr.ok(APPROVE, { id: upcoming.id }, asEmployee(manager));
    expect(await statusOf(later)).toBe('ACTIVE');
    await hr.ok(CANCEL, { id: upcoming.id }, asEmployee(later));
    expect(await statusOf(later)).toBe('ACTIVE');
    expect(await balanceOf(later, nextYear)).toMatchObject({ taken: 0, available: 10 });
  });

  // Status follows the half of the day (UTC, the service's clock). The approved rows are
  // written directly, so the test runs on any day, weekends included.
  const approvedLeaveOn = async (date: string, half: { startHalfDay: boolean; endHalfDay: boolean }) => {
    const employee = await hire();
    await hr.dataSource.query(
      `INSERT INTO leave_requests (employee_id, leave_type, start_date, end_date, start_half_day, end_half_day, days, status, needs_hr_approval, requested_by)
       VALUES ($1, 'UNPAID', $2::date, $2::date, $3, $4, $5, 'APPROVED', false, 'test')`,
      [employee, date, half.startHalfDay, half.endHalfDay, half.startHalfDay || half.endHalfDay ? 0.5 : 1],
    );
    return employee;
  };

  it('on a half day of leave an employee is on leave only for that half, morning or afternoon', async () => {
    const day = '2030-06-12';
    const cases = [
      { name: 'afternoon off', startHalfDay: true, endHalfDay: false, morning: false, afternoon: true },
      { name: 'morning off', startHalfDay: false, endHalfDay: true, morning: true, afternoon: false },
      { name: 'both flags on one day: the afternoon', startHalfDay: true, endHalfDay: true, morning: false, afternoon: true },
      { name: 'whole day', startHalfDay: false, endHalfDay: false, morning: true, afternoon: true },
    ];
    const onLeaveAt = async (employee: string, at: string) =>
      ((await hr.dataSource.query(`SELECT EXISTS (SELECT 1 FROM leave_status_at($1, $2::timestamp)) AS "onLeave"`, [employee, at])) as [{ onLeave: boolean }])[0].onLeave;
    const seen = [];
    for (const leave of cases) {
      const employee = await approvedLeaveOn(day, leave);
      seen.push({
        case: leave.name,
        dayBefore: await onLeaveAt(employee, '2030-06-11 23:59:59'),
        morning: await onLeaveAt(employee, `${day} 11:59:59`),
        afternoon: await onLeaveAt(employee, `${day} 12:00:00`),
        dayAfter: await onLeaveAt(employee, '2030-06-13 00:00:00'),
      });
    }
    expect(seen).toEqual(cases.map((leave) => ({ case: leave.name, dayBefore: false, morning: leave.morning, afternoon: leave.afternoon, dayAfter: false })));
  });

  it("the employee's status asks that rule about now: of a morning off and an afternoon off today, only the current half shows ON_LEAVE", async () => {
    const morningOff = await approvedLeaveOn(today, { startHalfDay: false, endHalfDay: true });
    const afternoonOff = await approvedLeaveOn(today, { startHalfDay: true, endHalfDay: false });
    const halfNow = async () => (((await hr.dataSource.query(`SELECT business_localtimestamp()::time >= time '12:00' AS afternoon`)) as [{ afternoon: boolean }])[0].afternoon ? 'afternoon' : 'morning');
    // Read the half before and after, and read again in the rare run that straddles noon.
    for (;;) {
      const half = await halfNow();
      const statuses = { morningOff: await statusOf(morningOff), afternoonOff: await statusOf(afternoonOff) };
      if ((await halfNow()) !== half) continue;
      expect(statuses).toEqual(half === 'morning' ? { morningOff: 'ON_LEAVE', afternoonOff: 'ACTIVE' } : { morningOff: 'ACTIVE', afternoonOff: 'ON_LEAVE' });
      break;
    }
  });

  it('writes requested, approved, rejected and cancelled on hr.leave.v1, each valid against its schema', async () => {
    const employee = await hire();
    await allocate(employee, 10);
    const approvedThenCancelled = await requested(employee, { startDate: '2030-09-02', endDate: '2030-09-03' });
    await hr.ok(APPROVE, { id: approvedThenCancelled.id }, asEmployee(manager));
    await hr.ok(CANCEL, { id: approvedThenCancelled.id, reason: 'Plans changed' }, asEmployee(employee));
    const rejected = await requested(employee, { startDate: '2030-09-09', endDate: '2030-09-09', endHalfDay: true });
    await hr.ok(REJECT, { id: rejected.id, reason: 'Release day' }, asEmployee(manager));

    const first = await leaveEvents(approvedThenCancelled.id);
    const second = await leaveEvents(rejected.id);
    for (const row of [...first, ...second]) expect(row.topic).toMatch(/(^|-)hr\.leave\.v1$/);
    expect(first.every((row) => row.key === approvedThenCancelled.id) && second.every((row) => row.key === rejected.id)).toBe(true);

    const [requestedEvent, approvedEvent, cancelledEvent] = first.map((row) => parseEventEnvelope(row.envelope));
    const [requestedAgain, rejectedEvent] = second.map((row) => parseEventEnvelope(row.envelope));
    expect([requestedEvent, approvedEvent, cancelledEvent, requestedAgain, rejectedEvent].map((e) => e?.type)).toEqual([
      'backoffice.hr.leave.requested.v2',
      'backoffice.hr.leave.approved.v2',
      'backoffice.hr.leave.cancelled.v2',
      'backoffice.hr.leave.requested.v2',
      'backoffice.hr.leave.rejected.v2',
    ]);
    const shape = { leaveRequestId: approvedThenCancelled.id, employeeId: employee, startDate: '2030-09-02', endDate: '2030-09-03', startHalfDay: false, endHalfDay: false, days: '2.0', unpaid: false };
    expect(requestedEvent!.data).toEqual(shape);
    expect(approvedEvent!.data).toEqual({ ...shape, decidedBy: manager });
    // The reasons people give stay in HR: free text about a person is not for analysts.
    expect(cancelledEvent!.data).toEqual(shape);
    expect(rejectedEvent!.data).toEqual({ ...shape, leaveRequestId: rejected.id, startDate: expect.any(String), endDate: expect.any(String), startHalfDay: expect.any(Boolean), endHalfDay: expect.any(Boolean), days: '0.5', decidedBy: manager });
  });

  it('terminating an employee withdraws their leave after the last day and returns its days', async () => {
    const employee = await hire();
    await allocate(employee, 10);
    const approved = await requested(employee, { startDate: '2030-06-03', endDate: '2030-06-05' });
    await hr.ok(APPROVE, { id: approved.id });
    const pending = await requested(employee, { startDate: '2030-07-01', endDate: '2030-07-02' });
    const before = await requested(employee, { startDate: '2030-05-07', endDate: '2030-05-07' });
    await hr.ok(APPROVE, { id: before.id });

    await hr.ok(`mutation T($id: ID!) { terminateEmployee(id: $id, input: { terminationDate: "2030-05-31", reason: "RESIGNATION" }) { id } }`, { id: employee });

    const statuses = (await hr.dataSource.query(`SELECT id, status FROM leave_requests WHERE employee_id = $1`, [employee])) as Array<{ id: string; status: string }>;
    const statusOf = (id: string) => statuses.find((row) => row.id === id)?.status;
    expect(statusOf(approved.id)).toBe('CANCELLED');
    expect(statusOf(pending.id)).toBe('CANCELLED');
    expect(statusOf(before.id)).toBe('APPROVED');
    expect(await balanceOf(employee)).toEqual({ allocated: 10, taken: 1, pending: 0, available: 9 });
  });

  it('terminating an employee cuts approved leave that runs past the last day back to it, returns the rest once, and says so on hr.leave.v1', async () => {
    const employee = await hire();
    await allocate(employee, 20);
    // Mon 27 May from noon to Fri 7 June until noon 2030: 10 working days less two halves.
    const spanning = await requested(employee, { startDate: '2030-05-27', endDate: '2030-06-07', startHalfDay: true, endHalfDay: true });
    expect(spanning.days).toBe('9.0');
    await hr.ok(APPROVE, { id: spanning.id }, asEmployee(manager));
    const before = await rowCounts();

    await hr.ok(`mutation T($id: ID!) { terminateEmployee(id: $id, input: { terminationDate: "2030-05-31", reason: "RESIGNATION" }) { id } }`, { id: employee });

    const { leaveRequests } = await hr.ok<{ leaveRequests: { edges: Array<{ node: LeaveRequest }> } }>(
      `query Q($employeeId: ID!) { leaveRequests(filter: { employeeId: $employeeId }) { edges { node { ${LEAVE_FIELDS} } } } }`,
      { employeeId: employee },
    );
    // Mon noon to Fri: four and a half days kept; the four and a half after Friday come back.
    expect(leaveRequests.edges.map((edge) => edge.node)).toEqual([
      expect.objectContaining({ id: spanning.id, status: 'APPROVED', startDate: '2030-05-27', endDate: '2030-05-31', days: '4.5', version: spanning.version + 2 }),
    ]);
    expect(await balanceOf(employee)).toEqual({ allocated: 20, taken: 4.5, pending: 0, available: 15.5 });
    const after = await rowCounts();
    expect(after.leave_ledger).toBe(before.leave_ledger! + 1);
    const shortenedAudit = (await hr.dataSource.query(`SELECT changes FROM audit_log WHERE entity_id = $1 AND action = 'leave.shortened'`, [spanning.id])) as Array<{ changes: unknown }>;
    expect(shortenedAudit).toEqual([{ changes: { endDate: { from: '2030-06-07', to: '2030-05-31' }, days: { from: '9.0', to: '4.5' } } }]);

    const events = (await leaveEvents(spanning.id)).map((row) => parseEventEnvelope(row.envelope));
    expect(events.map((event) => event.type)).toEqual(['backoffice.hr.leave.requested.v2', 'backoffice.hr.leave.approved.v2', 'backoffice.hr.leave.shortened.v2']);
    expect(events[2]!.data).toEqual({
      leaveRequestId: spanning.id, employeeId: employee, startDate: '2030-05-27', endDate: '2030-05-31', startHalfDay: true, endHalfDay: false, days: '4.5', unpaid: false,
      previousEndDate: '2030-06-07', previousDays: '9.0', daysReturned: '4.5',
    });

    // What is left can still be cancelled before it starts, and then every day is back.
    const cancelled = await hr.ok<{ cancelLeave: LeaveRequest }>(CANCEL, { id: spanning.id, reason: 'Leaving earlier' });
    expect(cancelled.cancelLeave).toMatchObject({ status: 'CANCELLED', days: '4.5' });
    expect(await balanceOf(employee)).toEqual({ allocated: 20, taken: 0, pending: 0, available: 20 });
  });

  it('a holiday added after approval on a half-day start counts nothing when the leave is cut back at termination', async () => {
    const employee = await hire();
    await allocate(employee, 10);
    // Wed 9 October 2030 from noon to Fri 18 October: half a day and seven whole ones.
    const leave = await requested(employee, { startDate: '2030-10-09', endDate: '2030-10-18', startHalfDay: true });
    expect(leave.days).toBe('7.5');
    await hr.ok(APPROVE, { id: leave.id }, asEmployee(manager));
    await hr.ok(`mutation D($input: AddHolidayInput!) { addHoliday(input: $input) { date } }`, { input: { date: '2030-10-09', name: 'Late holiday' } });

    await hr.ok(`mutation T($id: ID!) { terminateEmployee(id: $id, input: { terminationDate: "2030-10-11", reason: "RESIGNATION" }) { id } }`, { id: employee });

    // Thursday and Friday are kept; the holiday counts nothing; five and a half days come back.
    const [row] = (await hr.dataSource.query(`SELECT status, to_char(end_date, 'YYYY-MM-DD') AS "endDate", days::text AS days FROM leave_requests WHERE id = $1`, [leave.id])) as Array<{
      status: string;
      endDate: string;
      days: string;
    }>;
    expect(row).toEqual({ status: 'APPROVED', endDate: '2030-10-11', days: '2.0' });
    expect(await balanceOf(employee)).toEqual({ allocated: 10, taken: 2, pending: 0, available: 8 });
  });

  it('approved leave that keeps no working day up to the last day is withdrawn, not cut to nothing', async () => {
    const employee = await hire();
    await allocate(employee, 10);
    // Sat 1 June to Tue 4 June 2030: the last day is the Saturday, so nothing worked is kept.
    const fromSaturday = await requested(employee, { startDate: '2030-06-01', endDate: '2030-06-04' });
    expect(fromSaturday.days).toBe('2.0');
    await hr.ok(APPROVE, { id: fromSaturday.id }, asEmployee(manager));

    await hr.ok(`mutation T($id: ID!) { terminateEmployee(id: $id, input: { terminationDate: "2030-06-01", reason: "RESIGNATION" }) { id } }`, { id: employee });

    const events = (await leaveEvents(fromSaturday.id)).map((row) => parseEventEnvelope(row.envelope));
    expect(events.map((event) => event.type).at(-1)).toBe('backoffice.hr.leave.cancelled.v2');
    expect(await balanceOf(employee)).toEqual({ allocated: 10, taken: 0, pending: 0, available: 10 });
  });
});
