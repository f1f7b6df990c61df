import type { AssetCategoryCode } from '../assets/asset.record';

// The supply catalogue: consumables handed out from a stock count, equipment fulfilled with an
// asset of its category.
export type SupplyKind = 'CONSUMABLE' | 'EQUIPMENT';

export type SupplyItemRecord = {
  code: string;
  name: string;
  kind: SupplyKind;
  assetCategory: AssetCategoryCode | null;
  stock: number | null;
  lowStockThreshold: number | null;
  version: number;
};
