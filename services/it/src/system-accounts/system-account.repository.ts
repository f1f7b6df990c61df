import { firstRow, rows, SqlParams, uuidsOnly, whereClause, type Sql } from '@backoffice/platform/sql';
import type {
  AccessChangeKind,
  AccessChangeRecord,
  AccessChangeStatus,
  AccessFindingKind,
  AccessReviewDecisionRecord,
  AccountOrigin,
  SystemAccountChangeRecord,
  SystemAccountRecord,
  ScheduledBy,
  SystemAccountStatus,
} from './system-account.record';

// The only code that knows how system accounts, their scheduled changes, the lifecycle facts and
// the review decisions are stored. Timestamps are the database's real
// time; dates (active from, revoked on) are business dates.

const CHAIN = `CASE WHEN correlation_id IS NULL THEN NULL ELSE json_build_object('correlationId', correlation_id, 'causationId', causation_id) END AS chain`;

const COLUMNS = `id, employee_id AS "employeeId", system, username, status, active_from::text AS "activeFrom", origin, revoked_on::text AS "revokedOn",
  version, created_at AS "createdAt", updated_at AS "updatedAt", ${CHAIN}`;

// A live account is any not revoked: at most one per person and system (index system_accounts_one_live).
export async function lockLiveAccount(db: Sql, employeeId: string, system: string): Promise<SystemAccountRecord | undefined> {
  return firstRow<SystemAccountRecord>(db, `SELECT ${COLUMNS} FROM system_accounts WHERE employee_id = $1 AND system = $2 AND status <> 'REVOKED' FOR UPDATE`, [employeeId, system]);
}

// Every live account of a person, locked: a leaver's or a mover's change takes them all at once.
export function lockLiveAccountsOf(db: Sql, employeeId: string): Promise<SystemAccountRecord[]> {
  return rows<SystemAccountRecord>(db, `SELECT ${COLUMNS} FROM system_accounts WHERE employee_id = $1 AND status <> 'REVOKED' ORDER BY system FOR UPDATE`, [employeeId]);
}

export async function insertAccount(
  db: Sql,
  account: { employeeId: string; system: string; username: string; status: Extract<SystemAccountStatus, 'SCHEDULED' | 'ACTIVE'>; activeFrom: string; origin: AccountOrigin; chain: ScheduledBy },
): Promise<SystemAccountRecord | undefined> {
  // A concurrent grant of the same live account finds the index: nothing inserted, undefined.
  return firstRow<SystemAccountRecord>(
    db,
    `INSERT INTO system_accounts (employee_id, system, username, status, active_from, origin, correlation_id, causation_id) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
     ON CONFLICT (employee_id, system) WHERE status <> 'REVOKED' DO NOTHING RETURNING ${COLUMNS}`,
    [account.employeeId, account.system, account.username, account.status, account.activeFrom, account.origin, account.chain.correlationId, account.chain.causationId],
  );
}

export async function setStatus(db: Sql, id: string, change: { status: SystemAccountStatus; revokedOn?: string; activeFrom?: string }): Promise<SystemAccountRecord> {
  const row = await firstRow<SystemAccountRecord>(
    db,
    `UPDATE system_accounts SET status = $2, revoked_on = COALESCE($3::date, revoked_on), active_from = COALESCE($4::date, active_from), version = version + 1, updated_at = now()
     WHERE id = $1 RETURNING ${COLUMNS}`,
    [id, change.status, change.revokedOn ?? null, change.activeFrom ?? null],
  );
  return row!;
}

export async function recordChange(db: Sql, change: Omit<SystemAccountChangeRecord, 'at'>): Promise<void> {
  await db.query(`INSERT INTO system_account_history (account_id, status, effective_on, reason, actor) VALUES ($1, $2, $3, $4, $5)`, [
    change.accountId,
    change.status,
    change.effectiveOn,
    change.reason,
    change.actor,
  ]);
}

// Scheduled accounts whose day has come, locked and skipped by another replica doing the same.
export function lockDueScheduled(db: Sql, today: string, limit: number): Promise<SystemAccountRecord[]> {
  return rows<SystemAccountRecord>(db, `SELECT ${COLUMNS} FROM system_accounts WHERE status = 'SCHEDULED' AND active_from <= $1::date ORDER BY active_from, id LIMIT $2 FOR UPDATE SKIP LOCKED`, [today, limit]);
}

// All accounts of many employees in one statement (for `_entities` batches), oldest first.
export function accountsOfEmployees(db: Sql, employeeIds: readonly string[]): Promise<SystemAccountRecord[]> {
  return rows<SystemAccountRecord>(db, `SELECT ${COLUMNS} FROM system_accounts WHERE employee_id = ANY($1::uuid[]) ORDER BY created_at, system, id`, [uuidsOnly(employeeIds)]);
}

export function accountsByIds(db: Sql, ids: readonly string[]): Promise<SystemAccountRecord[]> {
  return rows<SystemAccountRecord>(db, `SELECT ${COLUMNS} FROM system_accounts WHERE id = ANY($1::uuid[])`, [uuidsOnly(ids)]);
}

// Live accounts (not revoked), all of them or one person's: what an access review checks.
export function liveAccounts(db: Sql, employeeId: string | null = null): Promise<SystemAccountRecord[]> {
  return rows<SystemAccountRecord>(db, `SELECT ${COLUMNS} FROM system_accounts WHERE status <> 'REVOKED' AND ($1::uuid IS NULL OR employee_id = $1) ORDER BY employee_id, system`, [employeeId]);
}

export function historyOfAccounts(db: Sql, accountIds: readonly string[]): Promise<SystemAccountChangeRecord[]> {
  return rows<SystemAccountChangeRecord>(
    db,
    `SELECT account_id AS "accountId", status, effective_on::text AS "effectiveOn", reason, actor, at FROM system_account_history WHERE account_id = ANY($1::uuid[]) ORDER BY account_id, id`,
    [uuidsOnly(accountIds)],
  );
}

// --- The directory: each person's work email, from HR's hire ------------------------------------

export async function recordEmail(db: Sql, employeeId: string, email: string): Promise<void> {
  await db.query(`INSERT INTO directory_entries (employee_id, email) VALUES ($1, $2) ON CONFLICT (employee_id) DO UPDATE SET email = EXCLUDED.email`, [employeeId, email]);
}

export async function emailOf(db: Sql, employeeId: string): Promise<string | undefined> {
  return (await firstRow<{ email: string }>(db, `SELECT email FROM directory_entries WHERE employee_id = $1`, [employeeId]))?.email;
}

// --- Movers' and leavers' changes, and the lifecycle facts -------------------------------------


const CHANGE_COLUMNS = `id, employee_id AS "employeeId", kind, effective_date::text AS "effectiveDate", due_at AS "dueAt", from_department_id AS "fromDepartmentId",
  to_department_id AS "toDepartmentId", status, created_at AS "createdAt", settled_at AS "settledAt", ${CHAIN}`;

// Keyed by employee, kind and date: HR saying it again (a re-sent transfer) replaces a pending
// change; one already applied or cancelled stays as it was. `dueAt` is midnight in the company's
// time zone at the start of `dueDate`.
export async function scheduleChange(
  db: Sql,
  change: { employeeId: string; kind: AccessChangeKind; effectiveDate: string; dueDate: string; timeZone: string; fromDepartmentId: string | null; toDepartmentId: string | null; chain: ScheduledBy },
): Promise<AccessChangeRecord | undefined> {
  return firstRow<AccessChangeRecord>(
    db,
    `INSERT INTO access_changes (employee_id, kind, effective_date, due_at, from_department_id, to_department_id, correlation_id, causation_id)
     VALUES ($1, $2, $3, ($4::date)::timestamp AT TIME ZONE $5, $6, $7, $8, $9)
     ON CONFLICT (employee_id, kind, effective_date) DO UPDATE
       SET due_at = EXCLUDED.due_at, from_department_id = EXCLUDED.from_department_id, to_department_id = EXCLUDED.to_department_id,
           correlation_id = EXCLUDED.correlation_id, causation_id = EXCLUDED.causation_id
       WHERE access_changes.status = 'PENDING'
     RETURNING ${CHANGE_COLUMNS}`,
    [change.employeeId, change.kind, change.effectiveDate, change.dueDate, change.timeZone, change.fromDepartmentId, change.toDepartmentId, change.chain.correlationId, change.chain.causationId],
  );
}

export async function lockChange(db: Sql, id: string): Promise<AccessChangeRecord | undefined> {
  return firstRow<AccessChangeRecord>(db, `SELECT ${CHANGE_COLUMNS} FROM access_changes WHERE id = $1 FOR UPDATE`, [id]);
}

// Pending changes due by `now`, oldest first; another replica applying them skips these.
export function lockDue(db: Sql, now: Date, limit: number): Promise<AccessChangeRecord[]> {
  return rows<AccessChangeRecord>(db, `SELECT ${CHANGE_COLUMNS} FROM access_changes WHERE status = 'PENDING' AND due_at <= $1 ORDER BY due_at, id LIMIT $2 FOR UPDATE SKIP LOCKED`, [now, limit]);
}

// One person's pending changes due by `now`, locked.
export function lockDueOf(db: Sql, employeeId: string, now: Date): Promise<AccessChangeRecord[]> {
  return rows<AccessChangeRecord>(db, `SELECT ${CHANGE_COLUMNS} FROM access_changes WHERE employee_id = $1 AND status = 'PENDING' AND due_at <= $2 ORDER BY due_at, id FOR UPDATE`, [employeeId, now]);
}

export async function settle(db: Sql, id: string, status: Exclude<AccessChangeStatus, 'PENDING'>): Promise<void> {
  await db.query(`UPDATE access_changes SET status = $2, settled_at = now() WHERE id = $1`, [id, status]);
}

// The pending leave of a termination HR withdrew; undefined when there is none.
export async function cancelPendingLeave(db: Sql, employeeId: string, lastDay: string): Promise<AccessChangeRecord | undefined> {
  return firstRow<AccessChangeRecord>(
    db,
    `UPDATE access_changes SET status = 'CANCELLED', settled_at = now() WHERE employee_id = $1 AND kind = 'LEAVE' AND effective_date = $2 AND status = 'PENDING' RETURNING ${CHANGE_COLUMNS}`,
    [employeeId, lastDay],
  );
}

export function listChanges(db: Sql, filter: { status: AccessChangeStatus | null; employeeId: string | null }): Promise<AccessChangeRecord[]> {
  const params = new SqlParams();
  const clauses: string[] = [];
  if (filter.status) clauses.push(`status = ${params.add(filter.status)}`);
  if (filter.employeeId) clauses.push(`employee_id = ${params.add(filter.employeeId)}::uuid`);
  return rows<AccessChangeRecord>(db, `SELECT ${CHANGE_COLUMNS} FROM access_changes ${whereClause(clauses)} ORDER BY due_at, id LIMIT 500`, params.values);
}

// True the first time a fact is recorded for this employment (its start or last day).
export async function recordFact(db: Sql, employeeId: string, fact: 'ONBOARDED' | 'OFFBOARDED', onDate: string): Promise<boolean> {
  const row = await firstRow(db, `INSERT INTO access_lifecycle_facts (employee_id, fact, on_date) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING employee_id`, [employeeId, fact, onDate]);
  return row !== undefined;
}

// --- Access review decisions ----------------------------------------------------------------------


export async function recordDecision(db: Sql, decision: Omit<AccessReviewDecisionRecord, 'decidedAt'>): Promise<void> {
  await db.query(`INSERT INTO access_review_decisions (account_id, finding, decision, reason, decided_by) VALUES ($1, $2, $3, $4, $5)`, [
    decision.accountId,
    decision.finding,
    decision.decision,
    decision.reason,
    decision.decidedBy,
  ]);
}

// Accounts whose finding of this kind someone confirmed: the review shows them no more.
export async function confirmedFindings(db: Sql): Promise<Set<string>> {
  const found = await rows<{ key: string }>(db, `SELECT DISTINCT account_id || '|' || finding AS key FROM access_review_decisions WHERE decision = 'CONFIRMED'`);
  return new Set(found.map((row) => row.key));
}

export function decisionsOfAccounts(db: Sql, accountIds: readonly string[]): Promise<AccessReviewDecisionRecord[]> {
  return rows<AccessReviewDecisionRecord>(
    db,
    `SELECT account_id AS "accountId", finding, decision, reason, decided_by AS "decidedBy", decided_at AS "decidedAt" FROM access_review_decisions WHERE account_id = ANY($1::uuid[]) ORDER BY decided_at, id`,
    [uuidsOnly(accountIds)],
  );
}

export const findingKey = (accountId: string, kind: AccessFindingKind) => `${accountId}|${kind}`;
