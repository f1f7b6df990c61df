import { randomUUID } from 'node:crypto';
import { budgetSet } from '@backoffice/events/accounting-events';
import { recordAudit } from '@backoffice/platform/audit';
import { Conflict, Refused, staleVersion } from '@backoffice/platform/domain-errors';
import { recordEvent, type EventMetadata } from '@backoffice/platform/outbox';
import { isUniqueViolation } from '@backoffice/platform/sql';
import { parseInput } from '@backoffice/platform/validation';
import { ledgerAccountsInOrder } from '../../ledger-accounts/ledger-account.queries';
import type { LedgerModules } from '../../ledger-modules';
import { fromCents, toCents } from '../../money';
import { setBudgetInput } from '../budget.inputs';
import type { BudgetRecord } from '../budget.record';
import * as budgets from '../budget.repository';

// Sets a department's budget for a year, department-wide or for one expense account. The first
// amount needs no reason; changing one needs the reason and the version read (a concurrent
// change is CONFLICT). Audited and published, old amount and new, in one transaction.
export async function setBudget({ dataSource, clock, settings }: LedgerModules, input: unknown, metadata: EventMetadata): Promise<BudgetRecord> {
  const { actor, correlationId } = metadata;
  const asked = parseInput(setBudgetInput, input);
  const amount = fromCents(toCents(asked.amount)!);
  const scope = { departmentId: asked.departmentId, fiscalYear: asked.fiscalYear, accountId: asked.accountId ?? null };
  try {
    return await dataSource.transaction(async (tx) => {
      if (scope.accountId) {
        const [account] = await ledgerAccountsInOrder(tx, [scope.accountId]);
        if (!account) throw new Refused('No such account in the chart of accounts.', [{ field: 'input.accountId', message: 'no such account' }]);
        if (account.type !== 'EXPENSE') throw new Refused(`Budgets limit spending: account ${account.code} is ${account.type}, not an expense account.`, [{ field: 'input.accountId', message: `is a ${account.type} account; choose an EXPENSE account` }]);
      }
      const existing = await budgets.lockBudget(tx, scope);
      let id: string;
      if (existing) {
        const problems = [];
        if (!asked.reason) problems.push({ field: 'input.reason', message: 'is required to change a budget already set' });
        if (asked.expectedVersion == null) problems.push({ field: 'input.expectedVersion', message: 'is required to change a budget already set: pass the version you read' });
        if (problems.length) throw new Refused(`This budget is already set to ${existing.amount} ${settings.functionalCurrency}: a change needs its reason and the version you read.`, problems);
        if (asked.expectedVersion !== existing.version) throw staleVersion('Budget', existing.id, asked.expectedVersion!, existing.version);
        id = existing.id;
        await budgets.changeBudget(tx, { id, amount, setBy: actor, setAt: clock.now(), reason: asked.reason! });
      } else {
        if (asked.expectedVersion != null) throw new Conflict('There is no budget to change for this department, year and account: it may have been set since you looked. Reload it.', { expectedVersion: asked.expectedVersion });
        id = randomUUID();
        await budgets.insertBudget(tx, { ...scope, id, amount, currency: settings.functionalCurrency, setBy: actor, setAt: clock.now(), reason: asked.reason ?? null });
      }
      const previousAmount = existing?.amount ?? null;
      await recordAudit(tx, { actor, action: 'budget.set', entityType: 'budget', entityId: id, changes: { ...scope, amount: { from: previousAmount, to: amount }, reason: asked.reason ?? null }, correlationId });
      await recordEvent(tx, budgetSet, { budgetId: id, ...scope, amount, currency: settings.functionalCurrency, previousAmount, reason: asked.reason ?? null }, metadata);
      return (await budgets.budgetById(tx, id))!;
    });
  } catch (error) {
    // Two first amounts for the same budget at once: the database let one in.
    if (isUniqueViolation(error, 'budgets_scope')) throw new Conflict('Someone set this budget at the same moment. Reload it and change it with its version if it still needs changing.', scope);
    throw error;
  }
}
