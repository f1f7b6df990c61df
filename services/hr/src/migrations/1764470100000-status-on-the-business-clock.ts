import type { MigrationInterface, QueryRunner } from 'typeorm';
import { EMPLOYEE_RECORDS_VIEW_WITH_HALF_DAYS } from './1764461600000-status-by-half-day-and-last-day';

// Today's record follows the business clock (the platform's business_today() and
// business_localtimestamp(): the process's clock, in the company's time zone) instead of the
// database server's current_date and localtimestamp. The rules are those of 1764461600000:
// TERMINATED from the day after the last day; ON_LEAVE by half days, noon being the company's.
export const EMPLOYEE_RECORDS_VIEW_ON_THE_BUSINESS_CLOCK = `
      CREATE OR REPLACE VIEW employee_records AS
      SELECT e.*,
             job.department_id,
             job.manager_id,
             job.title,
             CASE WHEN e.termination_date IS NOT NULL AND e.termination_date < business_today() THEN 'TERMINATED'
                  WHEN e.previous_termination_date IS NOT NULL AND e.start_date > business_today() THEN 'TERMINATED'
                  WHEN EXISTS (SELECT 1 FROM leave_status_at(e.id, business_localtimestamp())) THEN 'ON_LEAVE'
                  ELSE 'ACTIVE' END AS status
      FROM employees e
      CROSS JOIN LATERAL job_in_force(e.id, business_today()) job`;

export class StatusOnTheBusinessClock1764470100000 implements MigrationInterface {
  name = 'StatusOnTheBusinessClock1764470100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(EMPLOYEE_RECORDS_VIEW_ON_THE_BUSINESS_CLOCK);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(EMPLOYEE_RECORDS_VIEW_WITH_HALF_DAYS);
  }
}
