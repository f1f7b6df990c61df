import { z } from 'zod';
import { defineEvent } from './contract';
import { currencyCode, decimalString, isoDate, nonEmptyString, nonNegativeDecimalString, uuid } from './scalars';

// Accounting events: posted journal entries and expense claims. Amounts are decimal
// strings in the entry's currency.

// The examples share HR's and IT's fictional ids (see hr-events.ts): Mara Lindqvist's travel claim
// and first payroll, her laptop and monitor, Tomas Berg's laptop that he kept when he left.
const ex = {
  engineering: '4f6dc877-f065-4620-8707-73e3b59ed828',
  mara: 'c5175294-534e-416b-8330-b0a949dc6116',
  jonas: 'ef65cce8-8d52-47c1-8bf6-85e2b4e91df2',
  tomas: 'eb50669d-2f2f-4de0-8847-e55690c4c609',
  priya: '31970a03-f96b-451b-8f5a-2a44e1cc977c',
  // An accountant.
  elif: 'fae630a9-7ac0-43e9-a4fd-6b09c150d59e',
  travelAccount: 'add999e5-2c50-4966-97c6-73797650a2b7',
  reimbursementsAccount: 'be0a013c-f45b-45f3-97bc-b6ca7593d1e0',
  expenseEntry: '87efb772-78dd-4ed8-a4c2-7ee4b9a71c29',
  wrongEntry: '6c1a91b2-afef-45ce-8941-6445b309bf05',
  reversalEntry: '46f6c770-3e40-42ab-8fc7-8e493f01db0b',
  closingEntry: '853bf9c4-8fc6-446a-ae7d-b27357ac459d',
  paymentEntry: '6c8386c7-4738-4bf1-b981-a0278e77852d',
  payrollEntry: 'e82607c4-d4ed-4343-b936-6540ae6e81f4',
  capitalisationEntry: '96a60d5a-c1bd-4f3d-97f1-d8bd4d3348d9',
  monitorEntry: '279d982f-e8ef-4f5f-88f6-d2d09a6fe8f4',
  depreciationEntry: '583badb9-406c-433c-905b-34c2d8a1b504',
  disposalEntry: '760d1452-728b-4dcc-8b05-e0cd653f6bb6',
  chargeEntry: '49ac8a4f-3df4-4407-9482-f4f1501d0f3d',
  travelBudget: '83d9737d-ebfa-44b6-8194-04ad389a1df3',
  maraClaim: '8d64214b-93b7-4ebe-b4a3-efb2f41c09b9',
  jonasClaim: '9131645f-dd87-4db9-b98e-e046c0b1230e',
  maraWithdrawnClaim: '91070f98-c34b-476d-af9e-56e0ae30a487',
  marchPayroll: '72ce0e3a-2848-40c7-9e21-709846c00405',
  maraLaptop: 'f78ec294-19bb-4d9a-8df2-154f0d7277c7',
  maraMonitor: 'e147645f-9e56-442c-a119-f0e3faf9623e',
  tomasLaptop: '7d0f2fde-3fe9-4b2e-bc74-9de4416118ab',
} as const;

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
  example: {
    journalEntryId: ex.expenseEntry,
    fiscalYear: 2026,
    number: 1187,
    date: '2026-04-14',
    currency: 'EUR',
    source: 'EXPENSE',
    sourceId: ex.maraClaim,
    reversesId: null,
    lines: [
      {
        lineNo: 1,
        accountId: ex.travelAccount,
        accountCode: '6410',
        debit: '184.60',
        credit: '0',
        costCentre: ex.engineering,
        memo: 'Train tickets, customer workshop in Munich',
        originalAmount: '184.60',
        originalCurrency: 'EUR',
        rate: null,
      },
      {
        lineNo: 2,
        accountId: ex.reimbursementsAccount,
        accountCode: '2240',
        debit: '0',
        credit: '184.60',
        costCentre: null,
        memo: null,
        originalAmount: '184.60',
        originalCurrency: 'EUR',
        rate: null,
      },
    ],
    memo: 'Expense claim of Mara Lindqvist, approved 14 April 2026',
    hash: '3f9a1c6e0b7d4e28a5c91f03d6b8e7a2c4f0d9b1e6a3c8f5d2b7e0a9c4f1d6e3',
  },
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
  example: {
    journalEntryId: ex.wrongEntry,
    reversalEntryId: ex.reversalEntry,
    date: '2026-04-20',
    reason: 'Posted to the wrong cost centre',
  },
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
  example: { period: '2026-03' },
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
  example: { period: '2026-03', reason: 'A supplier invoice for March arrived late' },
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
  example: { fiscalYear: 2025, closingEntryId: ex.closingEntry, result: '412380.55', currency: 'EUR' },
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
  example: {
    budgetId: ex.travelBudget,
    departmentId: ex.engineering,
    fiscalYear: 2026,
    accountId: ex.travelAccount,
    amount: '24000.00',
    currency: 'EUR',
    previousAmount: '20000.00',
    reason: 'Two more customer projects with on-site workshops',
  },
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
  example: {
    budgetId: ex.travelBudget,
    departmentId: ex.engineering,
    fiscalYear: 2026,
    accountId: ex.travelAccount,
    amount: '24000.00',
    currency: 'EUR',
    threshold: 80,
    spent: '19310.40',
    journalEntryId: ex.expenseEntry,
  },
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
  example: {
    claimId: ex.maraClaim,
    employeeId: ex.mara,
    departmentId: ex.engineering,
    total: '184.60',
    currency: 'EUR',
    lineCount: 2,
    status: 'SUBMITTED',
    awaiting: 'LINE_MANAGER',
    likelyDuplicate: false,
  },
});

export const expenseApproved = defineEvent({
  service: 'accounting',
  aggregate: 'expense',
  name: 'approved',
  version: 1,
  topic: 'accounting.expense.v1',
  key: 'claimId',
  description: 'An expense claim passed its last approval and was posted to the ledger (expense against reimbursements payable).',
  data: z.strictObject({
    ...expenseClaimShape,
    decidedBy: uuid,
    step: approvalStep,
    journalEntryId: uuid,
    // Added within v1, so optional (every approval since carries it): envelope `time` is when the
    // event was written, not the business date, and spend by month needs the ledger's date.
    postedOn: isoDate.optional().describe('The ledger date of the expense entry: the business day the claim was approved. Absent only in events published before it was added.'),
  }),
  example: {
    claimId: ex.maraClaim,
    employeeId: ex.mara,
    departmentId: ex.engineering,
    total: '184.60',
    currency: 'EUR',
    lineCount: 2,
    status: 'APPROVED',
    decidedBy: ex.elif,
    step: 'ACCOUNTING',
    journalEntryId: ex.expenseEntry,
    postedOn: '2026-03-12',
  },
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
  example: {
    claimId: ex.jonasClaim,
    employeeId: ex.jonas,
    departmentId: ex.engineering,
    total: '96.00',
    currency: 'EUR',
    lineCount: 1,
    status: 'REJECTED',
    decidedBy: ex.priya,
    step: 'LINE_MANAGER',
  },
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
  example: {
    claimId: ex.maraWithdrawnClaim,
    employeeId: ex.mara,
    departmentId: ex.engineering,
    total: '42.90',
    currency: 'EUR',
    lineCount: 1,
    status: 'WITHDRAWN',
  },
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
  example: {
    claimId: ex.maraClaim,
    employeeId: ex.mara,
    departmentId: ex.engineering,
    total: '184.60',
    currency: 'EUR',
    lineCount: 2,
    status: 'PAID',
    paidOn: '2026-04-24',
    paymentEntryId: ex.paymentEntry,
  },
});

// Payroll, as analysts may read it: which month, what kind of run, how many people, and the total
// only when the run covers five people or more (a smaller total would tell one person's pay).
// Per-person and per-department amounts are on the restricted journal topic alone.
export const PAYROLL_TOTAL_SMALLEST_HEADCOUNT = 5;
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
  example: {
    runId: ex.marchPayroll,
    period: '2026-03',
    kind: 'REGULAR',
    headcount: 48,
    total: '213487.40',
    currency: 'EUR',
  },
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
  example: {
    runId: ex.marchPayroll,
    period: '2026-03',
    kind: 'REGULAR',
    headcount: 48,
    total: '213487.40',
    currency: 'EUR',
  },
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
  example: {
    runId: ex.marchPayroll,
    period: '2026-03',
    kind: 'REGULAR',
    headcount: 48,
    total: '213487.40',
    currency: 'EUR',
    journalEntryId: ex.payrollEntry,
  },
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
  example: { runId: ex.marchPayroll, employeeId: ex.mara, period: '2026-03', kind: 'REGULAR', isFinal: false },
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
  example: {
    assetId: ex.maraLaptop,
    tag: 'AST-000317',
    category: 'LAPTOP',
    acquiredOn: '2026-02-12',
    cost: '1899.00',
    currency: 'EUR',
    usefulLifeMonths: 36,
    journalEntryId: ex.capitalisationEntry,
  },
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
  example: {
    assetId: ex.maraMonitor,
    tag: 'AST-000318',
    category: 'MONITOR',
    acquiredOn: '2026-02-12',
    cost: '249.00',
    currency: 'EUR',
    journalEntryId: ex.monitorEntry,
  },
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
  example: {
    assetId: ex.maraLaptop,
    tag: 'AST-000317',
    category: 'LAPTOP',
    // 1899.00 over 36 months; March and April so far.
    period: '2026-04',
    amount: '52.75',
    accumulatedDepreciation: '105.50',
    bookValue: '1793.50',
    currency: 'EUR',
    departmentId: ex.engineering,
    journalEntryId: ex.depreciationEntry,
  },
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
  example: {
    assetId: ex.tomasLaptop,
    tag: 'AST-000188',
    category: 'LAPTOP',
    disposedOn: '2026-05-14',
    reason: 'UNRECOVERED',
    bookValue: '412.30',
    currency: 'EUR',
    journalEntryId: ex.disposalEntry,
  },
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
  example: {
    assetId: ex.tomasLaptop,
    tag: 'AST-000188',
    category: 'LAPTOP',
    employeeId: ex.tomas,
    treatment: 'RECEIVABLE',
    chargedOn: '2026-05-14',
    journalEntryId: ex.chargeEntry,
  },
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
