import { fromCents, toCents } from '../money';

// Straight-line depreciation, by convention: from the month after the acquisition month, cost /
// useful life rounded to cents each month, the last month taking the remainder so the months add
// up to the cost exactly.

export type ScheduledMonth = { period: string; amount: string; accumulated: string; bookValue: string };

// 'YYYY-MM' n months after `period`.
export function addMonths(period: string, n: number): string {
  const [year, month] = period.split('-').map(Number) as [number, number];
  const index = year * 12 + (month - 1) + n;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

export function periodOf(date: string): string {
  return date.slice(0, 7);
}

// The last day of a 'YYYY-MM' month.
export function monthEnd(period: string): string {
  const [year, month] = period.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
}

export function depreciationSchedule(asset: { acquiredOn: string; cost: string; usefulLifeMonths: number }): ScheduledMonth[] {
  const cost = toCents(asset.cost)!;
  const months = BigInt(asset.usefulLifeMonths);
  // Half a cent up: 1499.00 / 36 = 41.638… → 41.64.
  const monthly = (cost * 2n + months) / (months * 2n);
  const first = addMonths(periodOf(asset.acquiredOn), 1);
  const schedule: ScheduledMonth[] = [];
  let accumulated = 0n;
  for (let index = 0; index < asset.usefulLifeMonths; index += 1) {
    const last = index === asset.usefulLifeMonths - 1;
    // Rounding up could overshoot the cost before the last month: never depreciate below zero.
    const amount = last ? cost - accumulated : monthly < cost - accumulated ? monthly : cost - accumulated;
    accumulated += amount;
    schedule.push({ period: addMonths(first, index), amount: fromCents(amount), accumulated: fromCents(accumulated), bookValue: fromCents(cost - accumulated) });
  }
  return schedule;
}

// The months of the schedule up to and including `through` ('YYYY-MM').
export function monthsThrough(schedule: ScheduledMonth[], through: string): ScheduledMonth[] {
  return schedule.filter((month) => month.period <= through);
}

// At or above the threshold an asset is capitalised; below, expensed at once.
export function isCapitalised(cost: string, threshold: string): boolean {
  return toCents(cost)! >= toCents(threshold)!;
}
