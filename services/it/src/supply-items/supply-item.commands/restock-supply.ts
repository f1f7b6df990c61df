import { recordAudit } from '@backoffice/platform/audit';
import { Conflict, NotFound } from '@backoffice/platform/domain-errors';
import type { EventMetadata } from '@backoffice/platform/outbox';
import { parseInput } from '@backoffice/platform/validation';
import type { ItModules } from '../../it-modules';
import { restockSupplyInput } from '../supply-item.inputs';
import type { SupplyItemRecord } from '../supply-item.record';
import * as supplies from '../supply-item.repository';

// Adds delivered consumables to the stock, with an audit row. The restock ticket that asked for
// them is resolved like any other ticket.
export async function restockSupply({ dataSource }: ItModules, rawInput: unknown, metadata: EventMetadata): Promise<SupplyItemRecord> {
  const input = parseInput(restockSupplyInput, rawInput);
  return dataSource.transaction(async (tx) => {
    const item = await supplies.lockItem(tx, input.item);
    if (!item) throw new NotFound('Supply item', input.item);
    if (item.kind !== 'CONSUMABLE') throw new Conflict(`${item.name} is equipment: register the assets instead (registerAsset).`, { item: item.code, kind: item.kind });
    const stock = await supplies.moveStock(tx, { code: item.code, change: input.quantity, ticketId: null, actor: metadata.actor });
    await recordAudit(tx, { actor: metadata.actor, action: 'supply.restocked', entityType: 'supply_item', entityId: item.code, changes: { added: input.quantity, stock }, correlationId: metadata.correlationId });
    return { ...item, stock, version: item.version + 1 };
  });
}
