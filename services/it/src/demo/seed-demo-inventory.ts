import type { Logger } from '@backoffice/platform/logger';
import type { EventMetadata } from '@backoffice/platform/outbox';
import { assignAsset } from '../assets/asset.commands/assign-asset';
import { markAssetLost } from '../assets/asset.commands/mark-asset-lost';
import { registerAsset } from '../assets/asset.commands/register-asset';
import { retireAsset } from '../assets/asset.commands/retire-asset';
import { returnAsset } from '../assets/asset.commands/return-asset';
import { sendToRepair } from '../assets/asset.commands/send-to-repair';
import type { AssetRecord } from '../assets/asset.record';
import type { ItModules } from '../it-modules';
import { assignSeat } from '../licenses/license.commands/assign-seat';
import { registerLicense } from '../licenses/license.commands/register-license';
import type { LicenseRecord } from '../licenses/license.record';
import { DEMO_INVENTORY_CORRELATION_ID, underSeedLock } from './demo.repository';
import { planDemoInventory, type DemoAssetChange, type DemoPerson } from './plan-demo-inventory';

// The demo inventory (plan-demo-inventory.ts) through the same commands a client calls, each in
// its own transaction, recorded against `actor` (an IT person, or a service) under the demo's
// correlation id: finding that id, a re-run (or a second replica, once the seed lock is free)
// seeds nothing.

export type DemoInventoryInput = { people: DemoPerson[]; actor: string };
export type DemoInventoryCounts = { assets: number; changes: number; licenses: number; seats: number };

// Assets whose changes, and licences whose seats, are recorded at once: the commands lock one
// asset or licence each, so they do not wait for one another; the rest of the pool stays free
// for requests.
const AT_ONCE = 4;

export async function seedDemoInventory(modules: ItModules, input: DemoInventoryInput, logger: Logger): Promise<DemoInventoryCounts> {
  return underSeedLock(modules.dataSource, async (alreadySeeded) => {
    if (alreadySeeded) return { assets: 0, changes: 0, licenses: 0, seats: 0 };
    const started = Date.now();
    const counts = await seed(modules, input);
    logger.info('demo inventory seeded', { ...counts, people: input.people.length, ms: Date.now() - started });
    return counts;
  });
}

async function seed(modules: ItModules, { people, actor }: DemoInventoryInput): Promise<DemoInventoryCounts> {
  const metadata: EventMetadata = { actor, correlationId: DEMO_INVENTORY_CORRELATION_ID };
  const plan = planDemoInventory(people, modules.clock.today());

  // Registered one after another, so the tags follow the purchase dates.
  const registered: AssetRecord[] = [];
  for (const asset of plan.assets) registered.push(await registerAsset(modules, asset.register, metadata));
  await eachAtOnce(plan.assets, async (asset, index) => {
    let record = registered[index]!;
    for (const change of asset.changes) record = await applyChange(modules, record, change, metadata);
  });

  const licenses: LicenseRecord[] = [];
  for (const license of plan.licenses) licenses.push(await registerLicense(modules, license.register, metadata));
  await eachAtOnce(plan.licenses, async (license, index) => {
    for (const holder of license.holders) await assignSeat(modules, { licenseId: licenses[index]!.id, employeeId: holder.employeeId, on: holder.on }, metadata);
  });

  return {
    assets: plan.assets.length,
    changes: plan.assets.reduce((sum, asset) => sum + asset.changes.length, 0),
    licenses: plan.licenses.length,
    seats: plan.licenses.reduce((sum, license) => sum + license.holders.length, 0),
  };
}

function applyChange(modules: ItModules, asset: AssetRecord, change: DemoAssetChange, metadata: EventMetadata): Promise<AssetRecord> {
  const read = { assetId: asset.id, expectedVersion: asset.version };
  switch (change.kind) {
    case 'assign':
      return assignAsset(modules, { ...read, employeeId: change.employeeId, assignedOn: change.on, expectedReturnOn: change.expectedReturnOn, notes: change.notes }, metadata);
    case 'return':
      return returnAsset(modules, { ...read, returnedOn: change.on, condition: change.condition, notes: change.notes, location: change.location }, metadata);
    case 'repair':
      return sendToRepair(modules, { ...read, occurredOn: change.on, notes: change.notes }, metadata);
    case 'lose':
      return markAssetLost(modules, { ...read, occurredOn: change.on, notes: change.notes }, metadata);
    case 'retire':
      return retireAsset(modules, { ...read, occurredOn: change.on, notes: change.notes }, metadata);
  }
}

// `work` for every item, AT_ONCE items at a time; after a failure no new item is taken, and the
// first failure is thrown.
async function eachAtOnce<T>(items: readonly T[], work: (item: T, index: number) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next;
      next += 1;
      try {
        await work(items[index]!, index);
      } catch (error) {
        next = items.length;
        throw error;
      }
    }
  };
  // Every worker finished before this returns, so nothing runs on after the seed lock is let go.
  const outcomes = await Promise.allSettled(Array.from({ length: Math.min(AT_ONCE, items.length) }, worker));
  const failed = outcomes.find((outcome) => outcome.status === 'rejected');
  if (failed) throw failed.reason;
}
