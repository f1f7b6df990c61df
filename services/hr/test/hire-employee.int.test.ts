import { parseEventEnvelope } from '@backoffice/events/registry';
import { testEnvironment } from '@backoffice/testkit/isolation';
import { KafkaObserver } from '@backoffice/testkit/kafka-observer';
import { startHrForTest, type HrForTest } from './support/hr-test-harness';

jest.setTimeout(60_000);

describe('hiring an employee', () => {
  let hr: HrForTest;
  let observer: KafkaObserver;
  let env: NodeJS.ProcessEnv;

  beforeAll(async () => {
    env = testEnvironment();
    hr = await startHrForTest(env);
    observer = new KafkaObserver(env.KAFKA_BROKERS!.split(','));
    await observer.start([`${env.KAFKA_PREFIX}hr.employee.v1`, `${env.KAFKA_PREFIX}hr.compensation.v1`]);
  });

  afterAll(async () => {
    await observer?.stop();
    await hr?.stop();
  });

  it('records the employee, publishes the hire without pay, and the pay only on the compensation topic', async () => {
    const departmentId = await hr.createDepartment('ENG', { name: 'Engineering' });

    const hired = await hr.call(
      `mutation Hire($input: HireEmployeeInput!) { hireEmployee(input: $input) { id employeeNumber email salary { amount currency } department { code } } }`,
      { input: { firstName: 'Ada', lastName: 'Lovelace', email: 'ada@example.com', title: 'Engineer', departmentId, startDate: '2026-01-05', salary: { amount: '72000.00', currency: 'EUR' } } },
    );
    expect(hired.errors).toBeUndefined();
    const employee = (hired.data as { hireEmployee: { id: string; employeeNumber: string; salary: unknown; department: unknown } }).hireEmployee;
    expect(employee.employeeNumber).toMatch(/^E\d{5}$/);
    expect(employee.salary).toEqual({ amount: '72000.00', currency: 'EUR' });
    expect(employee.department).toEqual({ code: 'ENG' });

    const messages = await observer.waitFor((seen) => seen.length >= 2);
    const hiredEvent = messages.find((m) => m.topic.endsWith('hr.employee.v1'))!;
    const payEvent = messages.find((m) => m.topic.endsWith('hr.compensation.v1'))!;
    expect(hiredEvent.key).toBe(employee.id);
    const envelope = parseEventEnvelope(hiredEvent.value);
    expect(envelope.type).toBe('backoffice.hr.employee.hired.v1');
    expect(hiredEvent.value).not.toContain('72000');
    expect(parseEventEnvelope(payEvent.value).data).toMatchObject({ employeeId: employee.id, amount: '72000.00', currency: 'EUR' });
  });

  it('a hire with bad fields is refused with every offending field named and writes nothing', async () => {
    const before = await hr.rowCounts(['employees', 'outbox_events']);
    const response = await hr.call(
      `mutation Hire($input: HireEmployeeInput!) { hireEmployee(input: $input) { id } }`,
      { input: { firstName: '', lastName: 'Love\u000elace', email: 'not-an-email', title: 'T', departmentId: '00000000-0000-4000-8000-000000000000', startDate: '2026-02-27', salary: { amount: '-5', currency: 'euro' } } },
    );
    expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const fields = (response.errors?.[0]?.extensions?.fields as Array<{ field: string }>).map((f) => f.field).sort();
    expect(fields).toEqual(['input.email', 'input.firstName', 'input.lastName', 'input.salary.amount', 'input.salary.currency']);
    const after = await hr.rowCounts(['employees', 'outbox_events']);
    expect(after).toEqual(before);
  });

  // 9999-12-31 reached the database as a first payroll due "+010000-01-07" (schema fuzz seed 1246616857).
  it.each(['2026-02-30', '2026-13-45', '9999-12-31'])('an impossible start date (%s) is refused as the request is read, naming input.startDate, and writes nothing', async (startDate) => {
    const before = await hr.rowCounts(['employees', 'outbox_events']);
    const response = await hr.call(
      `mutation Hire($input: HireEmployeeInput!) { hireEmployee(input: $input) { id } }`,
      { input: { firstName: 'Ima', lastName: 'Possible', email: `ima.${startDate}@example.com`, title: 'T', departmentId: '00000000-0000-4000-8000-000000000000', startDate, salary: { amount: '5.00', currency: 'EUR' } } },
    );
    expect(response.status).toBe(400);
    expect(response.errors).toHaveLength(1);
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'input.startDate', message: expect.stringContaining('real calendar date') }] });
    expect(await hr.rowCounts(['employees', 'outbox_events'])).toEqual(before);
  });

  it('a start on the last day the Date scalar takes is hired, its first payroll due in the January after', async () => {
    const departmentId = await hr.createDepartment('FAR', { name: 'Far Future' });
    const hired = await hr.call(
      `mutation Hire($input: HireEmployeeInput!) { hireEmployee(input: $input) { startDate onboarding { steps { step dueOn } } } }`,
      { input: { firstName: 'Late', lastName: 'Starter', email: 'late.starter@example.com', title: 'T', departmentId, startDate: '2999-12-31', salary: { amount: '5.00', currency: 'EUR' } } },
    );
    expect(hired.errors).toBeUndefined();
    expect(hired.data).toEqual({
      hireEmployee: {
        startDate: '2999-12-31',
        onboarding: {
          steps: [
            { step: 'HR_RECORD', dueOn: '2999-12-31' },
            { step: 'ACCESS', dueOn: '2999-12-31' },
            { step: 'EQUIPMENT', dueOn: '2999-12-31' },
            { step: 'FIRST_PAYROLL', dueOn: '3000-01-07' },
          ],
        },
      },
    });
  });
});
