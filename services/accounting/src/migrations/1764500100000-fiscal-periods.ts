import type { MigrationInterface, QueryRunner } from 'typeorm';

// Monthly fiscal periods. A month without a row is open; closing one refuses postings dated in
// it (the database refuses them too, whoever writes; the year-end closing entry excepted);
// reopening is MANAGER's, with a reason.
// Refused attempts to post into a closed month are kept for the auditors.
export class FiscalPeriods1764500100000 implements MigrationInterface {
  name = 'FiscalPeriods1764500100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE fiscal_periods (
        period      date PRIMARY KEY CHECK (extract(day FROM period) = 1),
        status      text NOT NULL CHECK (status IN ('OPEN', 'CLOSED')),
        changed_by  text NOT NULL,
        changed_at  timestamptz NOT NULL,
        reason      text
      )`);
    await queryRunner.query(`
      CREATE TABLE refused_postings (
        id              bigserial PRIMARY KEY,
        attempted_at    timestamptz NOT NULL,
        actor           text NOT NULL,
        entry_date      date NOT NULL,
        idempotency_key text,
        reason          text NOT NULL
      )`);
    // A posting dated in a closed month fails in the database too, not only in the service.
    await queryRunner.query(`
      CREATE FUNCTION journal_entry_period_open() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.source <> 'CLOSING' AND EXISTS (SELECT 1 FROM fiscal_periods WHERE period = date_trunc('month', NEW.entry_date)::date AND status = 'CLOSED') THEN
          RAISE EXCEPTION 'the period of % is closed', NEW.entry_date USING ERRCODE = 'check_violation';
        END IF;
        RETURN NEW;
      END $$`);
    await queryRunner.query(`CREATE TRIGGER journal_entries_period_open BEFORE INSERT ON journal_entries FOR EACH ROW EXECUTE FUNCTION journal_entry_period_open()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER journal_entries_period_open ON journal_entries`);
    await queryRunner.query(`DROP FUNCTION journal_entry_period_open()`);
    await queryRunner.query(`DROP TABLE refused_postings, fiscal_periods`);
  }
}
