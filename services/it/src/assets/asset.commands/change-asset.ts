import type { EntityManager } from 'typeorm';
import { recordAudit } from '@backoffice/platform/audit';
import { NotFound, refused } from '@backoffice/platform/domain-errors';
import type { EventMetadata } from '@backoffice/platform/outbox';
import type { ItModules } from '../../it-modules';
import type { AssetAction, AssetCondition, AssetRecord, AssetStatus } from '../asset.record';
import * as assets from '../asset.repository';
import { requireStatusFor, requireVersion, type AssetChange } from '../asset.rules';

// What one change did, for the asset's history and the audit trail.
export type AppliedChange = { action: AssetAction; status: AssetStatus; employeeId: string | null; condition: AssetCondition | null; notes: string | null; audit: Record<string, unknown> };

// The skeleton every change of an existing asset shares, in one transaction: lock the asset (two
// changes of one asset take turns, and the second sees the first's outcome), check that the
// change fits its status, the version the client read, and the date; apply; record the history
// row and the audit row; read the asset back.
export async function changeAsset(
  { dataSource, clock }: ItModules,
  change: AssetChange,
  request: { assetId: string; expectedVersion: number; occurredOn?: string | null | undefined },
  metadata: EventMetadata,
  apply: (tx: EntityManager, asset: AssetRecord, occurredOn: string) => Promise<AppliedChange>,
  // A caller's transaction to run in (another module's command, through asset.hooks.ts).
  within?: EntityManager,
): Promise<AssetRecord> {
  const today = clock.today();
  const occurredOn = request.occurredOn ?? today;
  const inTransaction = <T>(work: (tx: EntityManager) => Promise<T>) => (within ? work(within) : dataSource.transaction(work));
  return inTransaction(async (tx) => {
    const asset = await assets.lockAsset(tx, request.assetId);
    if (!asset) throw new NotFound('Asset', request.assetId);
    requireStatusFor(asset, change);
    requireVersion(asset, request.expectedVersion);
    const dateField = change === 'assign' ? 'input.assignedOn' : change === 'return' ? 'input.returnedOn' : 'input.occurredOn';
    // The status says what is true now: a change is recorded when it happens, not ahead.
    if (occurredOn > today) throw refused('The date is in the future', [{ field: dateField, message: `must be today (${today}) or earlier: record a change when it happens` }]);
    // History reads in order: nothing is dated before what is already recorded.
    const last = await assets.lastChangeOn(tx, asset.id);
    if (last && occurredOn < last) throw refused('The date is before the asset\'s last recorded change', [{ field: dateField, message: `must be on or after ${last}, the asset's last recorded change` }]);
    const applied = await apply(tx, asset, occurredOn);
    await assets.recordHistory(tx, { assetId: asset.id, action: applied.action, status: applied.status, employeeId: applied.employeeId, condition: applied.condition, occurredOn, actor: metadata.actor, notes: applied.notes });
    await recordAudit(tx, { actor: metadata.actor, action: `asset.${applied.action.toLowerCase().replace(/_/g, '-')}`, entityType: 'asset', entityId: asset.id, changes: { from: asset.status, to: applied.status, occurredOn, ...applied.audit }, correlationId: metadata.correlationId });
    return (await assets.assetsByIds(tx, [asset.id]))[0]!;
  });
}

// The facts every asset event carries.
export const assetFacts = (asset: AssetRecord) => ({ assetId: asset.id, tag: asset.tag, category: asset.category.code });
