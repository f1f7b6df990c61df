import { randomUUID } from 'node:crypto';
import { seedDemoCompany } from '../src/demo/seed-demo-company';
import { createHrModules } from '../src/hr-modules';
import { createClock } from '@backoffice/platform/clock';
import { testEnvironment } from '@backoffice/testkit/isolation';
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

describe('the demo company seeded in December', () => {
  let hr: HrForTest;

  beforeAll(async () => {
    hr = await startHrForTest(testEnvironment({ CLOCK_AT: '2026-12-04T09:00:00Z' }));
  });

  afterAll(async () => {
    await hr?.stop();
  });

  it("also allocates next year's leave and holidays, since people book January in December", async () => {
    const december = createClock({ timeZone: 'UTC', fixedAt: '2026-12-04T09:00:00Z' });
    const hired = await seedDemoCompany(createHrModules(hr.dataSource, december, { hrApprovalAboveDays: 10 }), hr.logger, 0.1);
    const allocated = (await hr.dataSource.query(
      `SELECT year, count(DISTINCT employee_id)::int AS people FROM leave_ledger WHERE entry_type = 'ALLOCATION' AND leave_type = 'VACATION' GROUP BY year ORDER BY year`,
    )) as Array<{ year: number; people: number }>;
    expect(allocated).toEqual([2025, 2026, 2027].map((year) => ({ year, people: hired })));
    const [newYear] = (await hr.dataSource.query(`SELECT name FROM holidays WHERE date = '2027-01-01'`)) as Array<{ name: string }>;
    expect(newYear).toEqual({ name: "New Year's Day" });
  });
});
