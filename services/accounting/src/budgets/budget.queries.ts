import type { Sql } from '@backoffice/platform/sql';
import { fromCents, toCents } from '../money';
import type { BudgetRecord, BudgetThresholdCrossingRecord } from './budget.record';
import * as budgets from './budget.repository';

// What the manager and the loaders ask about budgets. Loader batches take keys of any year and
// cost one statement per distinct year: all departments of one query, one statement.

export type DepartmentYear = { departmentId: string; fiscalYear: number };
export const departmentYearKey = (key: DepartmentYear) => `${key.departmentId}|${key.fiscalYear}`;

async function perYear<T>(keys: readonly DepartmentYear[], read: (departmentIds: string[], fiscalYear: number) => Promise<Map<string, T>>): Promise<Array<T | null>> {
  const years = [...new Set(keys.map((key) => key.fiscalYear))];
  const found = new Map<string, T>();
  for (const year of years) {
    const ids = keys.filter((key) => key.fiscalYear === year).map((key) => key.departmentId);
    for (const [departmentId, value] of await read(ids, year)) found.set(departmentYearKey({ departmentId, fiscalYear: year }), value);
  }
  return keys.map((key) => found.get(departmentYearKey(key)) ?? null);
}

// Loader batch: each department's department-wide budget of the year asked, or null.
export function departmentBudgetsInOrder(db: Sql, keys: readonly DepartmentYear[]): Promise<Array<BudgetRecord | null>> {
  return perYear(keys, async (ids, year) => new Map((await budgets.departmentBudgets(db, ids, year)).map((budget) => [budget.departmentId, budget])));
}

// Loader batch: what each department spent in the year asked.
export async function departmentSpendInOrder(db: Sql, keys: readonly DepartmentYear[]): Promise<string[]> {
  const spent = await perYear(keys, async (ids, year) => new Map((await budgets.departmentSpend(db, ids, year)).map((row) => [row.departmentId, row.spent])));
  return spent.map((amount) => amount ?? '0.00');
}

export function budgetsOfYear(db: Sql, fiscalYear: number): Promise<BudgetRecord[]> {
  return budgets.budgetsOfYear(db, fiscalYear);
}

// Loader batch: each budget's threshold crossings, lowest threshold first.
export async function crossingsInOrder(db: Sql, budgetIds: readonly string[], currency: string): Promise<BudgetThresholdCrossingRecord[][]> {
  const crossings = await budgets.crossingsOfBudgets(db, budgetIds);
  return budgetIds.map((id) => crossings.filter((crossing) => crossing.budgetId === id).map((crossing) => ({ ...crossing, currency })));
}

// amount - spent, and spent / amount to four decimals (null for a zero budget).
export function remainingOf(budget: Pick<BudgetRecord, 'amount' | 'spent'>): string {
  return fromCents(toCents(budget.amount)! - toCents(budget.spent)!);
}

export function shareUsedOf(budget: Pick<BudgetRecord, 'amount' | 'spent'>): string | null {
  const amount = toCents(budget.amount)!;
  if (amount === 0n) return null;
  const spent = toCents(budget.spent)!;
  // Ten-thousandths, rounded half away from zero.
  const scaled = (spent * 20_000n) / amount;
  const tenThousandths = (scaled + (scaled < 0n ? -1n : 1n)) / 2n;
  const sign = tenThousandths < 0n ? '-' : '';
  const magnitude = tenThousandths < 0n ? -tenThousandths : tenThousandths;
  return `${sign}${magnitude / 10_000n}.${String(magnitude % 10_000n).padStart(4, '0')}`;
}
