// Business dates are ISO days in UTC; the database sessions run in UTC too, so SQL's
// current_date and today() agree.

export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}
