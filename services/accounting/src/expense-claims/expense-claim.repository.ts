import { firstRow, lockNamed, rows, uuidsOnly, type Sql } from '@backoffice/platform/sql';
import type {
  ExpenseApprovalStep,
  ExpenseCategory,
  ExpenseCategoryPolicyRecord,
  ExpenseClaimLineRecord,
  ExpenseClaimRecord,
  ExpenseClaimStatus,
  ExpenseDecisionRecord,
  ExpensePolicyFlagRecord,
  ExpensePolicyRecord,
} from './expense-claim.record';

// The only code that knows how expense claims and the expense policy are stored.

const CLAIM_COLUMNS = `id, claimant_id AS "claimantId", department_id AS "departmentId", status, awaiting, approver_id AS "approverId", title,
  total::text AS total, flags, submitted_at AS "submittedAt", manager_decided_by AS "managerDecidedBy", rejection_reason AS "rejectionReason",
  journal_entry_id AS "journalEntryId", payment_entry_id AS "paymentEntryId", paid_at AS "paidAt", budget_warning AS "budgetWarning",
  version, created_at AS "createdAt", updated_at AS "updatedAt"`;
const LINE_COLUMNS = `claim_id AS "claimId", line_no AS "lineNo", spent_on::text AS date, category, amount::text AS amount, currency,
  functional_amount::text AS "functionalAmount", rate::text AS rate, merchant, description, receipt_reference AS "receiptReference"`;

type Timestamps = 'submittedAt' | 'paidAt' | 'createdAt' | 'updatedAt';
type ClaimRow = Omit<ExpenseClaimRecord, 'lines' | 'currency' | Timestamps> & { submittedAt: Date | null; paidAt: Date | null; createdAt: Date; updatedAt: Date };
type LineRow = Omit<ExpenseClaimLineRecord, 'functionalCurrency'> & { claimId: string };

// Claims with their lines: one statement for the claims, one for all their lines.
async function withLines(db: Sql, claims: ClaimRow[], currency: string): Promise<ExpenseClaimRecord[]> {
  if (!claims.length) return [];
  const lines = await rows<LineRow>(db, `SELECT ${LINE_COLUMNS} FROM expense_claim_lines WHERE claim_id = ANY($1::uuid[]) ORDER BY claim_id, line_no`, [claims.map((claim) => claim.id)]);
  const byClaim = new Map<string, ExpenseClaimLineRecord[]>();
  for (const { claimId, ...line } of lines) byClaim.set(claimId, [...(byClaim.get(claimId) ?? []), { ...line, functionalCurrency: currency }]);
  return claims.map((claim) => ({
    ...claim,
    currency,
    submittedAt: claim.submittedAt?.toISOString() ?? null,
    paidAt: claim.paidAt?.toISOString() ?? null,
    createdAt: claim.createdAt.toISOString(),
    updatedAt: claim.updatedAt.toISOString(),
    lines: byClaim.get(claim.id) ?? [],
  }));
}

export async function claimsByIds(db: Sql, ids: readonly string[], currency: string): Promise<ExpenseClaimRecord[]> {
  return withLines(db, await rows<ClaimRow>(db, `SELECT ${CLAIM_COLUMNS} FROM expense_claims WHERE id = ANY($1::uuid[])`, [uuidsOnly(ids)]), currency);
}

// The claim, locked until the transaction ends: two decisions on one claim take turns.
export async function lockClaim(db: Sql, id: string, currency: string): Promise<ExpenseClaimRecord | undefined> {
  const row = await firstRow<ClaimRow>(db, `SELECT ${CLAIM_COLUMNS} FROM expense_claims WHERE id = $1 FOR UPDATE`, [id]);
  return row ? (await withLines(db, [row], currency))[0] : undefined;
}

// Who may see what (null: everything): the claimant, and the line manager the claim waits for
// or who decided it.
export type ClaimVisibility = { viewerId: string | null } | null;
export type ClaimFilter = { status: ExpenseClaimStatus | null; claimantId: string | null; departmentId: string | null; from: string | null; to: string | null };

// Newest first, keyset on (created_at, id).
export async function listClaims(db: Sql, filter: ClaimFilter, visibility: ClaimVisibility, after: { createdAt: string; id: string } | null, limit: number, currency: string): Promise<ExpenseClaimRecord[]> {
  const clauses: string[] = [];
  const values: unknown[] = [];
  const param = (value: unknown) => {
    values.push(value);
    return `$${values.length}`;
  };
  if (visibility) {
    const viewer = param(visibility.viewerId);
    clauses.push(`(claimant_id = ${viewer}::uuid OR (approver_id = ${viewer}::uuid AND status <> 'DRAFT') OR manager_decided_by = ${viewer}::uuid)`);
  }
  if (filter.status) clauses.push(`status = ${param(filter.status)}`);
  if (filter.claimantId) clauses.push(`claimant_id = ${param(filter.claimantId)}::uuid`);
  if (filter.departmentId) clauses.push(`department_id = ${param(filter.departmentId)}::uuid`);
  if (filter.from) clauses.push(`created_at >= ${param(filter.from)}::date`);
  if (filter.to) clauses.push(`created_at < ${param(filter.to)}::date + 1`);
  if (after) clauses.push(`(created_at, id) < (${param(after.createdAt)}::timestamptz, ${param(after.id)}::uuid)`);
  const where = clauses.length ? `WHERE ${clauses.join(' AND ')}` : '';
  const found = await rows<ClaimRow>(db, `SELECT ${CLAIM_COLUMNS} FROM expense_claims ${where} ORDER BY created_at DESC, id DESC LIMIT ${param(limit)}`, values);
  return withLines(db, found, currency);
}

// Waiting for a person as line manager, and (for ACCOUNTING) at the ACCOUNTING step; never their own.
export async function claimsAwaiting(db: Sql, viewerId: string, includeAccountingStep: boolean, currency: string): Promise<ExpenseClaimRecord[]> {
  const found = await rows<ClaimRow>(
    db,
    `SELECT ${CLAIM_COLUMNS} FROM expense_claims
     WHERE status = 'SUBMITTED' AND claimant_id <> $1::uuid AND ((awaiting = 'LINE_MANAGER' AND approver_id = $1::uuid) OR ($2 AND awaiting = 'ACCOUNTING'))
     ORDER BY submitted_at, id`,
    [viewerId, includeAccountingStep],
  );
  return withLines(db, found, currency);
}

export async function claimsOfClaimants(db: Sql, claimantIds: readonly string[], visibility: ClaimVisibility, currency: string): Promise<ExpenseClaimRecord[]> {
  const viewerClause = visibility ? `AND (claimant_id = $2::uuid OR (approver_id = $2::uuid AND status <> 'DRAFT') OR manager_decided_by = $2::uuid)` : '';
  const found = await rows<ClaimRow>(
    db,
    `SELECT ${CLAIM_COLUMNS} FROM expense_claims WHERE claimant_id = ANY($1::uuid[]) ${viewerClause} ORDER BY created_at DESC, id DESC`,
    visibility ? [uuidsOnly(claimantIds), visibility.viewerId] : [uuidsOnly(claimantIds)],
  );
  return withLines(db, found, currency);
}

export async function decisionsOfClaims(db: Sql, claimIds: readonly string[]): Promise<Array<ExpenseDecisionRecord & { claimId: string }>> {
  const found = await rows<Omit<ExpenseDecisionRecord, 'decidedAt'> & { claimId: string; decidedAt: Date }>(
    db,
    `SELECT claim_id AS "claimId", step, outcome, decided_by AS "decidedBy", decided_at AS "decidedAt", reason
     FROM expense_claim_decisions WHERE claim_id = ANY($1::uuid[]) ORDER BY claim_id, decided_at, step = 'ACCOUNTING'`,
    [uuidsOnly(claimIds)],
  );
  return found.map((row) => ({ ...row, decidedAt: row.decidedAt.toISOString() }));
}

export type ClaimLineToStore = Omit<ExpenseClaimLineRecord, 'functionalCurrency'>;

export async function insertClaim(db: Sql, claim: { id: string; claimantId: string; title: string; total: string; at: Date; lines: ClaimLineToStore[] }): Promise<void> {
  await db.query(
    `INSERT INTO expense_claims (id, claimant_id, status, title, total, version, created_at, updated_at) VALUES ($1, $2, 'DRAFT', $3, $4, 1, $5, $5)`,
    [claim.id, claim.claimantId, claim.title, claim.total, claim.at],
  );
  await insertLines(db, claim.id, claim.lines);
}

export async function replaceClaimContent(db: Sql, id: string, content: { title: string; total: string; at: Date; lines: ClaimLineToStore[] }): Promise<void> {
  await db.query(`UPDATE expense_claims SET title = $2, total = $3, updated_at = $4, version = version + 1 WHERE id = $1`, [id, content.title, content.total, content.at]);
  await db.query(`DELETE FROM expense_claim_lines WHERE claim_id = $1`, [id]);
  await insertLines(db, id, content.lines);
}

async function insertLines(db: Sql, claimId: string, lines: ClaimLineToStore[]): Promise<void> {
  const values: unknown[] = [];
  const tuples = lines.map((line) => {
    const base = values.length;
    values.push(claimId, line.lineNo, line.date, line.category, line.amount, line.currency, line.functionalAmount, line.rate, line.merchant, line.description, line.receiptReference);
    return `(${Array.from({ length: 11 }, (_, index) => `$${base + index + 1}`).join(', ')})`;
  });
  await db.query(
    `INSERT INTO expense_claim_lines (claim_id, line_no, spent_on, category, amount, currency, functional_amount, rate, merchant, description, receipt_reference) VALUES ${tuples.join(', ')}`,
    values,
  );
}

// Any change of status, with what goes with it; the version moves on.
export async function updateClaimState(
  db: Sql,
  id: string,
  change: Partial<{
    status: ExpenseClaimStatus;
    awaiting: ExpenseApprovalStep | null;
    approverId: string | null;
    departmentId: string | null;
    flags: ExpensePolicyFlagRecord[];
    submittedAt: Date;
    managerDecidedBy: string;
    rejectionReason: string;
    journalEntryId: string;
    paymentEntryId: string;
    paidAt: Date;
    budgetWarning: string | null;
  }> & { at: Date },
): Promise<void> {
  const columns: Record<string, string> = {
    status: 'status',
    awaiting: 'awaiting',
    approverId: 'approver_id',
    departmentId: 'department_id',
    flags: 'flags',
    submittedAt: 'submitted_at',
    managerDecidedBy: 'manager_decided_by',
    rejectionReason: 'rejection_reason',
    journalEntryId: 'journal_entry_id',
    paymentEntryId: 'payment_entry_id',
    paidAt: 'paid_at',
    budgetWarning: 'budget_warning',
  };
  const values: unknown[] = [id, change.at];
  const sets = Object.entries(change)
    .filter(([key]) => key !== 'at')
    .map(([key, value]) => {
      values.push(key === 'flags' ? JSON.stringify(value) : value);
      return `${columns[key]} = $${values.length}`;
    });
  await db.query(`UPDATE expense_claims SET ${[...sets, 'updated_at = $2', 'version = version + 1'].join(', ')} WHERE id = $1`, values);
}

export async function recordDecision(db: Sql, decision: { claimId: string; step: ExpenseApprovalStep; outcome: 'APPROVED' | 'REJECTED'; decidedBy: string; at: Date; reason: string | null }): Promise<void> {
  await db.query(`INSERT INTO expense_claim_decisions (claim_id, step, outcome, decided_by, decided_at, reason) VALUES ($1, $2, $3, $4, $5, $6)`, [
    decision.claimId,
    decision.step,
    decision.outcome,
    decision.decidedBy,
    decision.at,
    decision.reason,
  ]);
}

// One person's submissions take turns until their transactions end, so each checks the per-day
// limits and duplicates against the others (two claims for one day submitted at once cannot
// both pass a limit that only one fits under).
export async function lockClaimantSubmissions(db: Sql, claimantId: string): Promise<void> {
  await lockNamed(db, `expense-claims:submit:${claimantId}`);
}

// The person's lines of other claims that count for the policy (submitted or further, not
// withdrawn or rejected), on the given days.
export function otherClaimLinesOn(db: Sql, claimantId: string, exceptClaimId: string, dates: readonly string[]): Promise<Array<{ claimId: string; date: string; category: ExpenseCategory; amount: string; currency: string; functionalAmount: string; merchant: string }>> {
  return rows(
    db,
    `SELECT l.claim_id AS "claimId", l.spent_on::text AS date, l.category, l.amount::text AS amount, l.currency, l.functional_amount::text AS "functionalAmount", l.merchant
     FROM expense_claim_lines l JOIN expense_claims c ON c.id = l.claim_id
     WHERE c.claimant_id = $1 AND c.id <> $2 AND c.status IN ('SUBMITTED', 'APPROVED', 'PAID') AND l.spent_on = ANY($3::date[])`,
    [claimantId, exceptClaimId, dates],
  );
}

// --- The policy ---------------------------------------------------------------------------

type PolicyRow = Omit<ExpensePolicyRecord, 'categories' | 'currency' | 'changedAt'> & { changedAt: Date };

export async function readPolicy(db: Sql, currency: string, options: { lock: boolean } = { lock: false }): Promise<ExpensePolicyRecord> {
  const policy = (await firstRow<PolicyRow>(
    db,
    `SELECT receipt_required_above::text AS "receiptRequiredAbove", max_line_age_days AS "maxLineAgeDays", accounting_approval_above::text AS "accountingApprovalAbove",
       changed_by AS "changedBy", changed_at AS "changedAt", reason FROM expense_policy${options.lock ? ' FOR UPDATE' : ''}`,
  ))!;
  const categories = await rows<Omit<ExpenseCategoryPolicyRecord, 'currency'>>(
    db,
    `SELECT category, per_line_limit::text AS "perLineLimit", per_day_limit::text AS "perDayLimit", account_id AS "accountId" FROM expense_category_policies ORDER BY category`,
  );
  return { ...policy, currency, changedAt: policy.changedAt.toISOString(), categories: categories.map((category) => ({ ...category, currency })) };
}

export async function writePolicy(
  db: Sql,
  policy: { receiptRequiredAbove: string; maxLineAgeDays: number; accountingApprovalAbove: string; changedBy: string; changedAt: Date; reason: string },
  categories: Array<{ category: ExpenseCategory; perLineLimit: string | null; perDayLimit: string | null }>,
): Promise<void> {
  await db.query(`UPDATE expense_policy SET receipt_required_above = $1, max_line_age_days = $2, accounting_approval_above = $3, changed_by = $4, changed_at = $5, reason = $6`, [
    policy.receiptRequiredAbove,
    policy.maxLineAgeDays,
    policy.accountingApprovalAbove,
    policy.changedBy,
    policy.changedAt,
    policy.reason,
  ]);
  for (const category of categories) {
    await db.query(`UPDATE expense_category_policies SET per_line_limit = $2, per_day_limit = $3 WHERE category = $1`, [category.category, category.perLineLimit, category.perDayLimit]);
  }
}


// Approved claims (paid or not) summed per month of their ledger entry and department: a claim's
// spend falls on the day it was expensed, not the day it was paid.
export function spendByMonth(db: Sql, year: number): Promise<Array<{ month: string; departmentId: string | null; total: string; claims: number }>> {
  return rows(
    db,
    `SELECT to_char(e.entry_date, 'YYYY-MM') AS month, c.department_id AS "departmentId", sum(c.total)::text AS total, count(*)::int AS claims
     FROM expense_claims c JOIN journal_entries e ON e.id = c.journal_entry_id
     WHERE c.status IN ('APPROVED', 'PAID') AND e.fiscal_year = $1
     GROUP BY 1, 2 ORDER BY 1, 2`,
    [year],
  );
}
