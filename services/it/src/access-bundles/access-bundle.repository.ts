import { firstRow, rows, uuidsOnly, type Sql } from '@backoffice/platform/sql';
import type { AssetCategoryCode } from '../assets/asset.record';
import type { AccessBundleRecord } from './access-bundle.record';

// The only code that knows how bundles are stored. A department without a bundle of its own
// gets the systems for everyone.

// Each department's bundle, in three statements for any number of departments.
export async function bundlesOf(db: Sql, departmentIds: readonly string[]): Promise<AccessBundleRecord[]> {
  const ids = uuidsOnly([...new Set(departmentIds)]);
  const [heads, systems, equipment, everyone] = await Promise.all([
    rows<{ departmentId: string; version: number; updatedBy: string; updatedAt: Date }>(
      db,
      `SELECT department_id AS "departmentId", version, updated_by AS "updatedBy", updated_at AS "updatedAt" FROM access_bundles WHERE department_id = ANY($1::uuid[])`,
      [ids],
    ),
    rows<{ departmentId: string; system: string }>(db, `SELECT department_id AS "departmentId", system FROM access_bundle_systems WHERE department_id = ANY($1::uuid[]) ORDER BY system`, [ids]),
    rows<{ departmentId: string; category: AssetCategoryCode; quantity: number }>(
      db,
      `SELECT department_id AS "departmentId", category, quantity FROM access_bundle_equipment WHERE department_id = ANY($1::uuid[]) ORDER BY category`,
      [ids],
    ),
    rows<{ code: string }>(db, `SELECT code FROM it_systems WHERE for_everyone ORDER BY code`),
  ]);
  const forEveryone = everyone.map((system) => system.code);
  return departmentIds.map((departmentId) => {
    const head = heads.find((row) => row.departmentId === departmentId);
    const own = systems.filter((row) => row.departmentId === departmentId && !forEveryone.includes(row.system)).map((row) => row.system);
    return {
      departmentId,
      systems: [...forEveryone, ...own],
      equipment: equipment.filter((row) => row.departmentId === departmentId).map(({ category, quantity }) => ({ category, quantity })),
      version: head?.version ?? 0,
      updatedBy: head?.updatedBy ?? null,
      updatedAt: head?.updatedAt ?? null,
    };
  });
}

// The bundle row, locked (created at version 0 when new): two changes of one bundle take turns.
export async function lockBundle(db: Sql, departmentId: string, actor: string): Promise<number> {
  await db.query(`INSERT INTO access_bundles (department_id, version, updated_by) VALUES ($1, 0, $2) ON CONFLICT (department_id) DO NOTHING`, [departmentId, actor]);
  return (await firstRow<{ version: number }>(db, `SELECT version FROM access_bundles WHERE department_id = $1 FOR UPDATE`, [departmentId]))!.version;
}

export async function replaceBundle(db: Sql, departmentId: string, bundle: { systems: readonly string[]; equipment: ReadonlyArray<{ category: string; quantity: number }>; actor: string }): Promise<void> {
  await db.query(`DELETE FROM access_bundle_systems WHERE department_id = $1`, [departmentId]);
  await db.query(`DELETE FROM access_bundle_equipment WHERE department_id = $1`, [departmentId]);
  if (bundle.systems.length) await db.query(`INSERT INTO access_bundle_systems (department_id, system) SELECT $1, unnest($2::text[])`, [departmentId, bundle.systems]);
  if (bundle.equipment.length) {
    await db.query(`INSERT INTO access_bundle_equipment (department_id, category, quantity) SELECT $1, unnest($2::text[]), unnest($3::int[])`, [
      departmentId,
      bundle.equipment.map((item) => item.category),
      bundle.equipment.map((item) => item.quantity),
    ]);
  }
  await db.query(`UPDATE access_bundles SET version = version + 1, updated_by = $2, updated_at = now() WHERE department_id = $1`, [departmentId, bundle.actor]);
}

export async function departmentsWithBundles(db: Sql): Promise<string[]> {
  return (await rows<{ departmentId: string }>(db, `SELECT department_id AS "departmentId" FROM access_bundles WHERE version > 0 ORDER BY department_id`)).map((row) => row.departmentId);
}
