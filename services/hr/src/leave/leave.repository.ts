import { afterCursorClause, firstRow, keysetPage, lockNamed, orderAndLimit, rows, SqlParams, uuidsOnly, whereClause, type KeysetOrder, type Sql } from '@backoffice/platform/sql';
import type { LeaveBalanceRecord, LeaveRequestRecord, LeaveStatus, LeaveTypeRecord } from './leave.record';

const REQUEST_COLUMNS = `l.id, l.employee_id AS "employeeId", l.leave_type AS "leaveType",
  to_char(l.start_date, 'YYYY-MM-DD') AS "startDate", to_char(l.end_date, 'YYYY-MM-DD') AS "endDate",
  l.start_half_day AS "startHalfDay", l.end_half_day AS "endHalfDay", l.days::text AS days, l.status,
  l.needs_hr_approval AS "needsHrApproval", l.manager_approved_by AS "managerApprovedBy", l.manager_approved_at AS "managerApprovedAt",
  l.decided_by AS "decidedBy", l.decided_at AS "decidedAt", l.decision_reason AS "decisionReason",
  l.requested_by AS "requestedBy", l.version, l.created_at AS "createdAt",
  (SELECT t.unpaid FROM leave_types t WHERE t.code = l.leave_type) AS unpaid`;

export async function leaveTypes(db: Sql): Promise<LeaveTypeRecord[]> {
  return (await rows(db, `SELECT code, name, unpaid, uses_allocation AS "usesAllocation" FROM leave_types ORDER BY code`)) as LeaveTypeRecord[];
}

export async function holidaysBetween(db: Sql, from: string, to: string): Promise<Array<{ date: string; name: string }>> {
  return (await rows(db, `SELECT to_char(date, 'YYYY-MM-DD') AS date, name FROM holidays WHERE date BETWEEN $1 AND $2 ORDER BY date`, [from, to])) as Array<{ date: string; name: string }>;
}

export async function insertHoliday(db: Sql, date: string, name: string): Promise<boolean> {
  const inserted = await rows(db, `INSERT INTO holidays (date, name) VALUES ($1, $2) ON CONFLICT (date) DO NOTHING RETURNING date`, [date, name]);
  return inserted.length > 0;
}

// Serialises everything that books or returns one employee's leave, across service replicas:
// the balance and overlap checks then see every earlier booking.
export async function lockEmployeeLeave(db: Sql, employeeId: string): Promise<void> {
  await lockNamed(db, `leave:${employeeId}`);
}

export async function findLeaveRequests(db: Sql, ids: readonly string[]): Promise<LeaveRequestRecord[]> {
  return rows<LeaveRequestRecord>(db, `SELECT ${REQUEST_COLUMNS} FROM leave_requests l WHERE l.id = ANY($1::uuid[])`, [uuidsOnly(ids)]);
}

export async function openRequestsOverlapping(db: Sql, employeeId: string, from: string, to: string): Promise<LeaveRequestRecord[]> {
  return (await rows(db, `SELECT ${REQUEST_COLUMNS} FROM leave_requests l
     WHERE l.employee_id = $1 AND l.status IN ('PENDING', 'APPROVED') AND l.start_date <= $3 AND l.end_date >= $2`,
    [employeeId, from, to],
  )) as LeaveRequestRecord[];
}

export async function insertLeaveRequest(
  db: Sql,
  request: Pick<LeaveRequestRecord, 'employeeId' | 'leaveType' | 'startDate' | 'endDate' | 'startHalfDay' | 'endHalfDay' | 'days' | 'needsHrApproval' | 'requestedBy'>,
): Promise<string> {
  const [row] = (await rows(db, `INSERT INTO leave_requests (employee_id, leave_type, start_date, end_date, start_half_day, end_half_day, days, needs_hr_approval, requested_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
    [request.employeeId, request.leaveType, request.startDate, request.endDate, request.startHalfDay, request.endHalfDay, request.days, request.needsHrApproval, request.requestedBy],
  )) as Array<{ id: string }>;
  return row!.id;
}

// A decision applies only to a request still in the state the decider saw: of two
// concurrent approvals, exactly one changes the row.
export async function transition(
  db: Sql,
  id: string,
  from: LeaveStatus,
  change: { status: LeaveStatus; decidedBy?: string | null; decisionReason?: string | null; managerApprovedBy?: string | null; expectedVersion?: number | null },
): Promise<LeaveRequestRecord | undefined> {
  const [row] = await rows<LeaveRequestRecord>(
    db,
    `UPDATE leave_requests l SET status = $3,
       decided_by = CASE WHEN $3 <> 'PENDING' THEN $4 ELSE decided_by END,
       decided_at = CASE WHEN $3 <> 'PENDING' THEN now() ELSE decided_at END,
       decision_reason = COALESCE($5, decision_reason),
       manager_approved_by = COALESCE($6, manager_approved_by),
       manager_approved_at = CASE WHEN $6::text IS NOT NULL THEN now() ELSE manager_approved_at END,
       version = version + 1
     WHERE l.id = $1 AND l.status = $2 AND ($7::int IS NULL OR l.version = $7) AND ($6::text IS NULL OR l.manager_approved_by IS NULL)
     RETURNING ${REQUEST_COLUMNS}`,
    [id, from, change.status, change.decidedBy ?? null, change.decisionReason ?? null, change.managerApprovedBy ?? null, change.expectedVersion ?? null],
  );
  return row;
}

// Cuts approved leave back to a new last day (which ends the whole day) with its new count.
// Who approved it and why stay as they were; the audit row and the event say who cut it.
export async function shortenApproved(db: Sql, id: string, endDate: string, days: string): Promise<LeaveRequestRecord | undefined> {
  const [row] = await rows<LeaveRequestRecord>(
    db,
    `UPDATE leave_requests l SET end_date = $2, end_half_day = false, days = $3, version = version + 1
     WHERE l.id = $1 AND l.status = 'APPROVED' AND l.end_date > $2
     RETURNING ${REQUEST_COLUMNS}`,
    [id, endDate, days],
  );
  return row;
}

export async function insertLedgerEntry(
  db: Sql,
  entry: { employeeId: string; leaveType: string; year: number; entryType: 'ALLOCATION' | 'TAKEN' | 'RETURNED' | 'SHORTENED' | 'ADJUSTMENT'; days: string; leaveRequestId: string | null; note: string | null; actor: string },
): Promise<void> {
  await rows(db,
    `INSERT INTO leave_ledger (employee_id, leave_type, year, entry_type, days, leave_request_id, note, actor) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [entry.employeeId, entry.leaveType, entry.year, entry.entryType, entry.days, entry.leaveRequestId, entry.note, entry.actor],
  );
}

// The balance is computed from the ledger and the pending requests, never stored.
export async function balances(db: Sql, employeeId: string, year: number): Promise<LeaveBalanceRecord[]> {
  return (await rows(db, `WITH ledger AS (
       SELECT leave_type,
              sum(days) FILTER (WHERE entry_type = 'ALLOCATION') AS allocated,
              sum(days) FILTER (WHERE entry_type = 'ADJUSTMENT') AS adjusted,
              -sum(days) FILTER (WHERE entry_type IN ('TAKEN', 'RETURNED', 'SHORTENED')) AS taken
       FROM leave_ledger WHERE employee_id = $1 AND year = $2 GROUP BY leave_type
     ), pending AS (
       SELECT leave_type, sum(days) AS pending FROM leave_requests
       WHERE employee_id = $1 AND status = 'PENDING' AND extract(year FROM start_date) = $2 GROUP BY leave_type
     )
     SELECT t.code AS "leaveType", $2::int AS year,
            COALESCE(l.allocated, 0)::text AS allocated, COALESCE(l.adjusted, 0)::text AS adjusted,
            COALESCE(l.taken, 0)::text AS taken, COALESCE(p.pending, 0)::text AS pending,
            (COALESCE(l.allocated, 0) + COALESCE(l.adjusted, 0) - COALESCE(l.taken, 0) - COALESCE(p.pending, 0))::text AS available
     FROM leave_types t LEFT JOIN ledger l ON l.leave_type = t.code LEFT JOIN pending p ON p.leave_type = t.code
     ORDER BY t.code`,
    [employeeId, year],
  )) as LeaveBalanceRecord[];
}

export type LeaveFilter = { employeeIds?: string[] | null; status?: LeaveStatus | null; from?: string | null; to?: string | null; awaitingManagerOf?: string | null; awaitingHr?: boolean };

function filterClauses(filter: LeaveFilter, params: SqlParams): string[] {
  const clauses: string[] = [];
  if (filter.employeeIds) clauses.push(`l.employee_id = ANY(${params.add(filter.employeeIds)}::uuid[])`);
  if (filter.status) clauses.push(`l.status = ${params.add(filter.status)}`);
  if (filter.from) clauses.push(`l.end_date >= ${params.add(filter.from)}::date`);
  if (filter.to) clauses.push(`l.start_date <= ${params.add(filter.to)}::date`);
  // A line manager's queue: pending requests of their reports that still need their decision.
  if (filter.awaitingManagerOf) {
    clauses.push(
      `l.status = 'PENDING' AND l.manager_approved_by IS NULL AND EXISTS (SELECT 1 FROM employee_records r WHERE r.id = l.employee_id AND r.manager_id = ${params.add(filter.awaitingManagerOf)}::uuid)`,
    );
  }
  // HR's queue: long leave the line manager has approved, and leave of people with no line
  // manager (or one who has left), whom only HR can decide.
  if (filter.awaitingHr) {
    clauses.push(`l.status = 'PENDING' AND (
      (l.needs_hr_approval AND l.manager_approved_by IS NOT NULL)
      OR NOT EXISTS (SELECT 1 FROM employee_records r JOIN employee_records m ON m.id = r.manager_id
                     WHERE r.id = l.employee_id AND m.status <> 'TERMINATED'))`);
  }
  return clauses;
}

// Oldest start first; the cursor carries (start date, id).
const BY_START_DATE: KeysetOrder = { sortText: `to_char(l.start_date, 'YYYY-MM-DD')`, sortColumn: 'l.start_date', idColumn: 'l.id', direction: 'ASC' };

export async function listLeaveRequests(db: Sql, filter: LeaveFilter, first: number, after: string | null) {
  const params = new SqlParams();
  const clauses = filterClauses(filter, params);
  const count = await firstRow<{ count: number }>(db, `SELECT count(*)::int AS count FROM leave_requests l ${whereClause(clauses)}`, params.values);
  const afterCursor = afterCursorClause(params, BY_START_DATE, after);
  const selected = await rows<LeaveRequestRecord & { sortValue: string }>(
    db,
    `SELECT ${REQUEST_COLUMNS}, ${BY_START_DATE.sortText} AS "sortValue" FROM leave_requests l ${whereClause(afterCursor ? [...clauses, afterCursor] : clauses)} ${orderAndLimit(params, BY_START_DATE, first)}`,
    params.values,
  );
  return { ...keysetPage(selected, first, (row) => row), totalCount: count?.count ?? 0 };
}

// Requests the employee's latest termination withdrew or shortened: written with its note, in
// its transaction (the same xmin as its history row), so an earlier termination on the same
// date that was withdrawn, or a person's reason that happens to read the same, is not counted.
export async function requestsSettledWith(db: Sql, employeeId: string, note: string): Promise<string[]> {
  const settled = await rows<{ id: string }>(
    db,
    `WITH termination AS (
       SELECT c.xmin AS tx FROM employee_changes c WHERE c.employee_id = $1 AND c.action = 'terminated' ORDER BY c.id DESC LIMIT 1
     )
     SELECT l.id FROM leave_requests l CROSS JOIN termination t
     WHERE l.employee_id = $1 AND (
       (l.status = 'CANCELLED' AND l.decision_reason = $2 AND l.xmin = t.tx)
       OR EXISTS (SELECT 1 FROM leave_ledger e WHERE e.leave_request_id = l.id AND e.entry_type = 'SHORTENED' AND e.note = $2 AND e.xmin = t.tx))
     ORDER BY l.start_date, l.id`,
    [employeeId, note],
  );
  return settled.map((row) => row.id);
}

// Changes to the calendar are serialised: a holiday's events keep the order of its changes,
// also against the backfill that publishes holidays recorded before the topic existed.
export function lockCalendar(tx: Sql): Promise<void> {
  return lockNamed(tx, 'hr:calendar');
}

export async function deleteHoliday(db: Sql, date: string): Promise<{ date: string; name: string } | undefined> {
  return firstRow<{ date: string; name: string }>(db, `DELETE FROM holidays WHERE date = $1 RETURNING to_char(date, 'YYYY-MM-DD') AS date, name`, [date]);
}

// Holidays no calendar event was ever recorded for (the outbox's sequence per date tells).
export function holidaysNeverPublished(db: Sql): Promise<Array<{ date: string; name: string }>> {
  return rows<{ date: string; name: string }>(
    db,
    `SELECT to_char(h.date, 'YYYY-MM-DD') AS date, h.name FROM holidays h
     WHERE NOT EXISTS (SELECT 1 FROM event_sequences s WHERE s.aggregate_type = 'hr.calendar.v1' AND s.aggregate_id = to_char(h.date, 'YYYY-MM-DD'))
     ORDER BY h.date`,
  );
}
