import { assetReturned } from '@backoffice/events/it-events';
import { recordEvent, type EventMetadata } from '@backoffice/platform/outbox';
import { parseInput } from '@backoffice/platform/validation';
import type { ItModules } from '../../it-modules';
import { returnAssetInput } from '../asset.inputs';
import type { AssetRecord } from '../asset.record';
import * as assets from '../asset.repository';
import { assetFacts, changeAsset } from './change-asset';

// Back to stock, in the condition IT finds it: from its holder (ending the hand-over), from
// repair, or found after it was lost.
export async function returnAsset(modules: ItModules, rawInput: unknown, metadata: EventMetadata): Promise<AssetRecord> {
  const input = parseInput(returnAssetInput, rawInput);
  return changeAsset(modules, 'return', { ...input, occurredOn: input.returnedOn }, metadata, async (tx, asset, returnedOn) => {
    const from = asset.status as 'ASSIGNED' | 'IN_REPAIR' | 'LOST';
    const ended = from === 'ASSIGNED' ? await assets.closeAssignment(tx, asset.id, { returnedOn, conditionIn: input.condition, receivedBy: metadata.actor, notes: input.notes, endedAs: 'RETURNED' }) : undefined;
    const employeeId = ended?.employeeId ?? null;
    await assets.updateAssetState(tx, asset.id, { status: 'IN_STOCK', holderId: null, condition: input.condition, ...(input.location ? { location: input.location } : {}) });
    await recordEvent(tx, assetReturned, { ...assetFacts(asset), employeeId, returnedOn, condition: input.condition, from }, metadata);
    return { action: 'RETURNED', status: 'IN_STOCK', employeeId, condition: input.condition, notes: input.notes, audit: { employeeId, condition: input.condition } };
  });
}
