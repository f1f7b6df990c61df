import { afterCursorClause, firstRow, keysetPage, lockNamed, orderAndLimit, preparedRows, rows, setClause, SqlParams, uuidsOnly, whereClause, type KeysetOrder, type KeysetPage, type Sql } from '@backoffice/platform/sql';
import type { CompensationRecord, EmergencyContact, EmployeeChangeRecord, EmployeeRecord, PayFrequency } from './employee.record';

// The only code that knows how employee records are stored.

// Changes to who reports to whom are serialised, so two concurrent transfers cannot each pass
// the loop check against the other's old state and together close a loop.
export function lockOrgChart(tx: Sql): Promise<void> {
  return lockNamed(tx, 'hr:org-chart');
}

const RECORD_COLUMNS = `r.id, r.employee_number AS "employeeNumber", r.first_name AS "firstName", r.last_name AS "lastName",
  r.email, r.phone, r.work_location AS "workLocation", r.employment_type AS "employmentType",
  to_char(r.start_date, 'YYYY-MM-DD') AS "startDate", to_char(r.termination_date, 'YYYY-MM-DD') AS "terminationDate",
  r.termination_reason AS "terminationReason", r.emergency_contact_name, r.emergency_contact_relationship,
  r.emergency_contact_phone, r.department_id AS "departmentId", r.manager_id AS "managerId", r.title, r.status, r.version`;

type RecordRow = Omit<EmployeeRecord, 'emergencyContact'> & {
  emergency_contact_name: string | null;
  emergency_contact_relationship: string | null;
  emergency_contact_phone: string | null;
};

function toRecord(row: RecordRow): EmployeeRecord {
  const { emergency_contact_name: name, emergency_contact_relationship: relationship, emergency_contact_phone: phone, ...rest } = row;
  return { ...rest, emergencyContact: name && relationship && phone ? { name, relationship, phone } : null };
}

export async function findEmployees(db: Sql, ids: readonly string[]): Promise<EmployeeRecord[]> {
  const found = await rows<RecordRow>(db, `SELECT ${RECORD_COLUMNS} FROM employee_records r WHERE r.id = ANY($1::uuid[])`, [uuidsOnly(ids)]);
  return found.map(toRecord);
}

// One employee, as every command loads the record it changed: prepared, since planning this read
// of the view took 2 ms against 0.1 ms to run it (each command paid both). By id equality, which
// PostgreSQL plans once per connection (generic); `= ANY(array)` it plans every time.
export async function findEmployee(db: Sql, id: string): Promise<EmployeeRecord | undefined> {
  const [uuid] = uuidsOnly([id]);
  if (uuid === undefined) return undefined;
  const [found] = await preparedRows<RecordRow>(db, 'employee_by_id', `SELECT ${RECORD_COLUMNS} FROM employee_records r WHERE r.id = $1::uuid`, [uuid]);
  return found && toRecord(found);
}

export async function directReportsOf(db: Sql, managerIds: readonly string[]): Promise<EmployeeRecord[]> {
  const reports = await rows<RecordRow>(
    db,
    `SELECT ${RECORD_COLUMNS} FROM employee_records r WHERE r.manager_id = ANY($1::uuid[]) AND r.status <> 'TERMINATED' ORDER BY r.last_name, r.first_name`,
    [uuidsOnly(managerIds)],
  );
  return reports.map(toRecord);
}

export type EmployeeFilter = { departmentId?: string | null; status?: string | null; managerId?: string | null; search?: string | null };
export type EmployeeOrder = { field: 'EMPLOYEE_NUMBER' | 'LAST_NAME' | 'START_DATE'; direction: 'ASC' | 'DESC' };

const ORDER_BY: Record<EmployeeOrder['field'], { sortColumn: string; sortText: string }> = {
  EMPLOYEE_NUMBER: { sortColumn: 'r.employee_number', sortText: 'r.employee_number' },
  LAST_NAME: { sortColumn: 'r.last_name', sortText: 'r.last_name' },
  START_DATE: { sortColumn: 'r.start_date', sortText: `to_char(r.start_date, 'YYYY-MM-DD')` },
};

function filterClauses(filter: EmployeeFilter, params: SqlParams): string[] {
  const clauses: string[] = [];
  if (filter.departmentId) clauses.push(`r.department_id = ${params.add(filter.departmentId)}::uuid`);
  if (filter.status) clauses.push(`r.status = ${params.add(filter.status)}`);
  if (filter.managerId) clauses.push(`r.manager_id = ${params.add(filter.managerId)}::uuid`);
  if (filter.search?.trim()) {
    const pattern = params.add(`%${filter.search.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
    clauses.push(`(r.first_name || ' ' || r.last_name ILIKE ${pattern} OR r.email ILIKE ${pattern} OR r.employee_number ILIKE ${pattern})`);
  }
  return clauses;
}

export async function listEmployees(
  db: Sql,
  args: { filter: EmployeeFilter; order: EmployeeOrder; first: number; after: string | null },
): Promise<KeysetPage<EmployeeRecord>> {
  const order: KeysetOrder = { ...ORDER_BY[args.order.field], idColumn: 'r.id', direction: args.order.direction };
  const params = new SqlParams();
  const clauses = filterClauses(args.filter, params);
  const after = afterCursorClause(params, order, args.after);
  if (after) clauses.push(after);
  const selected = await rows<RecordRow & { sortValue: string }>(
    db,
    `SELECT ${RECORD_COLUMNS}, ${order.sortText} AS "sortValue" FROM employee_records r ${whereClause(clauses)} ${orderAndLimit(params, order, args.first)}`,
    params.values,
  );
  return keysetPage(selected, args.first, toRecord);
}

export async function countEmployees(db: Sql, filter: EmployeeFilter): Promise<number> {
  const params = new SqlParams();
  const row = await firstRow<{ count: number }>(db, `SELECT count(*)::int AS count FROM employee_records r ${whereClause(filterClauses(filter, params))}`, params.values);
  return row?.count ?? 0;
}

// Another employee already uses this work email (case-insensitively).
export async function emailTaken(db: Sql, email: string, exceptEmployeeId: string | null): Promise<boolean> {
  // Prepared: checked on every hire and email change, and planned in longer than it runs.
  const found = await preparedRows(db, 'email_taken', `SELECT 1 FROM employees WHERE lower(email) = lower($1) AND id IS DISTINCT FROM $2::uuid`, [email, exceptEmployeeId]);
  return found.length > 0;
}

export type NewEmployee = Pick<
  EmployeeRecord,
  'firstName' | 'lastName' | 'email' | 'phone' | 'workLocation' | 'employmentType' | 'startDate' | 'emergencyContact'
>;

// The employee number (E00042; more digits past 99999) comes from its sequence in the same statement.
export async function insertEmployee(db: Sql, employee: NewEmployee): Promise<{ id: string; employeeNumber: string }> {
  const [row] = (await rows(db, `INSERT INTO employees (employee_number, first_name, last_name, email, phone, work_location, employment_type, start_date,
       emergency_contact_name, emergency_contact_relationship, emergency_contact_phone)
     VALUES ((SELECT 'E' || lpad(n, greatest(5, length(n)), '0') FROM (SELECT nextval('employee_number_seq')::text AS n) AS next), $1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id, employee_number AS "employeeNumber"`,
    [
      employee.firstName, employee.lastName, employee.email, employee.phone, employee.workLocation,
      employee.employmentType, employee.startDate, employee.emergencyContact?.name ?? null,
      employee.emergencyContact?.relationship ?? null, employee.emergencyContact?.phone ?? null,
    ],
  )) as Array<{ id: string; employeeNumber: string }>;
  return row!;
}

export type EmployeeFieldUpdate = Partial<
  Omit<NewEmployee, 'employeeNumber'> & Pick<EmployeeRecord, 'terminationDate' | 'terminationReason'> & { previousTerminationDate: string | null }
>;

const FIELD_COLUMNS = {
  firstName: 'first_name', lastName: 'last_name', email: 'email', phone: 'phone', workLocation: 'work_location',
  employmentType: 'employment_type', startDate: 'start_date', terminationDate: 'termination_date', terminationReason: 'termination_reason',
  previousTerminationDate: 'previous_termination_date',
  emergencyContact: (contact: EmergencyContact | null | undefined) => [
    ['emergency_contact_name', contact?.name ?? null],
    ['emergency_contact_relationship', contact?.relationship ?? null],
    ['emergency_contact_phone', contact?.phone ?? null],
  ] satisfies Array<[string, unknown]>,
};

// Optimistic concurrency in one statement: the row changes only if it still has the version
// the caller read. Returns the new version, or undefined when someone else got there first.
export async function updateEmployeeIfVersion(db: Sql, id: string, expectedVersion: number, fields: EmployeeFieldUpdate): Promise<number | undefined> {
  const params = new SqlParams([id, expectedVersion]);
  const sets = setClause(params, fields, FIELD_COLUMNS);
  const row = await firstRow<{ version: number }>(
    db,
    `UPDATE employees SET ${[...sets, 'version = version + 1', 'updated_at = now()'].join(', ')} WHERE id = $1 AND version = $2 RETURNING version`,
    params.values,
  );
  return row?.version;
}

export async function currentVersion(db: Sql, id: string): Promise<number | undefined> {
  const [row] = (await rows(db, `SELECT version FROM employees WHERE id = $1`, [id])) as Array<{ version: number }>;
  return row?.version;
}

export type JobField = 'departmentId' | 'managerId' | 'title';
export const ALL_JOB_FIELDS: JobField[] = ['departmentId', 'managerId', 'title'];

export async function insertJobAssignment(
  db: Sql,
  job: { employeeId: string; departmentId: string; managerId: string | null; title: string; effectiveDate: string; reason: string | null; changedFields: JobField[] },
): Promise<void> {
  await db.query(
    `INSERT INTO job_assignments (employee_id, department_id, manager_id, title, effective_date, reason, changed_fields) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [job.employeeId, job.departmentId, job.managerId, job.title, job.effectiveDate, job.reason, job.changedFields],
  );
}

// Changes already scheduled after `afterDate` take the new values of the fields they do not
// set themselves: a title change planned for next month keeps today's new department.
// Returns the scheduled jobs that changed, earliest first.
export async function carryJobChangeForward(
  db: Sql,
  employeeId: string,
  afterDate: string,
  change: Partial<{ departmentId: string; managerId: string | null; title: string }>,
): Promise<Array<ScheduledJob>> {
  const has = (field: JobField) => Object.prototype.hasOwnProperty.call(change, field);
  const carries = {
    departmentId: `$3::boolean AND NOT ('departmentId' = ANY(changed_fields))`,
    managerId: `$5::boolean AND NOT ('managerId' = ANY(changed_fields))`,
    title: `$7::boolean AND NOT ('title' = ANY(changed_fields))`,
  };
  const revised = await rows<ScheduledJob>(
    db,
    `UPDATE job_assignments SET
       department_id = CASE WHEN ${carries.departmentId} THEN $4::uuid ELSE department_id END,
       manager_id    = CASE WHEN ${carries.managerId} THEN $6::uuid ELSE manager_id END,
       title         = CASE WHEN ${carries.title} THEN $8 ELSE title END
     WHERE employee_id = $1 AND effective_date > $2::date
       AND ((${carries.departmentId} AND department_id IS DISTINCT FROM $4::uuid)
         OR (${carries.managerId} AND manager_id IS DISTINCT FROM $6::uuid)
         OR (${carries.title} AND title IS DISTINCT FROM $8))
     RETURNING to_char(effective_date, 'YYYY-MM-DD') AS "effectiveDate"`,
    [employeeId, afterDate, has('departmentId'), change.departmentId ?? null, has('managerId'), change.managerId ?? null, has('title'), change.title ?? null],
  );
  return revised.sort((a, b) => a.effectiveDate.localeCompare(b.effectiveDate));
}

export type ScheduledJob = { effectiveDate: string };

// The job in force on a date (for transfers effective then); the rule is the job_in_force
// SQL function, which the employee_records view uses for today.
export async function jobOn(db: Sql, employeeId: string, date: string): Promise<{ departmentId: string; managerId: string | null; title: string } | undefined> {
  const [row] = (await rows(db, `SELECT department_id AS "departmentId", manager_id AS "managerId", title FROM job_in_force($1, $2::date)`,
    [employeeId, date],
  )) as Array<{ departmentId: string; managerId: string | null; title: string }>;
  return row;
}

// True when `employeeId` is `candidateManagerId` or above them on `date` or on any later date
// when a scheduled job change takes effect: making them the candidate's report would close a
// loop then. Errs on the side of refusing.
export async function isInReportingChainOf(db: Sql, employeeId: string, candidateManagerId: string, date: string): Promise<boolean> {
  const found = (await rows(db, `WITH RECURSIVE dates(d) AS (
       SELECT $3::date UNION SELECT DISTINCT effective_date FROM job_assignments WHERE effective_date > $3::date
     ), chain(d, id, depth) AS (
       SELECT d, $2::uuid, 0 FROM dates
       UNION ALL
       SELECT chain.d, job.manager_id, chain.depth + 1 FROM chain
       CROSS JOIN LATERAL job_in_force(chain.id, chain.d) job
       WHERE job.manager_id IS NOT NULL AND chain.depth < 1000
     ) SELECT 1 FROM chain WHERE id = $1::uuid LIMIT 1`,
    [employeeId, candidateManagerId, date],
  )) as unknown[];
  return found.length > 0;
}

// Managers above each employee today, nearest first, for many employees in one statement.
export async function reportingChains(db: Sql, employeeIds: readonly string[]): Promise<Map<string, string[]>> {
  const links = (await rows(db, `WITH RECURSIVE chain(start_id, id, depth) AS (
       SELECT r.id, r.manager_id, 1 FROM employee_records r WHERE r.id = ANY($1::uuid[]) AND r.manager_id IS NOT NULL
       UNION ALL
       SELECT chain.start_id, r.manager_id, chain.depth + 1 FROM chain JOIN employee_records r ON r.id = chain.id
       WHERE r.manager_id IS NOT NULL AND chain.depth < 100
     ) SELECT start_id AS "startId", id FROM chain ORDER BY start_id, depth`,
    [employeeIds],
  )) as Array<{ startId: string; id: string }>;
  const chains = new Map<string, string[]>();
  for (const row of links) chains.set(row.startId, [...(chains.get(row.startId) ?? []), row.id]);
  return chains;
}

export async function insertCompensation(
  db: Sql,
  pay: { employeeId: string; amount: string; currency: string; payFrequency: PayFrequency; effectiveDate: string; reason: string | null },
): Promise<void> {
  await db.query(
    `INSERT INTO compensations (employee_id, amount, currency, pay_frequency, effective_date, reason) VALUES ($1, $2, $3, $4, $5, $6)`,
    [pay.employeeId, pay.amount, pay.currency, pay.payFrequency, pay.effectiveDate, pay.reason],
  );
}

const COMPENSATION_COLUMNS = `employee_id AS "employeeId", amount::text AS amount, currency, pay_frequency AS "payFrequency",
  to_char(effective_date, 'YYYY-MM-DD') AS "effectiveDate", reason, created_at AS "recordedAt"`;

// The pay in force on `asOf` for each employee, in one statement.
export async function compensationsInForce(db: Sql, employeeIds: readonly string[], asOf: string): Promise<CompensationRecord[]> {
  return (await rows(db, `SELECT DISTINCT ON (employee_id) ${COMPENSATION_COLUMNS} FROM compensations
     WHERE employee_id = ANY($1::uuid[]) AND effective_date <= $2::date
     ORDER BY employee_id, effective_date DESC, created_at DESC`,
    [employeeIds, asOf],
  )) as CompensationRecord[];
}

export async function compensationHistories(db: Sql, employeeIds: readonly string[]): Promise<CompensationRecord[]> {
  return (await rows(db, `SELECT ${COMPENSATION_COLUMNS} FROM compensations WHERE employee_id = ANY($1::uuid[]) ORDER BY effective_date DESC, created_at DESC`,
    [employeeIds],
  )) as CompensationRecord[];
}

export async function insertChange(db: Sql, change: Omit<EmployeeChangeRecord, 'recordedAt'>): Promise<void> {
  await db.query(`INSERT INTO employee_changes (employee_id, action, changes, effective_date, actor) VALUES ($1, $2, $3, $4, $5)`, [
    change.employeeId, change.action, JSON.stringify(change.changes), change.effectiveDate, change.actor,
  ]);
}

export async function changeHistories(db: Sql, employeeIds: readonly string[]): Promise<EmployeeChangeRecord[]> {
  return (await rows(db, `SELECT employee_id AS "employeeId", action, changes, to_char(effective_date, 'YYYY-MM-DD') AS "effectiveDate", actor, recorded_at AS "recordedAt"
     FROM employee_changes WHERE employee_id = ANY($1::uuid[]) ORDER BY id DESC`,
    [employeeIds],
  )) as EmployeeChangeRecord[];
}
