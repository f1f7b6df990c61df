// The thresholds the controls and the audit findings use, in the functional currency.
export type ControlSettingsRecord = {
  manualApprovalThreshold: string;
  unsupportedManualThreshold: string;
  roundAmountThreshold: string;
  roundAmountUnit: string;
  currency: string;
  changedBy: string;
  changedAt: string;
  reason: string | null;
};
