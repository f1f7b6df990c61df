// Payroll runs and their lines. A posted run's lines are the payslips. People and departments
// are HR's ids, by reference.
export type PayrollRunKind = 'REGULAR' | 'ADJUSTMENT';
export type PayrollRunStatus = 'DRAFT' | 'APPROVED' | 'POSTED';

export type PayInForceRecord = { effectiveDate: string; amount: string; currency: string; payFrequency: string };

export type PayrollLineRecord = {
  runId: string;
  employeeId: string;
  departmentId: string | null;
  // For an ADJUSTMENT run, the difference from what was posted for the month.
  gross: string;
  currency: string;
  daysWorked: number;
  unpaidDays: number;
  payInForce: PayInForceRecord[];
  // Why this person is not paid by the run (hourly pay, no pay known...); empty when paid.
  problems: string[];
  finalPay: boolean;
};

export type PayrollRunRecord = {
  id: string;
  // YYYY-MM.
  period: string;
  kind: PayrollRunKind;
  status: PayrollRunStatus;
  headcount: number;
  total: string;
  currency: string;
  preparedBy: string;
  preparedAt: string;
  approvedBy: string | null;
  approvedAt: string | null;
  journalEntryId: string | null;
  postedAt: string | null;
  version: number;
};

export type PayslipRecord = PayrollLineRecord & { period: string; kind: PayrollRunKind; postedAt: string };
