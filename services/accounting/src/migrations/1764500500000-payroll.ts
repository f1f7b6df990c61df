import type { MigrationInterface, QueryRunner } from 'typeorm';

// Payroll runs: a month's gross pay per person, computed from the workforce projection, approved
// by someone other than its preparer and posted once. A correction after posting is an ADJUSTMENT
// run for the same month holding the differences. The lines of posted runs are the payslips.
export class Payroll1764500500000 implements MigrationInterface {
  name = 'Payroll1764500500000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE payroll_runs (
        id                uuid PRIMARY KEY,
        period            date NOT NULL CHECK (extract(day FROM period) = 1),
        kind              text NOT NULL CHECK (kind IN ('REGULAR', 'ADJUSTMENT')),
        status            text NOT NULL CHECK (status IN ('DRAFT', 'APPROVED', 'POSTED')),
        headcount         int NOT NULL,
        total             numeric(18, 2) NOT NULL,
        prepared_by       text NOT NULL,
        prepared_at       timestamptz NOT NULL,
        approved_by       text,
        approved_at       timestamptz,
        journal_entry_id  uuid REFERENCES journal_entries (id),
        posted_at         timestamptz,
        version           int NOT NULL,
        CHECK ((status = 'DRAFT') = (approved_by IS NULL)),
        CHECK (approved_by IS DISTINCT FROM prepared_by),
        CHECK ((status = 'POSTED') = (posted_at IS NOT NULL))
      )`);
    // One regular run posted per month; one run in preparation per month at a time.
    await queryRunner.query(`CREATE UNIQUE INDEX payroll_runs_posted_regular ON payroll_runs (period) WHERE kind = 'REGULAR' AND status = 'POSTED'`);
    await queryRunner.query(`CREATE UNIQUE INDEX payroll_runs_open ON payroll_runs (period) WHERE status <> 'POSTED'`);
    await queryRunner.query(`
      CREATE TABLE payroll_lines (
        run_id         uuid NOT NULL REFERENCES payroll_runs (id) ON DELETE CASCADE,
        employee_id    uuid NOT NULL,
        department_id  uuid,
        gross          numeric(18, 2) NOT NULL,
        days_worked    int NOT NULL,
        unpaid_days    numeric(6, 1) NOT NULL,
        pay_in_force   jsonb NOT NULL,
        problems       jsonb NOT NULL,
        final_pay      boolean NOT NULL,
        PRIMARY KEY (run_id, employee_id)
      )`);
    await queryRunner.query(`CREATE INDEX payroll_lines_employee ON payroll_lines (employee_id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE payroll_lines, payroll_runs`);
  }
}
