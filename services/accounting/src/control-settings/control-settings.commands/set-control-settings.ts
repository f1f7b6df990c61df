import { recordAudit } from '@backoffice/platform/audit';
import type { EventMetadata } from '@backoffice/platform/outbox';
import { parseInput } from '@backoffice/platform/validation';
import type { LedgerModules } from '../../ledger-modules';
import { fromCents, toCents } from '../../money';
import { setControlSettingsInput } from '../control-settings.inputs';
import type { ControlSettingsRecord } from '../control-settings.record';
import { readSettings, writeSettings } from '../control-settings.repository';

// New thresholds, with the reason; the audit row keeps the old and the new values.
export async function setControlSettings({ dataSource, clock, settings }: LedgerModules, input: unknown, { actor, correlationId }: EventMetadata): Promise<ControlSettingsRecord> {
  const asked = parseInput(setControlSettingsInput, input);
  const normal = (amount: string) => fromCents(toCents(amount)!);
  return dataSource.transaction(async (tx) => {
    const before = await readSettings(tx, { lock: true });
    const after = await writeSettings(tx, {
      manualApprovalThreshold: normal(asked.manualApprovalThreshold),
      unsupportedManualThreshold: normal(asked.unsupportedManualThreshold),
      roundAmountThreshold: normal(asked.roundAmountThreshold),
      roundAmountUnit: normal(asked.roundAmountUnit),
      capitalisationThreshold: asked.capitalisationThreshold != null ? normal(asked.capitalisationThreshold) : before.capitalisationThreshold,
      changedBy: actor,
      changedAt: clock.now(),
      reason: asked.reason,
    });
    const fields = ['manualApprovalThreshold', 'unsupportedManualThreshold', 'roundAmountThreshold', 'roundAmountUnit', 'capitalisationThreshold'] as const;
    const changes = Object.fromEntries(fields.filter((field) => before[field] !== after[field]).map((field) => [field, { from: before[field], to: after[field] }]));
    await recordAudit(tx, { actor, action: 'control-settings.set', entityType: 'control_settings', entityId: 'control_settings', changes: { ...changes, reason: asked.reason }, correlationId });
    return { ...after, currency: settings.functionalCurrency, changedAt: after.changedAt.toISOString() };
  });
}
