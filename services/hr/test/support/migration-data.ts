import { seedPlatformTables, type MigrationsData, type QueryRunner } from '@backoffice/testkit/migrations';
import { CreatePlatformTables1764460800000 } from '@backoffice/platform/platform-tables.migration';
import { CreateHrRecords1764460900000 } from '../../src/migrations/1764460900000-create-hr-records';
import { CreateLeave1764461200000 } from '../../src/migrations/1764461200000-create-leave';
import { CarryJobChangesForward1764461300000 } from '../../src/migrations/1764461300000-carry-job-changes-forward';
import { ShortenLeaveAtTermination1764461400000 } from '../../src/migrations/1764461400000-shorten-leave-at-termination';
import { OneRuleForTheJobInForce1764461500000 } from '../../src/migrations/1764461500000-one-rule-for-the-job-in-force';
import { StatusByHalfDayAndLastDay1764461600000 } from '../../src/migrations/1764461600000-status-by-half-day-and-last-day';

// Rows for HR's migration round trip (runMigrationsRoundTrip): after each migration's up(), a
// small company as that schema could hold it, so every later down() runs with data. Dates are
// fixed in 2015-2019 (far past) or relative to the database's current_date, never today's date
// written down. The story: Ada heads Engineering, Grace works for her and resigns with her
// last day inside an approved vacation, which is shortened and returns 3.0 days.

// Fixed ids, so later seeds can refer to earlier rows.
export const ids = {
  engineering: '0d1a5f3e-0001-4000-8000-000000000001',
  platform: '0d1a5f3e-0001-4000-8000-000000000002',
  people: '0d1a5f3e-0001-4000-8000-000000000003',
  operations: '0d1a5f3e-0001-4000-8000-000000000004',
  ada: '0d1a5f3e-0002-4000-8000-000000000001',
  grace: '0d1a5f3e-0002-4000-8000-000000000002',
  hedy: '0d1a5f3e-0002-4000-8000-000000000003',
  alan: '0d1a5f3e-0002-4000-8000-000000000004',
  katherine: '0d1a5f3e-0002-4000-8000-000000000005',
  // Grace's vacation 2019-06-10..14 (5.0 days), shortened at her last day, 2019-06-11.
  graceVacation: '0d1a5f3e-0003-4000-8000-000000000001',
  graceSick: '0d1a5f3e-0003-4000-8000-000000000002',
  // Booked after Grace's last day: withdrawn at her termination.
  graceStudy: '0d1a5f3e-0003-4000-8000-000000000003',
  hedyCancelled: '0d1a5f3e-0003-4000-8000-000000000004',
  hedyHalfDays: '0d1a5f3e-0003-4000-8000-000000000005',
  adaRejected: '0d1a5f3e-0003-4000-8000-000000000006',
  adaPending: '0d1a5f3e-0003-4000-8000-000000000007',
  adaTomorrowAfternoon: '0d1a5f3e-0003-4000-8000-000000000008',
};

// Next year's first Monday in March, and the next working day after today (both from the
// database's current_date, as the service's "today" is UTC).
const NEXT_MARCH_MONDAY = `(SELECT m + (8 - extract(isodow FROM m)::int) % 7 FROM (SELECT make_date(extract(year FROM current_date)::int + 1, 3, 1) AS m) d)`;
const NEXT_WORKING_DAY = `(SELECT current_date + CASE extract(isodow FROM current_date)::int WHEN 5 THEN 3 WHEN 6 THEN 2 ELSE 1 END)`;

async function run(queryRunner: QueryRunner, statements: Array<string | [string, unknown[]]>): Promise<void> {
  for (const statement of statements) {
    if (typeof statement === 'string') await queryRunner.query(statement);
    else await queryRunner.query(statement[0], statement[1]);
  }
}

const hired = (employeeId: string, employeeNumber: string, firstName: string, lastName: string, title: string, departmentId: string, managerId: string | null, startDate: string) => ({
  topic: 'hr.employee.v1',
  type: 'backoffice.hr.employee.hired.v1',
  subject: employeeId,
  entityType: 'employee',
  data: {
    employeeId, employeeNumber, firstName, lastName, email: `${firstName.toLowerCase()}.${lastName.toLowerCase()}@backoffice.dev`,
    title, departmentId, managerId, employmentType: 'FULL_TIME', startDate,
  },
});

// Outbox, sequences and audit of the first hires (HR consumes no topics: no inbox rows).
async function seedPlatform(queryRunner: QueryRunner): Promise<void> {
  await seedPlatformTables(queryRunner, {
    service: 'hr',
    events: [
      hired(ids.ada, 'E00001', 'Ada', 'Lovelace', 'VP Engineering', ids.engineering, null, '2015-03-02'),
      hired(ids.grace, 'E00002', 'Grace', 'Hopper', 'Software Engineer', ids.engineering, ids.ada, '2016-09-01'),
      {
        topic: 'hr.employee.v1', type: 'backoffice.hr.employee.terminated.v1', subject: ids.grace, entityType: 'employee',
        data: { employeeId: ids.grace, terminationDate: '2019-06-11', reason: 'RESIGNATION' },
      },
    ],
  });
}

// Departments (one closed, one nested), five employees (full-time, part-time, a contractor,
// one rehired with a start date ahead), their jobs, pay and history.
async function seedRecords(queryRunner: QueryRunner): Promise<void> {
  await run(queryRunner, [
    [`INSERT INTO departments (id, code, name, parent_id, cost_centre_code) VALUES ($1, 'ENG', 'Engineering', NULL, 'CC-100'), ($2, 'ENG-PLAT', 'Platform', $1, 'CC-110'), ($3, 'PEOPLE', 'People', NULL, 'CC-200')`,
      [ids.engineering, ids.platform, ids.people]],
    [`INSERT INTO departments (id, code, name, status, closed_on, version) VALUES ($1, 'OPS', 'Operations', 'CLOSED', '2018-12-31', 3)`, [ids.operations]],
    [`INSERT INTO employees (id, employee_number, first_name, last_name, email, phone, work_location, employment_type, start_date, emergency_contact_name, emergency_contact_relationship, emergency_contact_phone)
      VALUES ($1, 'E' || lpad(nextval('employee_number_seq')::text, 5, '0'), 'Ada', 'Lovelace', 'ada.lovelace@backoffice.dev', '+44 20 7946 0001', 'London', 'FULL_TIME', '2015-03-02', 'William King', 'Spouse', '+44 20 7946 0101')`, [ids.ada]],
    [`INSERT INTO employees (id, employee_number, first_name, last_name, email, work_location, employment_type, start_date)
      VALUES ($1, 'E' || lpad(nextval('employee_number_seq')::text, 5, '0'), 'Grace', 'Hopper', 'grace.hopper@backoffice.dev', 'London', 'FULL_TIME', '2016-09-01')`, [ids.grace]],
    [`INSERT INTO employees (id, employee_number, first_name, last_name, email, work_location, employment_type, start_date)
      VALUES ($1, 'E' || lpad(nextval('employee_number_seq')::text, 5, '0'), 'Hedy', 'Lamarr', 'hedy.lamarr@backoffice.dev', 'Vienna', 'PART_TIME', '2017-01-09')`, [ids.hedy]],
    [`INSERT INTO employees (id, employee_number, first_name, last_name, email, employment_type, start_date)
      VALUES ($1, 'E' || lpad(nextval('employee_number_seq')::text, 5, '0'), 'Alan', 'Turing', 'alan.turing@backoffice.dev', 'CONTRACTOR', current_date - 200)`, [ids.alan]],
    // Left at the end of 2018; rehired, starting in two weeks: TERMINATED until then.
    [`INSERT INTO employees (id, employee_number, first_name, last_name, email, employment_type, start_date, previous_termination_date, version)
      VALUES ($1, 'E' || lpad(nextval('employee_number_seq')::text, 5, '0'), 'Katherine', 'Johnson', 'katherine.johnson@backoffice.dev', 'FULL_TIME', current_date + 14, '2018-12-31', 3)`, [ids.katherine]],
    [`UPDATE departments SET head_employee_id = $1, version = version + 1 WHERE id = $2`, [ids.ada, ids.engineering]],
    [`UPDATE departments SET head_employee_id = $1, version = version + 1 WHERE id = $2`, [ids.hedy, ids.people]],
    [`INSERT INTO job_assignments (employee_id, department_id, manager_id, title, effective_date, reason) VALUES
        ($1, $6, NULL, 'VP Engineering', '2015-03-02', 'hired'),
        ($2, $6, $1, 'Software Engineer', '2016-09-01', 'hired'),
        ($2, $7, $1, 'Senior Software Engineer', '2017-04-03', 'transferred to Platform'),
        ($3, $8, $1, 'HR Partner', '2017-01-09', 'hired'),
        ($4, $7, $2, 'Contract Engineer', current_date - 200, 'hired'),
        ($5, $6, $1, 'Analyst', '2016-02-01', 'hired'),
        ($5, $7, $1, 'Senior Analyst', current_date + 14, 'rehired')`,
      [ids.ada, ids.grace, ids.hedy, ids.alan, ids.katherine, ids.engineering, ids.platform, ids.people]],
    [`INSERT INTO compensations (employee_id, amount, currency, pay_frequency, effective_date, reason) VALUES
        ($1, 120000.00, 'GBP', 'ANNUAL', '2015-03-02', 'hired'),
        ($2, 85000.00, 'GBP', 'ANNUAL', '2016-09-01', 'hired'),
        ($2, 92500.50, 'GBP', 'ANNUAL', '2017-04-03', 'promotion'),
        ($3, 4200.00, 'EUR', 'MONTHLY', '2017-01-09', 'hired'),
        ($4, 85.00, 'GBP', 'HOURLY', current_date - 200, 'hired'),
        ($5, 78000.00, 'USD', 'ANNUAL', current_date + 14, 'rehired')`,
      [ids.ada, ids.grace, ids.hedy, ids.alan, ids.katherine]],
    [`INSERT INTO employee_changes (employee_id, action, changes, effective_date, actor) VALUES
        ($1::uuid, 'hired', '{"firstName": {"from": null, "to": "Ada"}, "title": {"from": null, "to": "VP Engineering"}}', '2015-03-02', 'system'),
        ($2, 'hired', '{"firstName": {"from": null, "to": "Grace"}}', '2016-09-01', $1::text),
        ($2, 'transferred', '{"departmentId": {"from": "${ids.engineering}", "to": "${ids.platform}"}}', '2017-04-03', $1::text),
        ($2, 'salaryChanged', '{"salary": {"from": "85000.00 GBP ANNUAL", "to": "92500.50 GBP ANNUAL"}}', '2017-04-03', $1::text),
        ($3, 'rehired', '{"startDate": {"from": "2016-02-01", "to": null}}', current_date + 14, $1::text)`,
      [ids.ada, ids.grace, ids.katherine]],
  ]);
}

// Holidays, and leave in every state with its ledger: allocations, taken days, a cancellation
// that returned its days, adjustments, a rejection, half days, and a pending request next year.
async function seedLeave(queryRunner: QueryRunner): Promise<void> {
  await run(queryRunner, [
    `INSERT INTO holidays (date, name) VALUES ('2019-01-01', 'New Year''s Day'), ('2019-12-25', 'Christmas Day'), ('2019-12-26', 'Boxing Day'),
       (make_date(extract(year FROM current_date)::int + 1, 1, 1), 'New Year''s Day')`,
    [`INSERT INTO leave_requests (id, employee_id, leave_type, start_date, end_date, start_half_day, end_half_day, days, status, needs_hr_approval,
        manager_approved_by, manager_approved_at, decided_by, decided_at, decision_reason, requested_by, version, created_at) VALUES
        ($1, $7::uuid, 'VACATION', '2019-06-10', '2019-06-14', false, false, 5.0, 'APPROVED', false, $8::text, '2019-05-20 09:00Z', $8::text, '2019-05-20 09:00Z', NULL, $7::text, 2, '2019-05-17 14:00Z'),
        ($2, $7::uuid, 'SICK', '2019-02-04', '2019-02-05', false, false, 2.0, 'APPROVED', false, NULL, NULL, $9::text, '2019-02-06 10:00Z', NULL, $9::text, 2, '2019-02-06 09:30Z'),
        ($3, $7::uuid, 'STUDY', '2019-07-01', '2019-07-03', false, true, 2.5, 'APPROVED', false, $8::text, '2019-05-02 08:00Z', $8::text, '2019-05-02 08:00Z', NULL, $7::text, 2, '2019-05-01 16:00Z'),
        ($4, $9::uuid, 'VACATION', '2019-08-05', '2019-08-09', false, false, 5.0, 'CANCELLED', false, $8::text, '2019-07-01 08:00Z', $9::text, '2019-07-20 12:00Z', 'Trip called off', $9::text, 3, '2019-06-28 11:00Z'),
        ($5, $9::uuid, 'VACATION', '2019-10-14', '2019-10-15', true, false, 1.5, 'APPROVED', false, $8::text, '2019-10-01 08:00Z', $8::text, '2019-10-01 08:00Z', NULL, $9::text, 2, '2019-09-30 17:00Z'),
        ($6, $8::uuid, 'STUDY', '2019-03-11', '2019-03-11', false, false, 1.0, 'REJECTED', false, NULL, NULL, $9::text, '2019-03-01 10:00Z', 'Course moved to the autumn', $8::text, 2, '2019-02-27 10:00Z')`,
      [ids.graceVacation, ids.graceSick, ids.graceStudy, ids.hedyCancelled, ids.hedyHalfDays, ids.adaRejected, ids.grace, ids.ada, ids.hedy]],
    // Long leave next year, waiting for HR.
    [`INSERT INTO leave_requests (id, employee_id, leave_type, start_date, end_date, days, needs_hr_approval, manager_approved_by, manager_approved_at, requested_by)
       SELECT $1::uuid, $2::uuid, 'VACATION', d, d + 2, 3.0, true, NULL, NULL, $2::text FROM ${NEXT_MARCH_MONDAY} AS monday(d)`, [ids.adaPending, ids.ada]],
    [`INSERT INTO leave_ledger (employee_id, leave_type, year, entry_type, days, leave_request_id, note, actor, created_at) VALUES
        ($1, 'VACATION', 2019, 'ALLOCATION', 25.0, NULL, 'yearly allocation', 'system', '2019-01-01 00:00Z'),
        ($1, 'SICK', 2019, 'ALLOCATION', 10.0, NULL, 'yearly allocation', 'system', '2019-01-01 00:00Z'),
        ($1, 'STUDY', 2019, 'ALLOCATION', 5.0, NULL, 'yearly allocation', 'system', '2019-01-01 00:00Z'),
        ($1, 'VACATION', 2019, 'ADJUSTMENT', 2.5, NULL, 'carried over from 2018', $2::text, '2019-01-15 09:00Z'),
        ($1, 'SICK', 2019, 'TAKEN', -2.0, $4, NULL, $3::text, '2019-02-06 10:00Z'),
        ($1, 'STUDY', 2019, 'TAKEN', -2.5, $5, NULL, $2, '2019-05-02 08:00Z'),
        ($1, 'VACATION', 2019, 'TAKEN', -5.0, $6, NULL, $2, '2019-05-20 09:00Z'),
        ($3::uuid, 'VACATION', 2019, 'ALLOCATION', 12.5, NULL, 'yearly allocation (part time)', 'system', '2019-01-01 00:00Z'),
        ($3::uuid, 'VACATION', 2019, 'TAKEN', -5.0, $7, NULL, $2, '2019-07-01 08:00Z'),
        ($3::uuid, 'VACATION', 2019, 'RETURNED', 5.0, $7, 'Trip called off', $3::text, '2019-07-20 12:00Z'),
        ($3::uuid, 'VACATION', 2019, 'TAKEN', -1.5, $8, NULL, $2, '2019-10-01 08:00Z'),
        ($3::uuid, 'VACATION', 2019, 'ADJUSTMENT', -1.0, NULL, 'correction: double allocation in January', $3::text, '2019-11-04 10:00Z'),
        ($2::uuid, 'VACATION', 2019, 'ALLOCATION', 25.0, NULL, 'yearly allocation', 'system', '2019-01-01 00:00Z'),
        ($2::uuid, 'STUDY', 2019, 'ALLOCATION', 5.0, NULL, 'yearly allocation', 'system', '2019-01-01 00:00Z')`,
      [ids.grace, ids.ada, ids.hedy, ids.graceSick, ids.graceStudy, ids.graceVacation, ids.hedyCancelled, ids.hedyHalfDays]],
    [`INSERT INTO leave_ledger (employee_id, leave_type, year, entry_type, days, note, actor)
       SELECT e.id, 'VACATION', y, 'ALLOCATION', a, 'yearly allocation', 'system'
       FROM (VALUES ($1::uuid, 25.0), ($2::uuid, 12.5)) AS e(id, a),
            (VALUES (extract(year FROM current_date)::int), (extract(year FROM current_date)::int + 1)) AS years(y)`, [ids.ada, ids.hedy]],
  ]);
}

// Job changes that set only some fields: a transfer a month ago, a title change ahead.
async function seedJobChanges(queryRunner: QueryRunner): Promise<void> {
  await run(queryRunner, [
    [`INSERT INTO job_assignments (employee_id, department_id, manager_id, title, effective_date, reason, changed_fields) VALUES
        ($1, $3, $4, 'Contract Engineer', current_date - 30, 'moved to Engineering', ARRAY['departmentId', 'managerId']),
        ($2, $5, $4, 'Head of People', current_date + 60, 'promotion', ARRAY['title'])`,
      [ids.alan, ids.hedy, ids.engineering, ids.ada, ids.people]],
    [`INSERT INTO employee_changes (employee_id, action, changes, effective_date, actor) VALUES
        ($1, 'transferred', '{"departmentId": {"from": "${ids.platform}", "to": "${ids.engineering}"}}', current_date - 30, $2)`, [ids.alan, ids.ada]],
  ]);
}

// Grace resigns; her last day, 2019-06-11, falls inside her approved vacation of 2019-06-10..14:
// it is cut back to 2.0 days and the other 3.0 come back as a SHORTENED entry. Her study leave
// after that day is withdrawn and returned. (What settleLeaveAtLastDay writes.)
export const SHORTENED_DAYS = '3.0';
async function seedShortenedLeave(queryRunner: QueryRunner): Promise<void> {
  const reason = 'the employee leaves on 2019-06-11';
  await run(queryRunner, [
    [`UPDATE employees SET termination_date = '2019-06-11', termination_reason = 'RESIGNATION', version = version + 1, updated_at = '2019-05-28 15:00Z' WHERE id = $1`, [ids.grace]],
    [`INSERT INTO employee_changes (employee_id, action, changes, effective_date, actor) VALUES ($1, 'terminated', '{"terminationDate": {"from": null, "to": "2019-06-11"}}', '2019-06-11', $2)`, [ids.grace, ids.hedy]],
    [`UPDATE leave_requests SET end_date = '2019-06-11', end_half_day = false, days = 2.0, version = version + 1 WHERE id = $1 AND status = 'APPROVED'`, [ids.graceVacation]],
    [`INSERT INTO leave_ledger (employee_id, leave_type, year, entry_type, days, leave_request_id, note, actor, created_at)
       VALUES ($1, 'VACATION', 2019, 'SHORTENED', $2, $3, $4, $5, '2019-05-28 15:00Z')`, [ids.grace, SHORTENED_DAYS, ids.graceVacation, reason, ids.hedy]],
    [`UPDATE leave_requests SET status = 'CANCELLED', decided_by = $2, decided_at = '2019-05-28 15:00Z', decision_reason = $3, version = version + 1 WHERE id = $1`, [ids.graceStudy, ids.hedy, reason]],
    [`INSERT INTO leave_ledger (employee_id, leave_type, year, entry_type, days, leave_request_id, note, actor, created_at)
       VALUES ($1, 'STUDY', 2019, 'RETURNED', 2.5, $2, $3, $4, '2019-05-28 15:00Z')`, [ids.grace, ids.graceStudy, reason, ids.hedy]],
    [`INSERT INTO audit_log (occurred_at, actor, action, entity_type, entity_id, changes) VALUES
        ('2019-05-28 15:00Z', $1, 'employee.terminated', 'employee', $2, '{"terminationDate": {"from": null, "to": "2019-06-11"}}'),
        ('2019-05-28 15:00Z', $1, 'leave.shortened', 'leave_request', $3, '{"endDate": {"from": "2019-06-14", "to": "2019-06-11"}, "days": {"from": "5.0", "to": "2.0"}}'),
        ('2019-05-28 15:00Z', $1, 'leave.cancelled', 'leave_request', $4, '{"from": "APPROVED"}')`,
      [ids.hedy, ids.grace, ids.graceVacation, ids.graceStudy]],
  ]);
}

// A job recorded again for the same effective date (a correction: the later row wins).
async function seedJobCorrection(queryRunner: QueryRunner): Promise<void> {
  await queryRunner.query(
    `INSERT INTO job_assignments (employee_id, department_id, manager_id, title, effective_date, reason, changed_fields) VALUES ($1, $2, $3, 'HR Business Partner', '2017-01-09', 'title corrected', ARRAY['title'])`,
    [ids.hedy, ids.people, ids.ada],
  );
}

// Half-day leave on the next working day's afternoon, and a contractor whose last day is today
// (ACTIVE through it under this migration's rule).
async function seedHalfDayAndLastDay(queryRunner: QueryRunner): Promise<void> {
  await run(queryRunner, [
    [`INSERT INTO leave_requests (id, employee_id, leave_type, start_date, end_date, start_half_day, days, status, needs_hr_approval, decided_by, decided_at, requested_by, version)
       SELECT $1::uuid, $2::uuid, 'VACATION', d, d, true, 0.5, 'APPROVED', false, $3::text, now(), $2::text, 2 FROM ${NEXT_WORKING_DAY} AS day(d)`, [ids.adaTomorrowAfternoon, ids.ada, ids.hedy]],
    [`INSERT INTO leave_ledger (employee_id, leave_type, year, entry_type, days, leave_request_id, actor)
       SELECT $1, 'VACATION', extract(year FROM d)::int, 'TAKEN', -0.5, $2, $3 FROM ${NEXT_WORKING_DAY} AS day(d)`, [ids.ada, ids.adaTomorrowAfternoon, ids.hedy]],
    [`UPDATE employees SET termination_date = current_date, termination_reason = 'END_OF_CONTRACT', version = version + 1 WHERE id = $1`, [ids.alan]],
  ]);
}

// Each employee's leave balance by type and year, as services/hr/src/leave/leave.repository.ts's
// balances() computes it (allocated + adjusted - taken - pending; taken counting TAKEN, RETURNED
// and SHORTENED entries), for every employee, type and year with entries or pending requests.
// Written out here rather than imported: it has to run on the schema as it was at this
// migration, not as the repository's query (written for the newest schema) may later need.
export type Balance = { employee: string; leaveType: string; year: number; allocated: string; adjusted: string; taken: string; pending: string; available: string };
export async function leaveBalances(queryRunner: QueryRunner): Promise<Balance[]> {
  return (await queryRunner.query(`
    WITH ledger AS (
      SELECT employee_id, leave_type, year,
             sum(days) FILTER (WHERE entry_type = 'ALLOCATION') AS allocated,
             sum(days) FILTER (WHERE entry_type = 'ADJUSTMENT') AS adjusted,
             -sum(days) FILTER (WHERE entry_type IN ('TAKEN', 'RETURNED', 'SHORTENED')) AS taken
      FROM leave_ledger GROUP BY employee_id, leave_type, year
    ), pending AS (
      SELECT employee_id, leave_type, extract(year FROM start_date)::int AS year, sum(days) AS pending
      FROM leave_requests WHERE status = 'PENDING' GROUP BY employee_id, leave_type, extract(year FROM start_date)
    ), keys AS (
      SELECT employee_id, leave_type, year FROM ledger UNION SELECT employee_id, leave_type, year FROM pending
    )
    SELECT e.employee_number AS employee, k.leave_type AS "leaveType", k.year,
           COALESCE(l.allocated, 0)::text AS allocated, COALESCE(l.adjusted, 0)::text AS adjusted,
           COALESCE(l.taken, 0)::text AS taken, COALESCE(p.pending, 0)::text AS pending,
           (COALESCE(l.allocated, 0) + COALESCE(l.adjusted, 0) - COALESCE(l.taken, 0) - COALESCE(p.pending, 0))::text AS available
    FROM keys k JOIN employees e ON e.id = k.employee_id
    LEFT JOIN ledger l USING (employee_id, leave_type, year) LEFT JOIN pending p USING (employee_id, leave_type, year)
    ORDER BY e.employee_number, k.leave_type, k.year`)) as Balance[];
}

export type LedgerRow = { id: string; employeeId: string; leaveType: string; year: number; entryType: string; days: string; leaveRequestId: string | null; note: string | null; actor: string };
export async function ledgerRows(queryRunner: QueryRunner): Promise<LedgerRow[]> {
  return (await queryRunner.query(`
    SELECT id::text, employee_id AS "employeeId", leave_type AS "leaveType", year, entry_type AS "entryType", days::text,
           leave_request_id AS "leaveRequestId", note, actor
    FROM leave_ledger ORDER BY id`)) as LedgerRow[];
}

export type LeaveState = { balances: Balance[]; ledger: LedgerRow[] };
export const leaveState = async (queryRunner: QueryRunner): Promise<LeaveState> => ({ balances: await leaveBalances(queryRunner), ledger: await ledgerRows(queryRunner) });

// HR's rows by migration name. The check after 1764461400000's down() is the test's own.
export const hrMigrationSeeds: MigrationsData = {
  [CreatePlatformTables1764460800000.name]: { seed: seedPlatform },
  [CreateHrRecords1764460900000.name]: { seed: seedRecords },
  [CreateLeave1764461200000.name]: { seed: seedLeave },
  [CarryJobChangesForward1764461300000.name]: { seed: seedJobChanges },
  [ShortenLeaveAtTermination1764461400000.name]: { seed: seedShortenedLeave },
  [OneRuleForTheJobInForce1764461500000.name]: { seed: seedJobCorrection },
  [StatusByHalfDayAndLastDay1764461600000.name]: { seed: seedHalfDayAndLastDay },
};
