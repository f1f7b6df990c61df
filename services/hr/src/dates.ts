import { z } from 'zod';

// Business dates (YYYY-MM-DD): their input format and calendar arithmetic. "Today" is the
// clock's (packages/platform/src/clock.ts), never the machine's.

// A real calendar date (2026-02-30 fails) as YYYY-MM-DD, for command inputs.
export const isoDate = z.iso.date('must be a real date as YYYY-MM-DD');

export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

// The first day of the month after `date`'s.
export function firstOfNextMonth(date: string): string {
  const [year, month] = date.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(year, month, 1)).toISOString().slice(0, 10);
}
