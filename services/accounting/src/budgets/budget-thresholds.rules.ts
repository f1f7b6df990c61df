import { budgetThresholdCrossed } from '@backoffice/events/accounting-events';
import { recordEvent, type EventMetadata } from '@backoffice/platform/outbox';
import type { EntityManager } from 'typeorm';
import type { JournalEntryRecord } from '../journal/journal.record';
import type { LedgerSettings } from '../ledger-modules';
import { centsOf, toCents } from '../money';
import { BUDGET_THRESHOLDS, type BudgetThreshold } from './budget.record';
import { budgetsTouchedByEntry, recordCrossing } from './budget.repository';

// Whether spend going from `before` to `after` (cents) crosses `threshold` percent of `amount`:
// it was below the line and now reaches it. A zero budget is crossed by any spending at all.
export function crossesThreshold(before: bigint, after: bigint, amount: bigint, threshold: BudgetThreshold): boolean {
  if (amount === 0n) return before <= 0n && after > 0n;
  const line = amount * BigInt(threshold);
  return before * 100n < line && after * 100n >= line;
}

// Called by every posting, in its transaction, after its lines and balances are in: each budget
// whose spend the entry takes across a threshold gets its crossing row and its event, together.
// Postings of a fiscal year are serialized by its sequence lock, so each sees the spend the one
// before left; the crossing's key (budget, threshold) keeps it to one row and one event anyway.
export async function recordBudgetCrossings(tx: EntityManager, entry: JournalEntryRecord, settings: LedgerSettings, metadata: EventMetadata): Promise<void> {
  if (!entry.lines.some((line) => line.costCentre !== null)) return;
  for (const budget of await budgetsTouchedByEntry(tx, entry.id, entry.fiscalYear)) {
    const after = toCents(budget.spent)!;
    const before = after - centsOf(budget.added)!;
    const amount = toCents(budget.amount)!;
    for (const threshold of BUDGET_THRESHOLDS) {
      if (!crossesThreshold(before, after, amount, threshold)) continue;
      const at = new Date(entry.postedAt);
      if (!(await recordCrossing(tx, { budgetId: budget.id, threshold, at, journalEntryId: entry.id, budgetAmount: budget.amount, spent: budget.spent }))) continue;
      await recordEvent(
        tx,
        budgetThresholdCrossed,
        {
          budgetId: budget.id,
          departmentId: budget.departmentId,
          fiscalYear: budget.fiscalYear,
          accountId: budget.accountId,
          amount: budget.amount,
          currency: settings.functionalCurrency,
          threshold,
          spent: budget.spent,
          journalEntryId: entry.id,
        },
        metadata,
      );
    }
  }
}
