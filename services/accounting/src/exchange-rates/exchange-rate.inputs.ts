import { z } from 'zod';
import { isoDateInput } from '../inputs';

export const setExchangeRateInput = z.strictObject({
  currency: z.string().regex(/^[A-Z]{3}$/, 'must be an ISO 4217 code such as USD'),
  validFrom: isoDateInput,
  // Units of the functional currency for one unit of `currency`.
  rate: z
    .string()
    .regex(/^\d{1,10}(\.\d{1,6})?$/, 'must be a positive rate with at most six decimals, e.g. "1.0825"')
    .refine((value) => /[1-9]/.test(value), 'must be positive'),
});
