import type { MigrationInterface, QueryRunner } from 'typeorm';

// Employees keep their identity and personal fields in `employees`; what is effective-dated
// (job: department, manager, title; pay) lives in append-only tables, and the view
// `employee_records` shows what is in force today — derived from the dates, no scheduler.
export class CreateHrRecords1764460900000 implements MigrationInterface {
  name = 'CreateHrRecords1764460900000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE departments (
        id                uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code              text NOT NULL UNIQUE CHECK (code ~ '^[A-Z0-9-]{2,12}$'),
        name              text NOT NULL CHECK (length(name) BETWEEN 1 AND 120),
        parent_id         uuid REFERENCES departments (id),
        head_employee_id  uuid,
        cost_centre_code  text,
        status            text NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('ACTIVE', 'CLOSED')),
        closed_on         date,
        version           int NOT NULL DEFAULT 1,
        created_at        timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE SEQUENCE employee_number_seq START 1`);
    await queryRunner.query(`
      CREATE TABLE employees (
        id                              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        employee_number                 text NOT NULL UNIQUE,
        first_name                      text NOT NULL,
        last_name                       text NOT NULL,
        email                           text NOT NULL,
        phone                           text,
        work_location                   text,
        employment_type                 text NOT NULL CHECK (employment_type IN ('FULL_TIME', 'PART_TIME', 'CONTRACTOR')),
        start_date                      date NOT NULL,
        termination_date                date,
        termination_reason              text,
        -- Kept when someone is rehired with a future start date: until then they have left.
        previous_termination_date       date,
        emergency_contact_name          text,
        emergency_contact_relationship  text,
        emergency_contact_phone         text,
        version                         int NOT NULL DEFAULT 1,
        created_at                      timestamptz NOT NULL DEFAULT now(),
        updated_at                      timestamptz NOT NULL DEFAULT now(),
        CHECK (termination_date IS NULL OR termination_date >= start_date)
      )`);
    // Work emails are unique regardless of case.
    await queryRunner.query(`CREATE UNIQUE INDEX employees_email_unique ON employees (lower(email))`);
    await queryRunner.query(`ALTER TABLE departments ADD CONSTRAINT departments_head_fk FOREIGN KEY (head_employee_id) REFERENCES employees (id)`);
    await queryRunner.query(`
      CREATE TABLE job_assignments (
        id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        employee_id     uuid NOT NULL REFERENCES employees (id),
        department_id   uuid NOT NULL REFERENCES departments (id),
        manager_id      uuid REFERENCES employees (id),
        title           text NOT NULL,
        effective_date  date NOT NULL,
        reason          text,
        created_at      timestamptz NOT NULL DEFAULT clock_timestamp(),
        CHECK (manager_id IS DISTINCT FROM employee_id)
      )`);
    await queryRunner.query(`CREATE INDEX job_assignments_in_force ON job_assignments (employee_id, effective_date DESC, created_at DESC)`);
    await queryRunner.query(`CREATE INDEX job_assignments_manager ON job_assignments (manager_id)`);
    await queryRunner.query(`CREATE INDEX job_assignments_department ON job_assignments (department_id)`);
    await queryRunner.query(`
      CREATE TABLE compensations (
        id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        employee_id     uuid NOT NULL REFERENCES employees (id),
        amount          numeric(14, 2) NOT NULL CHECK (amount > 0),
        currency        char(3) NOT NULL,
        pay_frequency   text NOT NULL CHECK (pay_frequency IN ('ANNUAL', 'MONTHLY', 'HOURLY')),
        effective_date  date NOT NULL,
        reason          text,
        created_at      timestamptz NOT NULL DEFAULT clock_timestamp()
      )`);
    await queryRunner.query(`CREATE INDEX compensations_in_force ON compensations (employee_id, effective_date DESC, created_at DESC)`);
    await queryRunner.query(`
      CREATE TABLE employee_changes (
        id              bigserial PRIMARY KEY,
        employee_id     uuid NOT NULL REFERENCES employees (id),
        action          text NOT NULL,
        changes         jsonb NOT NULL,
        effective_date  date NOT NULL,
        actor           text NOT NULL,
        recorded_at     timestamptz NOT NULL DEFAULT clock_timestamp()
      )`);
    await queryRunner.query(`CREATE INDEX employee_changes_by_employee ON employee_changes (employee_id, id DESC)`);
    await queryRunner.query(EMPLOYEE_RECORDS_VIEW);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP VIEW employee_records`);
    await queryRunner.query(`ALTER TABLE departments DROP CONSTRAINT departments_head_fk`);
    await queryRunner.query(`DROP TABLE employee_changes, compensations, job_assignments, employees, departments`);
    await queryRunner.query(`DROP SEQUENCE employee_number_seq`);
  }
}

// The job in force today is the latest one effective on or before today; someone hired
// with a future start date shows their first job until then.
// Status as of today, as this first migration wrote it: TERMINATED from the last day itself, and
// until a rehire's new start date. Migration 1764461600000 makes the last day a working day
// (TERMINATED from the day after); this text stays as it was, for down() to restore.
// `onLeave` adds the ON_LEAVE case once leave exists (a later migration).
export function employmentStatus(onLeave: string): string {
  return `CASE WHEN e.termination_date IS NOT NULL AND e.termination_date <= current_date THEN 'TERMINATED'
              WHEN e.previous_termination_date IS NOT NULL AND e.start_date > current_date THEN 'TERMINATED'
              ${onLeave}
              ELSE 'ACTIVE' END AS status`;
}

export const EMPLOYEE_RECORDS_VIEW = employeeRecordsView('');

export function employeeRecordsView(onLeave: string): string {
  return `
  CREATE OR REPLACE VIEW employee_records AS
  SELECT e.*,
         job.department_id,
         job.manager_id,
         job.title,
         ${employmentStatus(onLeave)}
  FROM employees e
  CROSS JOIN LATERAL (
    SELECT a.department_id, a.manager_id, a.title
    FROM job_assignments a
    WHERE a.employee_id = e.id
    ORDER BY (a.effective_date <= current_date) DESC,
             CASE WHEN a.effective_date <= current_date THEN a.effective_date END DESC,
             a.effective_date ASC,
             a.created_at DESC
    LIMIT 1
  ) job`;
}
