// An asset as accounting holds it (amounts in the functional currency).
export type FixedAssetRecord = {
  assetId: string;
  tag: string;
  category: string;
  acquiredOn: string;
  cost: string;
  originalCost: string;
  originalCurrency: string;
  usefulLifeMonths: number;
  treatment: 'CAPITALISED' | 'EXPENSED';
  entryId: string;
  disposedOn: string | null;
  disposalReason: 'RETIRED' | 'LOST' | 'UNRECOVERED' | null;
  disposalEntryId: string | null;
  // Depreciation posted so far.
  accumulatedDepreciation: string;
  // The holder today (null: in stock, in repair or lost).
  holderId: string | null;
  currency: string;
};

export type FixedAssetStatus = 'ACTIVE' | 'FULLY_DEPRECIATED' | 'DISPOSED';

export type DepreciationMonthRecord = { period: string; amount: string; accumulated: string; bookValue: string; posted: boolean };

export type UnreturnedTreatment = 'RECEIVABLE' | 'WRITE_OFF';

// IT owns assets; accounting knows them by id.
export type AssetReference = { id: string };
