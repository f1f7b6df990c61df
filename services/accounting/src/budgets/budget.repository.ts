import { firstRow, rows, uuidsOnly, type Sql } from '@backoffice/platform/sql';
import { centsOf, fromCents } from '../money';
import type { BudgetRecord, BudgetThreshold, BudgetThresholdCrossingRecord } from './budget.record';

// The only code that knows how budgets, their spend and their threshold crossings are stored.
//
// Spend is read from account_period_balances (kept by every posting): expense debits less credits
// on the department's cost centre in the budget's year, in the budget's account and those under
// it when it names one. The year-end CLOSING entry credits every expense away; it is not spending,
// so its lines are added back.

const NIL = '00000000-0000-0000-0000-000000000000';

// The spend of `department` in `year` within the accounts `inScope` allows (SQL expressions).
function spendOf(department: string, year: string, inScope: (account: string) => string): string {
  return `(
    coalesce((SELECT sum(pb.debit - pb.credit) FROM account_period_balances pb JOIN accounts a ON a.id = pb.account_id AND a.type = 'EXPENSE'
              WHERE pb.cost_centre = ${department} AND pb.period >= make_date(${year}, 1, 1) AND pb.period < make_date(${year} + 1, 1, 1) AND ${inScope('pb.account_id')}), 0)
    - coalesce((SELECT sum(l.debit - l.credit) FROM journal_entries e JOIN journal_lines l ON l.entry_id = e.id JOIN accounts a ON a.id = l.account_id AND a.type = 'EXPENSE'
              WHERE e.source = 'CLOSING' AND e.fiscal_year = ${year} AND e.entry_date = make_date(${year}, 12, 31) AND l.cost_centre = ${department} AND ${inScope('l.account_id')}), 0)
  )`;
}

// For the budgets a query has `chosen`: each budget's account and the accounts under it (a
// department-wide budget has none), and whether an account (an SQL expression) counts for budget c.
const BUDGET_SCOPE = `scope (budget_id, account_id) AS (
       SELECT id, account_id FROM chosen WHERE account_id IS NOT NULL
       UNION ALL
       SELECT scope.budget_id, a.id FROM accounts a JOIN scope ON a.parent_id = scope.account_id)`;
const inBudgetScope = (account: string) => `(c.account_id IS NULL OR ${account} IN (SELECT s.account_id FROM scope s WHERE s.budget_id = c.id))`;

type WithSetAt<T> = Omit<T, 'setAt'> & { setAt: Date };
// Sums come back as PostgreSQL prints them ("0", "12.5"): amounts leave with two decimals.
const normal = (sum: string) => fromCents(centsOf(sum)!);
const isoSetAt = <T extends { setAt: Date; spent: string }>(row: T) => ({ ...row, spent: normal(row.spent), setAt: row.setAt.toISOString() });

// Budgets chosen by `where` (over budgets b), each with its spend, in one statement.
async function budgetsWithSpend(db: Sql, where: string, values: unknown[]): Promise<BudgetRecord[]> {
  const found = await rows<WithSetAt<BudgetRecord>>(
    db,
    `WITH RECURSIVE chosen AS (SELECT * FROM budgets b WHERE ${where}),
     ${BUDGET_SCOPE}
     SELECT c.id, c.department_id AS "departmentId", c.fiscal_year AS "fiscalYear", c.account_id AS "accountId", c.amount::text AS amount, c.currency,
       ${spendOf('c.department_id', 'c.fiscal_year', inBudgetScope)}::text AS spent,
       c.set_by AS "setBy", c.set_at AS "setAt", c.reason, c.version
     FROM chosen c
     ORDER BY c.fiscal_year, c.department_id, c.account_id NULLS FIRST`,
    values,
  );
  return found.map(isoSetAt);
}

// The department-wide budgets of one year for many departments.
export function departmentBudgets(db: Sql, departmentIds: readonly string[], fiscalYear: number): Promise<BudgetRecord[]> {
  return budgetsWithSpend(db, `b.department_id = ANY($1::uuid[]) AND b.fiscal_year = $2 AND b.account_id IS NULL`, [uuidsOnly(departmentIds), fiscalYear]);
}

export function budgetsOfYear(db: Sql, fiscalYear: number): Promise<BudgetRecord[]> {
  return budgetsWithSpend(db, `b.fiscal_year = $1`, [fiscalYear]);
}

export async function budgetById(db: Sql, id: string): Promise<BudgetRecord | undefined> {
  return (await budgetsWithSpend(db, `b.id = $1`, [id]))[0];
}

// The budgets an entry's expense lines on a cost centre count against, with the spend after the
// entry and the part of it the entry added.
export async function budgetsTouchedByEntry(db: Sql, entryId: string, fiscalYear: number): Promise<Array<BudgetRecord & { added: string }>> {
  const found = await rows<WithSetAt<BudgetRecord & { added: string }>>(
    db,
    `WITH RECURSIVE touched AS (
       SELECT DISTINCT l.cost_centre FROM journal_lines l JOIN accounts a ON a.id = l.account_id AND a.type = 'EXPENSE'
       WHERE l.entry_id = $1 AND l.cost_centre IS NOT NULL),
     chosen AS (SELECT * FROM budgets b WHERE b.fiscal_year = $2 AND b.department_id IN (SELECT cost_centre FROM touched)),
     ${BUDGET_SCOPE},
     with_scope AS (
       SELECT c.*, ${spendOf('c.department_id', 'c.fiscal_year', inBudgetScope)} AS spent,
         (SELECT coalesce(sum(l.debit - l.credit), 0) FROM journal_lines l JOIN accounts a ON a.id = l.account_id AND a.type = 'EXPENSE'
          WHERE l.entry_id = $1 AND l.cost_centre = c.department_id
            AND (c.account_id IS NULL OR l.account_id IN (SELECT s.account_id FROM scope s WHERE s.budget_id = c.id))) AS added
       FROM chosen c)
     SELECT id, department_id AS "departmentId", fiscal_year AS "fiscalYear", account_id AS "accountId", amount::text AS amount, currency,
       spent::text AS spent, added::text AS added, set_by AS "setBy", set_at AS "setAt", reason, version
     FROM with_scope WHERE added <> 0`,
    [entryId, fiscalYear],
  );
  return found.map(isoSetAt);
}

// What each department spent in a year, all its expense accounts (0 for one that spent nothing).
export async function departmentSpend(db: Sql, departmentIds: readonly string[], fiscalYear: number): Promise<Array<{ departmentId: string; spent: string }>> {
  const found = await rows<{ departmentId: string; spent: string }>(
    db,
    `SELECT d.id AS "departmentId", ${spendOf('d.id', '$2::int', () => 'true')}::text AS spent FROM unnest($1::uuid[]) AS d (id)`,
    [uuidsOnly(departmentIds), fiscalYear],
  );
  return found.map((row) => ({ ...row, spent: normal(row.spent) }));
}

export type BudgetScope = { departmentId: string; fiscalYear: number; accountId: string | null };

// The budget of a scope, locked until the transaction ends (a concurrent change waits).
export async function lockBudget(db: Sql, scope: BudgetScope): Promise<{ id: string; amount: string; version: number } | undefined> {
  return firstRow(
    db,
    `SELECT id, amount::text AS amount, version FROM budgets
     WHERE department_id = $1 AND fiscal_year = $2 AND coalesce(account_id, '${NIL}'::uuid) = coalesce($3::uuid, '${NIL}'::uuid) FOR UPDATE`,
    [scope.departmentId, scope.fiscalYear, scope.accountId],
  );
}

export async function insertBudget(db: Sql, budget: BudgetScope & { id: string; amount: string; currency: string; setBy: string; setAt: Date; reason: string | null }): Promise<void> {
  await db.query(
    `INSERT INTO budgets (id, department_id, fiscal_year, account_id, amount, currency, set_by, set_at, reason, version) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 1)`,
    [budget.id, budget.departmentId, budget.fiscalYear, budget.accountId, budget.amount, budget.currency, budget.setBy, budget.setAt, budget.reason],
  );
}

export async function changeBudget(db: Sql, change: { id: string; amount: string; setBy: string; setAt: Date; reason: string }): Promise<void> {
  await db.query(`UPDATE budgets SET amount = $2, set_by = $3, set_at = $4, reason = $5, version = version + 1 WHERE id = $1`, [change.id, change.amount, change.setBy, change.setAt, change.reason]);
}

// Once per budget and threshold: false when it was recorded before.
export async function recordCrossing(db: Sql, crossing: { budgetId: string; threshold: BudgetThreshold; at: Date; journalEntryId: string; budgetAmount: string; spent: string }): Promise<boolean> {
  const inserted = await rows(
    db,
    `INSERT INTO budget_threshold_crossings (budget_id, threshold, crossed_at, journal_entry_id, budget_amount, spent) VALUES ($1, $2, $3, $4, $5, $6)
     ON CONFLICT (budget_id, threshold) DO NOTHING RETURNING budget_id`,
    [crossing.budgetId, crossing.threshold, crossing.at, crossing.journalEntryId, crossing.budgetAmount, crossing.spent],
  );
  return inserted.length === 1;
}

export async function crossingsOfBudgets(db: Sql, budgetIds: readonly string[]): Promise<Array<Omit<BudgetThresholdCrossingRecord, 'currency'>>> {
  const found = await rows<Omit<BudgetThresholdCrossingRecord, 'currency' | 'crossedAt'> & { crossedAt: Date }>(
    db,
    `SELECT budget_id AS "budgetId", threshold, crossed_at AS "crossedAt", journal_entry_id AS "journalEntryId", spent::text AS spent
     FROM budget_threshold_crossings WHERE budget_id = ANY($1::uuid[]) ORDER BY budget_id, threshold`,
    [uuidsOnly(budgetIds)],
  );
  return found.map((row) => ({ ...row, spent: normal(row.spent), crossedAt: row.crossedAt.toISOString() }));
}
