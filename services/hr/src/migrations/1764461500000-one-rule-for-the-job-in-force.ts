import type { MigrationInterface, QueryRunner } from 'typeorm';
import { EMPLOYEE_RECORDS_VIEW_WITH_LEAVE } from './1764461200000-create-leave';

export const EMPLOYEE_RECORDS_VIEW_WITH_JOB_IN_FORCE = `
      CREATE OR REPLACE VIEW employee_records AS
      SELECT e.*,
             job.department_id,
             job.manager_id,
             job.title,
             CASE WHEN e.termination_date IS NOT NULL AND e.termination_date <= current_date THEN 'TERMINATED'
                  WHEN e.previous_termination_date IS NOT NULL AND e.start_date > current_date THEN 'TERMINATED'
                  WHEN EXISTS (SELECT 1 FROM leave_requests l WHERE l.employee_id = e.id AND l.status = 'APPROVED'
                                 AND current_date BETWEEN l.start_date AND l.end_date) THEN 'ON_LEAVE'
                  ELSE 'ACTIVE' END AS status
      FROM employees e
      CROSS JOIN LATERAL job_in_force(e.id, current_date) job`;

// "The job in force on a date" in one place: the latest job effective on or before the date;
// before someone's first start, their first job. The employee_records view (today), transfers
// (their effective date) and the reporting-loop check (every date a change takes effect) all
// read it. A one-statement SQL function, so PostgreSQL inlines it into each query's plan.
export class OneRuleForTheJobInForce1764461500000 implements MigrationInterface {
  name = 'OneRuleForTheJobInForce1764461500000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION job_in_force(for_employee uuid, on_date date)
      RETURNS TABLE (department_id uuid, manager_id uuid, title text)
      LANGUAGE sql STABLE
      AS $$
        SELECT a.department_id, a.manager_id, a.title
        FROM job_assignments a
        WHERE a.employee_id = for_employee
        ORDER BY (a.effective_date <= on_date) DESC,
                 CASE WHEN a.effective_date <= on_date THEN a.effective_date END DESC,
                 a.effective_date ASC,
                 a.created_at DESC
        LIMIT 1
      $$`);
    // The same columns and status rules as before; only where the job comes from changes.
    await queryRunner.query(EMPLOYEE_RECORDS_VIEW_WITH_JOB_IN_FORCE);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(EMPLOYEE_RECORDS_VIEW_WITH_LEAVE);
    await queryRunner.query(`DROP FUNCTION job_in_force(uuid, date)`);
  }
}
