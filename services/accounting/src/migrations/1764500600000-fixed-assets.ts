import type { MigrationInterface, QueryRunner } from 'typeorm';

// Equipment in the books, from IT's asset events. The chart already has IT equipment (1500), its
// accumulated depreciation (1590), depreciation (6500), expensed IT equipment (6700), employee
// receivables (1200) and accounts payable (2000); disposals need two expense accounts more.
const moreAccounts: Array<[code: string, name: string, type: string]> = [
  ['6510', 'Loss on disposal of equipment', 'EXPENSE'],
  ['6520', 'Equipment written off (not returned by leavers)', 'EXPENSE'],
];

export class FixedAssets1764500600000 implements MigrationInterface {
  name = 'FixedAssets1764500600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const [code, name, type] of moreAccounts) {
      await queryRunner.query(`INSERT INTO accounts (code, name, type, parent_id) VALUES ($1, $2, $3, (SELECT id FROM accounts WHERE code = '6500')) ON CONFLICT (code) DO NOTHING`, [code, name, type]);
    }
    await queryRunner.query(`ALTER TABLE control_settings ADD COLUMN capitalisation_threshold numeric(18, 2) NOT NULL DEFAULT 1000.00 CHECK (capitalisation_threshold >= 0)`);

    // One row per asset IT registered: capitalised (depreciated monthly) or expensed at once.
    // cost is in the functional currency (converted on the purchase date when bought in another).
    await queryRunner.query(`
      CREATE TABLE fixed_assets (
        asset_id             uuid PRIMARY KEY,
        tag                  text NOT NULL,
        category             text NOT NULL,
        acquired_on          date NOT NULL,
        cost                 numeric(18, 2) NOT NULL CHECK (cost >= 0),
        original_cost        numeric(18, 2) NOT NULL,
        original_currency    text NOT NULL,
        useful_life_months   int NOT NULL CHECK (useful_life_months > 0),
        treatment            text NOT NULL CHECK (treatment IN ('CAPITALISED', 'EXPENSED')),
        entry_id             uuid NOT NULL REFERENCES journal_entries (id),
        disposed_on          date,
        disposal_reason      text CHECK (disposal_reason IN ('RETIRED', 'LOST', 'UNRECOVERED')),
        disposal_entry_id    uuid REFERENCES journal_entries (id),
        registered_at        timestamptz NOT NULL,
        CHECK ((disposed_on IS NULL) = (disposal_reason IS NULL)),
        CHECK (treatment = 'CAPITALISED' OR disposed_on IS NULL)
      )`);
    await queryRunner.query(`CREATE INDEX fixed_assets_category ON fixed_assets (category, asset_id)`);
    // Who held the asset from when (null: in stock, in repair or lost), in the order IT said so.
    await queryRunner.query(`
      CREATE TABLE fixed_asset_custody (
        id            bigserial PRIMARY KEY,
        asset_id      uuid NOT NULL REFERENCES fixed_assets (asset_id),
        effective_on  date NOT NULL,
        employee_id   uuid
      )`);
    await queryRunner.query(`CREATE INDEX fixed_asset_custody_asset ON fixed_asset_custody (asset_id, effective_on, id)`);
    // A month's depreciation, once per asset and month.
    await queryRunner.query(`
      CREATE TABLE fixed_asset_depreciation (
        asset_id        uuid NOT NULL REFERENCES fixed_assets (asset_id),
        period          date NOT NULL CHECK (extract(day FROM period) = 1),
        amount          numeric(18, 2) NOT NULL CHECK (amount >= 0),
        accumulated     numeric(18, 2) NOT NULL,
        department_id   uuid,
        entry_id        uuid NOT NULL REFERENCES journal_entries (id),
        PRIMARY KEY (asset_id, period)
      )`);
    // Equipment a leaver kept, booked by the offboarding policy: once per asset.
    await queryRunner.query(`
      CREATE TABLE fixed_asset_charges (
        asset_id      uuid PRIMARY KEY,
        employee_id   uuid NOT NULL,
        treatment     text NOT NULL CHECK (treatment IN ('RECEIVABLE', 'WRITE_OFF')),
        charged_on    date NOT NULL,
        entry_id      uuid REFERENCES journal_entries (id)
      )`);
    // HR's offboarding policy as last heard; a receivable until HR says otherwise.
    await queryRunner.query(`
      CREATE TABLE offboarding_policy (
        id                     boolean PRIMARY KEY DEFAULT true CHECK (id),
        treatment              text NOT NULL CHECK (treatment IN ('RECEIVABLE', 'WRITE_OFF')),
        unreturned_after_days  int,
        changed_at             timestamptz
      )`);
    await queryRunner.query(`INSERT INTO offboarding_policy (treatment) VALUES ('RECEIVABLE')`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE offboarding_policy, fixed_asset_charges, fixed_asset_depreciation, fixed_asset_custody, fixed_assets`);
    await queryRunner.query(`ALTER TABLE control_settings DROP COLUMN capitalisation_threshold`);
    await queryRunner.query(`DELETE FROM accounts a WHERE code IN ('6510', '6520') AND NOT EXISTS (SELECT 1 FROM journal_lines l WHERE l.account_id = a.id)`);
  }
}
