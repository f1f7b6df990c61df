import { recordAudit } from '@backoffice/platform/audit';
import type { EventMetadata } from '@backoffice/platform/outbox';
import { parseInput } from '@backoffice/platform/validation';
import type { LedgerModules } from '../../ledger-modules';
import { fromCents, toCents } from '../../money';
import { setExpensePolicyInput } from '../expense-claim.inputs';
import type { ExpensePolicyRecord } from '../expense-claim.record';
import * as claims from '../expense-claim.repository';

// New limits, with the reason; the audit row keeps what changed, old and new.
export async function setExpensePolicy({ dataSource, clock, settings }: LedgerModules, input: unknown, { actor, correlationId }: EventMetadata): Promise<ExpensePolicyRecord> {
  const asked = parseInput(setExpensePolicyInput, input);
  const normal = (amount: string | null | undefined) => (amount == null ? null : fromCents(toCents(amount)!));
  return dataSource.transaction(async (tx) => {
    const before = await claims.readPolicy(tx, settings.functionalCurrency, { lock: true });
    const categories = (asked.categories ?? []).map((category) => ({ category: category.category, perLineLimit: normal(category.perLineLimit), perDayLimit: normal(category.perDayLimit) }));
    await claims.writePolicy(
      tx,
      { receiptRequiredAbove: normal(asked.receiptRequiredAbove)!, maxLineAgeDays: asked.maxLineAgeDays, accountingApprovalAbove: normal(asked.accountingApprovalAbove)!, changedBy: actor, changedAt: clock.now(), reason: asked.reason },
      categories,
    );
    const after = await claims.readPolicy(tx, settings.functionalCurrency);
    await recordAudit(tx, {
      actor,
      action: 'expense-policy.set',
      entityType: 'expense_policy',
      entityId: 'expense_policy',
      changes: {
        receiptRequiredAbove: { from: before.receiptRequiredAbove, to: after.receiptRequiredAbove },
        maxLineAgeDays: { from: before.maxLineAgeDays, to: after.maxLineAgeDays },
        accountingApprovalAbove: { from: before.accountingApprovalAbove, to: after.accountingApprovalAbove },
        categories: { from: before.categories.map(({ category, perLineLimit, perDayLimit }) => ({ category, perLineLimit, perDayLimit })), to: after.categories.map(({ category, perLineLimit, perDayLimit }) => ({ category, perLineLimit, perDayLimit })) },
        reason: asked.reason,
      },
      correlationId,
    });
    return after;
  });
}
