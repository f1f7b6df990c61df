import type { MigrationInterface, QueryRunner } from 'typeorm';
import { EMPLOYEE_RECORDS_VIEW_WITH_JOB_IN_FORCE } from './1764461500000-one-rule-for-the-job-in-force';

export const EMPLOYEE_RECORDS_VIEW_WITH_HALF_DAYS = `
      CREATE OR REPLACE VIEW employee_records AS
      SELECT e.*,
             job.department_id,
             job.manager_id,
             job.title,
             CASE WHEN e.termination_date IS NOT NULL AND e.termination_date < current_date THEN 'TERMINATED'
                  WHEN e.previous_termination_date IS NOT NULL AND e.start_date > current_date THEN 'TERMINATED'
                  WHEN EXISTS (SELECT 1 FROM leave_status_at(e.id, localtimestamp)) THEN 'ON_LEAVE'
                  ELSE 'ACTIVE' END AS status
      FROM employees e
      CROSS JOIN LATERAL job_in_force(e.id, current_date) job`;

// Status, precisely:
// - The termination date is the employee's last day: they are TERMINATED from the day after
//   (leave may run up to it, a rehire starts after it).
// - ON_LEAVE follows half days: leave that starts at noon shows from noon, leave that ends at
//   noon shows until noon (the service's clock, UTC). Each day is two slots, morning and
//   afternoon, counted as in services/hr/src/leave/working-days.ts; one day that is both
//   "from noon" and "until noon" is the afternoon, as the day count has it.
// leave_status_at takes the instant, so the rule can be checked at any hour; the view asks
// it about now. It returns one row when on leave and none otherwise: a one-statement
// set-returning SQL function, which PostgreSQL inlines, so the status costs one index lookup
// per employee returned, as before.
export class StatusByHalfDayAndLastDay1764461600000 implements MigrationInterface {
  name = 'StatusByHalfDayAndLastDay1764461600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION leave_status_at(for_employee uuid, at timestamp)
      RETURNS TABLE (on_leave boolean)
      LANGUAGE sql STABLE
      AS $$
        SELECT true FROM leave_requests l
        WHERE l.employee_id = for_employee AND l.status = 'APPROVED' AND at::date BETWEEN l.start_date AND l.end_date
          AND NOT (at::date = l.start_date AND l.start_half_day AND at::time < time '12:00')
          AND NOT (at::date = l.end_date AND l.end_half_day AND NOT (l.start_date = l.end_date AND l.start_half_day) AND at::time >= time '12:00')
        LIMIT 1
      $$`);
    await queryRunner.query(EMPLOYEE_RECORDS_VIEW_WITH_HALF_DAYS);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(EMPLOYEE_RECORDS_VIEW_WITH_JOB_IN_FORCE);
    await queryRunner.query(`DROP FUNCTION leave_status_at(uuid, timestamp)`);
  }
}
