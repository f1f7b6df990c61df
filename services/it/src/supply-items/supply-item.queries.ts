import type { Sql } from '@backoffice/platform/sql';
import type { SupplyItemRecord } from './supply-item.record';
import * as supplies from './supply-item.repository';

// What other modules may read of the catalogue.
export function supplyCatalogue(db: Sql): Promise<SupplyItemRecord[]> {
  return supplies.allItems(db);
}

export async function supplyItemsInOrder(db: Sql, codes: readonly string[]): Promise<Array<SupplyItemRecord | null>> {
  const found = new Map((await supplies.itemsByCodes(db, codes)).map((item) => [item.code, item]));
  return codes.map((code) => found.get(code) ?? null);
}
