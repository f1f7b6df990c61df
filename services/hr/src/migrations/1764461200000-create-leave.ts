import type { MigrationInterface, QueryRunner } from 'typeorm';
import { EMPLOYEE_RECORDS_VIEW, employeeRecordsView } from './1764460900000-create-hr-records';

export const EMPLOYEE_RECORDS_VIEW_WITH_LEAVE = employeeRecordsView(`WHEN EXISTS (SELECT 1 FROM leave_requests l WHERE l.employee_id = e.id AND l.status = 'APPROVED'
                                          AND current_date BETWEEN l.start_date AND l.end_date) THEN 'ON_LEAVE'`);

// Leave: types, the holiday calendar, requests, and the balance as a ledger of allocations,
// taken days and adjustments — never a number edited in place.
export class CreateLeave1764461200000 implements MigrationInterface {
  name = 'CreateLeave1764461200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE leave_types (
        code            text PRIMARY KEY CHECK (code ~ '^[A-Z_]{2,20}$'),
        name            text NOT NULL,
        unpaid          boolean NOT NULL DEFAULT false,
        -- Unpaid leave is not drawn from an allocation.
        uses_allocation boolean NOT NULL DEFAULT true
      )`);
    await queryRunner.query(`
      INSERT INTO leave_types (code, name, unpaid, uses_allocation) VALUES
        ('VACATION', 'Vacation', false, true),
        ('SICK', 'Sick leave', false, true),
        ('PARENTAL', 'Parental leave', false, true),
        ('STUDY', 'Study leave', false, true),
        ('UNPAID', 'Unpaid leave', true, false)`);
    await queryRunner.query(`
      CREATE TABLE holidays (
        date  date PRIMARY KEY,
        name  text NOT NULL
      )`);
    await queryRunner.query(`
      CREATE TABLE leave_requests (
        id                   uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        employee_id          uuid NOT NULL REFERENCES employees (id),
        leave_type           text NOT NULL REFERENCES leave_types (code),
        start_date           date NOT NULL,
        end_date             date NOT NULL,
        -- The first day starts at noon / the last day ends at noon.
        start_half_day       boolean NOT NULL DEFAULT false,
        end_half_day         boolean NOT NULL DEFAULT false,
        days                 numeric(5, 1) NOT NULL CHECK (days > 0 AND days * 2 = trunc(days * 2)),
        status               text NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'APPROVED', 'REJECTED', 'CANCELLED')),
        needs_hr_approval    boolean NOT NULL,
        manager_approved_by  text,
        manager_approved_at  timestamptz,
        decided_by           text,
        decided_at           timestamptz,
        decision_reason      text,
        requested_by         text NOT NULL,
        version              int NOT NULL DEFAULT 1,
        created_at           timestamptz NOT NULL DEFAULT clock_timestamp(),
        CHECK (end_date >= start_date),
        CHECK (extract(year FROM start_date) = extract(year FROM end_date))
      )`);
    await queryRunner.query(`CREATE INDEX leave_requests_by_employee ON leave_requests (employee_id, start_date)`);
    await queryRunner.query(`CREATE INDEX leave_requests_open ON leave_requests (status) WHERE status = 'PENDING'`);
    await queryRunner.query(`
      CREATE TABLE leave_ledger (
        id                bigserial PRIMARY KEY,
        employee_id       uuid NOT NULL REFERENCES employees (id),
        leave_type        text NOT NULL REFERENCES leave_types (code),
        year              int NOT NULL,
        entry_type        text NOT NULL CHECK (entry_type IN ('ALLOCATION', 'TAKEN', 'RETURNED', 'ADJUSTMENT')),
        -- Signed: allocations and returned days add, taken days subtract.
        days              numeric(5, 1) NOT NULL,
        leave_request_id  uuid REFERENCES leave_requests (id),
        note              text,
        actor             text NOT NULL,
        created_at        timestamptz NOT NULL DEFAULT clock_timestamp()
      )`);
    await queryRunner.query(`CREATE INDEX leave_ledger_balance ON leave_ledger (employee_id, year, leave_type)`);
    // One taken entry per approved request, even if two approvals race past other checks.
    await queryRunner.query(`CREATE UNIQUE INDEX leave_ledger_taken_once ON leave_ledger (leave_request_id, entry_type) WHERE leave_request_id IS NOT NULL`);
    // ON_LEAVE is derived: approved leave covering today.
    await queryRunner.query(EMPLOYEE_RECORDS_VIEW_WITH_LEAVE);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP VIEW employee_records`);
    await queryRunner.query(`DROP TABLE leave_ledger, leave_requests, holidays, leave_types`);
    await queryRunner.query(EMPLOYEE_RECORDS_VIEW);
  }
}
