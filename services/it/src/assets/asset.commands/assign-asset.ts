import type { EntityManager } from 'typeorm';
import { assetAssigned } from '@backoffice/events/it-events';
import { refused } from '@backoffice/platform/domain-errors';
import { recordEvent, type EventMetadata } from '@backoffice/platform/outbox';
import { parseInput } from '@backoffice/platform/validation';
import { employedOn } from '@backoffice/workforce/workforce.queries';
import type { ItModules } from '../../it-modules';
import { assignAssetInput } from '../asset.inputs';
import type { AssetRecord } from '../asset.record';
import * as assets from '../asset.repository';
import { assetFacts, changeAsset } from './change-asset';

// Another module's command handing the asset over (asset.hooks.ts): its transaction, and whom the
// asset goes to in that command's terms: the day they must be employed on (a joiner's kit goes
// out before their first day), and the field of its input a refusal names, with why.
export type AssignWithin = { tx: EntityManager; holder: { employedOn: string; field: string; message: string } };

// Hands an asset in stock to someone employed on that date (workforce projection). Of two
// assignments of one asset at once, the second finds it ASSIGNED: CONFLICT.
export async function assignAsset(modules: ItModules, rawInput: unknown, metadata: EventMetadata, within?: AssignWithin): Promise<AssetRecord> {
  const input = parseInput(assignAssetInput, rawInput);
  return changeAsset(modules, 'assign', { ...input, occurredOn: input.assignedOn }, metadata, async (tx, asset, assignedOn) => {
    if (input.expectedReturnOn && input.expectedReturnOn < assignedOn) throw refused('The loan ends before it starts', [{ field: 'input.expectedReturnOn', message: `must be on or after ${assignedOn}` }]);
    const holder = within?.holder ?? { employedOn: assignedOn, field: 'input.employeeId', message: `is not employed on ${assignedOn} as far as IT knows` };
    if (!(await employedOn(tx, input.employeeId, holder.employedOn))) {
      throw refused('The employee is not employed on that date', [{ field: holder.field, message: `${holder.message} (HR's hires and terminations reach IT as events, within seconds)` }]);
    }
    const condition = input.condition ?? asset.condition;
    await assets.openAssignment(tx, { assetId: asset.id, employeeId: input.employeeId, assignedOn, expectedReturnOn: input.expectedReturnOn ?? null, conditionOut: condition, handedOverBy: metadata.actor });
    await assets.updateAssetState(tx, asset.id, { status: 'ASSIGNED', holderId: input.employeeId, condition });
    await recordEvent(tx, assetAssigned, { ...assetFacts(asset), employeeId: input.employeeId, assignedOn, expectedReturnOn: input.expectedReturnOn ?? null, condition }, metadata);
    return { action: 'ASSIGNED', status: 'ASSIGNED', employeeId: input.employeeId, condition, notes: input.notes, audit: { employeeId: input.employeeId, expectedReturnOn: input.expectedReturnOn ?? null, condition } };
  }, within?.tx);
}
