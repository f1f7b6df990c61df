import { z } from 'zod';
import { defineEvent } from './contract';
import { currencyCode, isoDate, nonEmptyString, nonNegativeDecimalString, uuid } from './scalars';

// Accounting events: posted journal entries and expense claims. Amounts are decimal
// strings in the entry's currency.

// Four decimal places, as in the scalars, so sums are exact in integer ten-thousandths.
function toTenThousandths(decimal: string): bigint {
  const [whole = '0', fraction = ''] = decimal.split('.');
  return BigInt(whole) * 10_000n + BigInt(fraction.padEnd(4, '0'));
}

const journalLine = z.strictObject({
  accountCode: nonEmptyString,
  debit: nonNegativeDecimalString,
  credit: nonNegativeDecimalString,
});

export const journalPosted = defineEvent({
  service: 'accounting',
  aggregate: 'journal',
  name: 'posted',
  version: 1,
  topic: 'accounting.journal.v1',
  key: 'journalEntryId',
  description: 'A balanced journal entry was posted to the ledger.',
  data: z
    .strictObject({
      journalEntryId: uuid,
      date: isoDate,
      currency: currencyCode,
      lines: z.array(journalLine).min(2),
      memo: nonEmptyString.nullable(),
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

const expenseClaimShape = {
  claimId: uuid,
  employeeId: uuid,
  amount: nonNegativeDecimalString,
  currency: currencyCode,
  // Category code, e.g. TRAVEL or MEALS.
  category: nonEmptyString,
};

export const expenseSubmitted = defineEvent({
  service: 'accounting',
  aggregate: 'expense',
  name: 'submitted',
  version: 1,
  topic: 'accounting.expense.v1',
  key: 'claimId',
  description: 'An employee submitted an expense claim for approval.',
  data: z.strictObject(expenseClaimShape),
});

export const expenseApproved = defineEvent({
  service: 'accounting',
  aggregate: 'expense',
  name: 'approved',
  version: 1,
  topic: 'accounting.expense.v1',
  key: 'claimId',
  description: 'An expense claim was approved for reimbursement.',
  data: z.strictObject({ ...expenseClaimShape, decidedBy: uuid }),
});

export const expenseRejected = defineEvent({
  service: 'accounting',
  aggregate: 'expense',
  name: 'rejected',
  version: 1,
  topic: 'accounting.expense.v1',
  key: 'claimId',
  description: 'An expense claim was rejected.',
  data: z.strictObject({ ...expenseClaimShape, decidedBy: uuid, reason: nonEmptyString.nullable() }),
});

export const accountingEventContracts = [
  journalPosted,
  journalReversed,
  expenseSubmitted,
  expenseApproved,
  expenseRejected,
] as const;
