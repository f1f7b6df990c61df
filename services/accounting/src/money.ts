// Amounts in the ledger are exact: cents as bigint, never floats. Rates carry 8 decimals. Shared
// by the journal, the reports and the rates.

const DECIMAL_CENTS = /^(-?)(\d+)(?:\.(\d{1,2}))?$/;
// What one amount may be: 16 digits before the point (numeric(18, 2)).
const AMOUNT = /^-?\d{1,16}(\.\d{1,2})?$/;
const RATE = /^(\d{1,10})(?:\.(\d{1,8}))?$/;
const RATE_SCALE = 100_000_000n;

// "12.3" -> 1230n, of any size (sums PostgreSQL returns); undefined when not a decimal with at
// most two decimals.
export function centsOf(decimal: string): bigint | undefined {
  const match = DECIMAL_CENTS.exec(decimal);
  if (!match) return undefined;
  const cents = BigInt(match[2]!) * 100n + BigInt((match[3] ?? '').padEnd(2, '0'));
  return match[1] ? -cents : cents;
}

// One amount: as centsOf, and undefined beyond what a line can hold.
export function toCents(amount: string): bigint | undefined {
  return AMOUNT.test(amount) ? centsOf(amount) : undefined;
}

export function fromCents(cents: bigint): string {
  const sign = cents < 0n ? '-' : '';
  const absolute = cents < 0n ? -cents : cents;
  return `${sign}${absolute / 100n}.${String(absolute % 100n).padStart(2, '0')}`;
}

// "1.0825" -> 108250000n (8 decimals); undefined when not a positive rate.
export function toRateUnits(rate: string): bigint | undefined {
  const match = RATE.exec(rate);
  if (!match) return undefined;
  const units = BigInt(match[1]!) * RATE_SCALE + BigInt((match[2] ?? '').padEnd(8, '0'));
  return units > 0n ? units : undefined;
}

// With all eight decimals, as PostgreSQL's numeric(18, 8) gives it back (so hashes agree).
export function fromRateUnits(units: bigint): string {
  return `${units / RATE_SCALE}.${String(units % RATE_SCALE).padStart(8, '0')}`;
}

// An amount in another currency, in the functional currency: cents × rate, rounded half away
// from zero to the cent.
export function convert(cents: bigint, rateUnits: bigint): bigint {
  const product = cents * rateUnits;
  const sign = product < 0n ? -1n : 1n;
  const absolute = product < 0n ? -product : product;
  return sign * ((absolute + RATE_SCALE / 2n) / RATE_SCALE);
}

// "0.91250000" as "0.9125", "2.00000000" as "2": what a client can send back (the Decimal scalar
// takes six decimals).
export function rateForClients(rate: string): string {
  return rate.replace(/(\.\d*?[1-9])0+$|\.0+$/, '$1');
}

// An amount as the schema's Money: the decimal and its currency.
export function asMoney(amount: string, currency: string): { amount: string; currency: string } {
  return { amount, currency };
}
