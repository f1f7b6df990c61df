import type { FieldProblem } from '@backoffice/platform/domain-errors';
import { monthEndsOf } from '@backoffice/platform/month-ends';
import type { Sql } from '@backoffice/platform/sql';
import type { DepartmentRecord, MonthlyHeadcountRecord } from './department.record';
import * as departments from './department.repository';

// The reads of the department module: its resolvers, loaders and other HR modules call these,
// never the repository.

export function departmentsByIds(db: Sql, ids: readonly string[]): Promise<DepartmentRecord[]> {
  return departments.findDepartments(db, ids);
}

// Placing someone in a department (hire, transfer, rehire): it exists and is open. The
// department is held FOR SHARE until the command commits, so it cannot close meanwhile.
export async function placementProblems(db: Sql, departmentId: string, field: string): Promise<FieldProblem[]> {
  const department = await departments.findDepartmentForShare(db, departmentId);
  if (!department) return [{ field, message: 'no such department' }];
  if (department.status === 'CLOSED') return [{ field, message: `department ${department.code} is closed` }];
  return [];
}

export function allDepartments(db: Sql): Promise<DepartmentRecord[]> {
  return departments.listDepartments(db);
}

// Loader batches: one statement for many ids, answers in the order asked.
export async function departmentsInOrder(db: Sql, ids: readonly string[]): Promise<Array<DepartmentRecord | null>> {
  const byId = new Map((await departments.findDepartments(db, ids)).map((row) => [row.id, row]));
  return ids.map((id) => byId.get(id) ?? null);
}

export async function childrenInOrder(db: Sql, ids: readonly string[]): Promise<DepartmentRecord[][]> {
  const rows = await departments.childrenOf(db, ids);
  return ids.map((id) => rows.filter((row) => row.parentId === id));
}

export async function headcountsInOrder(db: Sql, ids: readonly string[]): Promise<number[]> {
  const counts = await departments.headcounts(db, ids);
  return ids.map((id) => counts.get(id) ?? 0);
}

// The trend the manager's overview draws: each month's end of the year (today for the month
// still running), department by department.
export async function headcountByMonth(db: Sql, year: number, today: string): Promise<MonthlyHeadcountRecord[]> {
  const ends = monthEndsOf(year, today);
  const monthOf = new Map(ends.map((end) => [end.asOf, end.month]));
  const counts = await departments.headcountsOn(db, ends.map((end) => end.asOf));
  return counts.map(({ asOf, departmentId, headcount }) => ({ month: monthOf.get(asOf)!, asOf, departmentId, headcount }));
}
