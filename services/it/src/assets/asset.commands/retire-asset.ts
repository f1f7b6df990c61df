import { assetRetired } from '@backoffice/events/it-events';
import { recordEvent, type EventMetadata } from '@backoffice/platform/outbox';
import { parseInput } from '@backoffice/platform/validation';
import type { ItModules } from '../../it-modules';
import { assetChangeInput } from '../asset.inputs';
import type { AssetRecord } from '../asset.record';
import * as assets from '../asset.repository';
import { assetFacts, changeAsset } from './change-asset';

// Out of the inventory for good: disposed of, sold, or a loss written off. Never straight from a
// holder (asset.rules.ts).
export async function retireAsset(modules: ItModules, rawInput: unknown, metadata: EventMetadata): Promise<AssetRecord> {
  const input = parseInput(assetChangeInput, rawInput);
  return changeAsset(modules, 'retire', input, metadata, async (tx, asset, retiredOn) => {
    const from = asset.status as 'IN_STOCK' | 'IN_REPAIR' | 'LOST';
    await assets.updateAssetState(tx, asset.id, { status: 'RETIRED', holderId: null });
    await recordEvent(tx, assetRetired, { ...assetFacts(asset), retiredOn, from }, metadata);
    return { action: 'RETIRED', status: 'RETIRED', employeeId: null, condition: null, notes: input.notes, audit: {} };
  });
}
