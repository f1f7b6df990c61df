import { z } from 'zod';
import { toCents } from '../money';

const threshold = z.string().refine((value) => (toCents(value) ?? -1n) >= 0n, 'must be an amount of zero or more with at most two decimals, e.g. "10000.00"');

export const setControlSettingsInput = z.strictObject({
  manualApprovalThreshold: threshold,
  unsupportedManualThreshold: threshold,
  roundAmountThreshold: threshold,
  roundAmountUnit: z.string().refine((value) => (toCents(value) ?? 0n) > 0n, 'must be a positive amount, e.g. "1000.00"'),
  // Optional so callers that predate it keep the threshold in force.
  capitalisationThreshold: threshold.nullish(),
  reason: z.string().trim().min(3, 'say why the thresholds change').max(500),
});
