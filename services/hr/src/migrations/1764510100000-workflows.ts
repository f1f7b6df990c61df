import type { MigrationInterface, QueryRunner } from 'typeorm';

// Processes across departments: one onboarding per hire, one offboarding per termination, each
// with one step per department whose state comes from that department's events.
export class Workflows1764510100000 implements MigrationInterface {
  name = 'Workflows1764510100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE workflows (
        id               uuid PRIMARY KEY,
        kind             text NOT NULL CHECK (kind IN ('ONBOARDING', 'OFFBOARDING')),
        employee_id      uuid NOT NULL REFERENCES employees (id),
        -- The start date (onboarding) or last day (offboarding).
        anchor_date      date NOT NULL,
        status           text NOT NULL DEFAULT 'IN_PROGRESS' CHECK (status IN ('IN_PROGRESS', 'COMPLETED', 'CANCELLED')),
        opened_at        timestamptz NOT NULL,
        completed_at     timestamptz,
        cancelled_at     timestamptz,
        -- The command that started it, and HR's event that other departments react to: a failed
        -- reaction names one of them, which finds the process.
        correlation_id   text NOT NULL,
        trigger_event_id uuid NOT NULL,
        version          integer NOT NULL DEFAULT 1
      )`);
    // One process of a kind in progress per person; a rehire after it ended opens a new one.
    await queryRunner.query(`CREATE UNIQUE INDEX workflows_one_in_progress ON workflows (employee_id, kind) WHERE status = 'IN_PROGRESS'`);
    await queryRunner.query(`CREATE INDEX workflows_by_correlation ON workflows (correlation_id)`);
    await queryRunner.query(`CREATE INDEX workflows_by_trigger ON workflows (trigger_event_id)`);
    await queryRunner.query(`CREATE INDEX workflows_by_opening ON workflows (opened_at DESC, id DESC)`);
    await queryRunner.query(`
      CREATE TABLE workflow_steps (
        workflow_id   uuid NOT NULL REFERENCES workflows (id),
        step          text NOT NULL,
        department    text NOT NULL CHECK (department IN ('HR', 'IT', 'ACCOUNTING')),
        position      smallint NOT NULL,
        due_on        date NOT NULL,
        status        text NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'DONE', 'FAILED')),
        done_at       timestamptz,
        -- The last dead-lettered reaction behind it (kept after a retry, for the record).
        failure       jsonb,
        failed_at     timestamptz,
        retried_at    timestamptz,
        -- Offboarding's ASSETS: the assets IT gave up on and those accounting charged.
        unrecovered_asset_ids uuid[] NOT NULL DEFAULT '{}',
        assets_unrecovered    integer,
        charged_asset_ids     uuid[] NOT NULL DEFAULT '{}',
        PRIMARY KEY (workflow_id, step)
      )`);
    await queryRunner.query(`CREATE INDEX workflow_steps_open_due ON workflow_steps (due_on) WHERE status <> 'DONE'`);
    await queryRunner.query(`
      CREATE TABLE offboarding_policy (
        policy                text PRIMARY KEY DEFAULT 'offboarding' CHECK (policy = 'offboarding'),
        unreturned_after_days integer NOT NULL CHECK (unreturned_after_days BETWEEN 0 AND 365),
        treatment             text NOT NULL CHECK (treatment IN ('RECEIVABLE', 'WRITE_OFF')),
        changed_at            timestamptz NOT NULL,
        changed_by            text NOT NULL,
        version               integer NOT NULL DEFAULT 1
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE offboarding_policy, workflow_steps, workflows`);
  }
}
