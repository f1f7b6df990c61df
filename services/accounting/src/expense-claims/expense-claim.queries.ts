import { decodeCursor, encodeCursor } from '@backoffice/platform/cursors';
import { Refused } from '@backoffice/platform/domain-errors';
import type { Sql } from '@backoffice/platform/sql';
import { pageSize } from '@backoffice/platform/validation';
import type { ExpenseClaimRecord, ExpenseClaimStatus, ExpenseDecisionRecord, ExpensePolicyRecord, MonthlyExpenseSpendRecord } from './expense-claim.record';
import * as claims from './expense-claim.repository';
import type { ClaimVisibility } from './expense-claim.repository';

// What a caller may see of expense claims: everything (ACCOUNTING, MANAGER: visibility null), or
// their own and those waiting for them or decided by them as line manager.

export function canSee(claim: ExpenseClaimRecord, visibility: ClaimVisibility): boolean {
  if (!visibility) return true;
  const viewer = visibility.viewerId;
  return viewer !== null && (claim.claimantId === viewer || (claim.approverId === viewer && claim.status !== 'DRAFT') || claim.managerDecidedBy === viewer);
}

export type ExpenseClaimsArgs = {
  filter?: { status?: ExpenseClaimStatus | null; claimantId?: string | null; departmentId?: string | null; from?: string | null; to?: string | null } | null;
  first?: number | null;
  after?: string | null;
};

export async function expenseClaims(db: Sql, args: ExpenseClaimsArgs, visibility: ClaimVisibility, currency: string) {
  const limit = pageSize(args.first);
  let after: { createdAt: string; id: string } | null = null;
  if (args.after) {
    const [createdAt, id] = decodeCursor(args.after).split('|');
    if (!createdAt || !id || Number.isNaN(Date.parse(createdAt))) throw new Refused('after is not a cursor this list gave out.', [{ field: 'after', message: 'is not a cursor from expenseClaims' }]);
    after = { createdAt, id };
  }
  const filter = args.filter ?? {};
  const found = await claims.listClaims(
    db,
    { status: filter.status ?? null, claimantId: filter.claimantId ?? null, departmentId: filter.departmentId ?? null, from: filter.from ?? null, to: filter.to ?? null },
    visibility,
    after,
    limit + 1,
    currency,
  );
  const page = found.slice(0, limit);
  const edges = page.map((claim) => ({ node: claim, cursor: encodeCursor(`${claim.createdAt}|${claim.id}`) }));
  return { edges, pageInfo: { hasNextPage: found.length > limit, endCursor: edges.at(-1)?.cursor ?? null } };
}

export async function expenseClaimsInOrder(db: Sql, ids: readonly string[], currency: string): Promise<Array<ExpenseClaimRecord | null>> {
  const found = new Map((await claims.claimsByIds(db, ids, currency)).map((claim) => [claim.id, claim]));
  return ids.map((id) => found.get(id) ?? null);
}

export function expenseApprovalQueue(db: Sql, viewerId: string, includeAccountingStep: boolean, currency: string): Promise<ExpenseClaimRecord[]> {
  return claims.claimsAwaiting(db, viewerId, includeAccountingStep, currency);
}

// Loader batch: each employee's claims the caller may see, newest first.
export async function claimsOfEmployeesInOrder(db: Sql, employeeIds: readonly string[], visibility: ClaimVisibility, currency: string): Promise<ExpenseClaimRecord[][]> {
  const found = await claims.claimsOfClaimants(db, employeeIds, visibility, currency);
  return employeeIds.map((id) => found.filter((claim) => claim.claimantId === id));
}

// Loader batch: each claim's decisions, in the order they were taken.
export async function decisionsInOrder(db: Sql, claimIds: readonly string[]): Promise<ExpenseDecisionRecord[][]> {
  const found = await claims.decisionsOfClaims(db, claimIds);
  return claimIds.map((id) => found.filter((decision) => decision.claimId === id).map(({ claimId: _claimId, ...decision }) => decision));
}

export function expensePolicy(db: Sql, currency: string): Promise<ExpensePolicyRecord> {
  return claims.readPolicy(db, currency);
}

export async function expenseSpendByMonth(db: Sql, year: number, functionalCurrency: string): Promise<MonthlyExpenseSpendRecord[]> {
  return (await claims.spendByMonth(db, year)).map((row) => ({ ...row, currency: functionalCurrency }));
}
