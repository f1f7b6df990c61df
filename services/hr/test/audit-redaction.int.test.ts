import { REDACTED } from '@backoffice/platform/audit';
import { asEmployee, daysFromToday, startHrForTest, type HrForTest } from './support/hr-test-harness';

jest.setTimeout(120_000);

// Every HR command that takes private data, run against PostgreSQL with values found nowhere
// else; then the stored audit rows, searched as text, hold none of them, while HR's own records
// (history, pay, ledger, requests) do. audit-redaction.test.ts holds the list to the schema.

// Each private value the commands below send, with what it is.
const PRIVATE_VALUES = {
  hirePhone: '+44 20 7946 0417',
  hireContactName: 'Zebedee Kinsman',
  hireContactRelationship: 'godparent',
  hireContactPhone: '+44 20 7946 0533',
  hireSalary: '61234.56',
  updatedPhone: '+44 20 7946 0822',
  updatedContactName: 'Ophelia Nextofkin',
  updatedContactPhone: '+44 20 7946 0644',
  raisedSalary: '98765.43',
  salaryReason: 'Marker pay review reason',
  transferReason: 'Marker transfer reason',
  terminationDate: daysFromToday(45),
  terminationReason: 'MARKER_DISMISSAL',
  withdrawalReason: 'Marker withdrawal reason',
  pastTerminationDate: daysFromToday(-11),
  pastTerminationReason: 'MARKER_END_OF_CONTRACT',
  rehireSalary: '55511.22',
  allocationNote: 'Marker allocation note',
  adjustmentReason: 'Marker adjustment reason',
  sickLeaveType: 'SICK',
  vacationLeaveType: 'VACATION',
  rejectionReason: 'Marker rejection reason',
  cancellationReason: 'Marker cancellation reason',
};

// Every action HR audits, each run below at least once.
const AUDITED_ACTIONS = [
  'department.created',
  'department.updated',
  'department.closed',
  'employee.hired',
  'employee.updated',
  'employee.salaryChanged',
  'employee.transferred',
  'employee.terminated',
  'employee.terminationWithdrawn',
  'employee.rehired',
  'holiday.added',
  'holiday.removed',
  'leave.allocated',
  'leave.adjusted',
  'leave.requested',
  'leave.manager-approved',
  'leave.approved',
  'leave.rejected',
  'leave.cancelled',
  'leave.shortened',
];

type AuditRow = { action: string; entity_id: string; changes: Record<string, unknown>; row: string };

describe('the audit log holds no private value', () => {
  let hr: HrForTest;
  let rows: AuditRow[];
  let hrRecords: string;
  let employee: string;

  beforeAll(async () => {
    hr = await startHrForTest();
    const departmentId = await hr.createDepartment('AUD', { name: 'Audited' });
    const elsewhere = await hr.createDepartment('AUD-2', { name: 'Audited too' });
    await hr.ok(`mutation D($id: ID!, $input: UpdateDepartmentInput!) { updateDepartment(id: $id, input: $input) { id } }`, { id: elsewhere, input: { version: 1, costCentreCode: 'CC-4242' } });
    const closing = await hr.createDepartment('AUD-X', { name: 'Closing' });
    await hr.ok(`mutation X($id: ID!) { closeDepartment(id: $id) { id } }`, { id: closing });
    await hr.ok(`mutation H($input: AddHolidayInput!) { addHoliday(input: $input) { date } }`, { input: { date: '2030-12-26', name: 'Boxing Day' } });
    await hr.ok(`mutation H($date: Date!) { removeHoliday(date: $date) { date } }`, { date: '2030-12-26' });

    const manager = await hr.hire({ departmentId });
    employee = await hr.hire({
      departmentId,
      managerId: manager,
      phone: PRIVATE_VALUES.hirePhone,
      emergencyContact: { name: PRIVATE_VALUES.hireContactName, relationship: PRIVATE_VALUES.hireContactRelationship, phone: PRIVATE_VALUES.hireContactPhone },
      salary: { amount: PRIVATE_VALUES.hireSalary, currency: 'EUR' },
    });
    await hr.ok(`mutation U($id: ID!, $input: UpdateEmployeeInput!) { updateEmployee(id: $id, input: $input) { id } }`, {
      id: employee,
      input: {
        version: 1,
        phone: PRIVATE_VALUES.updatedPhone,
        emergencyContact: { name: PRIVATE_VALUES.updatedContactName, relationship: 'partner', phone: PRIVATE_VALUES.updatedContactPhone },
        employmentType: 'PART_TIME',
      },
    });
    await hr.ok(`mutation S($id: ID!, $input: ChangeSalaryInput!) { changeSalary(id: $id, input: $input) { id } }`, {
      id: employee,
      input: { salary: { amount: PRIVATE_VALUES.raisedSalary, currency: 'EUR' }, payFrequency: 'MONTHLY', effectiveDate: daysFromToday(1), reason: PRIVATE_VALUES.salaryReason },
    });
    await hr.ok(`mutation T($id: ID!, $input: TransferEmployeeInput!) { transferEmployee(id: $id, input: $input) { id } }`, {
      id: employee,
      input: { departmentId: elsewhere, title: 'Senior Engineer', reason: PRIVATE_VALUES.transferReason },
    });

    // Leave: allocations and adjustments with their notes, a sick leave request, a rejection, a
    // cancellation, a manager's approval and HR's.
    const allocate = (employeeId: string, leaveType: string, note?: string) =>
      hr.ok(`mutation L($input: AllocateLeaveInput!) { allocateLeave(input: $input) { available } }`, { input: { employeeId, leaveType, year: 2030, days: 25, note } });
    await allocate(employee, PRIVATE_VALUES.vacationLeaveType, PRIVATE_VALUES.allocationNote);
    await allocate(employee, PRIVATE_VALUES.sickLeaveType);
    await hr.ok(`mutation J($input: AdjustLeaveBalanceInput!) { adjustLeaveBalance(input: $input) { available } }`, {
      input: { employeeId: employee, leaveType: PRIVATE_VALUES.vacationLeaveType, year: 2030, days: 2, reason: PRIVATE_VALUES.adjustmentReason },
    });
    const request = async (leaveType: string, startDate: string, endDate: string) =>
      (await hr.ok<{ requestLeave: { id: string } }>(`mutation R($input: RequestLeaveInput!) { requestLeave(input: $input) { id } }`, { input: { leaveType, startDate, endDate } }, asEmployee(employee))).requestLeave.id;
    const sick = await request(PRIVATE_VALUES.sickLeaveType, '2030-03-04', '2030-03-05');
    await hr.ok(`mutation Rj($id: ID!, $reason: String!) { rejectLeave(id: $id, reason: $reason) { id } }`, { id: sick, reason: PRIVATE_VALUES.rejectionReason });
    const cancelled = await request(PRIVATE_VALUES.vacationLeaveType, '2030-04-01', '2030-04-02');
    await hr.ok(`mutation C($id: ID!, $reason: String) { cancelLeave(id: $id, reason: $reason) { id } }`, { id: cancelled, reason: PRIVATE_VALUES.cancellationReason }, asEmployee(employee));
    // 12 working days: the line manager approves first, then HR.
    const long = await request(PRIVATE_VALUES.vacationLeaveType, '2030-05-06', '2030-05-21');
    await hr.ok(`mutation A($id: ID!) { approveLeave(id: $id) { id } }`, { id: long }, asEmployee(manager));
    await hr.ok(`mutation A($id: ID!) { approveLeave(id: $id) { id } }`, { id: long });

    // A termination and its withdrawal.
    const TERMINATE = `mutation X($id: ID!, $input: TerminateEmployeeInput!) { terminateEmployee(id: $id, input: $input) { id } }`;
    await hr.ok(TERMINATE, { id: employee, input: { terminationDate: PRIVATE_VALUES.terminationDate, reason: PRIVATE_VALUES.terminationReason } });
    await hr.ok(`mutation W($id: ID!, $reason: String!) { withdrawTermination(id: $id, reason: $reason) { employee { id } } }`, { id: employee, reason: PRIVATE_VALUES.withdrawalReason });

    // A leaver (gone since the past termination date) rehired on new pay.
    const leaver = await hr.hire({ departmentId });
    await hr.ok(TERMINATE, { id: leaver, input: { terminationDate: PRIVATE_VALUES.pastTerminationDate, reason: PRIVATE_VALUES.pastTerminationReason } });
    await hr.ok(`mutation R($id: ID!, $input: RehireEmployeeInput!) { rehireEmployee(id: $id, input: $input) { id } }`, {
      id: leaver,
      input: { startDate: daysFromToday(14), departmentId, title: 'Returning Engineer', salary: { amount: PRIVATE_VALUES.rehireSalary, currency: 'EUR' } },
    });

    // Approved leave running past a last day is shortened (its end date is not private: hr.leave.v1 carries it).
    const shortened = await hr.hire({ departmentId });
    await allocate(shortened, 'VACATION');
    const spanning = (await hr.ok<{ requestLeave: { id: string } }>(`mutation R($input: RequestLeaveInput!) { requestLeave(input: $input) { id } }`, { input: { leaveType: 'VACATION', startDate: '2030-06-03', endDate: '2030-06-07' } }, asEmployee(shortened))).requestLeave.id;
    await hr.ok(`mutation A($id: ID!) { approveLeave(id: $id) { id } }`, { id: spanning });
    await hr.ok(TERMINATE, { id: shortened, input: { terminationDate: '2030-06-04', reason: 'RESIGNATION' } });

    // Each whole row but its timestamp (the real clock's, which could match a date by chance).
    rows = (await hr.dataSource.query(`SELECT action, entity_id, changes, (to_jsonb(audit_log) - 'occurred_at')::text AS row FROM audit_log ORDER BY id`)) as AuditRow[];
    const [own] = (await hr.dataSource.query(
      `SELECT concat_ws(' ',
         (SELECT json_agg(e)::text FROM employees e), (SELECT json_agg(c)::text FROM compensations c), (SELECT json_agg(h)::text FROM employee_changes h),
         (SELECT json_agg(j)::text FROM job_assignments j), (SELECT json_agg(l)::text FROM leave_ledger l), (SELECT json_agg(r)::text FROM leave_requests r)) AS text`,
    )) as Array<{ text: string }>;
    hrRecords = own!.text;
  });

  afterAll(async () => {
    await hr?.stop();
  });

  it('every audited action ran, so every audit writer was searched', () => {
    expect([...new Set(rows.map((row) => row.action))].sort()).toEqual([...AUDITED_ACTIONS].sort());
    expect(rows.length).toBeGreaterThanOrEqual(AUDITED_ACTIONS.length);
  });

  it.each(Object.entries(PRIVATE_VALUES))('%s is kept in HR\'s own records and appears in no audit row', (_what, value) => {
    // The value really went in: the search below is not looking for something never sent.
    expect(hrRecords).toContain(value);
    const leaking = rows.filter((row) => row.row.includes(value)).map((row) => `${row.action}: ${row.row}`);
    expect(leaking).toEqual([]);
  });

  it('the audit rows still say which private fields changed, and what else changed in full', () => {
    const changesOf = (action: string) => rows.filter((row) => row.action === action && row.entity_id === employee).map((row) => row.changes);
    expect(changesOf('employee.salaryChanged')).toEqual([{ salary: { from: REDACTED, to: REDACTED } }]);
    expect(changesOf('employee.updated')).toEqual([
      { phone: { from: REDACTED, to: REDACTED }, emergencyContact: { from: REDACTED, to: REDACTED }, employmentType: { from: 'FULL_TIME', to: 'PART_TIME' } },
    ]);
    expect(changesOf('employee.terminated')).toEqual([{ terminationDate: { from: null, to: REDACTED }, terminationReason: { from: null, to: REDACTED } }]);
    expect(changesOf('employee.terminationWithdrawn')).toEqual([
      { terminationDate: { from: REDACTED, to: null }, terminationReason: { from: REDACTED, to: null }, withdrawalReason: { from: null, to: REDACTED } },
    ]);
    expect(changesOf('employee.transferred')).toEqual([expect.objectContaining({ title: { from: 'Engineer', to: 'Senior Engineer' } })]);
    expect(changesOf('leave.allocated')).toEqual([
      expect.objectContaining({ leaveType: REDACTED, note: REDACTED, days: 25 }),
      expect.objectContaining({ leaveType: REDACTED, days: 25 }),
    ]);
    expect(changesOf('leave.adjusted')).toEqual([expect.objectContaining({ leaveType: REDACTED, reason: REDACTED, days: 2 })]);
  });
});
