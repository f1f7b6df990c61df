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

// Hands an asset in stock to someone employed on that date (workforce projection). Of two
// assignments of one asset at once, the second finds it ASSIGNED: CONFLICT.
export async function assignAsset(modules: ItModules, rawInput: unknown, metadata: EventMetadata, within?: EntityManager): Promise<AssetRecord> {
  const input = parseInput(assignAssetInput, rawInput);
  return changeAsset(modules, 'assign', { ...input, occurredOn: input.assignedOn }, metadata, async (tx, asset, assignedOn) => {
    if (input.expectedReturnOn && input.expectedReturnOn < assignedOn) throw refused('The loan ends before it starts', [{ field: 'input.expectedReturnOn', message: `must be on or after ${assignedOn}` }]);
    if (!(await employedOn(tx, input.employeeId, assignedOn))) {
      throw refused('The employee is not employed on that date', [
        { field: 'input.employeeId', message: `is not employed on ${assignedOn} as far as IT knows (HR's hires and terminations reach IT as events, within seconds)` },
      ]);
    }
    const condition = input.condition ?? asset.condition;
    await assets.openAssignment(tx, { assetId: asset.id, employeeId: input.employeeId, assignedOn, expectedReturnOn: input.expectedReturnOn ?? null, conditionOut: condition, handedOverBy: metadata.actor });
    await assets.updateAssetState(tx, asset.id, { status: 'ASSIGNED', holderId: input.employeeId, condition });
    await recordEvent(tx, assetAssigned, { ...assetFacts(asset), employeeId: input.employeeId, assignedOn, expectedReturnOn: input.expectedReturnOn ?? null, condition }, metadata);
    return { action: 'ASSIGNED', status: 'ASSIGNED', employeeId: input.employeeId, condition, notes: input.notes, audit: { employeeId: input.employeeId, expectedReturnOn: input.expectedReturnOn ?? null, condition } };
  }, within);
}
