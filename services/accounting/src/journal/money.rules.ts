// Amounts in the ledger are exact: cents as bigint, never floats. Rates carry 8 decimals.

const CENTS = /^(-?)(\d{1,16})(?:\.(\d{1,2}))?$/;
const RATE = /^(\d{1,10})(?:\.(\d{1,8}))?$/;
const RATE_SCALE = 100_000_000n;

// "12.3" -> 1230n; undefined when it is not an amount with at most two decimals.
export function toCents(amount: string): bigint | undefined {
  const match = CENTS.exec(amount);
  if (!match) return undefined;
  const cents = BigInt(match[2]!) * 100n + BigInt((match[3] ?? '').padEnd(2, '0'));
  return match[1] ? -cents : cents;
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
