import { firstRow, rows, type Sql } from '@backoffice/platform/sql';
import type { SupplyItemRecord } from './supply-item.record';

// The only code that knows how the supply catalogue and its stock are stored.

const COLUMNS = `code, name, kind, asset_category AS "assetCategory", stock, low_stock_threshold AS "lowStockThreshold", version`;

export function allItems(db: Sql): Promise<SupplyItemRecord[]> {
  return rows<SupplyItemRecord>(db, `SELECT ${COLUMNS} FROM supply_items ORDER BY kind, name`);
}

export function itemsByCodes(db: Sql, codes: readonly string[]): Promise<SupplyItemRecord[]> {
  return rows<SupplyItemRecord>(db, `SELECT ${COLUMNS} FROM supply_items WHERE code = ANY($1::text[])`, [codes]);
}

// Locked until the transaction ends: two hand-outs of one item take turns, so the count never goes below zero.
export function lockItem(db: Sql, code: string): Promise<SupplyItemRecord | undefined> {
  return firstRow<SupplyItemRecord>(db, `SELECT ${COLUMNS} FROM supply_items WHERE code = $1 FOR UPDATE`, [code]);
}

// Moves the stock by `change` and records the move; returns the stock after it.
export async function moveStock(db: Sql, move: { code: string; change: number; ticketId: string | null; actor: string }): Promise<number> {
  const row = await firstRow<{ stock: number }>(db, `UPDATE supply_items SET stock = stock + $2, version = version + 1 WHERE code = $1 RETURNING stock`, [move.code, move.change]);
  await db.query(`INSERT INTO supply_stock_moves (item, change, stock_after, ticket_id, actor) VALUES ($1, $2, $3, $4, $5)`, [move.code, move.change, row!.stock, move.ticketId, move.actor]);
  return row!.stock;
}
