import { z } from 'zod';
import { amountInput, currencyInput, expectedVersionInput, isoDateInput, optionalText, text } from '../inputs';

const seatCount = z.number().int().min(1, 'must be 1 or more').max(1_000_000);

export const registerLicenseInput = z.strictObject({
  product: text(200),
  vendor: text(200),
  seats: seatCount,
  costPerPeriod: amountInput,
  currency: currencyInput,
  billingPeriod: z.enum(['MONTHLY', 'YEARLY']),
  renewalDate: isoDateInput,
  notes: optionalText(2000),
});

export const renewLicenseInput = z.strictObject({
  licenseId: z.uuid('must be a licence id'),
  expectedVersion: expectedVersionInput,
  renewalDate: isoDateInput,
  seats: seatCount.nullish(),
  costPerPeriod: amountInput.nullish(),
});

export const seatInput = z.strictObject({
  licenseId: z.uuid('must be a licence id'),
  employeeId: z.uuid('must be an employee id'),
  on: isoDateInput.nullish(),
});

export const expiringWithinDaysInput = z.number().int().min(0, 'must be 0 or more').max(3650).nullish();
