import type { Principal } from '@backoffice/platform/identity';
import { asEmployee, codeOf, daysFromToday, problemFields, startHrForTest, type HrForTest, type Variables } from './support/hr-test-harness';

jest.setTimeout(120_000);

// The security issue: nobody changes their own salary or leave balance, nor decides their own
// request or employment, whatever their roles. The refusal is FORBIDDEN, names the second person
// needed and writes nothing; the same action by a second person with the role goes through.

const CHANGE_SALARY = `mutation S($id: ID!, $input: ChangeSalaryInput!) { changeSalary(id: $id, input: $input) { id version salary { amount } } }`;
const TRANSFER = `mutation T($id: ID!, $input: TransferEmployeeInput!) { transferEmployee(id: $id, input: $input) { id title } }`;
const UPDATE = `mutation U($id: ID!, $input: UpdateEmployeeInput!) { updateEmployee(id: $id, input: $input) { id version employmentType phone } }`;
const TERMINATE = `mutation X($id: ID!, $input: TerminateEmployeeInput!) { terminateEmployee(id: $id, input: $input) { id terminationDate version } }`;
const WITHDRAW = `mutation W($id: ID!, $reason: String!) { withdrawTermination(id: $id, reason: $reason) { employee { id terminationDate } } }`;
const REHIRE = `mutation R($id: ID!, $input: RehireEmployeeInput!) { rehireEmployee(id: $id, input: $input) { id status startDate } }`;
const ALLOCATE = `mutation L($input: AllocateLeaveInput!) { allocateLeave(input: $input) { leaveType { code } allocated available } }`;
const ADJUST = `mutation J($input: AdjustLeaveBalanceInput!) { adjustLeaveBalance(input: $input) { leaveType { code } adjusted available } }`;
const REQUEST = `mutation Q($input: RequestLeaveInput!) { requestLeave(input: $input) { id status version } }`;
const APPROVE = `mutation A($id: ID!) { approveLeave(id: $id) { id status } }`;
const REJECT = `mutation Rj($id: ID!, $reason: String!) { rejectLeave(id: $id, reason: $reason) { id status } }`;
const CREATE_DEPARTMENT = `mutation C($input: CreateDepartmentInput!) { createDepartment(input: $input) { id head { id } } }`;
const UPDATE_DEPARTMENT = `mutation D($id: ID!, $input: UpdateDepartmentInput!) { updateDepartment(id: $id, input: $input) { id head { id } } }`;

// Every table a command in scope writes, and what identifies a change to a row in place.
const WRITTEN_TABLES = ['employees', 'job_assignments', 'compensations', 'employee_changes', 'departments', 'leave_requests', 'leave_ledger', 'outbox_events', 'audit_log'];

// Roles that decide for others, held alone and together: none of them lets anyone decide about themself.
const DECIDING_ROLES: Array<Principal['roles']> = [['HR'], ['MANAGER'], ['HR', 'MANAGER', 'EMPLOYEE']];

describe('nobody decides about themself', () => {
  let hr: HrForTest;
  let departmentId: string;
  let otherDepartmentId: string;
  // The second person: an HR colleague.
  let colleague: Principal;

  // Row counts, and every row's version and status, so an update in place shows too.
  const snapshot = async () => {
    const [state] = (await hr.dataSource.query(
      `SELECT (SELECT string_agg(id || ':' || version || ':' || coalesce(termination_date::text, '-'), ',' ORDER BY id) FROM employees) AS employees,
              (SELECT string_agg(id || ':' || version || ':' || coalesce(head_employee_id::text, '-'), ',' ORDER BY id) FROM departments) AS departments,
              (SELECT string_agg(id || ':' || version || ':' || status, ',' ORDER BY id) FROM leave_requests) AS leave_requests`,
    )) as Array<Record<string, string | null>>;
    return { counts: await hr.rowCounts(WRITTEN_TABLES), rows: state };
  };

  const hireWithLeave = async () => {
    const id = await hr.hire({ departmentId });
    await hr.ok(ALLOCATE, { input: { employeeId: id, leaveType: 'VACATION', year: 2030, days: 25 } });
    return id;
  };

  // `mutation` as each of `principals` (the person themself with deciding roles): FORBIDDEN, the
  // message names the second person and what was refused, the fields are named, nothing is written.
  const expectRefusedAsSelf = async (mutation: string, variables: Variables, principals: Principal[], expected: { message: string; fields: string[] }) => {
    expect(principals.length).toBeGreaterThan(0);
    for (const principal of principals) {
      const before = await snapshot();
      const response = await hr.call(mutation, variables, principal);
      expect(response.data ?? null).toBeNull();
      expect(codeOf(response)).toBe('FORBIDDEN');
      expect(response.errors?.[0]?.message).toBe(expected.message);
      expect(response.errors?.[0]?.message).toContain('a second person');
      expect(problemFields(response)).toEqual(expected.fields);
      expect(await snapshot()).toEqual(before);
    }
  };

  const selfWith = (employeeId: string) => DECIDING_ROLES.map((roles) => ({ employeeId, roles }));

  beforeAll(async () => {
    hr = await startHrForTest();
    departmentId = await hr.createDepartment('SOD', { name: 'Separation of duties' });
    otherDepartmentId = await hr.createDepartment('SOD-2', { name: 'Elsewhere' });
    colleague = { employeeId: await hr.hire({ departmentId, title: 'HR Partner' }), roles: ['HR'] };
  });

  afterAll(async () => {
    await hr?.stop();
  });

  it('changing one\'s own salary is refused, whatever the roles; an HR colleague changes it', async () => {
    const self = await hr.hire({ departmentId, title: 'HR Manager' });
    const input = { salary: { amount: '250000.00', currency: 'EUR' }, effectiveDate: daysFromToday(1), reason: 'Self-promotion' };
    await expectRefusedAsSelf(CHANGE_SALARY, { id: self, input }, selfWith(self), {
      message: 'You cannot change your own salary: a second person (HR or MANAGER) must do it.',
      fields: ['input.salary'],
    });

    const changed = (await hr.ok<{ changeSalary: { id: string } }>(CHANGE_SALARY, { id: self, input }, colleague)).changeSalary;
    expect(changed.id).toBe(self);
    const [pay] = (await hr.dataSource.query(`SELECT amount::text AS amount FROM compensations WHERE employee_id = $1 ORDER BY effective_date DESC LIMIT 1`, [self])) as Array<{ amount: string }>;
    expect(pay!.amount).toBe('250000.00');
  });

  it("changing one's own job (title, department, manager) is refused; an HR colleague transfers them", async () => {
    const self = await hr.hire({ departmentId, title: 'HR Partner' });
    const input = { title: 'Chief People Officer', departmentId: otherDepartmentId };
    await expectRefusedAsSelf(TRANSFER, { id: self, input }, selfWith(self), {
      message: 'You cannot change your own job (department, manager or title): a second person (HR or MANAGER) must do it.',
      fields: ['id'],
    });
    expect((await hr.ok<{ transferEmployee: { title: string } }>(TRANSFER, { id: self, input }, colleague)).transferEmployee.title).toBe('Chief People Officer');
  });

  it('on their own record HR keeps only self-service: employment type is refused, phone goes through; a colleague changes the employment type', async () => {
    const self = await hr.hire({ departmentId });
    await expectRefusedAsSelf(UPDATE, { id: self, input: { version: 1, employmentType: 'PART_TIME', phone: '+44 20 7946 0999' } }, selfWith(self), {
      message: 'You cannot change your own record beyond phone, work location and emergency contact: a second person (HR or MANAGER) must do it.',
      fields: ['input.employmentType'],
    });
    // Sending a field unchanged is not changing it.
    const own = (await hr.ok<{ updateEmployee: { version: number; phone: string } }>(UPDATE, { id: self, input: { version: 1, employmentType: 'FULL_TIME', phone: '+44 20 7946 0999' } }, { employeeId: self, roles: ['HR'] })).updateEmployee;
    expect(own).toMatchObject({ version: 2, phone: '+44 20 7946 0999' });
    const byColleague = (await hr.ok<{ updateEmployee: { employmentType: string } }>(UPDATE, { id: self, input: { version: 2, employmentType: 'PART_TIME' } }, colleague)).updateEmployee;
    expect(byColleague.employmentType).toBe('PART_TIME');
  });

  it("allocating leave to oneself and adjusting one's own balance are refused; an HR colleague does both", async () => {
    const self = await hr.hire({ departmentId });
    const allocation = { employeeId: self, leaveType: 'VACATION', year: 2030, days: 60 };
    await expectRefusedAsSelf(ALLOCATE, { input: allocation }, selfWith(self), {
      message: 'You cannot allocate leave to yourself: a second person (HR or MANAGER) must do it.',
      fields: ['input.employeeId'],
    });
    const adjustment = { employeeId: self, leaveType: 'VACATION', year: 2030, days: 10, reason: 'Carried over' };
    await expectRefusedAsSelf(ADJUST, { input: adjustment }, selfWith(self), {
      message: 'You cannot adjust your own leave balance: a second person (HR or MANAGER) must do it.',
      fields: ['input.employeeId'],
    });

    expect((await hr.ok<{ allocateLeave: Array<{ leaveType: { code: string }; allocated: string }> }>(ALLOCATE, { input: allocation }, colleague)).allocateLeave).toContainEqual(
      expect.objectContaining({ leaveType: { code: 'VACATION' }, allocated: expect.stringMatching(/^60(\.0)?$/) }),
    );
    expect((await hr.ok<{ adjustLeaveBalance: Array<{ leaveType: { code: string }; adjusted: string }> }>(ADJUST, { input: adjustment }, colleague)).adjustLeaveBalance).toContainEqual(
      expect.objectContaining({ leaveType: { code: 'VACATION' }, adjusted: expect.stringMatching(/^10(\.0)?$/) }),
    );
  });

  it('approving or rejecting one\'s own leave request is refused; an HR colleague decides it', async () => {
    const self = await hireWithLeave();
    const approveMe = (await hr.ok<{ requestLeave: { id: string } }>(REQUEST, { input: { leaveType: 'VACATION', startDate: '2030-10-07', endDate: '2030-10-08' } }, asEmployee(self))).requestLeave.id;
    const rejectMe = (await hr.ok<{ requestLeave: { id: string } }>(REQUEST, { input: { leaveType: 'VACATION', startDate: '2030-11-04', endDate: '2030-11-05' } }, asEmployee(self))).requestLeave.id;
    const refusal = {
      message: "You cannot approve or reject your own leave request: a second person (the employee's line manager, HR or MANAGER) must do it.",
      fields: ['id'],
    };
    await expectRefusedAsSelf(APPROVE, { id: approveMe }, selfWith(self), refusal);
    await expectRefusedAsSelf(REJECT, { id: rejectMe, reason: 'Changed my mind' }, selfWith(self), refusal);

    expect((await hr.ok<{ approveLeave: { status: string } }>(APPROVE, { id: approveMe }, colleague)).approveLeave.status).toBe('APPROVED');
    expect((await hr.ok<{ rejectLeave: { status: string } }>(REJECT, { id: rejectMe, reason: 'Team is short that week' }, colleague)).rejectLeave.status).toBe('REJECTED');
  });

  it("recording one's own termination and withdrawing it are refused; an HR colleague does both", async () => {
    const self = await hr.hire({ departmentId });
    const termination = { terminationDate: daysFromToday(30), reason: 'RESIGNATION' };
    await expectRefusedAsSelf(TERMINATE, { id: self, input: termination }, selfWith(self), {
      message: 'You cannot record your own termination: a second person (HR or MANAGER) must do it.',
      fields: ['id'],
    });
    expect((await hr.ok<{ terminateEmployee: { terminationDate: string } }>(TERMINATE, { id: self, input: termination }, colleague)).terminateEmployee.terminationDate).toBe(daysFromToday(30));

    await expectRefusedAsSelf(WITHDRAW, { id: self, reason: 'I stay after all' }, selfWith(self), {
      message: 'You cannot withdraw your own termination: a second person (HR or MANAGER) must do it.',
      fields: ['id'],
    });
    expect((await hr.ok<{ withdrawTermination: { employee: { terminationDate: string | null } } }>(WITHDRAW, { id: self, reason: 'Stays after all' }, colleague)).withdrawTermination.employee.terminationDate).toBeNull();
  });

  it('rehiring oneself (a new start, job and pay) is refused; an HR colleague rehires them', async () => {
    const self = await hr.hire({ departmentId });
    await hr.ok(TERMINATE, { id: self, input: { terminationDate: daysFromToday(-10), reason: 'END_OF_CONTRACT' } }, colleague);
    const rehire = { startDate: daysFromToday(7), departmentId, title: 'Head of People', salary: { amount: '180000.00', currency: 'EUR' } };
    await expectRefusedAsSelf(REHIRE, { id: self, input: rehire }, selfWith(self), {
      message: 'You cannot rehire yourself (your own start, job and pay): a second person (HR or MANAGER) must do it.',
      fields: ['id'],
    });
    expect((await hr.ok<{ rehireEmployee: { startDate: string } }>(REHIRE, { id: self, input: rehire }, colleague)).rehireEmployee.startDate).toBe(daysFromToday(7));
  });

  it('making oneself head of a department is refused, when creating or updating it; an HR colleague appoints them', async () => {
    const self = await hr.hire({ departmentId });
    await expectRefusedAsSelf(CREATE_DEPARTMENT, { input: { code: 'SOD-MINE', name: 'Mine', headId: self } }, selfWith(self), {
      message: 'You cannot make yourself head of a department: a second person (HR or MANAGER) must do it.',
      fields: ['input.headId'],
    });
    const led = (await hr.ok<{ createDepartment: { id: string; head: { id: string } | null } }>(CREATE_DEPARTMENT, { input: { code: 'SOD-LED', name: 'Led', headId: self } }, colleague)).createDepartment;
    expect(led.head?.id).toBe(self);

    const vacant = await hr.createDepartment('SOD-VAC', { name: 'Vacant' });
    await expectRefusedAsSelf(UPDATE_DEPARTMENT, { id: vacant, input: { version: 1, headId: self } }, selfWith(self), {
      message: 'You cannot make yourself head of a department: a second person (HR or MANAGER) must do it.',
      fields: ['input.headId'],
    });
    expect((await hr.ok<{ updateDepartment: { head: { id: string } | null } }>(UPDATE_DEPARTMENT, { id: vacant, input: { version: 1, headId: self } }, colleague)).updateDepartment.head?.id).toBe(self);
  });

  it('what is not a decision about oneself still goes through: requesting and cancelling one\'s own leave, and deciding for others', async () => {
    const self = await hireWithLeave();
    const hrSelf: Principal = { employeeId: self, roles: ['HR'] };
    const own = (await hr.ok<{ requestLeave: { id: string; status: string } }>(REQUEST, { input: { leaveType: 'VACATION', startDate: '2030-12-02', endDate: '2030-12-03' } }, hrSelf)).requestLeave;
    expect(own.status).toBe('PENDING');
    expect((await hr.ok<{ cancelLeave: { status: string } }>(`mutation C($id: ID!) { cancelLeave(id: $id) { status } }`, { id: own.id }, hrSelf)).cancelLeave.status).toBe('CANCELLED');
    const other = await hr.hire({ departmentId });
    await hr.ok(CHANGE_SALARY, { id: other, input: { salary: { amount: '61000.00', currency: 'EUR' }, effectiveDate: daysFromToday(1), reason: 'Review' } }, hrSelf);
  });
});
