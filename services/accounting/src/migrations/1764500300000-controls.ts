import type { MigrationInterface, QueryRunner } from 'typeorm';

// The controls an auditor asks for: four eyes on large manual entries, budgets per department
// (optionally per expense account) with the crossings of their thresholds, and the thresholds
// themselves, kept as data a MANAGER changes with a reason rather than as code.
export class Controls1764500300000 implements MigrationInterface {
  name = 'Controls1764500300000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // One row: the thresholds the controls and the audit findings use, in the functional currency.
    await queryRunner.query(`
      CREATE TABLE control_settings (
        id                              boolean PRIMARY KEY DEFAULT true CHECK (id),
        manual_approval_threshold       numeric(18, 2) NOT NULL CHECK (manual_approval_threshold >= 0),
        unsupported_manual_threshold    numeric(18, 2) NOT NULL CHECK (unsupported_manual_threshold >= 0),
        round_amount_threshold          numeric(18, 2) NOT NULL CHECK (round_amount_threshold >= 0),
        round_amount_unit               numeric(18, 2) NOT NULL CHECK (round_amount_unit > 0),
        changed_by                      text NOT NULL,
        changed_at                      timestamptz NOT NULL,
        reason                          text
      )`);
    await queryRunner.query(`INSERT INTO control_settings VALUES (true, 10000.00, 5000.00, 5000.00, 1000.00, 'system', now(), 'defaults')`);

    // Manual entries waiting for a second person. `editors` is everyone who wrote the draft (its
    // maker first): none of them may approve it. Approving posts it and keeps the entry's id.
    await queryRunner.query(`
      CREATE TABLE journal_drafts (
        id              uuid PRIMARY KEY,
        status          text NOT NULL CHECK (status IN ('DRAFT', 'POSTED', 'DISCARDED')),
        entry_date      date NOT NULL,
        memo            text NOT NULL,
        source_id       text,
        lines           jsonb NOT NULL,
        total           numeric(18, 2) NOT NULL,
        prepared_by     text NOT NULL,
        prepared_at     timestamptz NOT NULL,
        editors         text[] NOT NULL,
        updated_at      timestamptz NOT NULL,
        version         int NOT NULL,
        decided_by      text,
        decided_at      timestamptz,
        discard_reason  text,
        entry_id        uuid UNIQUE REFERENCES journal_entries (id),
        CHECK ((status = 'POSTED') = (entry_id IS NOT NULL)),
        CHECK ((status = 'DRAFT') = (decided_by IS NULL)),
        CHECK (status <> 'POSTED' OR NOT (decided_by = ANY (editors)))
      )`);
    await queryRunner.query(`CREATE INDEX journal_drafts_open ON journal_drafts (prepared_at) WHERE status = 'DRAFT'`);

    // Who prepared and who approved an entry that went through four eyes; null on the others.
    // The database refuses a maker approving their own, whoever writes.
    await queryRunner.query(`
      ALTER TABLE journal_entries
        ADD COLUMN prepared_by text,
        ADD COLUMN approved_by text,
        ADD CONSTRAINT journal_entries_approved_once_prepared CHECK ((prepared_by IS NULL) = (approved_by IS NULL)),
        ADD CONSTRAINT journal_entries_four_eyes CHECK (approved_by IS NULL OR approved_by <> prepared_by)`);

    // Budgets: per department and year, and optionally per expense account (with the accounts under
    // it). The nil UUID stands for "all accounts" in the key.
    await queryRunner.query(`
      ALTER TABLE budgets
        ADD COLUMN account_id uuid REFERENCES accounts (id),
        ADD COLUMN set_by text NOT NULL DEFAULT 'system',
        ADD COLUMN set_at timestamptz NOT NULL DEFAULT now(),
        ADD COLUMN reason text,
        ADD COLUMN version int NOT NULL DEFAULT 1,
        DROP CONSTRAINT budgets_department_id_fiscal_year_key`);
    await queryRunner.query(`CREATE UNIQUE INDEX budgets_scope ON budgets (department_id, fiscal_year, (coalesce(account_id, '00000000-0000-0000-0000-000000000000'::uuid)))`);
    await queryRunner.query(`ALTER TABLE budgets ALTER COLUMN amount TYPE numeric(18, 2)`);

    // A posting that takes spend across a threshold of a budget records it here, in its own
    // transaction: one row per budget and threshold, so the event it publishes goes out once.
    await queryRunner.query(`
      CREATE TABLE budget_threshold_crossings (
        budget_id         uuid NOT NULL REFERENCES budgets (id),
        threshold         int NOT NULL CHECK (threshold IN (80, 100)),
        crossed_at        timestamptz NOT NULL,
        journal_entry_id  uuid NOT NULL REFERENCES journal_entries (id),
        budget_amount     numeric(18, 2) NOT NULL,
        spent             numeric(18, 2) NOT NULL,
        PRIMARY KEY (budget_id, threshold)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE budget_threshold_crossings`);
    await queryRunner.query(`DROP INDEX budgets_scope`);
    // Per-account budgets have no place in the older shape.
    await queryRunner.query(`DELETE FROM budgets WHERE account_id IS NOT NULL`);
    await queryRunner.query(`ALTER TABLE budgets DROP COLUMN account_id, DROP COLUMN set_by, DROP COLUMN set_at, DROP COLUMN reason, DROP COLUMN version, ADD CONSTRAINT budgets_department_id_fiscal_year_key UNIQUE (department_id, fiscal_year)`);
    await queryRunner.query(`ALTER TABLE budgets ALTER COLUMN amount TYPE numeric(14, 2)`);
    await queryRunner.query(`ALTER TABLE journal_entries DROP CONSTRAINT journal_entries_four_eyes, DROP CONSTRAINT journal_entries_approved_once_prepared, DROP COLUMN prepared_by, DROP COLUMN approved_by`);
    await queryRunner.query(`DROP TABLE journal_drafts, control_settings`);
  }
}
