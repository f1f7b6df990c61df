// Calendar arithmetic on business dates (YYYY-MM-DD). "Today" is the clock's
// (packages/platform/src/clock.ts), never the machine's.

export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

// The first day of the month after `date`'s.
export function firstOfNextMonth(date: string): string {
  const [year, month] = date.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(year, month, 1)).toISOString().slice(0, 10);
}
