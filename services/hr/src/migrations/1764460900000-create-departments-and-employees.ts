import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateDepartmentsAndEmployees1764460900000 implements MigrationInterface {
  name = 'CreateDepartmentsAndEmployees1764460900000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE departments (
        id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code        text NOT NULL UNIQUE CHECK (code ~ '^[A-Z0-9-]{2,12}$'),
        name        text NOT NULL CHECK (length(name) BETWEEN 1 AND 120),
        created_at  timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE SEQUENCE employee_number_seq START 1`);
    await queryRunner.query(`
      CREATE TABLE employees (
        id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        employee_number  text NOT NULL UNIQUE,
        first_name       text NOT NULL,
        last_name        text NOT NULL,
        email            text NOT NULL,
        title            text NOT NULL,
        employment_type  text NOT NULL CHECK (employment_type IN ('FULL_TIME', 'PART_TIME', 'CONTRACTOR')),
        department_id    uuid NOT NULL REFERENCES departments (id),
        manager_id       uuid REFERENCES employees (id),
        start_date       date NOT NULL,
        status           text NOT NULL CHECK (status IN ('ACTIVE', 'ON_LEAVE', 'TERMINATED')),
        version          int NOT NULL DEFAULT 1,
        created_at       timestamptz NOT NULL DEFAULT now(),
        updated_at       timestamptz NOT NULL DEFAULT now()
      )`);
    // Work emails are unique regardless of case.
    await queryRunner.query(`CREATE UNIQUE INDEX employees_email_unique ON employees (lower(email))`);
    await queryRunner.query(`CREATE INDEX employees_department ON employees (department_id)`);
    await queryRunner.query(`CREATE INDEX employees_manager ON employees (manager_id)`);
    await queryRunner.query(`
      CREATE TABLE compensations (
        id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        employee_id     uuid NOT NULL REFERENCES employees (id),
        amount          numeric(14, 2) NOT NULL CHECK (amount > 0),
        currency        char(3) NOT NULL,
        pay_frequency   text NOT NULL CHECK (pay_frequency IN ('ANNUAL', 'MONTHLY', 'HOURLY')),
        effective_date  date NOT NULL,
        reason          text,
        created_at      timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX compensations_in_force ON compensations (employee_id, effective_date DESC, created_at DESC)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE compensations, employees, departments`);
    await queryRunner.query(`DROP SEQUENCE employee_number_seq`);
  }
}
