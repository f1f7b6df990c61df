import { randomUUID } from 'node:crypto';
import { seedDemoCompany } from '../src/demo/seed-demo-company';
import { createHrModules } from '../src/hr-modules';
import { startHrForTest, testClock, type HrForTest } from './support/hr-test-harness';

jest.setTimeout(180_000);

describe('the demo company', () => {
  let hr: HrForTest;
  const manager = { employeeId: randomUUID(), roles: ['MANAGER' as const] };

  beforeAll(async () => {
    hr = await startHrForTest();
  });

  afterAll(async () => {
    await hr?.stop();
  });

  it('is seeded once through the commands: a few hundred people in a reporting tree, with their events, and deliberate record issues', async () => {
    const modules = createHrModules(hr.dataSource, testClock, { hrApprovalAboveDays: 10 });
    const [first, second] = await Promise.all([seedDemoCompany(modules, hr.logger), seedDemoCompany(modules, hr.logger)]);
    // Two starts at once: one seeds, the other finds people there.
    expect([first, second].sort((a, b) => a - b)).toEqual([0, 300]);

    const [counts] = (await hr.dataSource.query(`
      SELECT (SELECT count(*)::int FROM employees) AS employees,
             (SELECT count(*)::int FROM employee_records WHERE manager_id IS NULL) AS topless,
             (SELECT count(*)::int FROM outbox_events WHERE event_type = 'backoffice.hr.employee.hired.v1') AS hired`)) as Array<{ employees: number; topless: number; hired: number }>;
    const { employees, topless, hired } = counts!;
    expect(employees).toBe(300);
    expect(topless).toBe(1);
    expect(hired).toBe(300);

    const response = await hr.call(`{ recordIssues { kind message } }`, {}, manager);
    const kinds = new Set((response.data as { recordIssues: Array<{ kind: string }> }).recordIssues.map((issue) => issue.kind));
    expect([...kinds].sort()).toEqual(['DEPARTMENT_WITHOUT_HEAD', 'MISSING_EMERGENCY_CONTACT', 'MISSING_PHONE', 'TERMINATED_MANAGER']);
  });
});
