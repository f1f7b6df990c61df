import { randomUUID } from 'node:crypto';
import type { ServiceDependencies } from '@backoffice/platform/subgraph-service';
import { DepartmentService } from '../departments/department.service';
import { EmployeeService } from '../employees/employee.service';

// A believable small company, created through the same commands a client would call, so its
// events flow to the other departments exactly like real hires do.

const departments = [
  { code: 'EXEC', name: 'Executive Office', titles: ['Chief Executive Officer'] },
  { code: 'HR', name: 'People & HR', titles: ['Head of People', 'HR Business Partner', 'Recruiter', 'HR Generalist'] },
  { code: 'FIN', name: 'Finance & Accounting', titles: ['Head of Finance', 'Accountant', 'Payroll Specialist', 'Financial Analyst'] },
  { code: 'IT', name: 'IT & Systems', titles: ['Head of IT', 'Systems Administrator', 'Service Desk Analyst', 'Security Engineer'] },
  { code: 'OPS', name: 'Operations', titles: ['Head of Operations', 'Operations Coordinator', 'Facilities Manager', 'Office Assistant'] },
  { code: 'SALES', name: 'Sales', titles: ['Head of Sales', 'Account Executive', 'Sales Development Rep', 'Sales Engineer'] },
];

const firstNames = ['Ada', 'Ben', 'Chloe', 'Dev', 'Elena', 'Femi', 'Grace', 'Hugo', 'Iris', 'Jonas', 'Kira', 'Liam', 'Maya', 'Noah', 'Olga', 'Pavel', 'Quinn', 'Rosa', 'Sami', 'Tara', 'Umar', 'Vera', 'Wen', 'Xavier', 'Yara', 'Zoe'];
const lastNames = ['Okafor', 'Schmidt', 'Rossi', 'Nakamura', 'Silva', 'Novak', 'Larsen', 'Haddad', 'Kowalski', 'Dubois', 'Moreno', 'Byrne', 'Costa', 'Ivanova', 'Meyer', 'Tanaka', 'Fischer', 'Jensen', 'Romero', 'Patel'];

export async function seedDemoCompany(deps: ServiceDependencies, employeesPerDepartment = 8): Promise<number> {
  const { dataSource, logger } = deps;
  // Replicas starting together: one seeds, the others find people already there.
  return dataSource.transaction(async (manager) => {
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext('hr:demo-seed'))`);
    const [{ count } = { count: 0 }] = (await manager.query(`SELECT count(*)::int AS count FROM employees`)) as Array<{ count: number }>;
    if (count > 0) return 0;
    const metadata = { actor: 'system', correlationId: randomUUID() };
    const departmentService = new DepartmentService(dataSource);
    const employeeService = new EmployeeService(dataSource);
    let hired = 0;
    let ceoId: string | null = null;
    for (const [d, spec] of departments.entries()) {
      const department = await departmentService.create({ code: spec.code, name: spec.name }, metadata);
      const people = spec.code === 'EXEC' ? 1 : employeesPerDepartment;
      let headId: string | null = null;
      for (let i = 0; i < people; i += 1) {
        const n = hired;
        const firstName = firstNames[n % firstNames.length]!;
        const lastName = lastNames[(n * 7 + d) % lastNames.length]!;
        const isHead = i === 0;
        const employee = await employeeService.hire(
          {
            firstName,
            lastName,
            email: `${firstName}.${lastName}.${n + 1}@backoffice.example`.toLowerCase(),
            title: isHead ? spec.titles[0] : spec.titles[1 + (i % (spec.titles.length - 1))],
            departmentId: department.id,
            startDate: new Date(Date.UTC(2018 + (n % 7), n % 12, 1 + (n % 27))).toISOString().slice(0, 10),
            salary: { amount: String((isHead ? 120_000 : 48_000) + ((n * 1_750) % 40_000)) + '.00', currency: 'EUR' },
            employmentType: n % 11 === 5 ? 'CONTRACTOR' : n % 9 === 4 ? 'PART_TIME' : 'FULL_TIME',
            managerId: isHead ? ceoId : headId,
          },
          metadata,
        );
        if (spec.code === 'EXEC') ceoId = employee.id;
        if (isHead) headId = employee.id;
        hired += 1;
      }
    }
    logger.info('demo company seeded', { employees: hired });
    return hired;
  });
}
