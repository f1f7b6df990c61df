import type { MigrationInterface, QueryRunner } from 'typeorm';

// Approved leave that runs past an employee's last day is cut back to that day at
// termination. The days after it come back to the balance as a SHORTENED ledger entry, kept
// apart from RETURNED so the shortened leave can still be cancelled before it starts.
export class ShortenLeaveAtTermination1764461400000 implements MigrationInterface {
  name = 'ShortenLeaveAtTermination1764461400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE leave_ledger DROP CONSTRAINT leave_ledger_entry_type_check`);
    await queryRunner.query(
      `ALTER TABLE leave_ledger ADD CONSTRAINT leave_ledger_entry_type_check CHECK (entry_type IN ('ALLOCATION', 'TAKEN', 'RETURNED', 'SHORTENED', 'ADJUSTMENT'))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    // Days already returned this way stay returned, as adjustments: balances do not change.
    await queryRunner.query(`UPDATE leave_ledger SET entry_type = 'ADJUSTMENT', note = coalesce(note, 'shortened at termination') WHERE entry_type = 'SHORTENED'`);
    await queryRunner.query(`ALTER TABLE leave_ledger DROP CONSTRAINT leave_ledger_entry_type_check`);
    await queryRunner.query(`ALTER TABLE leave_ledger ADD CONSTRAINT leave_ledger_entry_type_check CHECK (entry_type IN ('ALLOCATION', 'TAKEN', 'RETURNED', 'ADJUSTMENT'))`);
  }
}
