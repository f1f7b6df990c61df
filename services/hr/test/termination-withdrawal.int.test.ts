import { parseEventEnvelope } from '@backoffice/events/registry';
import { addDays, asEmployee, codeOf, daysFromToday, problemFields, startHrForTest, today, type HrForTest } from './support/hr-test-harness';

jest.setTimeout(60_000);

// Withdrawing a termination: the employee stays employed, the reason stays in HR, and the leave
// the termination settled stays as it is, listed so it can be requested again.

const WITHDRAW = `mutation W($id: ID!, $reason: String!, $version: Int) {
  withdrawTermination(id: $id, reason: $reason, version: $version) {
    employee { id status terminationDate terminationReason version history { action fields { field from to } } }
    settledLeave { id status endDate days }
  } }`;
const TERMINATE = `mutation T($id: ID!, $input: TerminateEmployeeInput!) { terminateEmployee(id: $id, input: $input) { id version } }`;

type Withdrawal = {
  employee: { id: string; status: string; terminationDate: string | null; terminationReason: string | null; version: number; history: Array<{ action: string; fields: Array<{ field: string; from: string | null; to: string | null }> }> };
  settledLeave: Array<{ id: string; status: string; endDate: string; days: string }>;
};

describe('withdrawing a termination', () => {
  let hr: HrForTest;
  let departmentId: string;

  beforeAll(async () => {
    hr = await startHrForTest();
    departmentId = await hr.createDepartment('WDR', { name: 'Withdrawals' });
  });

  afterAll(async () => {
    await hr?.stop();
  });

  const employeeEvents = async (employeeId: string) =>
    ((await hr.dataSource.query(`SELECT envelope FROM outbox_events WHERE message_key = $1 ORDER BY id`, [employeeId])) as Array<{ envelope: unknown }>).map((row) =>
      parseEventEnvelope(row.envelope),
    );

  it('before the last day: employed again, the reason kept in history only, an event without it, and the settled leave listed as it stands', async () => {
    const employee = await hr.hire({ departmentId });
    await hr.ok(`mutation L($input: AllocateLeaveInput!) { allocateLeave(input: $input) { available } }`, { input: { employeeId: employee, leaveType: 'VACATION', year: 2030, days: 20 } });
    const request = async (startDate: string, endDate: string) =>
      (await hr.ok<{ requestLeave: { id: string } }>(`mutation R($input: RequestLeaveInput!) { requestLeave(input: $input) { id } }`, { input: { leaveType: 'VACATION', startDate, endDate } }, asEmployee(employee))).requestLeave.id;
    // Mon 3 – Fri 7 June 2030, approved; Mon 10 – Tue 11 June 2030, pending.
    const spanning = await request('2030-06-03', '2030-06-07');
    await hr.ok(`mutation A($id: ID!) { approveLeave(id: $id) { id } }`, { id: spanning });
    const later = await request('2030-06-10', '2030-06-11');
    const untouched = await request('2030-03-04', '2030-03-05');
    await hr.ok(TERMINATE, { id: employee, input: { terminationDate: '2030-06-04', reason: 'RESIGNATION' } });

    const withdrawn = (await hr.ok<{ withdrawTermination: Withdrawal }>(WITHDRAW, { id: employee, reason: 'Changed their mind' })).withdrawTermination;
    expect(withdrawn.employee).toMatchObject({ status: 'ACTIVE', terminationDate: null, terminationReason: null });
    const [latest] = withdrawn.employee.history;
    expect(latest!.action).toBe('terminationWithdrawn');
    expect([...latest!.fields].sort((a, b) => a.field.localeCompare(b.field))).toEqual([
      { field: 'terminationDate', from: '2030-06-04', to: null },
      { field: 'terminationReason', from: 'RESIGNATION', to: null },
      { field: 'withdrawalReason', from: null, to: 'Changed their mind' },
    ]);
    // The leave the termination settled stays as it is, and is listed; other leave is not.
    expect(withdrawn.settledLeave).toHaveLength(2);
    expect(withdrawn.settledLeave).toEqual([
      { id: spanning, status: 'APPROVED', endDate: '2030-06-04', days: '2.0' },
      { id: later, status: 'CANCELLED', endDate: '2030-06-11', days: '2.0' },
    ]);
    expect(withdrawn.settledLeave.map((leave) => leave.id)).not.toContain(untouched);

    const events = await employeeEvents(employee);
    const last = events.at(-1)!;
    expect(last.type).toBe('backoffice.hr.employee.termination-withdrawn.v1');
    expect(last.data).toEqual({ employeeId: employee, withdrawnTerminationDate: '2030-06-04' });
    expect(JSON.stringify(events)).not.toContain('Changed their mind');
    expect(JSON.stringify(events)).not.toContain('RESIGNATION');
  });

  it('terminated again on the same date after a withdrawal, a second withdrawal lists only what the second termination settled', async () => {
    const employee = await hr.hire({ departmentId });
    await hr.ok(`mutation L($input: AllocateLeaveInput!) { allocateLeave(input: $input) { available } }`, { input: { employeeId: employee, leaveType: 'VACATION', year: 2030, days: 20 } });
    const leave = (await hr.ok<{ requestLeave: { id: string } }>(`mutation R($input: RequestLeaveInput!) { requestLeave(input: $input) { id } }`, { input: { leaveType: 'VACATION', startDate: '2030-09-09', endDate: '2030-09-10' } }, asEmployee(employee))).requestLeave.id;
    await hr.ok(TERMINATE, { id: employee, input: { terminationDate: '2030-09-06', reason: 'RESIGNATION' } });
    const first = (await hr.ok<{ withdrawTermination: Withdrawal }>(WITHDRAW, { id: employee, reason: 'Stays' })).withdrawTermination;
    expect(first.settledLeave.map((settled) => [settled.id, settled.status])).toEqual([[leave, 'CANCELLED']]);
    // The same last day again: the leave was already withdrawn, so this termination settles nothing.
    await hr.ok(TERMINATE, { id: employee, input: { terminationDate: '2030-09-06', reason: 'RESIGNATION' } });
    const second = (await hr.ok<{ withdrawTermination: Withdrawal }>(WITHDRAW, { id: employee, reason: 'Stays after all' })).withdrawTermination;
    expect(second.settledLeave).toEqual([]);
  });

  it('on the last day itself it may still be withdrawn; a day later it is refused and nothing changes', async () => {
    const onLastDay = await hr.hire({ departmentId });
    await hr.ok(TERMINATE, { id: onLastDay, input: { terminationDate: today, reason: 'RESIGNATION' } });
    expect((await hr.ok<{ withdrawTermination: Withdrawal }>(WITHDRAW, { id: onLastDay, reason: 'Stays' })).withdrawTermination.employee.status).toBe('ACTIVE');

    const gone = await hr.hire({ departmentId });
    await hr.ok(TERMINATE, { id: gone, input: { terminationDate: daysFromToday(-1), reason: 'RESIGNATION' } });
    const before = await hr.rowCounts(['employee_changes', 'outbox_events', 'audit_log']);
    const refused = await hr.call(WITHDRAW, { id: gone, reason: 'Too late' });
    expect(codeOf(refused)).toBe('BAD_USER_INPUT');
    expect(problemFields(refused)).toEqual(['id']);
    expect(refused.errors?.[0]?.message).toContain(`the last day ${daysFromToday(-1)} has passed; rehire them instead`);
    expect(await hr.rowCounts(['employee_changes', 'outbox_events', 'audit_log'])).toEqual(before);
  });

  it('without a termination, with a stale version, or by an EMPLOYEE, it is refused and writes nothing', async () => {
    const employee = await hr.hire({ departmentId });
    const before = await hr.rowCounts(['employee_changes', 'outbox_events']);
    expect(problemFields(await hr.call(WITHDRAW, { id: employee, reason: 'Nothing to withdraw' }))).toEqual(['id']);
    const { terminateEmployee } = await hr.ok<{ terminateEmployee: { version: number } }>(TERMINATE, { id: employee, input: { terminationDate: addDays(today, 30), reason: 'RESIGNATION' } });
    const afterTermination = await hr.rowCounts(['employee_changes', 'outbox_events']);
    expect(codeOf(await hr.call(WITHDRAW, { id: employee, reason: 'Stale', version: terminateEmployee.version - 1 }))).toBe('CONFLICT');
    expect(codeOf(await hr.call(WITHDRAW, { id: employee, reason: 'Mine' }, asEmployee(employee)))).toBe('FORBIDDEN');
    expect(codeOf(await hr.call(WITHDRAW, { id: employee, reason: '' }))).toBe('BAD_USER_INPUT');
    expect(await hr.rowCounts(['employee_changes', 'outbox_events'])).toEqual(afterTermination);
    expect(afterTermination.employee_changes).toBe(before.employee_changes! + 1);
  });

  it('two withdrawals at once: one succeeds, the other is told it is stale or there is nothing left to withdraw', async () => {
    const employee = await hr.hire({ departmentId });
    await hr.ok(TERMINATE, { id: employee, input: { terminationDate: addDays(today, 10), reason: 'RESIGNATION' } });
    const results = await Promise.all([hr.call(WITHDRAW, { id: employee, reason: 'First' }), hr.call(WITHDRAW, { id: employee, reason: 'Second' })]);
    expect(results.filter((result) => !result.errors)).toHaveLength(1);
    expect(['CONFLICT', 'BAD_USER_INPUT']).toContain(codeOf(results.find((result) => result.errors)!));
    const withdrawnEvents = (await employeeEvents(employee)).filter((event) => event.type === 'backoffice.hr.employee.termination-withdrawn.v1');
    expect(withdrawnEvents).toHaveLength(1);
  });
});
