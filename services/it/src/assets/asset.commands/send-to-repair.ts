import { assetSentToRepair } from '@backoffice/events/it-events';
import { recordEvent, type EventMetadata } from '@backoffice/platform/outbox';
import { parseInput } from '@backoffice/platform/validation';
import type { ItModules } from '../../it-modules';
import { assetChangeInput } from '../asset.inputs';
import type { AssetRecord } from '../asset.record';
import * as assets from '../asset.repository';
import { assetFacts, changeAsset } from './change-asset';

// To repair, from stock or from its holder (whose hand-over ends there). It comes back to stock
// with returnAsset.
export async function sendToRepair(modules: ItModules, rawInput: unknown, metadata: EventMetadata): Promise<AssetRecord> {
  const input = parseInput(assetChangeInput, rawInput);
  return changeAsset(modules, 'repair', input, metadata, async (tx, asset, sentOn) => {
    const ended = asset.status === 'ASSIGNED' ? await assets.closeAssignment(tx, asset.id, { returnedOn: sentOn, conditionIn: null, receivedBy: metadata.actor, notes: input.notes, endedAs: 'SENT_TO_REPAIR' }) : undefined;
    const employeeId = ended?.employeeId ?? null;
    await assets.updateAssetState(tx, asset.id, { status: 'IN_REPAIR', holderId: null });
    await recordEvent(tx, assetSentToRepair, { ...assetFacts(asset), employeeId, sentOn }, metadata);
    return { action: 'SENT_TO_REPAIR', status: 'IN_REPAIR', employeeId, condition: null, notes: input.notes, audit: { employeeId } };
  });
}
