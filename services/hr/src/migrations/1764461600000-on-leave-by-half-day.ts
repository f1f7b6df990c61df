import type { MigrationInterface, QueryRunner } from 'typeorm';
import { EMPLOYEE_RECORDS_VIEW_WITH_JOB_IN_FORCE } from './1764461500000-one-rule-for-the-job-in-force';

// ON_LEAVE follows half days: leave that starts at noon shows from noon, leave that ends at
// noon shows until noon (the service's clock, UTC). Each day is two slots, morning and
// afternoon, counted as in services/hr/src/leave/working-days.ts; someone is on leave while
// the current slot lies in an approved request's slots. One day that is both "from noon" and
// "until noon" is the afternoon, as the day count has it.
export class OnLeaveByHalfDay1764461600000 implements MigrationInterface {
  name = 'OnLeaveByHalfDay1764461600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE OR REPLACE VIEW employee_records AS
      SELECT e.*,
             job.department_id,
             job.manager_id,
             job.title,
             CASE WHEN e.termination_date IS NOT NULL AND e.termination_date <= current_date THEN 'TERMINATED'
                  WHEN e.previous_termination_date IS NOT NULL AND e.start_date > current_date THEN 'TERMINATED'
                  WHEN EXISTS (
                    SELECT 1 FROM leave_requests l
                    WHERE l.employee_id = e.id AND l.status = 'APPROVED' AND current_date BETWEEN l.start_date AND l.end_date
                      AND NOT (current_date = l.start_date AND l.start_half_day AND localtime < time '12:00')
                      AND NOT (current_date = l.end_date AND l.end_half_day AND NOT (l.start_date = l.end_date AND l.start_half_day)
                               AND localtime >= time '12:00')
                  ) THEN 'ON_LEAVE'
                  ELSE 'ACTIVE' END AS status
      FROM employees e
      CROSS JOIN LATERAL job_in_force(e.id, current_date) job`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(EMPLOYEE_RECORDS_VIEW_WITH_JOB_IN_FORCE);
  }
}
