import type { MigrationInterface, QueryRunner } from 'typeorm';

// Expense claims: an employee's lines, checked against the policy at submission, decided by their
// line manager and (above an amount) by ACCOUNTING, posted to the ledger on final approval and
// paid later. The policy is data ACCOUNTING changes with a reason.

// Category → the expense account its lines are booked to, and the default limits (EUR).
const categories: Array<[category: string, account: string, perLine: string | null, perDay: string | null]> = [
  ['TRAVEL', '6200', '2500.00', null],
  ['MEALS', '6210', '150.00', '200.00'],
  ['LODGING', '6220', '400.00', '400.00'],
  ['OFFICE_SUPPLIES', '6400', '250.00', null],
  ['EQUIPMENT', '6700', '2000.00', null],
  ['SOFTWARE', '6300', '1000.00', null],
  ['TRAINING', '6800', '3000.00', null],
  ['OTHER', '6900', '500.00', null],
];

export class ExpenseClaims1764500400000 implements MigrationInterface {
  name = 'ExpenseClaims1764500400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE expense_policy (
        id                          boolean PRIMARY KEY DEFAULT true CHECK (id),
        receipt_required_above      numeric(18, 2) NOT NULL CHECK (receipt_required_above >= 0),
        max_line_age_days           int NOT NULL CHECK (max_line_age_days > 0),
        accounting_approval_above   numeric(18, 2) NOT NULL CHECK (accounting_approval_above >= 0),
        changed_by                  text NOT NULL,
        changed_at                  timestamptz NOT NULL,
        reason                      text
      )`);
    await queryRunner.query(`INSERT INTO expense_policy VALUES (true, 25.00, 90, 1000.00, 'system', now(), 'defaults')`);
    await queryRunner.query(`
      CREATE TABLE expense_category_policies (
        category        text PRIMARY KEY,
        account_id      uuid NOT NULL REFERENCES accounts (id),
        per_line_limit  numeric(18, 2) CHECK (per_line_limit > 0),
        per_day_limit   numeric(18, 2) CHECK (per_day_limit > 0)
      )`);
    for (const [category, account, perLine, perDay] of categories) {
      await queryRunner.query(`INSERT INTO expense_category_policies VALUES ($1, (SELECT id FROM accounts WHERE code = $2), $3, $4)`, [category, account, perLine, perDay]);
    }

    // awaiting: the decision the claim waits for while SUBMITTED (LINE_MANAGER, then ACCOUNTING
    // above the policy's amount); approver_id: the line manager who must decide that step.
    await queryRunner.query(`
      CREATE TABLE expense_claims (
        id                  uuid PRIMARY KEY,
        claimant_id         uuid NOT NULL,
        department_id       uuid,
        status              text NOT NULL CHECK (status IN ('DRAFT', 'SUBMITTED', 'APPROVED', 'REJECTED', 'WITHDRAWN', 'PAID')),
        awaiting            text CHECK (awaiting IN ('LINE_MANAGER', 'ACCOUNTING')),
        approver_id         uuid,
        title               text NOT NULL,
        total               numeric(18, 2) NOT NULL,
        flags               jsonb NOT NULL DEFAULT '[]',
        submitted_at        timestamptz,
        manager_decided_by  uuid,
        rejection_reason    text,
        journal_entry_id    uuid REFERENCES journal_entries (id),
        payment_entry_id    uuid REFERENCES journal_entries (id),
        paid_at             timestamptz,
        budget_warning      text,
        version             int NOT NULL,
        created_at          timestamptz NOT NULL,
        updated_at          timestamptz NOT NULL,
        CHECK ((status = 'SUBMITTED') = (awaiting IS NOT NULL)),
        CHECK (awaiting IS DISTINCT FROM 'LINE_MANAGER' OR approver_id IS NOT NULL),
        CHECK (approver_id IS DISTINCT FROM claimant_id),
        CHECK ((status IN ('APPROVED', 'PAID')) = (journal_entry_id IS NOT NULL)),
        CHECK ((status = 'PAID') = (payment_entry_id IS NOT NULL))
      )`);
    await queryRunner.query(`CREATE INDEX expense_claims_claimant ON expense_claims (claimant_id, created_at)`);
    await queryRunner.query(`CREATE INDEX expense_claims_awaiting ON expense_claims (awaiting, approver_id) WHERE status = 'SUBMITTED'`);
    await queryRunner.query(`CREATE INDEX expense_claims_listing ON expense_claims (created_at, id)`);
    await queryRunner.query(`
      CREATE TABLE expense_claim_lines (
        claim_id           uuid NOT NULL REFERENCES expense_claims (id) ON DELETE CASCADE,
        line_no            int NOT NULL CHECK (line_no > 0),
        spent_on           date NOT NULL,
        category           text NOT NULL REFERENCES expense_category_policies (category),
        amount             numeric(18, 2) NOT NULL CHECK (amount > 0),
        currency           char(3) NOT NULL,
        functional_amount  numeric(18, 2) NOT NULL CHECK (functional_amount > 0),
        rate               numeric(18, 8),
        merchant           text NOT NULL,
        description        text,
        receipt_reference  text,
        PRIMARY KEY (claim_id, line_no)
      )`);
    // Duplicate and per-day checks look a person's lines up by day.
    await queryRunner.query(`CREATE INDEX expense_claim_lines_day ON expense_claim_lines (spent_on, category)`);
    // Who decided what, one row per decision.
    await queryRunner.query(`
      CREATE TABLE expense_claim_decisions (
        claim_id    uuid NOT NULL REFERENCES expense_claims (id),
        step        text NOT NULL CHECK (step IN ('LINE_MANAGER', 'ACCOUNTING')),
        outcome     text NOT NULL CHECK (outcome IN ('APPROVED', 'REJECTED')),
        decided_by  uuid NOT NULL,
        decided_at  timestamptz NOT NULL,
        reason      text,
        PRIMARY KEY (claim_id, step)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE expense_claim_decisions, expense_claim_lines, expense_claims, expense_category_policies, expense_policy`);
  }
}
