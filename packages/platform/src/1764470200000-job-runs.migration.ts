import type { MigrationInterface, QueryRunner } from 'typeorm';

// What the job runner remembers per job, shared by every replica of a service: the last
// scheduled time done (catch-up starts after it), the last outcome, and when to retry a failure.
export class JobRuns1764470200000 implements MigrationInterface {
  name = 'JobRuns1764470200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE job_runs (
        job                   text PRIMARY KEY,
        last_scheduled_for    timestamptz NOT NULL,
        last_finished_at      timestamptz,
        last_status           text NOT NULL CHECK (last_status IN ('ok', 'failed')),
        runs                  bigint NOT NULL DEFAULT 0,
        consecutive_failures  int NOT NULL DEFAULT 0,
        retry_after           timestamptz
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE job_runs`);
  }
}
