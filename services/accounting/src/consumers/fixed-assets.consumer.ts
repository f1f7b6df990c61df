import { offboardingPolicyChanged } from '@backoffice/events/hr-events';
import { assetAssigned, assetLost, assetRegistered, assetRetired, assetReturned, assetSentToRepair, assetUnrecovered } from '@backoffice/events/it-events';
import { reactionMetadata } from '@backoffice/platform/outbox';
import type { ConsumerDefinition } from '@backoffice/platform/subgraph-service';
import { chargeUnrecovered, disposeAsset, recordHolder, recordOffboardingPolicy, registerAsset, type FixedAssetModules } from '../fixed-assets/fixed-asset.service';

// IT's equipment into the books, and HR's offboarding policy for equipment leavers keep. Each
// effect commits with the inbox row, so a redelivered event changes nothing; every event this
// publishes carries the chain's correlation id and the IT or HR event as its cause.
export function fixedAssetConsumer(modules: FixedAssetModules): ConsumerDefinition {
  return {
    consumer: 'accounting.fixed-assets',
    topics: ['it.asset.v1', 'hr.workflow.v1'],
    handlers: {
      [assetRegistered.type]: async (event, tx) => {
        const registered = assetRegistered.read(event);
        await registerAsset(tx, modules, registered.data, reactionMetadata(registered));
      },
      [assetAssigned.type]: async (event, tx) => {
        const { data } = assetAssigned.read(event);
        await recordHolder(tx, data.assetId, data.assignedOn, data.employeeId);
      },
      [assetReturned.type]: async (event, tx) => {
        const { data } = assetReturned.read(event);
        await recordHolder(tx, data.assetId, data.returnedOn, null);
      },
      [assetSentToRepair.type]: async (event, tx) => {
        const { data } = assetSentToRepair.read(event);
        await recordHolder(tx, data.assetId, data.sentOn, null);
      },
      [assetLost.type]: async (event, tx) => {
        const lost = assetLost.read(event);
        await recordHolder(tx, lost.data.assetId, lost.data.lostOn, null);
        await disposeAsset(tx, modules, lost.data.assetId, { on: lost.data.lostOn, reason: 'LOST' }, reactionMetadata(lost));
      },
      [assetRetired.type]: async (event, tx) => {
        const retired = assetRetired.read(event);
        await disposeAsset(tx, modules, retired.data.assetId, { on: retired.data.retiredOn, reason: 'RETIRED' }, reactionMetadata(retired));
      },
      [assetUnrecovered.type]: async (event, tx) => {
        const unrecovered = assetUnrecovered.read(event);
        const { assetId, tag, category, employeeId, unrecoveredOn } = unrecovered.data;
        await chargeUnrecovered(tx, modules, { assetId, tag, category, employeeId, unrecoveredOn }, reactionMetadata(unrecovered));
      },
      [offboardingPolicyChanged.type]: async (event, tx) => {
        const { data } = offboardingPolicyChanged.read(event);
        await recordOffboardingPolicy(tx, modules, { treatment: data.treatment, unreturnedAfterDays: data.unreturnedAfterDays });
      },
    },
  };
}
