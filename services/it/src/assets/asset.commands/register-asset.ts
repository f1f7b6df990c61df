import { assetRegistered } from '@backoffice/events/it-events';
import { recordAudit } from '@backoffice/platform/audit';
import { refused } from '@backoffice/platform/domain-errors';
import { recordEvent, type EventMetadata } from '@backoffice/platform/outbox';
import { parseInput } from '@backoffice/platform/validation';
import type { ItModules } from '../../it-modules';
import { registerAssetInput } from '../asset.inputs';
import type { AssetRecord } from '../asset.record';
import * as assets from '../asset.repository';
import { assetFacts } from './change-asset';

// A new asset in stock, with the next tag. Its model is found by manufacturer and name, or added
// under the category given. Its history starts on its purchase date.
export async function registerAsset({ dataSource, clock }: ItModules, rawInput: unknown, metadata: EventMetadata): Promise<AssetRecord> {
  const input = parseInput(registerAssetInput, rawInput);
  const today = clock.today();
  if (input.purchaseDate > today) throw refused('The purchase date is in the future', [{ field: 'input.purchaseDate', message: `must be today (${today}) or earlier: register an asset once it is bought` }]);
  return dataSource.transaction(async (tx) => {
    const model = await assets.findOrAddModel(tx, { category: input.category, manufacturer: input.manufacturer, name: input.model });
    if (model.category.code !== input.category) {
      throw refused('The model belongs to another category', [{ field: 'input.category', message: `must be ${model.category.code}: ${model.manufacturer} ${model.name} is known as one` }]);
    }
    const condition = input.condition ?? 'NEW';
    const id = await assets.insertAsset(tx, { ...input, modelId: model.id, condition, supplier: input.supplier, warrantyEndsOn: input.warrantyEndsOn ?? null });
    if (!id) {
      const taken = await assets.assetIdBySerialNumber(tx, input.serialNumber);
      throw refused('The serial number is already registered', [{ field: 'input.serialNumber', message: `is already registered as asset ${taken?.tag ?? '(being registered)'}` }]);
    }
    await assets.recordHistory(tx, { assetId: id, action: 'REGISTERED', status: 'IN_STOCK', employeeId: null, condition, occurredOn: input.purchaseDate, actor: metadata.actor, notes: null });
    const asset = (await assets.assetsByIds(tx, [id]))[0]!;
    await recordAudit(tx, { actor: metadata.actor, action: 'asset.registered', entityType: 'asset', entityId: id, changes: { tag: asset.tag, serialNumber: asset.serialNumber, modelId: model.id, purchaseCost: asset.purchaseCost, currency: asset.currency }, correlationId: metadata.correlationId });
    await recordEvent(
      tx,
      assetRegistered,
      {
        ...assetFacts(asset),
        manufacturer: model.manufacturer,
        model: model.name,
        purchaseDate: asset.purchaseDate,
        purchaseCost: asset.purchaseCost,
        currency: asset.currency,
        usefulLifeMonths: asset.category.usefulLifeMonths,
      },
      metadata,
    );
    return asset;
  });
}
