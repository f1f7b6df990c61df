// Business dates are YYYY-MM-DD strings; arithmetic on them in UTC, where every day has 24 hours.
export function addDays(date: string, days: number): string {
  const moved = new Date(`${date}T00:00:00Z`);
  moved.setUTCDate(moved.getUTCDate() + days);
  return moved.toISOString().slice(0, 10);
}
