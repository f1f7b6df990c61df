import { z } from 'zod';

// Small building blocks shared by every contract, so a date or an amount means the
// same thing on every topic.

export const uuid = z.uuid();

// A real calendar date (2023-02-29 fails), no time and no zone: dates in the domain are
// local business dates (start date, effective date), not instants.
export const isoDate = z.iso.date();

// An instant; producers write `new Date().toISOString()`, an explicit offset is accepted.
export const isoDateTime = z.iso.datetime({ offset: true });

// Money and quantities are decimal strings, never floats, matching the GraphQL `Decimal`
// scalar and PostgreSQL `numeric` (up to four decimal places).
export const decimalString = z
  .string()
  .regex(/^-?\d+(\.\d{1,4})?$/, 'Expected a decimal string such as "1234.50"');

export const nonNegativeDecimalString = z
  .string()
  .regex(/^\d+(\.\d{1,4})?$/, 'Expected a non-negative decimal string such as "1234.50"');

// Leave is taken in whole or half days: "1", "0.5", "2.50".
export const halfDayCount = z
  .string()
  .regex(/^\d+(\.[05]0?)?$/, 'Expected a number of days in half-day steps such as "1.5"');

export const currencyCode = z.string().regex(/^[A-Z]{3}$/, 'Expected an ISO 4217 currency code such as "EUR"');

export const nonEmptyString = z.string().min(1);

// The work address only: private contact data never travels on events.
export const workEmail = z.email();
