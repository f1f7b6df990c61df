// How amounts and dates read on every page. Amounts are exact decimals as strings (the server
// never sends floats); they are shown rounded to the currency's cents by Intl, never summed here.

export type MoneyValue = { amount: string; currency: string };

export function formatMoney(money: MoneyValue | null | undefined): string {
  if (!money) return '—';
  return new Intl.NumberFormat('en-GB', { style: 'currency', currency: money.currency }).format(Number(money.amount));
}

export function formatDate(date: string | null | undefined): string {
  if (!date) return '—';
  return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(date.length === 10 ? `${date}T00:00:00Z` : date));
}

export function formatDateTime(dateTime: string | null | undefined): string {
  if (!dateTime) return '—';
  return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' }).format(new Date(dateTime));
}

// ENUM_VALUES read as words: IN_PROGRESS -> In progress.
export function humanize(value: string | null | undefined): string {
  if (!value) return '—';
  const words = value.toLowerCase().replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export const today = () => new Date().toISOString().slice(0, 10);
export const currentYear = () => new Date().getUTCFullYear();
