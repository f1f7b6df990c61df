import type { MonthEnd } from '@backoffice/platform/month-ends';
import type { assetCategories, assetConditions } from '@backoffice/events/it-events';

// Equipment as IT keeps it. Dates are YYYY-MM-DD business dates, money decimal strings.

export type AssetCategoryCode = (typeof assetCategories)[number];
export type AssetCondition = (typeof assetConditions)[number];
export type AssetStatus = 'IN_STOCK' | 'ASSIGNED' | 'IN_REPAIR' | 'RETIRED' | 'LOST';
export type AssetAction = 'REGISTERED' | 'ASSIGNED' | 'RETURNED' | 'SENT_TO_REPAIR' | 'LOST' | 'RETIRED';

export type AssetCategoryRecord = { code: AssetCategoryCode; name: string; usefulLifeMonths: number };

export type AssetModelRecord = { id: string; category: AssetCategoryRecord; manufacturer: string; name: string };

export type AssetRecord = {
  id: string;
  tag: string;
  serialNumber: string;
  model: AssetModelRecord;
  category: AssetCategoryRecord;
  purchaseDate: string;
  purchaseCost: string;
  currency: string;
  supplier: string | null;
  warrantyEndsOn: string | null;
  location: string | null;
  status: AssetStatus;
  condition: AssetCondition;
  notes: string | null;
  // HR's employee id, set exactly while ASSIGNED.
  holderId: string | null;
  // The day IT gave up on getting it back from a leaver (HR's offboarding policy); null otherwise.
  unrecoveredOn: string | null;
  version: number;
  createdAt: Date;
  updatedAt: Date;
};

// One time an asset was with an employee.
export type AssetAssignmentRecord = {
  id: string;
  assetId: string;
  employeeId: string;
  assignedOn: string;
  expectedReturnOn: string | null;
  conditionOut: AssetCondition;
  handedOverBy: string;
  returnedOn: string | null;
  conditionIn: AssetCondition | null;
  receivedBy: string | null;
  returnNotes: string | null;
  endedAs: Extract<AssetAction, 'RETURNED' | 'SENT_TO_REPAIR' | 'LOST'> | null;
};

export type AssetHistoryRecord = {
  assetId: string;
  action: AssetAction;
  status: AssetStatus;
  employeeId: string | null;
  condition: AssetCondition | null;
  occurredOn: string;
  actor: string;
  notes: string | null;
  at: Date;
};

// What the people of one department hold now.
export type AssetsInUseRecord = { count: number; purchaseCost: Array<{ amount: string; currency: string }> };

// An asset a leaver still holds past the offboarding policy's days, to give up on.
export type UnreturnedAssetRecord = { assetId: string; tag: string; category: AssetCategoryCode; employeeId: string; lastDay: string };

// What a department's people held at one month's end (Query.equipmentInUseByMonth); a null
// department for holders the workforce projection places nowhere that day.
export type MonthlyEquipmentInUseRecord = MonthEnd & { departmentId: string | null; count: number };
