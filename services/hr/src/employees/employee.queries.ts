import type { Sql } from '@backoffice/platform/sql';
import { pageSize, parseInput } from '@backoffice/platform/validation';
import { employeeFilter } from './employee.inputs';
import type { EmployeeRecord } from './employee.record';
import * as employees from './employee.repository';
import type { EmployeeOrder } from './employee.repository';

// The reads of the employee module that its resolvers and other HR modules call; they never
// reach into the repository. (The per-request loaders in context.ts, which wire modules
// together, batch the repository's `= ANY($1)` reads directly.)

export function employeeById(db: Sql, id: string): Promise<EmployeeRecord | undefined> {
  return employees.findEmployee(db, id);
}

// People who report to this manager today (leavers excluded).
export async function directReportIds(db: Sql, managerId: string): Promise<string[]> {
  return (await employees.directReportsOf(db, [managerId])).map((report) => report.id);
}

// One page of the directory, with the total for the same filter.
export async function employeeDirectory(
  db: Sql,
  args: { filter?: unknown; first?: number | null; after?: string | null; orderBy?: { field: EmployeeOrder['field']; direction?: EmployeeOrder['direction'] | null } | null },
) {
  const filter = parseInput(employeeFilter, args.filter ?? {}, 'filter');
  const order: EmployeeOrder = { field: args.orderBy?.field ?? 'EMPLOYEE_NUMBER', direction: args.orderBy?.direction ?? 'ASC' };
  const first = pageSize(args.first);
  const [page, totalCount] = await Promise.all([
    employees.listEmployees(db, { filter, order, first, after: args.after ?? null }),
    employees.countEmployees(db, filter),
  ]);
  return { ...page, totalCount };
}
