import type { MigrationInterface, QueryRunner } from 'typeorm';

// Access rows a reaction scheduled keep the chain that asked for them (the job that applies them
// later publishes in it); equipment a leaver keeps past HR's offboarding policy is given up on,
// once per asset and holding.
export class ChainsAndUnrecoveredEquipment1764510200000 implements MigrationInterface {
  name = 'ChainsAndUnrecoveredEquipment1764510200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE system_accounts ADD COLUMN correlation_id text, ADD COLUMN causation_id uuid`);
    await queryRunner.query(`ALTER TABLE access_changes ADD COLUMN correlation_id text, ADD COLUMN causation_id uuid`);
    // Set while its holder keeps it past the policy's days; cleared when it changes hands.
    await queryRunner.query(`ALTER TABLE assets ADD COLUMN unrecovered_on date`);
    await queryRunner.query(`ALTER TABLE assets ADD CONSTRAINT assets_unrecovered_held CHECK (unrecovered_on IS NULL OR status = 'ASSIGNED')`);
    // HR's policy as IT last heard it (hr.offboarding.policy-changed): one row, or none yet.
    await queryRunner.query(`
      CREATE TABLE offboarding_policy (
        policy                text PRIMARY KEY DEFAULT 'offboarding' CHECK (policy = 'offboarding'),
        unreturned_after_days integer NOT NULL CHECK (unreturned_after_days BETWEEN 0 AND 365),
        changed_at            timestamptz NOT NULL DEFAULT now()
      )`);
    // Given up on once per asset and holding (the holder's last day), whatever replica runs it.
    await queryRunner.query(`
      CREATE TABLE unrecovered_assets (
        asset_id        uuid NOT NULL REFERENCES assets (id),
        employee_id     uuid NOT NULL,
        last_day        date NOT NULL,
        unrecovered_on  date NOT NULL,
        PRIMARY KEY (asset_id, employee_id, last_day)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE unrecovered_assets, offboarding_policy`);
    await queryRunner.query(`ALTER TABLE assets DROP CONSTRAINT assets_unrecovered_held, DROP COLUMN unrecovered_on`);
    await queryRunner.query(`ALTER TABLE access_changes DROP COLUMN correlation_id, DROP COLUMN causation_id`);
    await queryRunner.query(`ALTER TABLE system_accounts DROP COLUMN correlation_id, DROP COLUMN causation_id`);
  }
}
