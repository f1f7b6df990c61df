import type { MigrationInterface, QueryRunner } from 'typeorm';

// The double-entry ledger. PostgreSQL itself holds the guarantees, whoever writes (the service,
// a script, a superuser at a psql prompt):
// - an entry balances (debits = credits, two lines at least) or the transaction fails at commit
//   (deferred constraint triggers, so the lines can be inserted one by one);
// - posted entries and lines are never updated, deleted or truncated (triggers, which bind
//   superusers too, until someone disables them: the hash chain then shows what changed);
// - entry numbers are gapless per fiscal year (journal_sequences, locked while posting);
// - an account's parent chain has no cycle; an account with lines cannot be deleted (foreign key).

// Accounts a small company needs beyond the first chart (1764461100000), with their parents.
const moreAccounts: Array<[code: string, name: string, type: string, parent: string | null]> = [
  ['1050', 'Petty cash', 'ASSET', null],
  ['1200', 'Employee receivables', 'ASSET', '1100'],
  ['1600', 'Office furniture and equipment', 'ASSET', null],
  ['1690', 'Accumulated depreciation - office furniture and equipment', 'ASSET', '1600'],
  ['2300', 'Accrued expenses', 'LIABILITY', null],
  ['6210', 'Meals and entertainment', 'EXPENSE', '6200'],
  ['6220', 'Lodging', 'EXPENSE', '6200'],
  ['6600', 'Rent', 'EXPENSE', null],
  ['6700', 'IT equipment (expensed)', 'EXPENSE', null],
  ['6800', 'Training', 'EXPENSE', null],
  ['6900', 'Other operating expenses', 'EXPENSE', null],
];
const parents: Array<[child: string, parent: string]> = [['1590', '1500']];

export class DoubleEntryLedger1764500000000 implements MigrationInterface {
  name = 'DoubleEntryLedger1764500000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE accounts
        ADD COLUMN parent_id uuid REFERENCES accounts (id),
        ADD COLUMN archived_at timestamptz`);
    await queryRunner.query(`
      CREATE FUNCTION accounts_refuse_cycle() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.parent_id IS NOT NULL AND EXISTS (
          WITH RECURSIVE ancestors (id) AS (
            SELECT NEW.parent_id
            UNION
            SELECT a.parent_id FROM accounts a JOIN ancestors ON a.id = ancestors.id WHERE a.parent_id IS NOT NULL)
          SELECT 1 FROM ancestors WHERE id = NEW.id)
        THEN
          RAISE EXCEPTION 'account % cannot be under its own descendant', NEW.code USING ERRCODE = 'check_violation';
        END IF;
        RETURN NEW;
      END $$`);
    await queryRunner.query(`CREATE TRIGGER accounts_no_cycle BEFORE INSERT OR UPDATE OF parent_id ON accounts FOR EACH ROW EXECUTE FUNCTION accounts_refuse_cycle()`);
    // A company may already have used one of these codes for an account of its own: that one stays.
    for (const [code, name, type, parent] of moreAccounts) {
      await queryRunner.query(`INSERT INTO accounts (code, name, type, parent_id) VALUES ($1, $2, $3, (SELECT id FROM accounts WHERE code = $4)) ON CONFLICT (code) DO NOTHING`, [code, name, type, parent]);
    }
    for (const [child, parent] of parents) {
      await queryRunner.query(`UPDATE accounts SET parent_id = (SELECT id FROM accounts WHERE code = $2) WHERE code = $1`, [child, parent]);
    }

    await queryRunner.query(`
      CREATE TABLE exchange_rates (
        currency    char(3) NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
        valid_from  date NOT NULL,
        rate        numeric(18, 8) NOT NULL CHECK (rate > 0),
        set_by      text NOT NULL,
        set_at      timestamptz NOT NULL,
        PRIMARY KEY (currency, valid_from)
      )`);

    await queryRunner.query(`
      CREATE TABLE journal_sequences (
        fiscal_year  int PRIMARY KEY,
        last_number  int NOT NULL CHECK (last_number >= 0),
        last_hash    text NOT NULL
      )`);
    await queryRunner.query(`
      CREATE TABLE journal_entries (
        id               uuid PRIMARY KEY,
        fiscal_year      int NOT NULL,
        number           int NOT NULL CHECK (number > 0),
        entry_date       date NOT NULL,
        memo             text NOT NULL,
        source           text NOT NULL CHECK (source IN ('MANUAL', 'EXPENSE', 'PAYROLL', 'ASSET', 'OPENING', 'CLOSING', 'REVERSAL')),
        source_id        text,
        reverses_id      uuid UNIQUE REFERENCES journal_entries (id),
        idempotency_key  text NOT NULL UNIQUE,
        request_hash     text NOT NULL,
        posted_by        text NOT NULL,
        posted_at        timestamptz NOT NULL,
        previous_hash    text NOT NULL,
        hash             text NOT NULL,
        UNIQUE (fiscal_year, number),
        CHECK (extract(year FROM entry_date) = fiscal_year),
        CHECK ((source = 'REVERSAL') = (reverses_id IS NOT NULL))
      )`);
    await queryRunner.query(`CREATE INDEX journal_entries_date ON journal_entries (entry_date, fiscal_year, number)`);
    await queryRunner.query(`CREATE INDEX journal_entries_source ON journal_entries (source, entry_date)`);
    await queryRunner.query(`
      CREATE TABLE journal_lines (
        entry_id         uuid NOT NULL REFERENCES journal_entries (id),
        line_no          int NOT NULL CHECK (line_no > 0),
        account_id       uuid NOT NULL REFERENCES accounts (id),
        debit            numeric(18, 2) NOT NULL CHECK (debit >= 0),
        credit           numeric(18, 2) NOT NULL CHECK (credit >= 0),
        currency         char(3) NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
        original_amount  numeric(18, 2) NOT NULL CHECK (original_amount > 0),
        rate             numeric(18, 8) CHECK (rate > 0),
        cost_centre      uuid,
        memo             text,
        PRIMARY KEY (entry_id, line_no),
        CHECK ((debit > 0) <> (credit > 0))
      )`);
    await queryRunner.query(`CREATE INDEX journal_lines_account ON journal_lines (account_id, entry_id)`);
    await queryRunner.query(`CREATE INDEX journal_lines_cost_centre ON journal_lines (cost_centre, entry_id) WHERE cost_centre IS NOT NULL`);

    // Balanced or nothing: checked at commit, once the entry's lines are all in.
    await queryRunner.query(`
      CREATE FUNCTION journal_entry_balances(entry uuid) RETURNS void LANGUAGE plpgsql AS $$
      DECLARE
        lines int; debits numeric; credits numeric;
      BEGIN
        SELECT count(*), coalesce(sum(debit), 0), coalesce(sum(credit), 0) INTO lines, debits, credits FROM journal_lines WHERE entry_id = entry;
        IF lines < 2 OR debits <> credits THEN
          RAISE EXCEPTION 'journal entry % does not balance: % lines, debits %, credits %', entry, lines, debits, credits USING ERRCODE = 'check_violation';
        END IF;
      END $$`);
    await queryRunner.query(`CREATE FUNCTION journal_lines_balance() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN PERFORM journal_entry_balances(NEW.entry_id); RETURN NULL; END $$`);
    await queryRunner.query(`CREATE FUNCTION journal_entries_balance() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN PERFORM journal_entry_balances(NEW.id); RETURN NULL; END $$`);
    await queryRunner.query(`CREATE CONSTRAINT TRIGGER journal_lines_balance AFTER INSERT ON journal_lines DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION journal_lines_balance()`);
    await queryRunner.query(`CREATE CONSTRAINT TRIGGER journal_entries_balance AFTER INSERT ON journal_entries DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION journal_entries_balance()`);

    // Posted means final: corrections are reversals.
    await queryRunner.query(`
      CREATE FUNCTION journal_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'posted journal entries and lines cannot be changed or deleted (% on %): post a reversal instead', TG_OP, TG_TABLE_NAME USING ERRCODE = 'restrict_violation';
      END $$`);
    for (const table of ['journal_entries', 'journal_lines']) {
      await queryRunner.query(`CREATE TRIGGER ${table}_append_only BEFORE UPDATE OR DELETE ON ${table} FOR EACH ROW EXECUTE FUNCTION journal_is_append_only()`);
      await queryRunner.query(`CREATE TRIGGER ${table}_no_truncate BEFORE TRUNCATE ON ${table} FOR EACH STATEMENT EXECUTE FUNCTION journal_is_append_only()`);
    }

    // What reports read: debits and credits per account, cost centre and month, kept by the
    // posting transaction. The nil UUID stands for "no cost centre" (a key column cannot be null).
    await queryRunner.query(`
      CREATE TABLE account_period_balances (
        account_id   uuid NOT NULL REFERENCES accounts (id),
        cost_centre  uuid NOT NULL,
        period       date NOT NULL CHECK (extract(day FROM period) = 1),
        debit        numeric(20, 2) NOT NULL,
        credit       numeric(20, 2) NOT NULL,
        PRIMARY KEY (period, account_id, cost_centre)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE account_period_balances`);
    await queryRunner.query(`DROP TABLE journal_lines, journal_entries, journal_sequences, exchange_rates`);
    await queryRunner.query(`DROP FUNCTION journal_is_append_only(), journal_lines_balance(), journal_entries_balance(), journal_entry_balances(uuid)`);
    // Only the accounts this migration added (a company's own account under one of the codes stays).
    await queryRunner.query(`DELETE FROM accounts WHERE (code, name) IN (SELECT * FROM unnest($1::text[], $2::text[]))`, [moreAccounts.map(([code]) => code), moreAccounts.map(([, name]) => name)]);
    await queryRunner.query(`DROP TRIGGER accounts_no_cycle ON accounts`);
    await queryRunner.query(`DROP FUNCTION accounts_refuse_cycle()`);
    await queryRunner.query(`ALTER TABLE accounts DROP COLUMN archived_at, DROP COLUMN parent_id`);
  }
}
