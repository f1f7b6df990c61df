import { randomUUID } from 'node:crypto';
import type { Logger } from '@backoffice/platform/logger';
import { SYSTEM_ACTOR } from '@backoffice/events/envelope';
import { addDays, firstOfNextMonth } from '../dates';
import { departmentsByIds } from '../departments/department.queries';
import { createDepartment, updateDepartment } from '../departments/department.service';
import { changeSalary } from '../employees/employee.commands/change-salary';
import { hireEmployee } from '../employees/employee.commands/hire-employee';
import { terminateEmployee } from '../employees/employee.commands/terminate-employee';
import { transferEmployee } from '../employees/employee.commands/transfer-employee';
import { employeeDirectory } from '../employees/employee.queries';
import type { HrModules } from '../hr-modules';
import { addHoliday } from '../leave/leave.commands/add-holiday';
import { allocateLeave } from '../leave/leave.commands/allocate-leave';
import { approveLeave } from '../leave/leave.commands/approve-leave';
import { rejectLeave } from '../leave/leave.commands/reject-leave';
import { requestLeave } from '../leave/leave.commands/request-leave';
import { underSeedLock } from './demo.repository';

// A believable company of a few hundred people, created through the same commands a client
// calls, so its events flow to the other departments exactly as real hires do. A few record
// problems are left in on purpose, for `recordIssues` to find.

type DepartmentPlan = { code: string; name: string; parent: string | null; costCentre: string; titles: string[]; size: number; location: string };

const plan: DepartmentPlan[] = [
  { code: 'EXEC', name: 'Executive Office', parent: null, costCentre: 'CC-1000', titles: ['Chief Executive Officer', 'Executive Assistant'], size: 3, location: 'London' },
  { code: 'HR', name: 'People & HR', parent: 'EXEC', costCentre: 'CC-2000', titles: ['Head of People', 'HR Business Partner', 'Recruiter', 'HR Generalist'], size: 14, location: 'London' },
  { code: 'FIN', name: 'Finance & Accounting', parent: 'EXEC', costCentre: 'CC-3000', titles: ['Chief Financial Officer', 'Accountant', 'Payroll Specialist', 'Financial Analyst'], size: 22, location: 'London' },
  { code: 'IT', name: 'IT & Systems', parent: 'EXEC', costCentre: 'CC-4000', titles: ['Head of IT', 'Systems Administrator', 'Service Desk Analyst', 'Security Engineer'], size: 26, location: 'Manchester' },
  { code: 'OPS', name: 'Operations', parent: 'EXEC', costCentre: 'CC-5000', titles: ['Head of Operations', 'Operations Coordinator', 'Facilities Manager', 'Office Assistant'], size: 40, location: 'Manchester' },
  { code: 'OPS-LOG', name: 'Logistics', parent: 'OPS', costCentre: 'CC-5100', titles: ['Logistics Lead', 'Warehouse Operative', 'Dispatcher'], size: 45, location: 'Leeds' },
  { code: 'SALES', name: 'Sales', parent: 'EXEC', costCentre: 'CC-6000', titles: ['Head of Sales', 'Account Executive', 'Sales Development Rep', 'Sales Engineer'], size: 60, location: 'London' },
  { code: 'SALES-EU', name: 'Sales Europe', parent: 'SALES', costCentre: 'CC-6100', titles: ['Sales Director Europe', 'Account Executive', 'Sales Development Rep'], size: 35, location: 'Berlin' },
  { code: 'ENG', name: 'Product Engineering', parent: 'EXEC', costCentre: 'CC-7000', titles: ['Head of Engineering', 'Software Engineer', 'Engineering Manager', 'QA Engineer', 'Designer'], size: 55, location: 'Remote' },
];

const firstNames = ['Ada', 'Ben', 'Chloe', 'Dev', 'Elena', 'Femi', 'Grace', 'Hugo', 'Iris', 'Jonas', 'Kira', 'Liam', 'Maya', 'Noah', 'Olga', 'Pavel', 'Quinn', 'Rosa', 'Sami', 'Tara', 'Umar', 'Vera', 'Wen', 'Xavier', 'Yara', 'Zoe', 'Amir', 'Bea', 'Carlos', 'Dana'];
const lastNames = ['Okafor', 'Schmidt', 'Rossi', 'Nakamura', 'Silva', 'Novak', 'Larsen', 'Haddad', 'Kowalski', 'Dubois', 'Moreno', 'Byrne', 'Costa', 'Ivanova', 'Meyer', 'Tanaka', 'Fischer', 'Jensen', 'Romero', 'Patel', 'Walsh', 'Nguyen', 'Khan', 'Lindqvist'];
const relationships = ['Partner', 'Parent', 'Sibling', 'Friend'];

export async function seedDemoCompany(modules: HrModules, logger: Logger, scale = 1): Promise<number> {
  return underSeedLock(modules.dataSource, async (existingEmployees) => {
    if (existingEmployees > 0) return 0;
    const hired = await seed(modules, scale);
    logger.info('demo company seeded', { employees: hired });
    return hired;
  });
}

async function seed(modules: HrModules, scale: number): Promise<number> {
  const metadata = { actor: SYSTEM_ACTOR, correlationId: randomUUID() };
  const departmentIds = new Map<string, string>();
  const headIds = new Map<string, string>();
  let n = 0;

  for (const spec of plan) {
    const department = await createDepartment(modules, { code: spec.code, name: spec.name, parentId: spec.parent ? departmentIds.get(spec.parent) : null, costCentreCode: spec.costCentre }, metadata);
    departmentIds.set(spec.code, department.id);
    const size = Math.max(1, Math.round(spec.size * scale));
    const teamLeads: string[] = [];
    for (let i = 0; i < size; i += 1, n += 1) {
      const isHead = i === 0;
      const firstName = firstNames[n % firstNames.length]!;
      const lastName = lastNames[(n * 7 + spec.code.length) % lastNames.length]!;
      // Heads report to the head of the parent department; others to a team lead or the head.
      const managerId = isHead ? (spec.parent ? headIds.get(spec.parent)! : null) : i <= 3 || !teamLeads.length ? headIds.get(spec.code)! : teamLeads[i % teamLeads.length]!;
      const deliberatelyIncomplete = n % 23 === 7;
      const employee = await hireEmployee(modules, 
        {
          firstName,
          lastName,
          email: `${firstName}.${lastName}.${n + 1}@backoffice.example`.toLowerCase(),
          title: isHead ? spec.titles[0] : spec.titles[1 + (i % (spec.titles.length - 1))],
          departmentId: department.id,
          managerId,
          startDate: new Date(Date.UTC(2016 + (n % 9), n % 12, 1 + (n % 27))).toISOString().slice(0, 10),
          salary: { amount: `${(isHead ? 110_000 : 38_000) + ((n * 1_750) % 45_000)}.00`, currency: 'EUR' },
          employmentType: n % 11 === 5 ? 'CONTRACTOR' : n % 9 === 4 ? 'PART_TIME' : 'FULL_TIME',
          workLocation: spec.location,
          phone: deliberatelyIncomplete ? null : `+44 20 7946 ${String(1000 + n).slice(-4)}`,
          emergencyContact: deliberatelyIncomplete ? null : { name: `${firstNames[(n + 5) % firstNames.length]} ${lastName}`, relationship: relationships[n % relationships.length], phone: `+44 7700 ${String(900000 + n).slice(-6)}` },
        },
        metadata,
      );
      if (isHead) {
        headIds.set(spec.code, employee.id);
        await updateDepartment(modules, department.id, { version: (await departmentsByIds(modules.dataSource, [department.id]))[0]!.version, headId: employee.id }, metadata);
      } else if (i > 0 && i <= 3) {
        teamLeads.push(employee.id);
      }
    }
  }

  // A department nobody heads yet.
  await createDepartment(modules, { code: 'LEGAL', name: 'Legal & Compliance', parentId: departmentIds.get('EXEC'), costCentreCode: 'CC-8000' }, metadata);

  // History worth looking at: raises, a future-dated raise, transfers, leavers.
  const all = await employeeDirectory(modules.dataSource, { first: 200 });
  const people = all.rows;
  const nextMonth = firstOfNextMonth(modules.clock.today());
  for (const [index, person] of people.entries()) {
    if (index % 5 === 1) {
      await changeSalary(modules, person.id, { salary: { amount: `${60_000 + index * 150}.00`, currency: 'EUR' }, effectiveDate: '2025-04-01', reason: 'Annual review' }, metadata);
    }
    if (index % 17 === 3) {
      await changeSalary(modules, person.id, { salary: { amount: `${70_000 + index * 150}.00`, currency: 'EUR' }, effectiveDate: nextMonth, reason: 'Promotion' }, metadata);
    }
  }
  const salesEu = departmentIds.get('SALES-EU')!;
  for (const person of people.filter((p) => p.departmentId === departmentIds.get('SALES')).slice(5, 8)) {
    await transferEmployee(modules, person.id, { departmentId: salesEu, title: 'Account Executive', reason: 'Team reorganisation', effectiveDate: '2025-09-01' }, metadata);
  }
  // A leaver who still has reports: recordIssues flags their reports.
  const leavingLead = people.find((p) => p.departmentId === departmentIds.get('OPS-LOG') && p.title !== 'Logistics Lead' && p.managerId === headIds.get('OPS-LOG'));
  // Their last day was six weeks ago, whatever day the demo is seeded.
  if (leavingLead) await terminateEmployee(modules, leavingLead.id, { terminationDate: addDays(modules.clock.today(), -42), reason: 'RESIGNATION' }, metadata);

  await seedLeave(modules, people.map((p) => p.id), metadata);
  return n;
}

// Allocations for last year and this one (and next year's from December, when people book
// their January leave), a year of approved leave, and a few requests still waiting for a decision.
async function seedLeave(modules: HrModules, employeeIds: string[], metadata: { actor: string; correlationId: string }) {
  const hr = { employeeId: null, roles: ['SERVICE' as const, 'HR' as const], serviceAccount: 'demo-seed' };
  const thisYear = Number(modules.clock.today().slice(0, 4));
  const lastYear = thisYear - 1;
  const years = modules.clock.today().slice(5, 7) === '12' ? [lastYear, thisYear, thisYear + 1] : [lastYear, thisYear];
  for (const year of years) {
    await addHoliday(modules, { date: `${year}-01-01`, name: "New Year's Day" }, metadata).catch(() => undefined);
    await addHoliday(modules, { date: `${year}-12-25`, name: 'Christmas Day' }, metadata).catch(() => undefined);
    await addHoliday(modules, { date: `${year}-12-26`, name: 'Boxing Day' }, metadata).catch(() => undefined);
  }
  for (const [index, employeeId] of employeeIds.entries()) {
    for (const year of years) {
      await allocateLeave(modules, { employeeId, leaveType: 'VACATION', year, days: 25, note: 'Annual allocation' }, metadata);
      await allocateLeave(modules, { employeeId, leaveType: 'SICK', year, days: 10, note: 'Annual allocation' }, metadata);
    }
    const month = 1 + (index % 11);
    const week = `${lastYear}-${String(month).padStart(2, '0')}-${String(3 + (index % 20)).padStart(2, '0')}`;
    const request = async (leaveType: string, startDate: string, endDate: string, decide: 'approve' | 'pending' | 'reject', halfDays = false) => {
      try {
        const created = await requestLeave(modules, { employeeId, leaveType, startDate, endDate, endHalfDay: halfDays }, hr, metadata);
        if (decide === 'approve') await approveLeave(modules, created.id, null, hr, metadata);
        if (decide === 'reject') await rejectLeave(modules, created.id, 'Team is short-staffed that week', hr, metadata);
      } catch {
        // A generated date may fall on a weekend or a holiday; the demo simply skips it.
      }
    };
    await request('VACATION', week, addDays(week, 6), 'approve');
    if (index % 4 === 0) await request('SICK', addDays(week, 40), addDays(week, 41), 'approve', true);
    if (index % 9 === 0) await request('VACATION', `${thisYear}-12-14`, `${thisYear}-12-18`, 'pending');
    if (index % 13 === 0) await request('VACATION', `${thisYear}-12-07`, `${thisYear}-12-09`, 'reject');
    if (index % 29 === 0) await request('UNPAID', addDays(week, 60), addDays(week, 62), 'approve');
  }
}
