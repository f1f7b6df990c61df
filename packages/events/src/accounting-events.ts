import { z } from 'zod';
import { defineEvent } from './contract';
import { currencyCode, decimalString, isoDate, nonEmptyString, nonNegativeDecimalString, uuid } from './scalars';

// Accounting events: posted journal entries and expense claims. Amounts are decimal
// strings in the entry's currency.

// Four decimal places, as in the scalars, so sums are exact in integer ten-thousandths.
function toTenThousandths(decimal: string): bigint {
  const [whole = '0', fraction = ''] = decimal.split('.');
  return BigInt(whole) * 10_000n + BigInt(fraction.padEnd(4, '0'));
}

// A posted line, in the ledger's functional currency (`currency` of the entry), with what was
// entered when the line was in another currency. Memos and per-department (cost centre) lines
// are why accounting.journal.v1 is restricted: accounting and auditors read it, not analysts.
const journalLine = z.strictObject({
  lineNo: z.number().int().positive(),
  accountId: uuid,
  accountCode: nonEmptyString,
  debit: nonNegativeDecimalString,
  credit: nonNegativeDecimalString,
  // HR's department id, or null.
  costCentre: uuid.nullable(),
  memo: nonEmptyString.nullable(),
  originalAmount: nonNegativeDecimalString,
  originalCurrency: currencyCode,
  // Functional-currency units per unit of originalCurrency; null in the functional currency.
  rate: z.string().regex(/^\d+(\.\d{1,8})?$/, 'Expected a positive rate such as "0.91250000"').nullable(),
});

export const journalPosted = defineEvent({
  service: 'accounting',
  aggregate: 'journal',
  name: 'posted',
  version: 1,
  topic: 'accounting.journal.v1',
  key: 'journalEntryId',
  description: 'A balanced journal entry was posted to the ledger: immutable, numbered without gaps within its fiscal year, chained by hash to the entry before.',
  data: z
    .strictObject({
      journalEntryId: uuid,
      fiscalYear: z.number().int(),
      number: z.number().int().positive(),
      date: isoDate,
      currency: currencyCode,
      source: z.enum(['MANUAL', 'EXPENSE', 'PAYROLL', 'ASSET', 'OPENING', 'CLOSING', 'REVERSAL']),
      // The source document's id (an expense claim, a payroll run...).
      sourceId: nonEmptyString.nullable(),
      // The entry this one reverses (source REVERSAL).
      reversesId: uuid.nullable(),
      lines: z.array(journalLine).min(2),
      memo: nonEmptyString.nullable(),
      hash: z.string().regex(/^[0-9a-f]{64}$/),
    })
    // A posted entry always balances; one that does not is a producer bug, not a fact.
    .refine(
      (entry) =>
        entry.lines.reduce((sum, line) => sum + toTenThousandths(line.debit), 0n) ===
        entry.lines.reduce((sum, line) => sum + toTenThousandths(line.credit), 0n),
      { message: 'Debits and credits must balance', path: ['lines'] },
    ),
});

export const journalReversed = defineEvent({
  service: 'accounting',
  aggregate: 'journal',
  name: 'reversed',
  version: 1,
  topic: 'accounting.journal.v1',
  key: 'journalEntryId',
  description: 'A posted journal entry was reversed by a new, opposite entry (itself published as journal.posted).',
  data: z.strictObject({
    journalEntryId: uuid,
    reversalEntryId: uuid,
    date: isoDate,
    reason: nonEmptyString.nullable(),
  }),
});

export const periodClosed = defineEvent({
  service: 'accounting',
  aggregate: 'period',
  name: 'closed',
  version: 1,
  topic: 'accounting.journal.v1',
  key: 'period',
  description: 'A month of the fiscal year was closed: nothing dated in it can be posted until it is reopened.',
  data: z.strictObject({ period: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/) }),
});

export const periodReopened = defineEvent({
  service: 'accounting',
  aggregate: 'period',
  name: 'reopened',
  version: 1,
  topic: 'accounting.journal.v1',
  key: 'period',
  description: 'A closed month was reopened by a MANAGER, with the reason.',
  data: z.strictObject({ period: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/), reason: nonEmptyString }),
});

export const fiscalYearClosed = defineEvent({
  service: 'accounting',
  aggregate: 'fiscal-year',
  name: 'closed',
  version: 1,
  topic: 'accounting.journal.v1',
  key: 'closingEntryId',
  description: "A fiscal year was closed: its result moved to retained earnings by the closing entry, and its months closed.",
  data: z.strictObject({ fiscalYear: z.number().int(), closingEntryId: uuid, result: decimalString, currency: currencyCode }),
});

// Budgets: per department (HR's id) and fiscal year, optionally per expense account. Amounts in
// the ledger's functional currency. Not restricted: a department's budget and spend are what
// analysts compare, and no line, memo or person's pay is in them.
const budgetShape = {
  budgetId: uuid,
  departmentId: uuid,
  fiscalYear: z.number().int(),
  // The expense account the budget limits (with those under it); null for the whole department.
  accountId: uuid.nullable(),
  amount: nonNegativeDecimalString,
  currency: currencyCode,
};

export const budgetSet = defineEvent({
  service: 'accounting',
  aggregate: 'budget',
  name: 'set',
  version: 1,
  topic: 'accounting.budget.v1',
  key: 'budgetId',
  description: "A department's budget for a fiscal year was set or changed (with the reason for a change).",
  data: z.strictObject({ ...budgetShape, previousAmount: nonNegativeDecimalString.nullable(), reason: nonEmptyString.nullable() }),
});

export const budgetThresholdCrossed = defineEvent({
  service: 'accounting',
  aggregate: 'budget',
  name: 'threshold-crossed',
  version: 1,
  topic: 'accounting.budget.v1',
  key: 'budgetId',
  description: "A posting took a budget's spend across 80% or 100% of its amount. Published once per budget and threshold.",
  data: z.strictObject({ ...budgetShape, threshold: z.union([z.literal(80), z.literal(100)]), spent: decimalString, journalEntryId: uuid }),
});

// Expense claims, as analysts may read them: who, which department, how much, where it stands.
// Merchants, descriptions and receipts stay in accounting (this topic is not restricted).
const expenseClaimShape = {
  claimId: uuid,
  employeeId: uuid,
  // The claimant's department when they submitted (the cost centre it is booked to).
  departmentId: uuid.nullable(),
  // In the ledger's functional currency.
  total: nonNegativeDecimalString,
  currency: currencyCode,
  lineCount: z.number().int().positive(),
  status: z.enum(['SUBMITTED', 'APPROVED', 'REJECTED', 'WITHDRAWN', 'PAID']),
};
const approvalStep = z.enum(['LINE_MANAGER', 'ACCOUNTING']);

export const expenseSubmitted = defineEvent({
  service: 'accounting',
  aggregate: 'expense',
  name: 'submitted',
  version: 1,
  topic: 'accounting.expense.v1',
  key: 'claimId',
  description: 'An employee submitted an expense claim that passed the policy; it waits for the step named.',
  data: z.strictObject({ ...expenseClaimShape, awaiting: approvalStep, likelyDuplicate: z.boolean() }),
});

export const expenseApproved = defineEvent({
  service: 'accounting',
  aggregate: 'expense',
  name: 'approved',
  version: 1,
  topic: 'accounting.expense.v1',
  key: 'claimId',
  description: 'An expense claim passed its last approval and was posted to the ledger (expense against reimbursements payable).',
  data: z.strictObject({ ...expenseClaimShape, decidedBy: uuid, step: approvalStep, journalEntryId: uuid }),
});

export const expenseRejected = defineEvent({
  service: 'accounting',
  aggregate: 'expense',
  name: 'rejected',
  version: 1,
  topic: 'accounting.expense.v1',
  key: 'claimId',
  description: 'An expense claim was rejected at a step (the reason stays in accounting).',
  data: z.strictObject({ ...expenseClaimShape, decidedBy: uuid, step: approvalStep }),
});

export const expenseWithdrawn = defineEvent({
  service: 'accounting',
  aggregate: 'expense',
  name: 'withdrawn',
  version: 1,
  topic: 'accounting.expense.v1',
  key: 'claimId',
  description: 'The claimant withdrew a submitted expense claim before it was decided.',
  data: z.strictObject(expenseClaimShape),
});

export const expensePaid = defineEvent({
  service: 'accounting',
  aggregate: 'expense',
  name: 'paid',
  version: 1,
  topic: 'accounting.expense.v1',
  key: 'claimId',
  description: 'An approved expense claim was reimbursed (reimbursements payable against the bank).',
  data: z.strictObject({ ...expenseClaimShape, paidOn: isoDate, paymentEntryId: uuid }),
});

// Payroll, as analysts may read it: which month, what kind of run, how many people, and the total
// only when the run covers five people or more (a smaller total would tell one person's pay).
// Per-person and per-department amounts are on the restricted journal topic alone.
const payrollRunShape = {
  runId: uuid,
  // YYYY-MM.
  period: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/),
  kind: z.enum(['REGULAR', 'ADJUSTMENT']),
  headcount: z.number().int().nonnegative(),
  // Null below five people.
  total: decimalString.nullable(),
  currency: currencyCode,
};

export const payrollPreviewed = defineEvent({
  service: 'accounting',
  aggregate: 'payroll',
  name: 'previewed',
  version: 1,
  topic: 'accounting.payroll.v1',
  key: 'runId',
  description: "A month's payroll run was computed (or recomputed) as a draft.",
  data: z.strictObject(payrollRunShape),
});

export const payrollApproved = defineEvent({
  service: 'accounting',
  aggregate: 'payroll',
  name: 'approved',
  version: 1,
  topic: 'accounting.payroll.v1',
  key: 'runId',
  description: 'A payroll run was approved by someone other than its preparer.',
  data: z.strictObject(payrollRunShape),
});

export const payrollPosted = defineEvent({
  service: 'accounting',
  aggregate: 'payroll',
  name: 'posted',
  version: 1,
  topic: 'accounting.payroll.v1',
  key: 'runId',
  description: 'A payroll run was posted to the ledger (salary expense per department against payroll liabilities), once.',
  data: z.strictObject({ ...payrollRunShape, journalEntryId: uuid.nullable() }),
});

export const payrollEmployeeIncluded = defineEvent({
  service: 'accounting',
  aggregate: 'payroll',
  name: 'employee-included',
  version: 1,
  topic: 'accounting.payroll.v1',
  key: 'employeeId',
  description: "A person was paid by a posted payroll run (no amount): a process's \"first payroll done\" or, with isFinal, \"final settlement posted\".",
  data: z.strictObject({ runId: uuid, employeeId: uuid, period: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/), kind: z.enum(['REGULAR', 'ADJUSTMENT']), isFinal: z.boolean() }),
});

// Equipment in the books, from IT's asset events: at or above the capitalisation threshold a
// fixed asset (cost against payables, depreciated monthly, straight line over its useful life,
// to its holder's department), below it an expense at once. Amounts are the company's
// equipment, not a person's pay; a charge to a leaver names no amount.
const fixedAssetShape = { assetId: uuid, tag: nonEmptyString, category: nonEmptyString };

export const fixedAssetCapitalised = defineEvent({
  service: 'accounting',
  aggregate: 'fixed-asset',
  name: 'capitalised',
  version: 1,
  topic: 'accounting.fixed-asset.v1',
  key: 'assetId',
  description: 'An asset at or above the capitalisation threshold was posted as a fixed asset against payables.',
  data: z.strictObject({ ...fixedAssetShape, acquiredOn: isoDate, cost: nonNegativeDecimalString, currency: currencyCode, usefulLifeMonths: z.number().int().positive(), journalEntryId: uuid }),
});

export const fixedAssetExpensed = defineEvent({
  service: 'accounting',
  aggregate: 'fixed-asset',
  name: 'expensed',
  version: 1,
  topic: 'accounting.fixed-asset.v1',
  key: 'assetId',
  description: 'An asset below the capitalisation threshold was expensed at once against payables.',
  data: z.strictObject({ ...fixedAssetShape, acquiredOn: isoDate, cost: nonNegativeDecimalString, currency: currencyCode, journalEntryId: uuid }),
});

export const fixedAssetDepreciated = defineEvent({
  service: 'accounting',
  aggregate: 'fixed-asset',
  name: 'depreciated',
  version: 1,
  topic: 'accounting.fixed-asset.v1',
  key: 'assetId',
  description: "A month's straight-line depreciation of a fixed asset, charged to its holder's department (IT's while in stock).",
  data: z.strictObject({
    ...fixedAssetShape,
    // YYYY-MM.
    period: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/),
    amount: nonNegativeDecimalString,
    accumulatedDepreciation: nonNegativeDecimalString,
    bookValue: nonNegativeDecimalString,
    currency: currencyCode,
    departmentId: uuid.nullable(),
    journalEntryId: uuid,
  }),
});

export const fixedAssetDisposed = defineEvent({
  service: 'accounting',
  aggregate: 'fixed-asset',
  name: 'disposed',
  version: 1,
  topic: 'accounting.fixed-asset.v1',
  key: 'assetId',
  description: 'A fixed asset left the books (retired, lost, or not returned by a leaver): its remaining book value was posted and its accounts are at zero.',
  data: z.strictObject({
    ...fixedAssetShape,
    disposedOn: isoDate,
    reason: z.enum(['RETIRED', 'LOST', 'UNRECOVERED']),
    bookValue: nonNegativeDecimalString,
    currency: currencyCode,
    journalEntryId: uuid.nullable(),
  }),
});

export const fixedAssetCharged = defineEvent({
  service: 'accounting',
  aggregate: 'fixed-asset',
  name: 'charged',
  version: 1,
  topic: 'accounting.fixed-asset.v1',
  key: 'assetId',
  description: "Equipment a leaver did not return was booked by the offboarding policy: a receivable from the person (at book value) or a write-off. No amount: it is one person's.",
  data: z.strictObject({ ...fixedAssetShape, employeeId: uuid, treatment: z.enum(['RECEIVABLE', 'WRITE_OFF']), chargedOn: isoDate, journalEntryId: uuid.nullable() }),
});

export const accountingEventContracts = [
  journalPosted,
  journalReversed,
  periodClosed,
  periodReopened,
  fiscalYearClosed,
  budgetSet,
  budgetThresholdCrossed,
  expenseSubmitted,
  expenseApproved,
  expenseRejected,
  expenseWithdrawn,
  expensePaid,
  payrollPreviewed,
  payrollApproved,
  payrollPosted,
  payrollEmployeeIncluded,
  fixedAssetCapitalised,
  fixedAssetExpensed,
  fixedAssetDepreciated,
  fixedAssetDisposed,
  fixedAssetCharged,
] as const;
