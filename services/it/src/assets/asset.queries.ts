import { decodeCursor, encodeCursor } from '@backoffice/platform/cursors';
import { Refused } from '@backoffice/platform/domain-errors';
import { monthEndsOf } from '@backoffice/platform/month-ends';
import type { Sql } from '@backoffice/platform/sql';
import { parseInput, pageSize } from '@backoffice/platform/validation';
import { jobsOn } from '@backoffice/workforce/workforce.queries';
import { assetFilterInput } from './asset.inputs';
import type { AssetAssignmentRecord, AssetHistoryRecord, AssetRecord, AssetsInUseRecord, MonthlyEquipmentInUseRecord } from './asset.record';
import * as assets from './asset.repository';

export type AssetsArgs = { filter?: unknown; first?: number | null; after?: string | null };

export async function assetPage(db: Sql, args: AssetsArgs) {
  const limit = pageSize(args.first);
  const given = parseInput(assetFilterInput, args.filter, 'filter');
  const filter = { status: given?.status ?? null, category: given?.category ?? null, holderId: given?.holderId ?? null, warrantyEndsBefore: given?.warrantyEndsBefore ?? null, search: given?.search ?? null };
  let after: { createdAt: string; id: string } | null = null;
  if (args.after) {
    const [createdAt, id] = decodeCursor(args.after).split('|');
    if (!createdAt || !id || Number.isNaN(Date.parse(createdAt))) throw new Refused('after is not a cursor this list gave out.', [{ field: 'after', message: 'is not a cursor from assets' }]);
    after = { createdAt, id };
  }
  const [found, totalCount] = await Promise.all([assets.listAssets(db, filter, after, limit + 1), assets.countAssets(db, filter)]);
  const edges = found.slice(0, limit).map((asset) => ({ node: asset, cursor: encodeCursor(`${asset.createdAt.toISOString()}|${asset.id}`) }));
  return { edges, totalCount, pageInfo: { hasNextPage: found.length > limit, endCursor: edges.at(-1)?.cursor ?? null } };
}

// Loader batches: each in the order asked, one statement for the whole batch.

export async function assetsInOrder(db: Sql, ids: readonly string[]): Promise<Array<AssetRecord | null>> {
  const found = new Map((await assets.assetsByIds(db, ids)).map((asset) => [asset.id, asset]));
  return ids.map((id) => found.get(id) ?? null);
}

export async function assetsOfHoldersInOrder(db: Sql, employeeIds: readonly string[]): Promise<AssetRecord[][]> {
  const found = await assets.assetsHeldBy(db, employeeIds);
  return employeeIds.map((id) => found.filter((asset) => asset.holderId === id));
}

export async function assignmentsInOrder(db: Sql, assetIds: readonly string[], options: { openOnly: boolean }): Promise<AssetAssignmentRecord[][]> {
  const found = await assets.assignmentsOfAssets(db, assetIds, options);
  return assetIds.map((id) => found.filter((assignment) => assignment.assetId === id));
}

export async function historyInOrder(db: Sql, assetIds: readonly string[]): Promise<AssetHistoryRecord[][]> {
  const found = await assets.historyOfAssets(db, assetIds);
  return assetIds.map((id) => found.filter((entry) => entry.assetId === id));
}

// What each department's people hold now, by their department today (workforce projection): two
// statements, however many departments are asked.
export async function assetsInUseInOrder(db: Sql, departmentIds: readonly string[], today: string): Promise<AssetsInUseRecord[]> {
  const holdings = await assets.holdingsByHolder(db);
  const jobs = await jobsOn(db, [...new Set(holdings.map((holding) => holding.holderId))], today);
  const byDepartment = new Map<string, { count: number; cents: Map<string, bigint> }>();
  for (const holding of holdings) {
    const departmentId = jobs.get(holding.holderId)?.departmentId;
    if (!departmentId) continue;
    const totals = byDepartment.get(departmentId) ?? { count: 0, cents: new Map<string, bigint>() };
    totals.count += holding.count;
    totals.cents.set(holding.currency, (totals.cents.get(holding.currency) ?? 0n) + toCents(holding.cost));
    byDepartment.set(departmentId, totals);
  }
  return departmentIds.map((id) => {
    const totals = byDepartment.get(id);
    if (!totals) return { count: 0, purchaseCost: [] };
    const purchaseCost = [...totals.cents].sort(([a], [b]) => a.localeCompare(b)).map(([currency, cents]) => ({ amount: fromCents(cents), currency }));
    return { count: totals.count, purchaseCost };
  });
}

// numeric(14, 2) sums as text: exact in cents, never through floats.
function toCents(decimal: string): bigint {
  const [whole = '0', fraction = ''] = decimal.split('.');
  return BigInt(whole) * 100n + BigInt(fraction.padEnd(2, '0').slice(0, 2));
}

function fromCents(cents: bigint): string {
  return `${cents / 100n}.${String(cents % 100n).padStart(2, '0')}`;
}

export function assetCategories(db: Sql) {
  return assets.categories(db);
}

// The trend of equipment in use: at each month's end of the year (today for the month still
// running), what people held, by their department that day as IT's workforce projection knows it.
export async function equipmentInUseByMonth(db: Sql, year: number, today: string): Promise<MonthlyEquipmentInUseRecord[]> {
  const ends = monthEndsOf(year, today);
  const holdings = await assets.holdingsOn(db, ends.map((end) => end.asOf));
  const figures: MonthlyEquipmentInUseRecord[] = [];
  for (const { month, asOf } of ends) {
    const held = holdings.filter((holding) => holding.asOf === asOf);
    const jobs = await jobsOn(db, held.map((holding) => holding.holderId), asOf);
    const byDepartment = new Map<string | null, number>();
    for (const { holderId, count } of held) {
      const departmentId = jobs.get(holderId)?.departmentId ?? null;
      byDepartment.set(departmentId, (byDepartment.get(departmentId) ?? 0) + count);
    }
    const departments = [...byDepartment.keys()].sort((a, b) => (a ?? '').localeCompare(b ?? ''));
    for (const departmentId of departments) figures.push({ month, asOf, departmentId, count: byDepartment.get(departmentId)! });
  }
  return figures;
}
