import { z } from 'zod';

// Arguments more than one module takes, checked the same way everywhere.

export const isoDateInput = z.iso.date('must be a date, YYYY-MM-DD');
export const currencyInput = z.string().regex(/^[A-Z]{3}$/, 'must be an ISO 4217 code such as EUR');
// An amount of money: zero or more, at most two decimals, what numeric(14, 2) holds.
export const amountInput = z.string().regex(/^\d{1,12}(\.\d{1,2})?$/, 'must be an amount of zero or more with at most two decimals, e.g. "1499.00"');
// A system of IT's catalogue, lower case, as every account, bundle and event names it.
export const systemCodeInput = z.string().regex(/^[a-z][a-z0-9-]{1,39}$/, 'must be a lower-case code of 2 to 40 letters, digits and dashes, e.g. "source-control"');
// The version a client read, for optimistic concurrency.
export const expectedVersionInput = z.number().int().positive();
export const text = (max: number) => z.string().trim().min(1, 'must not be empty').max(max);
export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullish()
    .transform((value) => value || null);
