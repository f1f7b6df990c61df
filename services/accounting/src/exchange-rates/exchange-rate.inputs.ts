import { z } from 'zod';

export const setExchangeRateInput = z.strictObject({
  currency: z.string().regex(/^[A-Z]{3}$/, 'must be an ISO 4217 code such as USD'),
  validFrom: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date, YYYY-MM-DD'),
  // Units of the functional currency for one unit of `currency`.
  rate: z
    .string()
    .regex(/^\d{1,10}(\.\d{1,6})?$/, 'must be a positive rate with at most six decimals, e.g. "1.0825"')
    .refine((value) => /[1-9]/.test(value), 'must be positive'),
});
