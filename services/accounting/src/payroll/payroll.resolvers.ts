import { guardedField } from '@backoffice/platform/access';
import { parseInput } from '@backoffice/platform/validation';
import type { EmployeeResolvers, MutationResolvers, PayInForceResolvers, PayrollLineResolvers, PayrollRunResolvers, PayslipResolvers, QueryResolvers } from '../__generated__/resolvers-types';
import { accountingPolicy } from '../access/policy';
import { fiscalYearInput } from '../inputs';
import { approvePayroll } from './payroll.commands/approve-payroll';
import { postPayroll } from './payroll.commands/post-payroll';
import { previewPayroll } from './payroll.commands/preview-payroll';
import { payrollRuns } from './payroll.queries';
import { asMoney } from '../money';


export const payrollQueries: Pick<QueryResolvers, 'payrollRuns' | 'payrollRun'> = {
  payrollRuns: (_parent, { year }, { principal, dataSource, ledger }) => {
    accountingPolicy.require(principal, 'payroll.read');
    return payrollRuns(dataSource, parseInput(fiscalYearInput, year, 'year'), ledger.settings.functionalCurrency);
  },
  payrollRun: (_parent, { id }, { principal, loaders }) => {
    accountingPolicy.require(principal, 'payroll.read');
    return loaders.payrollRun.load(id);
  },
};

export const payrollMutations: Pick<MutationResolvers, 'previewPayroll' | 'approvePayroll' | 'postPayroll'> = {
  previewPayroll: (_parent, { period }, { principal, ledger, hrFacts, eventMetadata }) => {
    accountingPolicy.require(principal, 'payroll.prepare');
    return previewPayroll(ledger, period, eventMetadata(), hrFacts);
  },
  approvePayroll: (_parent, { runId }, { principal, ledger, eventMetadata }) => {
    accountingPolicy.require(principal, 'payroll.approve');
    return approvePayroll(ledger, runId, eventMetadata());
  },
  postPayroll: (_parent, { runId }, { principal, ledger, eventMetadata }) => {
    accountingPolicy.require(principal, 'payroll.post');
    return postPayroll(ledger, runId, eventMetadata());
  },
};

export const PayrollRun: Pick<PayrollRunResolvers, 'total' | 'lines' | 'journalEntry'> = {
  total: (run) => asMoney(run.total, run.currency),
  lines: (run, _args, { loaders }) => loaders.payrollLines.load(run.id),
  journalEntry: (run, _args, { loaders }) => (run.journalEntryId ? loaders.journalEntry.load(run.journalEntryId) : null),
};

export const PayrollLine: Pick<PayrollLineResolvers, 'gross'> = {
  gross: (line) => asMoney(line.gross, line.currency),
};

export const PayInForce: Pick<PayInForceResolvers, 'amount'> = {
  amount: (pay) => asMoney(pay.amount, pay.currency),
};

export const Payslip: Pick<PayslipResolvers, 'gross'> = {
  gross: (slip) => asMoney(slip.gross, slip.currency),
};

// Accounting's field on HR's Employee: the employee, HR, ACCOUNTING and MANAGER; anyone else
// gets null with FORBIDDEN at the path.
export const employeePayslips: Pick<EmployeeResolvers, 'payslips'> = {
  payslips: (employee, _args, { principal, loaders }) =>
    guardedField(accountingPolicy.canFor(principal, 'payslip.read', { employeeId: employee.id }), () => accountingPolicy.refusal('payslip.read'), () => loaders.payslips.load(employee.id)),
};
