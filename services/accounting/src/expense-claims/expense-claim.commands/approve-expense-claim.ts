import { expenseApproved } from '@backoffice/events/accounting-events';
import { recordAudit } from '@backoffice/platform/audit';
import { NotFound } from '@backoffice/platform/domain-errors';
import { recordEvent, type EventMetadata } from '@backoffice/platform/outbox';
import { parseInput } from '@backoffice/platform/validation';
import { departmentBudgetsInOrder } from '../../budgets/budget.queries';
import type { LedgerModules } from '../../ledger-modules';
import { toCents } from '../../money';
import { expectedVersionInput } from '../expense-claim.inputs';
import type { ExpenseClaimRecord } from '../expense-claim.record';
import * as claims from '../expense-claim.repository';
import { eventFacts, requireDecider, requireStatus, requireVersion } from '../expense-claim.rules';
import { accountIdByCode } from '../../ledger-accounts/ledger-account.queries';

const REIMBURSEMENTS_PAYABLE = '2200';

// Approves the step the claim waits for. The line manager's approval sends a claim above the
// policy's amount on to ACCOUNTING; the last approval posts it: each line's expense account on
// the claimant's department, against reimbursements payable, with the claim as source document.
// The claim row is locked while this runs: of two approvals at once, one decides the step and
// the other finds it decided (CONFLICT).
export async function approveExpenseClaim(modules: LedgerModules, id: string, expectedVersion: number, decider: { id: string | null; accounting: boolean }, metadata: EventMetadata): Promise<ExpenseClaimRecord> {
  const { dataSource, clock, settings, journal } = modules;
  const { actor, correlationId } = metadata;
  const version = parseInput(expectedVersionInput, expectedVersion, 'expectedVersion');
  return dataSource.transaction(async (tx) => {
    const claim = await claims.lockClaim(tx, id, settings.functionalCurrency);
    if (!claim) throw new NotFound('Expense claim', id);
    requireStatus(claim, ['SUBMITTED'], 'approved');
    requireVersion(claim, version);
    requireDecider(claim, decider);
    const step = claim.awaiting!;
    const at = clock.now();
    await claims.recordDecision(tx, { claimId: id, step, outcome: 'APPROVED', decidedBy: decider.id!, at, reason: null });
    const policy = await claims.readPolicy(tx, settings.functionalCurrency);
    if (step === 'LINE_MANAGER' && toCents(claim.total)! > toCents(policy.accountingApprovalAbove)!) {
      await claims.updateClaimState(tx, id, { awaiting: 'ACCOUNTING', managerDecidedBy: decider.id!, at });
      await recordAudit(tx, { actor, action: 'expense-claim.approved', entityType: 'expense_claim', entityId: id, changes: { step, next: 'ACCOUNTING' }, correlationId });
      return (await claims.claimsByIds(tx, [id], settings.functionalCurrency))[0]!;
    }
    const accounts = new Map(policy.categories.map((category) => [category.category, category.accountId]));
    const today = clock.today();
    const budgetBefore = claim.departmentId ? (await departmentBudgetsInOrder(tx, [{ departmentId: claim.departmentId, fiscalYear: Number(today.slice(0, 4)) }]))[0] : null;
    const entry = await journal.post(
      tx,
      {
        idempotencyKey: `expense:${id}`,
        date: today,
        memo: `Expense claim: ${claim.title}`,
        source: 'EXPENSE',
        sourceId: id,
        lines: [
          ...claim.lines.map((line) => ({ accountId: accounts.get(line.category)!, debit: line.functionalAmount, departmentId: claim.departmentId, memo: `${line.category} ${line.date}` })),
          { accountId: (await accountIdByCode(tx, REIMBURSEMENTS_PAYABLE))!, credit: claim.total, memo: `owed to ${claim.claimantId}` },
        ],
      },
      metadata,
    );
    // Over budget is the manager's to see, not a reason to refuse what policy allowed.
    let budgetWarning: string | null = null;
    if (budgetBefore && claim.departmentId) {
      const after = (await departmentBudgetsInOrder(tx, [{ departmentId: claim.departmentId, fiscalYear: budgetBefore.fiscalYear }]))[0]!;
      const amount = toCents(after.amount)!;
      if (toCents(budgetBefore.spent)! <= amount && toCents(after.spent)! > amount) {
        budgetWarning = `This claim takes the department past its ${after.fiscalYear} budget: ${after.spent} spent of ${after.amount} ${after.currency}.`;
      }
    }
    await claims.updateClaimState(tx, id, { status: 'APPROVED', awaiting: null, journalEntryId: entry.id, budgetWarning, ...(step === 'LINE_MANAGER' ? { managerDecidedBy: decider.id! } : {}), at });
    const approved = (await claims.claimsByIds(tx, [id], settings.functionalCurrency))[0]!;
    await recordEvent(tx, expenseApproved, { ...eventFacts(approved), decidedBy: decider.id!, step, journalEntryId: entry.id, postedOn: entry.date }, metadata);
    await recordAudit(tx, { actor, action: 'expense-claim.approved', entityType: 'expense_claim', entityId: id, changes: { step, journalEntryId: entry.id, budgetWarning }, correlationId });
    return approved;
  });
}
