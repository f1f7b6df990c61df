import { preparedRows, rows, type Sql } from '@backoffice/platform/sql';
import type { RecordIssueRecord } from './record-issues.record';

// What HR should fix, worked out from the records by set-based queries.
// "The top" is whoever heads a department that has no parent: only they may lack a manager.
// With an employee id, only the issues about that person (an onboarding's HR_RECORD step): the
// people read are then that person and their manager, not the whole company. employee_records
// is read once (materialized): each reference to the view inlines its functions again, and
// planning four of them took 9 ms of the database's CPU on every hire (pg_stat_statements
// under npm run bench's eight hiring clients).
export function findRecordIssues(db: Sql, employeeId: string | null = null): Promise<RecordIssueRecord[]> {
  // The person's check runs on every hire and onboarding step: prepared, so it is planned once.
  return employeeId === null ? rows<RecordIssueRecord>(db, issuesStatement('company')) : preparedRows<RecordIssueRecord>(db, 'person_record_issues', issuesStatement('person'), [employeeId]);
}

function issuesStatement(scope: 'company' | 'person'): string {
  return `
      WITH people AS MATERIALIZED (
             SELECT id, employee_number, first_name, last_name, phone, emergency_contact_name, department_id, manager_id, status
               FROM employee_records
              ${scope === 'person' ? 'WHERE id = $1::uuid OR id = (SELECT manager_id FROM job_in_force($1::uuid, business_today()))' : ''}),
           active AS (SELECT * FROM people WHERE status <> 'TERMINATED'),
           tops AS (SELECT head_employee_id AS id FROM departments WHERE parent_id IS NULL AND status = 'ACTIVE' AND head_employee_id IS NOT NULL),
           issues AS (
      SELECT 'MISSING_EMERGENCY_CONTACT' AS kind, a.id AS "employeeId", NULL::uuid AS "departmentId",
             a.first_name || ' ' || a.last_name || ' (' || a.employee_number || ') has no emergency contact.' AS message
        FROM active a WHERE a.emergency_contact_name IS NULL
      UNION ALL
      SELECT 'MISSING_PHONE', a.id, NULL, a.first_name || ' ' || a.last_name || ' (' || a.employee_number || ') has no phone number.'
        FROM active a WHERE a.phone IS NULL
      UNION ALL
      SELECT 'NO_MANAGER', a.id, NULL, a.first_name || ' ' || a.last_name || ' (' || a.employee_number || ') reports to no one but is not at the top of the organisation.'
        FROM active a WHERE a.manager_id IS NULL AND a.id NOT IN (SELECT id FROM tops)
      UNION ALL
      SELECT 'TERMINATED_MANAGER', a.id, NULL, a.first_name || ' ' || a.last_name || ' (' || a.employee_number || ') reports to ' || m.first_name || ' ' || m.last_name || ', who has left.'
        FROM active a JOIN people m ON m.id = a.manager_id WHERE m.status = 'TERMINATED'
      UNION ALL
      SELECT 'DEPARTMENT_WITHOUT_HEAD', NULL, d.id, 'Department ' || d.code || ' (' || d.name || ') has no head' || CASE WHEN h.id IS NOT NULL THEN ' (its head has left)' ELSE '' END || '.'
        FROM departments d LEFT JOIN people h ON h.id = d.head_employee_id
        WHERE d.status = 'ACTIVE' AND (h.id IS NULL OR h.status = 'TERMINATED')
      UNION ALL
      SELECT 'HEAD_OUTSIDE_DEPARTMENT', h.id, d.id, 'Department ' || d.code || ' is headed by ' || h.first_name || ' ' || h.last_name || ', who works in another department.'
        FROM departments d JOIN people h ON h.id = d.head_employee_id
        WHERE d.status = 'ACTIVE' AND h.status <> 'TERMINATED' AND h.department_id <> d.id)
      SELECT * FROM issues ${scope === 'person' ? 'WHERE "employeeId" = $1::uuid' : ''}
      ORDER BY 1, 4`;
}
