import { z } from 'zod';
import { isoDateInput } from '../inputs';
import { toCents } from '../money';
import { EXPENSE_CATEGORIES } from './expense-claim.record';

const positiveAmount = z.string().refine((value) => (toCents(value) ?? 0n) > 0n, 'must be a positive amount with at most two decimals, e.g. "42.50"');
const amountOrZero = z.string().refine((value) => (toCents(value) ?? -1n) >= 0n, 'must be an amount of zero or more with at most two decimals');
const text = (max: number) => z.string().trim().min(1).max(max);

export const expenseClaimLineInput = z.strictObject({
  date: isoDateInput,
  category: z.enum(EXPENSE_CATEGORIES),
  amount: positiveAmount,
  currency: z.string().regex(/^[A-Z]{3}$/, 'must be an ISO 4217 code such as EUR').nullish(),
  merchant: text(200),
  description: text(500).nullish(),
  receiptReference: text(200).nullish(),
});

export const expenseClaimInput = z.strictObject({
  title: text(200),
  lines: z.array(expenseClaimLineInput).min(1, 'a claim has one line at least').max(100),
});
export type ExpenseClaimInput = z.infer<typeof expenseClaimInput>;

export { expectedVersionInput } from '../inputs';
export const rejectionReasonInput = z.string().trim().min(3, 'say why the claim is rejected').max(500);
export const paidOnInput = isoDateInput.nullish();

export const setExpensePolicyInput = z.strictObject({
  receiptRequiredAbove: amountOrZero,
  maxLineAgeDays: z.number().int().min(1).max(3650),
  accountingApprovalAbove: amountOrZero,
  categories: z
    .array(z.strictObject({ category: z.enum(EXPENSE_CATEGORIES), perLineLimit: positiveAmount.nullish(), perDayLimit: positiveAmount.nullish() }))
    .refine((list) => new Set(list.map((item) => item.category)).size === list.length, 'name each category once')
    .nullish(),
  reason: z.string().trim().min(3, 'say why the policy changes').max(500),
});
