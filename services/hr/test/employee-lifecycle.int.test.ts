import { parseEventEnvelope } from '@backoffice/events/registry';
import type { Principal } from '@backoffice/platform/identity';
import { daysFromToday, problemFields, startHrForTest, today, type HrForTest } from './support/hr-test-harness';

jest.setTimeout(60_000);

const nextMonth = daysFromToday(31);

type Employee = {
  id: string;
  employeeNumber: string;
  firstName: string;
  lastName: string;
  email: string;
  title: string;
  status: string;
  version: number;
  startDate: string;
  terminationDate: string | null;
  terminationReason: string | null;
  employmentType: string;
  workLocation: string | null;
  phone: string | null;
  emergencyContact: { name: string; relationship: string; phone: string } | null;
  department: { id: string; code: string };
  manager: { id: string } | null;
  salary: { amount: string; currency: string } | null;
  compensation: { payFrequency: string; effectiveDate: string } | null;
  compensationHistory: Array<{ amount: string; currency: string; effectiveDate: string; reason: string | null }> | null;
  history: Array<{ action: string; effectiveDate: string; actor: string; fields: Array<{ field: string; from: string | null; to: string | null }> }> | null;
};

const EMPLOYEE_FIELDS = `id employeeNumber firstName lastName email title status version startDate terminationDate terminationReason
  employmentType workLocation phone emergencyContact { name relationship phone } department { id code } manager { id }
  salary { amount currency } compensation { payFrequency effectiveDate }
  compensationHistory { amount currency effectiveDate reason }
  history { action effectiveDate actor fields { field from to } }`;

const TABLES = ['employees', 'job_assignments', 'compensations', 'employee_changes', 'outbox_events', 'audit_log'];

describe('the employee lifecycle', () => {
  let hr: HrForTest;
  let engineering: string;
  let sales: string;
  let hrPerson: Employee;

  const fetchEmployee = async (id: string) =>
    (await hr.ok<{ employee: Employee }>(`query E($id: ID!) { employee(id: $id) { ${EMPLOYEE_FIELDS} } }`, { id })).employee;

  // Engineers in Engineering on 60000.00 EUR from 2 January 2024, unless overridden.
  const hireInput = (overrides: Record<string, unknown> = {}) => hr.hireInput({ departmentId: engineering, ...overrides });

  const HIRE = `mutation Hire($input: HireEmployeeInput!) { hireEmployee(input: $input) { ${EMPLOYEE_FIELDS} } }`;
  const UPDATE = `mutation U($id: ID!, $input: UpdateEmployeeInput!) { updateEmployee(id: $id, input: $input) { ${EMPLOYEE_FIELDS} } }`;
  const TRANSFER = `mutation T($id: ID!, $input: TransferEmployeeInput!) { transferEmployee(id: $id, input: $input) { ${EMPLOYEE_FIELDS} } }`;
  const CHANGE_SALARY = `mutation S($id: ID!, $input: ChangeSalaryInput!) { changeSalary(id: $id, input: $input) { ${EMPLOYEE_FIELDS} } }`;
  const TERMINATE = `mutation X($id: ID!, $input: TerminateEmployeeInput!) { terminateEmployee(id: $id, input: $input) { ${EMPLOYEE_FIELDS} } }`;
  const REHIRE = `mutation R($id: ID!, $input: RehireEmployeeInput!) { rehireEmployee(id: $id, input: $input) { ${EMPLOYEE_FIELDS} } }`;

  const hire = (overrides: Record<string, unknown> = {}) => hr.hireSelecting<Employee>(EMPLOYEE_FIELDS, { departmentId: engineering, ...overrides });
  const rowCounts = () => hr.rowCounts(TABLES);

  beforeAll(async () => {
    hr = await startHrForTest();
    engineering = await hr.createDepartment('ENG');
    sales = await hr.createDepartment('SALES');
    hrPerson = await hire({ firstName: 'Henrietta', title: 'HR Partner' });
  });

  afterAll(async () => {
    await hr?.stop();
  });

  describe('hiring', () => {
    it('generates a unique employee number and gives every optional field its default', async () => {
      const first = await hire();
      const second = await hire();
      expect(first.employeeNumber).toMatch(/^E\d{5}$/);
      expect(second.employeeNumber).toMatch(/^E\d{5}$/);
      expect(second.employeeNumber).not.toBe(first.employeeNumber);
      expect(first).toMatchObject({
        status: 'ACTIVE',
        version: 1,
        employmentType: 'FULL_TIME',
        workLocation: null,
        phone: null,
        emergencyContact: null,
        manager: null,
        terminationDate: null,
        compensation: { payFrequency: 'ANNUAL', effectiveDate: '2024-01-02' },
        salary: { amount: '60000.00', currency: 'EUR' },
      });
      const [numbers] = (await hr.dataSource.query(`SELECT count(DISTINCT employee_number)::int AS "distinct", count(*)::int AS total FROM employees`)) as Array<{ distinct: number; total: number }>;
      expect(numbers!.distinct).toBe(numbers!.total);
    });

    it('a work email already in use, in any letter case, is refused on input.email and writes nothing', async () => {
      const taken = await hire();
      const before = await rowCounts();
      const response = await hr.call(HIRE, { input: hireInput({ email: taken.email.toUpperCase() }) });
      expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(problemFields(response)).toEqual(['input.email']);
      expect(await rowCounts()).toEqual(before);
    });
  });

  describe('updating the record', () => {
    it('changes the fields, records each change from and to with the actor, and increments the version', async () => {
      const employee = await hire({ lastName: 'Before' });
      const actor: Principal = { employeeId: hrPerson.id, roles: ['HR'] };
      const updated = (
        await hr.ok<{ updateEmployee: Employee }>(UPDATE, { id: employee.id, input: { version: 1, lastName: 'After', workLocation: 'Berlin', employmentType: 'PART_TIME' } }, actor)
      ).updateEmployee;
      expect(updated).toMatchObject({ lastName: 'After', workLocation: 'Berlin', employmentType: 'PART_TIME', version: 2 });
      const [latest] = updated.history!;
      expect(latest).toMatchObject({ action: 'updated', actor: hrPerson.id, effectiveDate: today });
      expect(latest!.fields).toEqual(
        expect.arrayContaining([
          { field: 'lastName', from: 'Before', to: 'After' },
          { field: 'workLocation', from: null, to: 'Berlin' },
          { field: 'employmentType', from: 'FULL_TIME', to: 'PART_TIME' },
        ]),
      );
    });

    it('two edits based on the same version: the second gets CONFLICT with the current version and overwrites nothing', async () => {
      const employee = await hire();
      await hr.ok(UPDATE, { id: employee.id, input: { version: 1, firstName: 'FirstEdit' } });
      const before = await rowCounts();
      const second = await hr.call(UPDATE, { id: employee.id, input: { version: 1, firstName: 'SecondEdit', workLocation: 'Paris' } });
      expect(second.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2, expectedVersion: 1 });
      const stored = await fetchEmployee(employee.id);
      expect(stored).toMatchObject({ firstName: 'FirstEdit', workLocation: null, version: 2 });
      expect(await rowCounts()).toEqual(before);
    });

    it('two concurrent edits from the same version: exactly one succeeds and the other gets CONFLICT', async () => {
      const employee = await hire();
      const results = await Promise.all(
        ['Left', 'Right'].map((firstName) => hr.call<{ updateEmployee: Employee }>(UPDATE, { id: employee.id, input: { version: 1, firstName } })),
      );
      const succeeded = results.filter((r) => !r.errors);
      const conflicted = results.filter((r) => r.errors?.[0]?.extensions?.code === 'CONFLICT');
      expect(succeeded).toHaveLength(1);
      expect(conflicted).toHaveLength(1);
      const stored = await fetchEmployee(employee.id);
      expect(stored.firstName).toBe(succeeded[0]!.data!.updateEmployee.firstName);
      expect(stored.version).toBe(2);
      expect(stored.history!.filter((change) => change.action === 'updated')).toHaveLength(1);
    });
  });

  describe('transfers', () => {
    it('a transfer without an effective date applies today to department, manager and title', async () => {
      const manager = await hire({ departmentId: sales });
      const employee = await hire();
      const moved = (
        await hr.ok<{ transferEmployee: Employee }>(TRANSFER, { id: employee.id, input: { departmentId: sales, managerId: manager.id, title: 'Account Executive' } })
      ).transferEmployee;
      expect(moved).toMatchObject({ department: { id: sales }, manager: { id: manager.id }, title: 'Account Executive', version: 2 });
      expect(moved.history![0]).toMatchObject({ action: 'transferred', effectiveDate: today });
      expect(moved.history![0]!.fields).toEqual(expect.arrayContaining([{ field: 'title', from: 'Engineer', to: 'Account Executive' }]));
    });

    it('a future-dated transfer shows the old job today and is in the history with its effective date', async () => {
      const employee = await hire();
      const later = (await hr.ok<{ transferEmployee: Employee }>(TRANSFER, { id: employee.id, input: { departmentId: sales, title: 'Sales Engineer', effectiveDate: nextMonth } }))
        .transferEmployee;
      expect(later).toMatchObject({ department: { id: engineering }, title: 'Engineer' });
      expect(later.history![0]).toMatchObject({ action: 'transferred', effectiveDate: nextMonth });
      expect(later.history![0]!.fields).toEqual(expect.arrayContaining([{ field: 'departmentId', from: engineering, to: sales }]));
      const [job] = (await hr.dataSource.query(
        `SELECT department_id AS "departmentId", to_char(effective_date, 'YYYY-MM-DD') AS "effectiveDate" FROM job_assignments WHERE employee_id = $1 ORDER BY effective_date DESC LIMIT 1`,
        [employee.id],
      )) as Array<{ departmentId: string; effectiveDate: string }>;
      expect(job).toEqual({ departmentId: sales, effectiveDate: nextMonth });
    });

    it('a change recorded later with an earlier date is carried into the scheduled change, which keeps only what it sets itself', async () => {
      const employee = await hire();
      // Next month: a new title. Today, decided afterwards: a move to sales.
      await hr.ok(TRANSFER, { id: employee.id, input: { title: 'Staff Engineer', effectiveDate: nextMonth } });
      const moved = (await hr.ok<{ transferEmployee: Employee }>(TRANSFER, { id: employee.id, input: { departmentId: sales } })).transferEmployee;
      expect(moved).toMatchObject({ department: { id: sales }, title: 'Engineer' });
      const jobs = (await hr.dataSource.query(
        `SELECT department_id AS "departmentId", title, to_char(effective_date, 'YYYY-MM-DD') AS "effectiveDate" FROM job_assignments WHERE employee_id = $1 ORDER BY effective_date, created_at`,
        [employee.id],
      )) as Array<{ departmentId: string; title: string; effectiveDate: string }>;
      // When next month comes, the title changes and the move to sales stays.
      expect(jobs[jobs.length - 1]).toEqual({ departmentId: sales, title: 'Staff Engineer', effectiveDate: nextMonth });

      // The events say it too: after today's move, next month's change is published again as it
      // now stands, so applying hr.employee.v1 in order gives sales from today on.
      const transfers = (
        (await hr.dataSource.query(`SELECT envelope FROM outbox_events WHERE message_key = $1 AND event_type = 'backoffice.hr.employee.transferred.v1' ORDER BY id`, [
          employee.id,
        ])) as Array<{ envelope: unknown }>
      ).map((row) => parseEventEnvelope(row.envelope).data);
      const job = (departmentId: string, title: string) => ({ departmentId, title });
      const step = (event: Record<string, unknown>) => ({
        effectiveDate: event.effectiveDate,
        from: job(event.fromDepartmentId as string, event.fromTitle as string),
        to: job(event.toDepartmentId as string, event.toTitle as string),
      });
      expect(transfers.map((event) => step(event as Record<string, unknown>))).toEqual([
        { effectiveDate: nextMonth, from: job(engineering, 'Engineer'), to: job(engineering, 'Staff Engineer') },
        { effectiveDate: today, from: job(engineering, 'Engineer'), to: job(sales, 'Engineer') },
        { effectiveDate: nextMonth, from: job(sales, 'Engineer'), to: job(sales, 'Staff Engineer') },
      ]);

      // Today's title change is not carried into next month's, which sets its own title: only
      // today's transfer is published.
      await hr.ok(TRANSFER, { id: employee.id, input: { title: 'Engineer II' } });
      const [{ count }] = (await hr.dataSource.query(
        `SELECT count(*)::int AS count FROM outbox_events WHERE message_key = $1 AND event_type = 'backoffice.hr.employee.transferred.v1'`,
        [employee.id],
      )) as [{ count: number }];
      expect(count).toBe(4);
    });
    it('when two changes are scheduled for one date, the re-published event carries the job in force then, whichever row the carry touched', async () => {
      const support = await hr.createDepartment('SUPPORT');
      const employee = await hire();
      // Next month: first a new title, then (recorded later, same date) a move to sales.
      await hr.ok(TRANSFER, { id: employee.id, input: { title: 'Staff Engineer', effectiveDate: nextMonth } });
      await hr.ok(TRANSFER, { id: employee.id, input: { departmentId: sales, effectiveDate: nextMonth } });
      // Today, recorded last: a move to support. It is carried into the title change only.
      await hr.ok(TRANSFER, { id: employee.id, input: { departmentId: support } });
      const events = (
        (await hr.dataSource.query(`SELECT envelope FROM outbox_events WHERE message_key = $1 AND event_type = 'backoffice.hr.employee.transferred.v1' ORDER BY id`, [
          employee.id,
        ])) as Array<{ envelope: unknown }>
      ).map((row) => parseEventEnvelope(row.envelope).data as { effectiveDate: string; toDepartmentId: string; toTitle: string });
      const latestFor = (date: string) => events.filter((event) => event.effectiveDate === date).at(-1);
      // What the events say for next month is what the record will show then.
      const [inForce] = (await hr.dataSource.query(`SELECT department_id AS "departmentId", title FROM job_in_force($1, $2::date)`, [employee.id, nextMonth])) as Array<{
        departmentId: string;
        title: string;
      }>;
      expect(inForce).toEqual({ departmentId: sales, title: 'Staff Engineer' });
      expect(latestFor(nextMonth)).toMatchObject({ toDepartmentId: sales, toTitle: 'Staff Engineer' });
      expect(latestFor(today)).toMatchObject({ toDepartmentId: support, toTitle: 'Engineer' });
      expect(events).toHaveLength(4);
    });
  });

  describe('pay', () => {
    it("a raise effective next month shows today's salary now and the new one in the compensation history", async () => {
      const employee = await hire();
      const raised = (
        await hr.ok<{ changeSalary: Employee }>(CHANGE_SALARY, { id: employee.id, input: { salary: { amount: '66000.00', currency: 'EUR' }, effectiveDate: nextMonth, reason: 'annual review' } })
      ).changeSalary;
      expect(raised.salary).toEqual({ amount: '60000.00', currency: 'EUR' });
      expect(raised.compensationHistory![0]).toEqual({ amount: '66000.00', currency: 'EUR', effectiveDate: nextMonth, reason: 'annual review' });
      expect(raised.compensationHistory![1]).toMatchObject({ amount: '60000.00', effectiveDate: '2024-01-02' });
      expect(raised.history![0]).toMatchObject({ action: 'salaryChanged', effectiveDate: nextMonth, fields: [{ field: 'salary', from: '60000.00 EUR ANNUAL', to: '66000.00 EUR ANNUAL' }] });
    });

    it('a raise effective today or in the past shows at once', async () => {
      const employee = await hire();
      const backdated = (
        await hr.ok<{ changeSalary: Employee }>(CHANGE_SALARY, { id: employee.id, input: { salary: { amount: '61000.00', currency: 'EUR' }, effectiveDate: '2025-01-01', reason: 'market' } })
      ).changeSalary;
      expect(backdated.salary).toEqual({ amount: '61000.00', currency: 'EUR' });
      const now = (
        await hr.ok<{ changeSalary: Employee }>(CHANGE_SALARY, { id: employee.id, input: { salary: { amount: '62000.00', currency: 'EUR' }, effectiveDate: today, reason: 'promotion' } })
      ).changeSalary;
      expect(now.salary).toEqual({ amount: '62000.00', currency: 'EUR' });
      expect(now.compensation).toMatchObject({ effectiveDate: today });
    });
  });

  describe('leaving and coming back', () => {
    it("terminating with today's date keeps the employee ACTIVE through today, their last day, and terminating again is refused", async () => {
      const employee = await hire();
      const terminated = (await hr.ok<{ terminateEmployee: Employee }>(TERMINATE, { id: employee.id, input: { terminationDate: today, reason: 'RESIGNATION' } })).terminateEmployee;
      expect(terminated).toMatchObject({ status: 'ACTIVE', terminationDate: today, terminationReason: 'RESIGNATION' });
      // Still employed on the last day: not yet someone who can be rehired.
      const rehire = await hr.call(REHIRE, { id: employee.id, input: { startDate: daysFromToday(1), departmentId: engineering, title: 'Engineer', salary: { amount: '1000.00', currency: 'EUR' } } });
      expect(problemFields(rehire)).toEqual(['id']);
      const before = await rowCounts();
      const again = await hr.call(TERMINATE, { id: employee.id, input: { terminationDate: today, reason: 'DISMISSAL' } });
      expect(again.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect((await fetchEmployee(employee.id)).terminationReason).toBe('RESIGNATION');
      expect(await rowCounts()).toEqual(before);
    });

    it('terminating with a past date makes the employee TERMINATED at once; yesterday as the last day is enough', async () => {
      const employee = await hire();
      const terminated = (await hr.ok<{ terminateEmployee: Employee }>(TERMINATE, { id: employee.id, input: { terminationDate: '2025-03-31', reason: 'END_OF_CONTRACT' } })).terminateEmployee;
      expect(terminated.status).toBe('TERMINATED');
      const leftYesterday = await hire();
      const gone = (await hr.ok<{ terminateEmployee: Employee }>(TERMINATE, { id: leftYesterday.id, input: { terminationDate: daysFromToday(-1), reason: 'RESIGNATION' } })).terminateEmployee;
      expect(gone.status).toBe('TERMINATED');
    });

    it('an employee with a future termination date stays ACTIVE until then', async () => {
      const employee = await hire();
      const leaving = (await hr.ok<{ terminateEmployee: Employee }>(TERMINATE, { id: employee.id, input: { terminationDate: nextMonth, reason: 'RESIGNATION' } })).terminateEmployee;
      expect(leaving).toMatchObject({ status: 'ACTIVE', terminationDate: nextMonth });
      expect(leaving.history![0]).toMatchObject({ action: 'terminated', effectiveDate: nextMonth });
    });

    it('an employee who is still employed cannot be rehired', async () => {
      const employee = await hire();
      const response = await hr.call(REHIRE, { id: employee.id, input: { startDate: nextMonth, departmentId: engineering, title: 'Engineer', salary: { amount: '1000.00', currency: 'EUR' } } });
      expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(problemFields(response)).toContain('id');
    });

    it('an employee who has not left yet (termination date in the future) cannot be rehired, and their termination stays', async () => {
      const employee = await hire();
      const twoMonths = daysFromToday(62);
      await hr.ok(TERMINATE, { id: employee.id, input: { terminationDate: nextMonth, reason: 'RESIGNATION' } });
      const response = await hr.call(REHIRE, { id: employee.id, input: { startDate: twoMonths, departmentId: engineering, title: 'Engineer', salary: { amount: '1000.00', currency: 'EUR' } } });
      expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect((await fetchEmployee(employee.id)).terminationDate).toBe(nextMonth);
    });

    it('rehiring a former employee starts after their last day, keeps the employee number, and gives a new job and pay', async () => {
      const employee = await hire({ startDate: '2023-03-01' });
      await hr.ok(TERMINATE, { id: employee.id, input: { terminationDate: '2025-06-30', reason: 'RESIGNATION' } });
      const rehireInput = { departmentId: sales, title: 'Sales Lead', salary: { amount: '70000.00', currency: 'EUR' } };
      const tooEarly = await hr.call(REHIRE, { id: employee.id, input: { ...rehireInput, startDate: '2025-06-30' } });
      expect(tooEarly.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(problemFields(tooEarly)).toEqual(['input.startDate']);

      const back = (await hr.ok<{ rehireEmployee: Employee }>(REHIRE, { id: employee.id, input: { ...rehireInput, startDate: today } })).rehireEmployee;
      expect(back).toMatchObject({
        id: employee.id,
        employeeNumber: employee.employeeNumber,
        status: 'ACTIVE',
        startDate: today,
        terminationDate: null,
        department: { id: sales },
        title: 'Sales Lead',
        salary: { amount: '70000.00', currency: 'EUR' },
      });
      expect(back.history![0]).toMatchObject({ action: 'rehired', effectiveDate: today });
    });

    it('a rehire with a future start date keeps the former employee TERMINATED until they start', async () => {
      const employee = await hire();
      await hr.ok(TERMINATE, { id: employee.id, input: { terminationDate: '2025-06-30', reason: 'RESIGNATION' } });
      const back = (
        await hr.ok<{ rehireEmployee: Employee }>(REHIRE, {
          id: employee.id,
          input: { startDate: nextMonth, departmentId: sales, title: 'Sales Lead', salary: { amount: '70000.00', currency: 'EUR' } },
        })
      ).rehireEmployee;
      expect(back.status).toBe('TERMINATED');
    });
  });

  describe('events', () => {
    it('every command writes its event to the outbox, valid against its schema, and pay or private contact data only on hr.compensation.v1', async () => {
      const hired = await hire({ salary: { amount: '87654.32', currency: 'EUR' }, phone: '+44 20 7946 0001' });
      const secretPhone = '+44 20 7946 0958';
      await hr.ok(UPDATE, { id: hired.id, input: { version: 1, lastName: 'Renamed', phone: secretPhone, emergencyContact: { name: 'Kin Person', relationship: 'sibling', phone: '+44 20 7946 0999' } } });
      await hr.ok(UPDATE, { id: hired.id, input: { version: 2, phone: '+44 20 7946 0777' } });
      await hr.ok(TRANSFER, { id: hired.id, input: { departmentId: sales, effectiveDate: nextMonth } });
      await hr.ok(CHANGE_SALARY, { id: hired.id, input: { salary: { amount: '98765.43', currency: 'EUR' }, effectiveDate: today, reason: 'promotion' } });
      await hr.ok(TERMINATE, { id: hired.id, input: { terminationDate: daysFromToday(-1), reason: 'RESIGNATION' } });
      await hr.ok(REHIRE, { id: hired.id, input: { startDate: daysFromToday(1), departmentId: engineering, title: 'Engineer', salary: { amount: '55555.55', currency: 'EUR' } } });

      const rows = (await hr.dataSource.query(`SELECT topic, event_type, envelope FROM outbox_events WHERE message_key = $1 ORDER BY id`, [hired.id])) as Array<{
        topic: string;
        event_type: string;
        envelope: unknown;
      }>;
      expect(rows.map((row) => row.event_type)).toEqual([
        'backoffice.hr.employee.hired.v1',
        'backoffice.hr.compensation.changed.v1',
        'backoffice.hr.employee.updated.v1',
        'backoffice.hr.employee.transferred.v1',
        'backoffice.hr.compensation.changed.v1',
        'backoffice.hr.employee.terminated.v2',
        'backoffice.hr.employee.rehired.v1',
        'backoffice.hr.compensation.changed.v1',
      ]);
      const envelopes = rows.map((row) => ({ topic: row.topic, envelope: parseEventEnvelope(row.envelope) }));
      for (const { topic, envelope } of envelopes) {
        expect(envelope.type.startsWith(`backoffice.${topic.replace(/\.v1$/, '')}.`)).toBe(true);
        if (topic === 'hr.compensation.v1') continue;
        const text = JSON.stringify(envelope);
        for (const secret of ['87654.32', '98765.43', '55555.55', secretPhone, '7946', 'phone', 'emergency', 'Kin Person']) expect(text).not.toContain(secret);
      }
      const updated = envelopes.find((e) => e.envelope.type === 'backoffice.hr.employee.updated.v1')!;
      expect(updated.envelope.data).toMatchObject({ changes: { lastName: { to: 'Renamed' } } });
      const transferred = envelopes.find((e) => e.envelope.type === 'backoffice.hr.employee.transferred.v1')!;
      expect(transferred.envelope.data).toMatchObject({ effectiveDate: nextMonth, fromDepartmentId: engineering, toDepartmentId: sales });
      const pay = envelopes.filter((e) => e.topic === 'hr.compensation.v1').map((e) => e.envelope.data);
      expect(pay).toEqual([
        expect.objectContaining({ amount: '87654.32', previousAmount: null }),
        expect.objectContaining({ amount: '98765.43', effectiveDate: today, previousAmount: '87654.32' }),
        expect.objectContaining({ amount: '55555.55', reason: 'rehire' }),
      ]);
      // The last day, not the reason: analysts read hr.employee.v1.
      const terminated = envelopes.find((e) => e.envelope.type === 'backoffice.hr.employee.terminated.v2')!;
      expect(terminated.envelope.data).toEqual({ employeeId: expect.any(String), terminationDate: daysFromToday(-1) });
    });
  });

  describe('validation', () => {
    it('a termination date before the start date is refused on input.terminationDate and writes nothing', async () => {
      const employee = await hire({ startDate: '2024-05-01' });
      const before = await rowCounts();
      const response = await hr.call(TERMINATE, { id: employee.id, input: { terminationDate: '2024-04-30', reason: 'RESIGNATION' } });
      expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(problemFields(response)).toEqual(['input.terminationDate']);
      expect(await rowCounts()).toEqual(before);
      expect((await fetchEmployee(employee.id)).terminationDate).toBeNull();
    });

    it('a transfer effective before the start date is refused on input.effectiveDate and writes nothing', async () => {
      const employee = await hire({ startDate: '2024-05-01' });
      const before = await rowCounts();
      const response = await hr.call(TRANSFER, { id: employee.id, input: { departmentId: sales, effectiveDate: '2024-04-01' } });
      expect(problemFields(response)).toEqual(['input.effectiveDate']);
      expect(await rowCounts()).toEqual(before);
      expect((await fetchEmployee(employee.id)).department.id).toBe(engineering);
    });

    it('a salary of zero or below is refused on input.salary.amount and writes nothing', async () => {
      const employee = await hire();
      const before = await rowCounts();
      for (const amount of ['0', '0.00', '-100.00']) {
        const raise = await hr.call(CHANGE_SALARY, { id: employee.id, input: { salary: { amount, currency: 'EUR' }, effectiveDate: today, reason: 'oops' } });
        expect(problemFields(raise)).toEqual(['input.salary.amount']);
        const hiring = await hr.call(HIRE, { input: hireInput({ salary: { amount, currency: 'EUR' } }) });
        expect(problemFields(hiring)).toEqual(['input.salary.amount']);
      }
      expect(await rowCounts()).toEqual(before);
    });

    it('someone who has left cannot become a manager, at hire or by transfer, and nothing is written', async () => {
      const formerManager = await hire();
      await hr.ok(TERMINATE, { id: formerManager.id, input: { terminationDate: '2025-01-31', reason: 'RETIREMENT' } });
      const employee = await hire();
      const before = await rowCounts();
      const hiring = await hr.call(HIRE, { input: hireInput({ managerId: formerManager.id, startDate: today }) });
      expect(hiring.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(problemFields(hiring)).toEqual(['input.managerId']);
      const transfer = await hr.call(TRANSFER, { id: employee.id, input: { managerId: formerManager.id } });
      expect(problemFields(transfer)).toEqual(['input.managerId']);
      expect(await rowCounts()).toEqual(before);
      expect((await fetchEmployee(employee.id)).manager).toBeNull();
    });

    it('a backdated hire under a manager who has left since is refused, so no active employee reports to a leaver', async () => {
      const formerManager = await hire({ startDate: '2023-01-02' });
      await hr.ok(TERMINATE, { id: formerManager.id, input: { terminationDate: '2025-01-31', reason: 'RETIREMENT' } });
      const before = await rowCounts();
      const hiring = await hr.call(HIRE, { input: hireInput({ managerId: formerManager.id, startDate: '2024-06-03' }) });
      expect(problemFields(hiring)).toEqual(['input.managerId']);
      expect(await rowCounts()).toEqual(before);
    });

    it('a manager who leaves before a future-dated transfer takes effect is refused for it', async () => {
      const manager = await hire();
      await hr.ok(TERMINATE, { id: manager.id, input: { terminationDate: nextMonth, reason: 'RESIGNATION' } });
      const employee = await hire();
      const response = await hr.call(TRANSFER, { id: employee.id, input: { managerId: manager.id, effectiveDate: daysFromToday(40) } });
      expect(problemFields(response)).toEqual(['input.managerId']);
    });
  });
});
