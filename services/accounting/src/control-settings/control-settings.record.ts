// The thresholds the controls and the audit findings use, in the functional currency.
export type ControlSettingsRecord = {
  manualApprovalThreshold: string;
  unsupportedManualThreshold: string;
  roundAmountThreshold: string;
  roundAmountUnit: string;
  // IT's equipment at or above it is a fixed asset (depreciated); below, expensed at once.
  capitalisationThreshold: string;
  currency: string;
  changedBy: string;
  changedAt: string;
  reason: string | null;
};
