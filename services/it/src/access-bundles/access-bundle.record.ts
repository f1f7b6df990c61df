import type { AssetCategoryCode } from '../assets/asset.record';

export type EquipmentKitItemRecord = { category: AssetCategoryCode; quantity: number };

// What a person in a department gets: the systems (those for everyone included) and the kit.
export type AccessBundleRecord = {
  departmentId: string;
  // Lower-case system codes, those for everyone first.
  systems: string[];
  equipment: EquipmentKitItemRecord[];
  // 0 while the department has no bundle of its own (only the systems for everyone).
  version: number;
  updatedBy: string | null;
  updatedAt: Date | null;
};
