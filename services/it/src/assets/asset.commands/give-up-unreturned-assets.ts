import type { EntityManager } from 'typeorm';
import { assetUnrecovered } from '@backoffice/events/it-events';
import { recordAudit } from '@backoffice/platform/audit';
import type { Clock } from '@backoffice/platform/clock';
import { recordEvent, type EventMetadata } from '@backoffice/platform/outbox';
import type { UnreturnedAssetRecord } from '../asset.record';
import * as assets from '../asset.repository';

// Every asset a leaver still holds past the policy's days is given up on at once (it stays
// recorded with them: they have it), once per asset and holding, each announced with how many of
// theirs it was, for accounting to book by the policy and HR to close the offboarding. Returns how
// many were given up on.
export async function giveUpUnreturnedAssets(tx: EntityManager, clock: Clock, metadata: EventMetadata): Promise<number> {
  const days = await assets.unreturnedAfterDays(tx);
  if (days === undefined) return 0;
  await assets.lockUnreturnedEquipmentScan(tx);
  const today = clock.today();
  const byPerson = new Map<string, UnreturnedAssetRecord[]>();
  for (const asset of await assets.lockUnreturnedAssets(tx, today, days)) byPerson.set(asset.employeeId, [...(byPerson.get(asset.employeeId) ?? []), asset]);
  let given = 0;
  for (const [employeeId, held] of byPerson) {
    const marked: UnreturnedAssetRecord[] = [];
    for (const asset of held) if (await assets.markUnrecovered(tx, asset, today)) marked.push(asset);
    for (const asset of marked) {
      await recordAudit(tx, { actor: metadata.actor, action: 'asset.unrecovered', entityType: 'asset', entityId: asset.assetId, changes: { employeeId, lastDay: asset.lastDay, unreturnedAfterDays: days }, correlationId: metadata.correlationId });
      await recordEvent(tx, assetUnrecovered, { assetId: asset.assetId, tag: asset.tag, category: asset.category, employeeId, lastDay: asset.lastDay, unrecoveredOn: today, assetsUnrecovered: marked.length }, metadata);
    }
    given += marked.length;
  }
  return given;
}
