import { join } from 'node:path';
import { testEnvironment } from '@backoffice/testkit/isolation';
import { freePort } from '@backoffice/testkit/free-port';
import { ServiceProcess } from '@backoffice/testkit/service-process';
import { graphqlCaller } from './support/hr-test-harness';

// Time moves for a whole process: HR restarted with its clock moved past someone's last day sees
// them TERMINATED from the next day, the day ending at midnight in the company's time zone, in
// the status the database computes as much as in the service.

jest.setTimeout(120_000);

const lastDay = '2026-06-30';
// 23:30 on the last day in New York is already 1 July in UTC; 00:30 the next day in New York.
const lateOnTheLastDayInNewYork = '2026-07-01T03:30:00Z';
const earlyTheNextDayInNewYork = '2026-07-01T04:30:00Z';

describe('the business clock, moved by restarting the process', () => {
  let hr: ServiceProcess;
  let employeeId: string;
  const env = testEnvironment({ LOG_LEVEL: 'warn', COMPANY_TIME_ZONE: 'America/New_York' });

  const statusAt = async (clockAt: string, zone: Record<string, string> = {}) => {
    await hr.stop();
    await hr.start({ CLOCK_AT: clockAt, ...zone });
    const { ok } = graphqlCaller(hr.graphqlUrl);
    return (await ok<{ employee: { status: string } }>(`query S($id: ID!) { employee(id: $id) { status } }`, { id: employeeId })).employee.status;
  };

  beforeAll(async () => {
    hr = new ServiceProcess({ name: 'hr', directory: join(__dirname, '..'), port: await freePort(), env });
    await hr.start({ CLOCK_AT: '2026-06-01T12:00:00Z' });
    const { ok } = graphqlCaller(hr.graphqlUrl);
    const departmentId = (await ok<{ createDepartment: { id: string } }>(`mutation D($input: CreateDepartmentInput!) { createDepartment(input: $input) { id } }`, { input: { code: 'CLK', name: 'Clock' } })).createDepartment.id;
    employeeId = (
      await ok<{ hireEmployee: { id: string } }>(`mutation H($input: HireEmployeeInput!) { hireEmployee(input: $input) { id } }`, {
        input: { firstName: 'Tess', lastName: 'Leaver', email: 'tess.leaver@example.com', title: 'Analyst', departmentId, startDate: '2024-01-02', salary: { amount: '50000.00', currency: 'EUR' } },
      })
    ).hireEmployee.id;
    await ok(`mutation T($id: ID!, $input: TerminateEmployeeInput!) { terminateEmployee(id: $id, input: $input) { id } }`, { id: employeeId, input: { terminationDate: lastDay, reason: 'RESIGNATION' } });
  });

  afterAll(async () => {
    await hr?.stop();
  });

  it('is ACTIVE through the last day and TERMINATED from the next day, midnight being the company’s', async () => {
    expect(await statusAt('2026-06-01T12:00:00Z')).toBe('ACTIVE');
    expect(await statusAt(lateOnTheLastDayInNewYork)).toBe('ACTIVE');
    expect(await statusAt(earlyTheNextDayInNewYork)).toBe('TERMINATED');
  });

  it('in UTC the same instant late on the last day in New York is already the next day', async () => {
    expect(await statusAt(lateOnTheLastDayInNewYork, { COMPANY_TIME_ZONE: 'UTC' })).toBe('TERMINATED');
  });

  it('an offset clock (CLOCK_OFFSET) moves real time by whole days: two days before the last day ACTIVE, two days after TERMINATED', async () => {
    // The offset that brings real time to noon UTC `days` away from the last day, whatever today is.
    const offsetTo = (days: number) => {
      const target = Date.parse(`${lastDay}T12:00:00Z`) + days * 86_400_000;
      const wholeDays = Math.round((target - Date.now()) / 86_400_000);
      return `${wholeDays < 0 ? '-' : '+'}${Math.abs(wholeDays)}d`;
    };
    const statusWithOffset = async (offset: string) => {
      await hr.stop();
      await hr.start({ CLOCK_AT: '', CLOCK_OFFSET: offset, COMPANY_TIME_ZONE: 'UTC' });
      const { ok } = graphqlCaller(hr.graphqlUrl);
      return (await ok<{ employee: { status: string } }>(`query S($id: ID!) { employee(id: $id) { status } }`, { id: employeeId })).employee.status;
    };
    expect(await statusWithOffset(offsetTo(-2))).toBe('ACTIVE');
    expect(await statusWithOffset(offsetTo(2))).toBe('TERMINATED');
  });
});
