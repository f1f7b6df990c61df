import { z } from 'zod';
import { expectedVersionInput, isoDateInput, periodInput } from '../inputs';
import { toCents } from '../money';

const uuid = z.uuid({ message: 'must be an id (a UUID)' });
const amount = z
  .string()
  .refine((value) => (toCents(value) ?? 0n) > 0n, 'must be a positive amount with at most two decimals, e.g. "120.50"');
export const currencyCode = z.string().regex(/^[A-Z]{3}$/, 'must be an ISO 4217 code such as EUR');

export const journalLineInput = z
  .strictObject({
    accountId: uuid,
    debit: amount.nullish(),
    credit: amount.nullish(),
    // Defaults to the functional currency.
    currency: currencyCode.nullish(),
    // The cost centre: HR's department id.
    departmentId: uuid.nullish(),
    memo: z.string().trim().min(1).max(500).nullish(),
  })
  .refine((line) => (line.debit == null) !== (line.credit == null), { message: 'give either a debit or a credit', path: ['debit'] });

// Sources a client may post; REVERSAL and CLOSING are the ledger's own.
export const postableSource = z.enum(['MANUAL', 'EXPENSE', 'PAYROLL', 'ASSET', 'OPENING']);

export const postJournalEntryInput = z.strictObject({
  // Chosen by the client, once per entry it means to post: a retry with the same key and
  // request returns the entry already posted.
  idempotencyKey: z
    .string()
    .trim()
    .min(1)
    .max(200)
    // The ledger's own entries (reversals, year-end closes) use these; a client's must not collide.
    .refine((key) => !/^(reversal|closing|draft):/.test(key), 'keys starting with "reversal:", "closing:" or "draft:" are the ledger\'s own'),
  date: isoDateInput,
  memo: z.string().trim().min(1, 'say what the entry is for').max(500),
  source: postableSource.default('MANUAL'),
  sourceId: z.string().trim().min(1).max(200).nullish(),
  lines: z.array(journalLineInput).min(2, 'an entry has two lines at least').max(500),
})
  // System entries carry their source document: the claim, the payroll run, the asset.
  .refine((entry) => entry.source === 'MANUAL' || entry.source === 'OPENING' || entry.sourceId != null, {
    message: 'name the source document (an expense claim, a payroll run, an asset) of an EXPENSE, PAYROLL or ASSET entry',
    path: ['sourceId'],
  });
export type PostJournalEntryInput = z.infer<typeof postJournalEntryInput>;

export const reverseJournalEntryInput = z.strictObject({
  // Defaults to today.
  date: isoDateInput.nullish(),
  memo: z.string().trim().min(1).max(500).nullish(),
});

export const reopenPeriodInput = z.strictObject({ period: periodInput, reason: z.string().trim().min(3, 'say why the period is reopened').max(500) });
export { fiscalYearInput } from '../inputs';

export const journalEntryFilterInput = z.strictObject({
  from: isoDateInput.nullish(),
  to: isoDateInput.nullish(),
  source: z.enum(['MANUAL', 'EXPENSE', 'PAYROLL', 'ASSET', 'OPENING', 'CLOSING', 'REVERSAL']).nullish(),
  accountId: uuid.nullish(),
  departmentId: uuid.nullish(),
});

// A manual entry as its maker writes it; the same rules as postJournalEntry's lines.
export const journalEntryDraftInput = z.strictObject({
  date: isoDateInput,
  memo: z.string().trim().min(1, 'say what the entry is for').max(500),
  sourceId: z.string().trim().min(1).max(200).nullish(),
  lines: z.array(journalLineInput).min(2, 'an entry has two lines at least').max(500),
});
export type JournalEntryDraftInput = z.infer<typeof journalEntryDraftInput>;

export { expectedVersionInput, periodInput };

export const discardJournalEntryDraftInput = z.strictObject({
  expectedVersion: expectedVersionInput,
  reason: z.string().trim().min(3, 'say why the draft is discarded').max(500),
});
