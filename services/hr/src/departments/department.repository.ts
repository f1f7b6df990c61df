import { firstRow, lockNamed, preparedRows, rows, setClause, SqlParams, uuidsOnly, type Sql } from '@backoffice/platform/sql';
import type { DepartmentRecord } from './department.record';

const COLUMNS = `id, code, name, parent_id AS "parentId", head_employee_id AS "headId", cost_centre_code AS "costCentreCode",
  status, to_char(closed_on, 'YYYY-MM-DD') AS "closedOn", version`;

export async function findDepartments(db: Sql, ids: readonly string[]): Promise<DepartmentRecord[]> {
  return rows<DepartmentRecord>(db, `SELECT ${COLUMNS} FROM departments WHERE id = ANY($1::uuid[])`, [uuidsOnly(ids)]);
}

export async function findDepartmentByCode(db: Sql, code: string): Promise<DepartmentRecord | undefined> {
  const [row] = (await rows(db, `SELECT ${COLUMNS} FROM departments WHERE code = $1`, [code])) as DepartmentRecord[];
  return row;
}

export async function listDepartments(db: Sql): Promise<DepartmentRecord[]> {
  return (await rows(db, `SELECT ${COLUMNS} FROM departments ORDER BY name`)) as DepartmentRecord[];
}

export async function childrenOf(db: Sql, parentIds: readonly string[]): Promise<DepartmentRecord[]> {
  return (await rows(db, `SELECT ${COLUMNS} FROM departments WHERE parent_id = ANY($1::uuid[]) ORDER BY name`, [parentIds])) as DepartmentRecord[];
}

export async function insertDepartment(db: Sql, department: Omit<DepartmentRecord, 'id' | 'status' | 'closedOn' | 'version'>): Promise<DepartmentRecord> {
  const [row] = (await rows(db,
    `INSERT INTO departments (code, name, parent_id, head_employee_id, cost_centre_code) VALUES ($1, $2, $3, $4, $5) RETURNING ${COLUMNS}`,
    [department.code, department.name, department.parentId, department.headId, department.costCentreCode],
  )) as DepartmentRecord[];
  return row!;
}

// The version check is in the UPDATE itself: a stale version updates nothing.
export async function updateDepartmentIfVersion(
  db: Sql,
  id: string,
  expectedVersion: number,
  fields: Partial<Pick<DepartmentRecord, 'name' | 'parentId' | 'headId' | 'costCentreCode' | 'status' | 'closedOn'>>,
): Promise<DepartmentRecord | undefined> {
  const params = new SqlParams([id, expectedVersion]);
  const sets = setClause(params, fields, { name: 'name', parentId: 'parent_id', headId: 'head_employee_id', costCentreCode: 'cost_centre_code', status: 'status', closedOn: 'closed_on' });
  return firstRow<DepartmentRecord>(db, `UPDATE departments SET ${[...sets, 'version = version + 1'].join(', ')} WHERE id = $1 AND version = $2 RETURNING ${COLUMNS}`, params.values);
}

export async function headcounts(db: Sql, departmentIds: readonly string[]): Promise<Map<string, number>> {
  const counts = (await rows(db,
    `SELECT department_id AS "departmentId", count(*)::int AS headcount FROM employee_records
     WHERE department_id = ANY($1::uuid[]) AND status <> 'TERMINATED' GROUP BY department_id`,
    [departmentIds],
  )) as Array<{ departmentId: string; headcount: number }>;
  return new Map(counts.map((row) => [row.departmentId, row.headcount]));
}

// Ancestors of a department, nearest first, to refuse a parent that would make a loop.
export async function ancestorIds(db: Sql, departmentId: string): Promise<string[]> {
  const ancestors = (await rows(db,
    `WITH RECURSIVE up(id, parent_id, depth) AS (
       SELECT id, parent_id, 0 FROM departments WHERE id = $1
       UNION ALL
       SELECT d.id, d.parent_id, up.depth + 1 FROM departments d JOIN up ON d.id = up.parent_id WHERE up.depth < 1000
     ) SELECT id FROM up ORDER BY depth`,
    [departmentId],
  )) as Array<{ id: string }>;
  return ancestors.map((row) => row.id);
}

// People scheduled to join a department by a future-dated job change.
export async function scheduledArrivals(db: Sql, departmentId: string): Promise<{ people: number; firstDate: string | null }> {
  const [row] = (await rows(db,
    `SELECT count(DISTINCT employee_id)::int AS people, to_char(min(effective_date), 'YYYY-MM-DD') AS "firstDate"
     FROM job_assignments WHERE department_id = $1 AND effective_date > business_today()`,
    [departmentId],
  )) as Array<{ people: number; firstDate: string | null }>;
  return row ?? { people: 0, firstDate: null };
}

// Closing or moving a department takes it FOR UPDATE; commands that place people in it take it
// FOR SHARE: the two cannot interleave, so nobody lands in a department that is being closed.
// Reads one department and share-locks it in the same statement: nothing can close it before
// commit. Prepared: every hire and transfer places someone in a department.
export async function findDepartmentForShare(db: Sql, id: string): Promise<DepartmentRecord | undefined> {
  const [uuid] = uuidsOnly([id]);
  if (uuid === undefined) return undefined;
  const [row] = await preparedRows<DepartmentRecord>(db, 'department_for_share', `SELECT ${COLUMNS} FROM departments WHERE id = $1::uuid FOR SHARE`, [uuid]);
  return row;
}

export async function lockDepartment(db: Sql, id: string, mode: 'UPDATE' | 'SHARE'): Promise<void> {
  await rows(db, `SELECT 1 FROM departments WHERE id = $1 FOR ${mode === 'UPDATE' ? 'UPDATE' : 'SHARE'}`, [id]);
}

// Parent changes are serialised, so two concurrent moves cannot together close a loop.
export function lockDepartmentTree(tx: Sql): Promise<void> {
  return lockNamed(tx, 'hr:department-tree');
}

// People employed on each date, by the department of their job in force that day. Employed: in
// their current employment (start to last day, inclusive) or, after a rehire, in the one before
// (from the hire to the last day kept as previous_termination_date). One statement for all dates.
export async function headcountsOn(db: Sql, dates: readonly string[]): Promise<Array<{ asOf: string; departmentId: string; headcount: number }>> {
  return (await rows(db,
    `SELECT to_char(on_date, 'YYYY-MM-DD') AS "asOf", job.department_id AS "departmentId", count(*)::int AS headcount
     FROM unnest($1::date[]) AS dates(on_date)
     JOIN employees e ON (e.start_date <= on_date AND (e.termination_date IS NULL OR e.termination_date >= on_date))
                      OR (e.previous_termination_date >= on_date
                          AND (SELECT min(c.effective_date) FROM employee_changes c WHERE c.employee_id = e.id AND c.action = 'hired') <= on_date)
     CROSS JOIN LATERAL job_in_force(e.id, on_date) job
     GROUP BY on_date, job.department_id
     ORDER BY on_date, job.department_id`,
    [dates],
  )) as Array<{ asOf: string; departmentId: string; headcount: number }>;
}
