import type { MigrationInterface, QueryRunner } from 'typeorm';

// Which fields a job change sets on purpose. A change recorded later with an earlier
// effective date is carried into already-scheduled changes for the fields they leave alone,
// so a scheduled title change does not undo today's transfer when it takes effect.
export class CarryJobChangesForward1764461300000 implements MigrationInterface {
  name = 'CarryJobChangesForward1764461300000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Existing rows count as setting every field: exactly how they behaved until now.
    await queryRunner.query(`ALTER TABLE job_assignments ADD COLUMN changed_fields text[] NOT NULL DEFAULT ARRAY['departmentId', 'managerId', 'title']`);
    await queryRunner.query(`ALTER TABLE job_assignments ALTER COLUMN changed_fields DROP DEFAULT`);
    await queryRunner.query(`ALTER TABLE job_assignments ADD CONSTRAINT job_assignments_changed_fields CHECK (changed_fields <@ ARRAY['departmentId', 'managerId', 'title'])`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE job_assignments DROP COLUMN changed_fields`);
  }
}
