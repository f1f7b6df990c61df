import { firstRow, rows, type Sql } from '@backoffice/platform/sql';
import type { FixedAssetRecord, UnreturnedTreatment } from './fixed-asset.record';

// The only code that knows how fixed assets are stored (migration 1764500600000-fixed-assets).

type AssetRow = Omit<FixedAssetRecord, 'currency'>;

const SELECT = `SELECT a.asset_id AS "assetId", a.tag, a.category, to_char(a.acquired_on, 'YYYY-MM-DD') AS "acquiredOn", a.cost::text AS cost,
    a.original_cost::text AS "originalCost", a.original_currency AS "originalCurrency", a.useful_life_months AS "usefulLifeMonths", a.treatment,
    a.entry_id AS "entryId", to_char(a.disposed_on, 'YYYY-MM-DD') AS "disposedOn", a.disposal_reason AS "disposalReason", a.disposal_entry_id AS "disposalEntryId",
    COALESCE((SELECT sum(d.amount) FROM fixed_asset_depreciation d WHERE d.asset_id = a.asset_id), 0)::numeric(18, 2)::text AS "accumulatedDepreciation",
    (SELECT c.employee_id FROM fixed_asset_custody c WHERE c.asset_id = a.asset_id ORDER BY c.effective_on DESC, c.id DESC LIMIT 1) AS "holderId"
  FROM fixed_assets a`;

export function assetsByIds(db: Sql, assetIds: readonly string[]): Promise<AssetRow[]> {
  return rows<AssetRow>(db, `${SELECT} WHERE a.asset_id = ANY($1)`, [assetIds]);
}

// Locks the asset's row until the transaction ends: its postings (registration, months, disposal) never cross.
export async function lockAsset(db: Sql, assetId: string): Promise<AssetRow | undefined> {
  await db.query(`SELECT 1 FROM fixed_assets WHERE asset_id = $1 FOR UPDATE`, [assetId]);
  return firstRow<AssetRow>(db, `${SELECT} WHERE a.asset_id = $1`, [assetId]);
}

export async function insertAsset(
  db: Sql,
  asset: Pick<AssetRow, 'assetId' | 'tag' | 'category' | 'acquiredOn' | 'cost' | 'originalCost' | 'originalCurrency' | 'usefulLifeMonths' | 'treatment' | 'entryId'> & { registeredAt: Date },
): Promise<void> {
  await db.query(
    `INSERT INTO fixed_assets (asset_id, tag, category, acquired_on, cost, original_cost, original_currency, useful_life_months, treatment, entry_id, registered_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
    [asset.assetId, asset.tag, asset.category, asset.acquiredOn, asset.cost, asset.originalCost, asset.originalCurrency, asset.usefulLifeMonths, asset.treatment, asset.entryId, asset.registeredAt],
  );
}

export async function recordCustody(db: Sql, assetId: string, effectiveOn: string, employeeId: string | null): Promise<void> {
  await db.query(`INSERT INTO fixed_asset_custody (asset_id, effective_on, employee_id) VALUES ($1, $2, $3)`, [assetId, effectiveOn, employeeId]);
}

export async function holderOn(db: Sql, assetId: string, date: string): Promise<string | null> {
  const row = await firstRow<{ employeeId: string | null }>(
    db,
    `SELECT employee_id AS "employeeId" FROM fixed_asset_custody WHERE asset_id = $1 AND effective_on <= $2 ORDER BY effective_on DESC, id DESC LIMIT 1`,
    [assetId, date],
  );
  return row?.employeeId ?? null;
}

// 'YYYY-MM' of the months posted for an asset.
export async function postedPeriods(db: Sql, assetIds: readonly string[]): Promise<Array<{ assetId: string; period: string }>> {
  return rows(db, `SELECT asset_id AS "assetId", to_char(period, 'YYYY-MM') AS period FROM fixed_asset_depreciation WHERE asset_id = ANY($1)`, [assetIds]);
}

export async function insertDepreciation(db: Sql, month: { assetId: string; period: string; amount: string; accumulated: string; departmentId: string | null; entryId: string }): Promise<void> {
  await db.query(
    `INSERT INTO fixed_asset_depreciation (asset_id, period, amount, accumulated, department_id, entry_id) VALUES ($1, ($2 || '-01')::date, $3, $4, $5, $6)`,
    [month.assetId, month.period, month.amount, month.accumulated, month.departmentId, month.entryId],
  );
}

export async function markDisposed(db: Sql, assetId: string, disposal: { disposedOn: string; reason: string; entryId: string | null }): Promise<void> {
  await db.query(`UPDATE fixed_assets SET disposed_on = $2, disposal_reason = $3, disposal_entry_id = $4 WHERE asset_id = $1`, [assetId, disposal.disposedOn, disposal.reason, disposal.entryId]);
}

// Capitalised assets still in the books, for the monthly run.
export async function activeCapitalisedAssetIds(db: Sql): Promise<string[]> {
  return (await rows<{ assetId: string }>(db, `SELECT asset_id AS "assetId" FROM fixed_assets WHERE treatment = 'CAPITALISED' AND disposed_on IS NULL ORDER BY asset_id`)).map((row) => row.assetId);
}

export async function listAssets(db: Sql, filter: { category: string | null; status: string | null }, after: string | null, limit: number): Promise<AssetRow[]> {
  return rows<AssetRow>(
    db,
    `SELECT * FROM (${SELECT} WHERE a.treatment = 'CAPITALISED' AND ($1::text IS NULL OR a.category = $1) AND ($2::uuid IS NULL OR a.asset_id > $2)) x
      WHERE $3::text IS NULL
         OR ($3 = 'DISPOSED' AND x."disposedOn" IS NOT NULL)
         OR ($3 = 'FULLY_DEPRECIATED' AND x."disposedOn" IS NULL AND x."accumulatedDepreciation"::numeric >= x.cost::numeric)
         OR ($3 = 'ACTIVE' AND x."disposedOn" IS NULL AND x."accumulatedDepreciation"::numeric < x.cost::numeric)
      ORDER BY x."assetId" LIMIT $4`,
    [filter.category, after, filter.status, limit],
  );
}

export async function insertCharge(db: Sql, charge: { assetId: string; employeeId: string; treatment: UnreturnedTreatment; chargedOn: string; entryId: string | null }): Promise<boolean> {
  const inserted = await rows(
    db,
    `INSERT INTO fixed_asset_charges (asset_id, employee_id, treatment, charged_on, entry_id) VALUES ($1, $2, $3, $4, $5) ON CONFLICT (asset_id) DO NOTHING RETURNING asset_id`,
    [charge.assetId, charge.employeeId, charge.treatment, charge.chargedOn, charge.entryId],
  );
  return inserted.length > 0;
}

export async function chargeOf(db: Sql, assetId: string): Promise<{ employeeId: string } | undefined> {
  return firstRow(db, `SELECT employee_id AS "employeeId" FROM fixed_asset_charges WHERE asset_id = $1`, [assetId]);
}

export async function offboardingTreatment(db: Sql): Promise<UnreturnedTreatment> {
  return (await firstRow<{ treatment: UnreturnedTreatment }>(db, `SELECT treatment FROM offboarding_policy`))!.treatment;
}

export async function setOffboardingPolicy(db: Sql, policy: { treatment: UnreturnedTreatment; unreturnedAfterDays: number; changedAt: Date }): Promise<void> {
  await db.query(`UPDATE offboarding_policy SET treatment = $1, unreturned_after_days = $2, changed_at = $3`, [policy.treatment, policy.unreturnedAfterDays, policy.changedAt]);
}
