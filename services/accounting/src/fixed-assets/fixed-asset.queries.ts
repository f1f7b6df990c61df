import { decodeCursor, encodeCursor } from '@backoffice/platform/cursors';
import { Refused } from '@backoffice/platform/domain-errors';
import type { Sql } from '@backoffice/platform/sql';
import { pageSize } from '@backoffice/platform/validation';
import { fromCents, toCents } from '../money';
import type { DepreciationMonthRecord, FixedAssetRecord, FixedAssetStatus } from './fixed-asset.record';
import * as assets from './fixed-asset.repository';
import { depreciationSchedule } from './fixed-asset.rules';

// Assets in the order of the ids asked (null for one accounting never heard of), for the loaders.
export async function fixedAssetsInOrder(db: Sql, assetIds: readonly string[], currency: string): Promise<Array<FixedAssetRecord | null>> {
  const found = new Map((await assets.assetsByIds(db, assetIds)).map((row) => [row.assetId, { ...row, currency }]));
  return assetIds.map((id) => found.get(id) ?? null);
}

// What the asset's accounts hold: both at zero once it is disposed of.
export function accumulatedDepreciationOf(asset: FixedAssetRecord): string {
  return asset.disposedOn ? '0.00' : asset.accumulatedDepreciation;
}

export function bookValueOf(asset: FixedAssetRecord): string {
  return asset.disposedOn ? '0.00' : fromCents(toCents(asset.cost)! - toCents(asset.accumulatedDepreciation)!);
}

export function statusOf(asset: FixedAssetRecord): FixedAssetStatus {
  if (asset.disposedOn) return 'DISPOSED';
  return toCents(asset.accumulatedDepreciation)! >= toCents(asset.cost)! ? 'FULLY_DEPRECIATED' : 'ACTIVE';
}

// The whole straight-line schedule, each month marked posted or not.
export async function scheduleOf(db: Sql, asset: FixedAssetRecord): Promise<DepreciationMonthRecord[]> {
  const posted = new Set((await assets.postedPeriods(db, [asset.assetId])).map((row) => row.period));
  return depreciationSchedule(asset).map((month) => ({ ...month, posted: posted.has(month.period) }));
}

const cursorOf = (asset: FixedAssetRecord) => encodeCursor(asset.assetId);
function decodePosition(after: string): string {
  const value = decodeCursor(after);
  if (/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value)) return value;
  throw new Refused('The cursor is not one this API returned; pass an `endCursor` from a previous page.', [{ field: 'after', message: 'unknown cursor' }]);
}

// Capitalised assets by id, filtered by status and category.
export async function fixedAssets(db: Sql, currency: string, args: { filter?: { status?: FixedAssetStatus | null; category?: string | null } | null; first?: number | null; after?: string | null }) {
  const first = pageSize(args.first);
  const found = (await assets.listAssets(db, { category: args.filter?.category ?? null, status: args.filter?.status ?? null }, args.after ? decodePosition(args.after) : null, first + 1)).map((row) => ({ ...row, currency }));
  const page = found.slice(0, first);
  const last = page[page.length - 1];
  return {
    edges: page.map((node) => ({ node, cursor: cursorOf(node) })),
    pageInfo: { hasNextPage: found.length > first, endCursor: last ? cursorOf(last) : null },
  };
}
