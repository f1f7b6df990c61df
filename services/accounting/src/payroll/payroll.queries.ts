import type { Sql } from '@backoffice/platform/sql';
import type { PayrollLineRecord, PayrollRunRecord, PayslipRecord } from './payroll.record';
import * as payroll from './payroll.repository';

export function payrollRuns(db: Sql, year: number, currency: string): Promise<PayrollRunRecord[]> {
  return payroll.runsOfYear(db, year, currency);
}

export async function payrollRunsInOrder(db: Sql, ids: readonly string[], currency: string): Promise<Array<PayrollRunRecord | null>> {
  const found = new Map((await payroll.runsByIds(db, ids, currency)).map((run) => [run.id, run]));
  return ids.map((id) => found.get(id) ?? null);
}

// Loader batches: each run's lines; each employee's payslips.
export async function payrollLinesInOrder(db: Sql, runIds: readonly string[], currency: string): Promise<PayrollLineRecord[][]> {
  const lines = await payroll.linesOfRuns(db, runIds, currency);
  return runIds.map((id) => lines.filter((line) => line.runId === id));
}

export async function payslipsInOrder(db: Sql, employeeIds: readonly string[], currency: string): Promise<PayslipRecord[][]> {
  const slips = await payroll.payslipsOf(db, employeeIds, currency);
  return employeeIds.map((id) => slips.filter((slip) => slip.employeeId === id));
}
