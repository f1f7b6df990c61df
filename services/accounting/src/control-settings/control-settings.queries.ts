import type { Sql } from '@backoffice/platform/sql';
import type { LedgerSettings } from '../ledger-modules';
import type { ControlSettingsRecord } from './control-settings.record';
import { readSettings } from './control-settings.repository';

// The thresholds in force, in the functional currency. `lock` holds them until the transaction
// ends, so a posting checks the threshold a concurrent change cannot move under it.
export async function controlSettings(db: Sql, settings: LedgerSettings, options: { lock: boolean } = { lock: false }): Promise<ControlSettingsRecord> {
  const row = await readSettings(db, options);
  return { ...row, currency: settings.functionalCurrency, changedAt: row.changedAt.toISOString() };
}
