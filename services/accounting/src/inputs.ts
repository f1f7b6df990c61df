import { z } from 'zod';

// Arguments more than one module takes, checked the same way everywhere.

export const fiscalYearInput = z.number().int().min(2000).max(2100);
export const isoDateInput = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date, YYYY-MM-DD');
// A month of the fiscal year: a period to close, a payroll's month.
export const periodInput = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'must be a month, YYYY-MM');
// The version a client read, for optimistic concurrency.
export const expectedVersionInput = z.number().int().positive();
