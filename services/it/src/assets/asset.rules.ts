import { Conflict, staleVersion } from '@backoffice/platform/domain-errors';
import type { AssetRecord, AssetStatus } from './asset.record';

// What may happen to an asset in each status, and why not otherwise. A refusal is a CONFLICT:
// the asset's state, not the input, stands in the way; it carries the status and version so a
// client can reload and see.

export type AssetChange = 'assign' | 'return' | 'repair' | 'lose' | 'retire';

const ALLOWED_FROM: Record<AssetChange, readonly AssetStatus[]> = {
  // Only from stock: an asset is with one person at a time.
  assign: ['IN_STOCK'],
  // Back to stock from its holder, from repair, or found after a loss.
  return: ['ASSIGNED', 'IN_REPAIR', 'LOST'],
  // Taken from its holder when it has one.
  repair: ['IN_STOCK', 'ASSIGNED'],
  lose: ['IN_STOCK', 'ASSIGNED', 'IN_REPAIR'],
  // Never straight from a holder: it is returned (or reported lost) first, so its hand-over ends
  // with a condition.
  retire: ['IN_STOCK', 'IN_REPAIR', 'LOST'],
};

const REASONS: Record<AssetChange, Partial<Record<AssetStatus, string>>> = {
  assign: {
    ASSIGNED: 'it is already with someone: return it first',
    IN_REPAIR: 'it is in repair: return it to stock when it is back',
    LOST: 'it is lost: return it to stock if it was found',
    RETIRED: 'it is retired',
  },
  return: { IN_STOCK: 'it is already in stock', RETIRED: 'it is retired' },
  repair: { IN_REPAIR: 'it is already in repair', LOST: 'it is lost', RETIRED: 'it is retired' },
  lose: { LOST: 'it is already lost', RETIRED: 'it is retired' },
  retire: { ASSIGNED: 'it is with someone: return it (or report it lost) first', RETIRED: 'it is already retired' },
};

const DOING: Record<AssetChange, string> = { assign: 'assigned', return: 'returned', repair: 'sent to repair', lose: 'marked lost', retire: 'retired' };

export function requireStatusFor(asset: AssetRecord, change: AssetChange): void {
  if (ALLOWED_FROM[change].includes(asset.status)) return;
  const why = REASONS[change][asset.status] ?? `it is ${asset.status}`;
  throw new Conflict(`Asset ${asset.tag} cannot be ${DOING[change]}: ${why}.`, { status: asset.status, version: asset.version, holderId: asset.holderId });
}

export function requireVersion(asset: AssetRecord, expectedVersion: number): void {
  if (asset.version !== expectedVersion) throw staleVersion('Asset', asset.id, expectedVersion, asset.version);
}
