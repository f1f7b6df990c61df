import { firstRow, type Sql } from '@backoffice/platform/sql';
import type { ControlSettingsRecord } from './control-settings.record';

// The only code that knows how the control thresholds are stored (one row, see the migration).

const COLUMNS = `manual_approval_threshold::text AS "manualApprovalThreshold", unsupported_manual_threshold::text AS "unsupportedManualThreshold",
  round_amount_threshold::text AS "roundAmountThreshold", round_amount_unit::text AS "roundAmountUnit", capitalisation_threshold::text AS "capitalisationThreshold",
  changed_by AS "changedBy", changed_at AS "changedAt", reason`;

type SettingsRow = Omit<ControlSettingsRecord, 'currency' | 'changedAt'> & { changedAt: Date };

export async function readSettings(db: Sql, options: { lock: boolean } = { lock: false }): Promise<SettingsRow> {
  return (await firstRow<SettingsRow>(db, `SELECT ${COLUMNS} FROM control_settings${options.lock ? ' FOR UPDATE' : ''}`))!;
}

export async function writeSettings(db: Sql, settings: Omit<SettingsRow, 'changedAt'> & { changedAt: Date }): Promise<SettingsRow> {
  return (await firstRow<SettingsRow>(
    db,
    `UPDATE control_settings SET manual_approval_threshold = $1, unsupported_manual_threshold = $2, round_amount_threshold = $3, round_amount_unit = $4,
       changed_by = $5, changed_at = $6, reason = $7, capitalisation_threshold = $8
     RETURNING ${COLUMNS}`,
    [settings.manualApprovalThreshold, settings.unsupportedManualThreshold, settings.roundAmountThreshold, settings.roundAmountUnit, settings.changedBy, settings.changedAt, settings.reason, settings.capitalisationThreshold],
  ))!;
}
