import type { Sql } from '@backoffice/platform/sql';
import type { BudgetRecord } from './budget.record';
import { budgetsOfDepartments } from './budget.repository';

// Loader batch: each department's budget for the year, in the order asked (null when unset).
export async function budgetsInOrder(db: Sql, departmentIds: readonly string[], fiscalYear: number): Promise<Array<BudgetRecord | null>> {
  const byDepartment = new Map((await budgetsOfDepartments(db, departmentIds, fiscalYear)).map((row) => [row.departmentId, row]));
  return departmentIds.map((id) => byDepartment.get(id) ?? null);
}
