import type { MigrationInterface, QueryRunner } from 'typeorm';

// A small-company chart of accounts; reference data, so it ships with the schema.
const chartOfAccounts: Array<[code: string, name: string, type: string]> = [
  ['1000', 'Cash at bank', 'ASSET'],
  ['1100', 'Accounts receivable', 'ASSET'],
  ['1500', 'IT equipment', 'ASSET'],
  ['1590', 'Accumulated depreciation - IT equipment', 'ASSET'],
  ['2000', 'Accounts payable', 'LIABILITY'],
  ['2100', 'Payroll liabilities', 'LIABILITY'],
  ['2200', 'Employee reimbursements payable', 'LIABILITY'],
  ['3000', 'Share capital', 'EQUITY'],
  ['3100', 'Retained earnings', 'EQUITY'],
  ['4000', 'Revenue', 'REVENUE'],
  ['6000', 'Salaries and wages', 'EXPENSE'],
  ['6100', 'Employer payroll taxes', 'EXPENSE'],
  ['6200', 'Travel and expenses', 'EXPENSE'],
  ['6300', 'Software licences', 'EXPENSE'],
  ['6400', 'Office supplies', 'EXPENSE'],
  ['6500', 'Depreciation', 'EXPENSE'],
];

export class CreateChartOfAccountsAndBudgets1764461100000 implements MigrationInterface {
  name = 'CreateChartOfAccountsAndBudgets1764461100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE accounts (
        id    uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code  text NOT NULL UNIQUE,
        name  text NOT NULL,
        type  text NOT NULL CHECK (type IN ('ASSET', 'LIABILITY', 'EQUITY', 'REVENUE', 'EXPENSE'))
      )`);
    for (const [code, name, type] of chartOfAccounts) {
      await queryRunner.query(`INSERT INTO accounts (code, name, type) VALUES ($1, $2, $3)`, [code, name, type]);
    }
    await queryRunner.query(`
      CREATE TABLE budgets (
        id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        department_id  uuid NOT NULL,
        fiscal_year    int NOT NULL,
        amount         numeric(14, 2) NOT NULL CHECK (amount >= 0),
        currency       char(3) NOT NULL,
        UNIQUE (department_id, fiscal_year)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE budgets, accounts`);
  }
}
