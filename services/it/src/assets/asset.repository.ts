import { firstRow, rows, SqlParams, uuidsOnly, whereClause, type Sql } from '@backoffice/platform/sql';
import type {
  AssetAssignmentRecord,
  AssetCategoryCode,
  AssetCategoryRecord,
  AssetCondition,
  AssetHistoryRecord,
  AssetModelRecord,
  AssetRecord,
  AssetStatus,
  UnreturnedAssetRecord,
} from './asset.record';

// The only code that knows how equipment is stored. Timestamps (created, updated, recorded) are
// the database's real time, never the business clock (packages/platform/src/clock.ts). An asset is read with its model and
// category in the same statement, so a page of assets costs one statement.

const ASSET_COLUMNS = `a.id, a.tag, a.serial_number AS "serialNumber", a.purchase_date::text AS "purchaseDate", a.purchase_cost::text AS "purchaseCost",
  a.currency, a.supplier, a.warranty_ends_on::text AS "warrantyEndsOn", a.location, a.status, a.condition, a.notes, a.holder_id AS "holderId",
  a.unrecovered_on::text AS "unrecoveredOn", a.version, a.created_at AS "createdAt", a.updated_at AS "updatedAt",
  m.id AS "modelId", m.manufacturer, m.name AS "modelName", c.code AS "categoryCode", c.name AS "categoryName", c.useful_life_months AS "usefulLifeMonths"`;
const ASSET_FROM = `assets a JOIN asset_models m ON m.id = a.model_id JOIN asset_categories c ON c.code = m.category`;

type AssetRow = Omit<AssetRecord, 'model' | 'category'> & {
  modelId: string;
  manufacturer: string;
  modelName: string;
  categoryCode: AssetCategoryCode;
  categoryName: string;
  usefulLifeMonths: number;
};

function toAsset({ modelId, manufacturer, modelName, categoryCode, categoryName, usefulLifeMonths, ...asset }: AssetRow): AssetRecord {
  const category = { code: categoryCode, name: categoryName, usefulLifeMonths };
  return { ...asset, category, model: { id: modelId, category, manufacturer, name: modelName } };
}

export async function assetsByIds(db: Sql, ids: readonly string[]): Promise<AssetRecord[]> {
  return (await rows<AssetRow>(db, `SELECT ${ASSET_COLUMNS} FROM ${ASSET_FROM} WHERE a.id = ANY($1::uuid[])`, [uuidsOnly(ids)])).map(toAsset);
}

export async function assetByTag(db: Sql, tag: string): Promise<AssetRecord | undefined> {
  const row = await firstRow<AssetRow>(db, `SELECT ${ASSET_COLUMNS} FROM ${ASSET_FROM} WHERE upper(a.tag) = upper($1)`, [tag.trim()]);
  return row && toAsset(row);
}

// The asset, locked until the transaction ends: two changes of one asset take turns, and the
// second sees what the first did.
export async function lockAsset(db: Sql, id: string): Promise<AssetRecord | undefined> {
  const row = await firstRow<AssetRow>(db, `SELECT ${ASSET_COLUMNS} FROM ${ASSET_FROM} WHERE a.id = $1 FOR UPDATE OF a`, [id]);
  return row && toAsset(row);
}

// What each holder has now, oldest hand-over first.
export async function assetsHeldBy(db: Sql, employeeIds: readonly string[]): Promise<AssetRecord[]> {
  const found = await rows<AssetRow>(
    db,
    `SELECT ${ASSET_COLUMNS} FROM ${ASSET_FROM}
     LEFT JOIN asset_assignments open ON open.asset_id = a.id AND open.returned_on IS NULL
     WHERE a.holder_id = ANY($1::uuid[]) ORDER BY a.holder_id, open.assigned_on, a.tag`,
    [uuidsOnly(employeeIds)],
  );
  return found.map(toAsset);
}

export type AssetFilter = { status: AssetStatus | null; category: AssetCategoryCode | null; holderId: string | null; warrantyEndsBefore: string | null; search: string | null };

function filterClauses(params: SqlParams, filter: AssetFilter): string[] {
  const clauses: string[] = [];
  if (filter.status) clauses.push(`a.status = ${params.add(filter.status)}`);
  if (filter.category) clauses.push(`m.category = ${params.add(filter.category)}`);
  if (filter.holderId) clauses.push(`a.holder_id = ${params.add(filter.holderId)}::uuid`);
  if (filter.warrantyEndsBefore) clauses.push(`a.warranty_ends_on < ${params.add(filter.warrantyEndsBefore)}::date`);
  if (filter.search) {
    const pattern = params.add(`%${filter.search.replace(/[\\%_]/g, (character) => `\\${character}`)}%`);
    clauses.push(`(a.tag ILIKE ${pattern} OR a.serial_number ILIKE ${pattern} OR m.manufacturer ILIKE ${pattern} OR m.name ILIKE ${pattern} OR a.supplier ILIKE ${pattern})`);
  }
  return clauses;
}

// Newest first, keyset on (created_at, id); one row more than asked, to know whether a page follows.
export async function listAssets(db: Sql, filter: AssetFilter, after: { createdAt: string; id: string } | null, limit: number): Promise<AssetRecord[]> {
  const params = new SqlParams();
  const clauses = filterClauses(params, filter);
  if (after) clauses.push(`(a.created_at, a.id) < (${params.add(after.createdAt)}::timestamptz, ${params.add(after.id)}::uuid)`);
  const found = await rows<AssetRow>(db, `SELECT ${ASSET_COLUMNS} FROM ${ASSET_FROM} ${whereClause(clauses)} ORDER BY a.created_at DESC, a.id DESC LIMIT ${params.add(limit)}`, params.values);
  return found.map(toAsset);
}

export async function countAssets(db: Sql, filter: AssetFilter): Promise<number> {
  const params = new SqlParams();
  const found = await firstRow<{ n: number }>(db, `SELECT count(*)::int AS n FROM ${ASSET_FROM} ${whereClause(filterClauses(params, filter))}`, params.values);
  return found!.n;
}

// --- Categories and models ---------------------------------------------------------------------

export function categories(db: Sql): Promise<AssetCategoryRecord[]> {
  return rows<AssetCategoryRecord>(db, `SELECT code, name, useful_life_months AS "usefulLifeMonths" FROM asset_categories ORDER BY code`);
}

const MODEL_COLUMNS = `m.id, m.manufacturer, m.name, c.code AS "categoryCode", c.name AS "categoryName", c.useful_life_months AS "usefulLifeMonths"`;
type ModelRow = { id: string; manufacturer: string; name: string; categoryCode: AssetCategoryCode; categoryName: string; usefulLifeMonths: number };
const toModel = ({ categoryCode, categoryName, usefulLifeMonths, ...model }: ModelRow): AssetModelRecord => ({ ...model, category: { code: categoryCode, name: categoryName, usefulLifeMonths } });

export async function models(db: Sql, category: AssetCategoryCode | null): Promise<AssetModelRecord[]> {
  const found = await rows<ModelRow>(
    db,
    `SELECT ${MODEL_COLUMNS} FROM asset_models m JOIN asset_categories c ON c.code = m.category WHERE $1::text IS NULL OR m.category = $1 ORDER BY lower(m.manufacturer), lower(m.name)`,
    [category],
  );
  return found.map(toModel);
}

// The model by manufacturer and name (any case), added under `category` when new. A concurrent
// registration of the same new model finds the row the other inserted.
export async function findOrAddModel(db: Sql, model: { category: AssetCategoryCode; manufacturer: string; name: string }): Promise<AssetModelRecord> {
  await db.query(`INSERT INTO asset_models (category, manufacturer, name) VALUES ($1, $2, $3) ON CONFLICT (lower(manufacturer), lower(name)) DO NOTHING`, [model.category, model.manufacturer, model.name]);
  const found = await firstRow<ModelRow>(
    db,
    `SELECT ${MODEL_COLUMNS} FROM asset_models m JOIN asset_categories c ON c.code = m.category WHERE lower(m.manufacturer) = lower($1) AND lower(m.name) = lower($2)`,
    [model.manufacturer, model.name],
  );
  return toModel(found!);
}

// --- Writing -----------------------------------------------------------------------------------

export type NewAsset = {
  serialNumber: string;
  modelId: string;
  purchaseDate: string;
  purchaseCost: string;
  currency: string;
  supplier: string | null;
  warrantyEndsOn: string | null;
  location: string | null;
  condition: AssetCondition;
  notes: string | null;
};

// Inserts the asset IN_STOCK with the next tag; undefined when the serial number is taken.
export async function insertAsset(db: Sql, asset: NewAsset): Promise<string | undefined> {
  const row = await firstRow<{ id: string }>(
    db,
    `INSERT INTO assets (tag, serial_number, model_id, purchase_date, purchase_cost, currency, supplier, warranty_ends_on, location, status, condition, notes, created_at, updated_at)
     VALUES ('AST-' || lpad(nextval('asset_tag_numbers')::text, 6, '0'), $1, $2, $3, $4, $5, $6, $7, $8, 'IN_STOCK', $9, $10, now(), now())
     ON CONFLICT ((upper(serial_number))) DO NOTHING RETURNING id`,
    [asset.serialNumber, asset.modelId, asset.purchaseDate, asset.purchaseCost, asset.currency, asset.supplier, asset.warrantyEndsOn, asset.location, asset.condition, asset.notes],
  );
  return row?.id;
}

export async function assetIdBySerialNumber(db: Sql, serialNumber: string): Promise<{ id: string; tag: string } | undefined> {
  return firstRow(db, `SELECT id, tag FROM assets WHERE upper(serial_number) = upper($1)`, [serialNumber]);
}

// The new state after a change; the version moves on by one.
export async function updateAssetState(
  db: Sql,
  id: string,
  state: { status: AssetStatus; holderId: string | null; condition?: AssetCondition; location?: string | null },
): Promise<void> {
  await db.query(
    `UPDATE assets SET status = $2, holder_id = $3, condition = COALESCE($4, condition), location = CASE WHEN $5::boolean THEN $6 ELSE location END,
       unrecovered_on = CASE WHEN holder_id IS NOT DISTINCT FROM $3 AND $2 = 'ASSIGNED' THEN unrecovered_on END,
       version = version + 1, updated_at = now() WHERE id = $1`,
    [id, state.status, state.holderId, state.condition ?? null, state.location !== undefined, state.location ?? null],
  );
}

export async function openAssignment(
  db: Sql,
  assignment: { assetId: string; employeeId: string; assignedOn: string; expectedReturnOn: string | null; conditionOut: AssetCondition; handedOverBy: string },
): Promise<void> {
  await db.query(
    `INSERT INTO asset_assignments (asset_id, employee_id, assigned_on, expected_return_on, condition_out, handed_over_by) VALUES ($1, $2, $3, $4, $5, $6)`,
    [assignment.assetId, assignment.employeeId, assignment.assignedOn, assignment.expectedReturnOn, assignment.conditionOut, assignment.handedOverBy],
  );
}

// Ends the open hand-over of an asset; returns it as it was (undefined when there was none).
export async function closeAssignment(
  db: Sql,
  assetId: string,
  end: { returnedOn: string; conditionIn: AssetCondition | null; receivedBy: string; notes: string | null; endedAs: 'RETURNED' | 'SENT_TO_REPAIR' | 'LOST' },
): Promise<{ employeeId: string; assignedOn: string } | undefined> {
  return firstRow(
    db,
    `UPDATE asset_assignments SET returned_on = $2, condition_in = $3, received_by = $4, return_notes = $5, ended_as = $6
     WHERE asset_id = $1 AND returned_on IS NULL RETURNING employee_id AS "employeeId", assigned_on::text AS "assignedOn"`,
    [assetId, end.returnedOn, end.conditionIn, end.receivedBy, end.notes, end.endedAs],
  );
}

// `at` is when it was recorded, on the database's (real) clock; occurredOn the business date.
export async function recordHistory(db: Sql, entry: Omit<AssetHistoryRecord, 'at'>): Promise<void> {
  await db.query(
    `INSERT INTO asset_history (asset_id, action, status, employee_id, condition, occurred_on, actor, notes) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [entry.assetId, entry.action, entry.status, entry.employeeId, entry.condition, entry.occurredOn, entry.actor, entry.notes],
  );
}

// --- Hand-overs and history --------------------------------------------------------------------

const ASSIGNMENT_COLUMNS = `id, asset_id AS "assetId", employee_id AS "employeeId", assigned_on::text AS "assignedOn", expected_return_on::text AS "expectedReturnOn",
  condition_out AS "conditionOut", handed_over_by AS "handedOverBy", returned_on::text AS "returnedOn", condition_in AS "conditionIn",
  received_by AS "receivedBy", return_notes AS "returnNotes", ended_as AS "endedAs"`;

export function assignmentsOfAssets(db: Sql, assetIds: readonly string[], options: { openOnly: boolean }): Promise<AssetAssignmentRecord[]> {
  return rows<AssetAssignmentRecord>(
    db,
    `SELECT ${ASSIGNMENT_COLUMNS} FROM asset_assignments WHERE asset_id = ANY($1::uuid[]) ${options.openOnly ? 'AND returned_on IS NULL' : ''} ORDER BY asset_id, assigned_on, created_at`,
    [uuidsOnly(assetIds)],
  );
}

export function historyOfAssets(db: Sql, assetIds: readonly string[]): Promise<AssetHistoryRecord[]> {
  return rows<AssetHistoryRecord>(
    db,
    `SELECT asset_id AS "assetId", action, status, employee_id AS "employeeId", condition, occurred_on::text AS "occurredOn", actor, notes, at
     FROM asset_history WHERE asset_id = ANY($1::uuid[]) ORDER BY asset_id, id`,
    [uuidsOnly(assetIds)],
  );
}

// --- Departments ---------------------------------------------------------------------------------

// What each holder has now: how many assets, and their purchase cost per currency.
export function holdingsByHolder(db: Sql): Promise<Array<{ holderId: string; currency: string; count: number; cost: string }>> {
  return rows(
    db,
    `SELECT holder_id AS "holderId", currency, count(*)::int AS count, sum(purchase_cost)::text AS cost FROM assets WHERE holder_id IS NOT NULL GROUP BY holder_id, currency`,
  );
}


// The business date of the asset's latest recorded change.
export async function lastChangeOn(db: Sql, assetId: string): Promise<string | null> {
  const found = await firstRow<{ on: string | null }>(db, `SELECT max(occurred_on)::text AS on FROM asset_history WHERE asset_id = $1`, [assetId]);
  return found?.on ?? null;
}

// --- Equipment leavers keep (HR's offboarding policy) -------------------------------------------

export async function saveOffboardingPolicy(db: Sql, unreturnedAfterDays: number): Promise<void> {
  await db.query(
    `INSERT INTO offboarding_policy (unreturned_after_days) VALUES ($1)
     ON CONFLICT (policy) DO UPDATE SET unreturned_after_days = EXCLUDED.unreturned_after_days, changed_at = now()`,
    [unreturnedAfterDays],
  );
}

export async function unreturnedAfterDays(db: Sql): Promise<number | undefined> {
  return (await firstRow<{ days: number }>(db, `SELECT unreturned_after_days AS days FROM offboarding_policy`))?.days;
}

// One scan at a time, until the caller's transaction ends: a second runner (another replica, a
// catch-up run) waits, then finds the first one's assets already marked, so a person's assets are
// never split between two runs (each event's assetsUnrecovered counts all of theirs).
export async function lockUnreturnedEquipmentScan(db: Sql): Promise<void> {
  await db.query(`SELECT pg_advisory_xact_lock(hashtext('it:unreturned-equipment'))`);
}

// Assets still with someone whose employment in force ended more than `days` days before
// `today` (a rehired person's latest employment is what counts; a withdrawn termination leaves
// none), not given up on yet; locked, so a return or a hand-over at the same moment goes first
// and the row is read again (no longer ASSIGNED to them: not given up on).
// All at once (no batches): a person's assets are given up on together, and there are few.
export function lockUnreturnedAssets(db: Sql, today: string, days: number): Promise<UnreturnedAssetRecord[]> {
  return rows<UnreturnedAssetRecord>(
    db,
    `SELECT a.id AS "assetId", a.tag, m.category, a.holder_id AS "employeeId", p.last_day::text AS "lastDay"
       FROM assets a JOIN asset_models m ON m.id = a.model_id
       JOIN LATERAL (SELECT e.last_day FROM workforce_employment_periods e WHERE e.employee_id = a.holder_id AND e.start_date <= $1::date
                      ORDER BY e.start_date DESC LIMIT 1) p ON true
      WHERE a.status = 'ASSIGNED' AND a.unrecovered_on IS NULL AND p.last_day IS NOT NULL AND p.last_day + $2::int < $1::date
      ORDER BY a.holder_id, a.tag
      FOR UPDATE OF a`,
    [today, days],
  );
}

// True the first time for this asset and holding.
export async function markUnrecovered(db: Sql, asset: UnreturnedAssetRecord, on: string): Promise<boolean> {
  const inserted = await rows(
    db,
    `INSERT INTO unrecovered_assets (asset_id, employee_id, last_day, unrecovered_on) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING RETURNING asset_id`,
    [asset.assetId, asset.employeeId, asset.lastDay, on],
  );
  if (!inserted.length) return false;
  await db.query(`UPDATE assets SET unrecovered_on = $2, version = version + 1, updated_at = now() WHERE id = $1`, [asset.assetId, on]);
  return true;
}

// Assets held on each date (handed over on or before it, not ended by then: a return, a repair
// or a loss dated that day ends it), counted per holder. One statement for all dates.
export function holdingsOn(db: Sql, dates: readonly string[]): Promise<Array<{ asOf: string; holderId: string; count: number }>> {
  return rows(
    db,
    `SELECT to_char(on_date, 'YYYY-MM-DD') AS "asOf", a.employee_id AS "holderId", count(*)::int AS count
     FROM unnest($1::date[]) AS dates(on_date)
     JOIN asset_assignments a ON a.assigned_on <= on_date AND (a.returned_on IS NULL OR a.returned_on > on_date)
     GROUP BY on_date, a.employee_id`,
    [dates],
  );
}
