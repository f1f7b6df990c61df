import { Conflict, NotFound } from '@backoffice/platform/domain-errors';
import type { Sql } from '@backoffice/platform/sql';
import type { SupplyItemRecord } from './supply-item.record';
import * as supplies from './supply-item.repository';

// What the helpdesk does to the stock inside its own transaction: hand out against a ticket.
// Refused (CONFLICT) when fewer are in stock than asked, also when two hand out the last ones at once.
export async function takeFromStock(
  tx: Sql,
  request: { code: string; quantity: number; ticketId: string; actor: string },
): Promise<{ item: SupplyItemRecord; stockLeft: number; low: boolean }> {
  const item = await supplies.lockItem(tx, request.code);
  if (!item) throw new NotFound('Supply item', request.code);
  if (item.kind !== 'CONSUMABLE' || item.stock === null || item.lowStockThreshold === null) {
    throw new Conflict(`${item.name} is equipment: fulfil it with an asset of category ${item.assetCategory ?? '(none)'} (fulfilWithAsset).`, { item: item.code, kind: item.kind });
  }
  if (item.stock < request.quantity) throw new Conflict(`Only ${item.stock} × ${item.name} in stock, ${request.quantity} asked: restock it first.`, { item: item.code, stock: item.stock });
  const stockLeft = await supplies.moveStock(tx, { code: item.code, change: -request.quantity, ticketId: request.ticketId, actor: request.actor });
  return { item, stockLeft, low: stockLeft <= item.lowStockThreshold };
}

// A restock ticket is raised while the hand-out holds its item's lock (takeFromStock): whoever
// holds it next sees that ticket, or knows none is being raised meanwhile.
export async function lockSupplyItem(tx: Sql, code: string): Promise<void> {
  if (!(await supplies.lockItem(tx, code))) throw new NotFound('Supply item', code);
}
