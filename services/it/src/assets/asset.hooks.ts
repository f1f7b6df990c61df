import type { EntityManager } from 'typeorm';
import type { EventMetadata } from '@backoffice/platform/outbox';
import type { ItModules } from '../it-modules';
import { assignAsset, type AssignWithin } from './asset.commands/assign-asset';
import type { AssetRecord } from './asset.record';

// What other modules' commands do to equipment inside their own transaction: the helpdesk hands
// out an asset in stock to fulfil a ticket, with the asset's own checks, history, audit and event.
// Whom it goes to is checked in the caller's terms (AssignWithin's holder).
export function handOverAsset(
  tx: EntityManager,
  modules: ItModules,
  handOver: { assetId: string; expectedVersion: number; employeeId: string; notes: string | null },
  holder: AssignWithin['holder'],
  metadata: EventMetadata,
): Promise<AssetRecord> {
  return assignAsset(modules, handOver, metadata, { tx, holder });
}
