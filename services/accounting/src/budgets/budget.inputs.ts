import { z } from 'zod';
import { toCents } from '../money';
import { fiscalYearInput } from '../inputs';

export const setBudgetInput = z.strictObject({
  departmentId: z.uuid({ message: 'must be a department id (a UUID)' }),
  fiscalYear: fiscalYearInput,
  amount: z.string().refine((value) => (toCents(value) ?? -1n) >= 0n, 'must be an amount of zero or more with at most two decimals, e.g. "250000.00"'),
  accountId: z.uuid({ message: 'must be an account id (a UUID)' }).nullish(),
  reason: z.string().trim().min(3, 'say why').max(500).nullish(),
  expectedVersion: z.number().int().positive().nullish(),
});
