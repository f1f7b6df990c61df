import { z } from 'zod';

// "By month" figures (headcount, equipment in use, spend) are read at each month's end, and for
// the month still running at today: one rule for every service, so their trends line up.

export const yearInput = z.number().int().min(2000).max(2100);

export type MonthEnd = {
  // YYYY-MM.
  month: string;
  // The month's last day, or today for the month still running (YYYY-MM-DD).
  asOf: string;
};

// The months of `year` that have begun by `today`, oldest first; none for a year still to come.
export function monthEndsOf(year: number, today: string): MonthEnd[] {
  const ends: MonthEnd[] = [];
  for (let month = 1; month <= 12; month += 1) {
    const first = `${year}-${String(month).padStart(2, '0')}-01`;
    if (first > today) break;
    const last = new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
    ends.push({ month: first.slice(0, 7), asOf: last < today ? last : today });
  }
  return ends;
}
