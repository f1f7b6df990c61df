import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateSystemAccounts1764461000000 implements MigrationInterface {
  name = 'CreateSystemAccounts1764461000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE system_accounts (
        id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        employee_id  uuid NOT NULL,
        system       text NOT NULL,
        username     text NOT NULL,
        status       text NOT NULL CHECK (status IN ('ACTIVE', 'SUSPENDED', 'REVOKED')),
        created_at   timestamptz NOT NULL DEFAULT now()
      )`);
    // One live account per person and system; revoked ones stay as history.
    await queryRunner.query(`CREATE UNIQUE INDEX system_accounts_one_live ON system_accounts (employee_id, system) WHERE status <> 'REVOKED'`);
    await queryRunner.query(`CREATE INDEX system_accounts_employee ON system_accounts (employee_id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE system_accounts`);
  }
}
