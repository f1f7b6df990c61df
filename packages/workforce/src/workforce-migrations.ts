import type { MigrationInterface, QueryRunner } from 'typeorm';

// The workforce projection's tables, which a service migrates into its own database beside its
// own tables (after the platform's, whose inbox the consumer records in). Only the workforce
// consumer writes them. HR's ids are plain uuids here, never foreign keys: HR's events arrive
// per aggregate in order, not across aggregates (a transfer may name a manager whose hire this
// database has not seen yet).
//
// Rows that an event can replace carry the sequence of that event in its aggregate
// (`event_sequence`), and an event replaces a row only when it is newer: applying an event
// twice, or an older one after a newer one, leaves the row as it was.
export class CreateWorkforceProjection1764480100000 implements MigrationInterface {
  name = 'CreateWorkforceProjection1764480100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // One row per time someone was employed: hired or rehired on start_date, employed through
    // last_day (the termination date, inclusive), or still employed while it is null.
    await queryRunner.query(`
      CREATE TABLE workforce_employment_periods (
        employee_id      uuid NOT NULL,
        start_date       date NOT NULL,
        last_day         date,
        employment_type  text NOT NULL,
        PRIMARY KEY (employee_id, start_date),
        CHECK (last_day IS NULL OR last_day >= start_date)
      )`);
    // Department, line manager and title from an effective date. HR says a scheduled change
    // again when an earlier change is recorded after it: the latest event for a date wins.
    await queryRunner.query(`
      CREATE TABLE workforce_jobs (
        employee_id     uuid NOT NULL,
        effective_date  date NOT NULL,
        department_id   uuid NOT NULL,
        manager_id      uuid,
        title           text NOT NULL,
        event_sequence  bigint NOT NULL,
        PRIMARY KEY (employee_id, effective_date)
      )`);
    // Only for services subscribed to hr.compensation.v1 (accounting); empty elsewhere.
    await queryRunner.query(`
      CREATE TABLE workforce_pay (
        employee_id     uuid NOT NULL,
        effective_date  date NOT NULL,
        amount          numeric(14, 2) NOT NULL,
        currency        char(3) NOT NULL,
        pay_frequency   text NOT NULL,
        event_sequence  bigint NOT NULL,
        PRIMARY KEY (employee_id, effective_date)
      )`);
    // Each leave request as its latest event says (every leave event repeats the whole request).
    // Requests that were never approved are kept too: the row's sequence is what stops an older
    // "approved" from bringing back a request that was cancelled since. Half days are null when
    // the event did not say (version 1): they are then worked out from days when counted.
    await queryRunner.query(`
      CREATE TABLE workforce_leave (
        leave_request_id  uuid PRIMARY KEY,
        employee_id       uuid NOT NULL,
        status            text NOT NULL CHECK (status IN ('PENDING', 'APPROVED', 'REJECTED', 'CANCELLED')),
        start_date        date NOT NULL,
        end_date          date NOT NULL,
        start_half_day    boolean,
        end_half_day      boolean,
        days              numeric(5, 1) NOT NULL,
        unpaid            boolean NOT NULL,
        event_sequence    bigint NOT NULL,
        CHECK (end_date >= start_date)
      )`);
    await queryRunner.query(`CREATE INDEX workforce_leave_approved ON workforce_leave (employee_id, start_date) WHERE status = 'APPROVED'`);
    // The company calendar. A removed holiday stays as a row (observed = false) for the same
    // reason as leave; its name is unknown when the removal is all this database has seen.
    await queryRunner.query(`
      CREATE TABLE workforce_holidays (
        date            date PRIMARY KEY,
        name            text,
        time_zone       text NOT NULL,
        observed        boolean NOT NULL,
        event_sequence  bigint NOT NULL
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE workforce_holidays, workforce_leave, workforce_pay, workforce_jobs, workforce_employment_periods`);
  }
}

// What a service adds to its migration list, after the platform's.
export const workforceMigrations = [CreateWorkforceProjection1764480100000];
