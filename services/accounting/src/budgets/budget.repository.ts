import { rows, uuidsOnly, type Sql } from '@backoffice/platform/sql';
import type { BudgetRecord } from './budget.record';

// The only code that knows how budgets are stored.

// One fiscal year's budgets for many departments in one statement.
export function budgetsOfDepartments(db: Sql, departmentIds: readonly string[], fiscalYear: number): Promise<BudgetRecord[]> {
  return rows<BudgetRecord>(
    db,
    `SELECT id, department_id AS "departmentId", fiscal_year AS "fiscalYear", amount::text AS amount, currency
     FROM budgets WHERE department_id = ANY($1::uuid[]) AND fiscal_year = $2`,
    [uuidsOnly(departmentIds), fiscalYear],
  );
}
