import { assetLost } from '@backoffice/events/it-events';
import { recordEvent, type EventMetadata } from '@backoffice/platform/outbox';
import { parseInput } from '@backoffice/platform/validation';
import type { ItModules } from '../../it-modules';
import { assetChangeInput } from '../asset.inputs';
import type { AssetRecord } from '../asset.record';
import * as assets from '../asset.repository';
import { assetFacts, changeAsset } from './change-asset';

// Lost: by its holder (whose hand-over ends there), in stock or in repair. Found again, it comes
// back with returnAsset; written off, with retireAsset.
export async function markAssetLost(modules: ItModules, rawInput: unknown, metadata: EventMetadata): Promise<AssetRecord> {
  const input = parseInput(assetChangeInput, rawInput);
  return changeAsset(modules, 'lose', input, metadata, async (tx, asset, lostOn) => {
    const ended = asset.status === 'ASSIGNED' ? await assets.closeAssignment(tx, asset.id, { returnedOn: lostOn, conditionIn: null, receivedBy: metadata.actor, notes: input.notes, endedAs: 'LOST' }) : undefined;
    const employeeId = ended?.employeeId ?? null;
    await assets.updateAssetState(tx, asset.id, { status: 'LOST', holderId: null });
    await recordEvent(tx, assetLost, { ...assetFacts(asset), employeeId, lostOn }, metadata);
    return { action: 'LOST', status: 'LOST', employeeId, condition: null, notes: input.notes, audit: { employeeId } };
  });
}
