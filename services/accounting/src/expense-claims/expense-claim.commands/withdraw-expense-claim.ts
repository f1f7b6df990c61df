import { expenseWithdrawn } from '@backoffice/events/accounting-events';
import { recordAudit } from '@backoffice/platform/audit';
import { NotFound } from '@backoffice/platform/domain-errors';
import { recordEvent, type EventMetadata } from '@backoffice/platform/outbox';
import { parseInput } from '@backoffice/platform/validation';
import type { LedgerModules } from '../../ledger-modules';
import { expectedVersionInput } from '../expense-claim.inputs';
import type { ExpenseClaimRecord } from '../expense-claim.record';
import * as claims from '../expense-claim.repository';
import { eventFacts, requireClaimant, requireStatus, requireVersion } from '../expense-claim.rules';

// The claimant takes a claim back until it is decided (a draft too).
export async function withdrawExpenseClaim({ dataSource, clock, settings }: LedgerModules, id: string, expectedVersion: number, metadata: EventMetadata): Promise<ExpenseClaimRecord> {
  const { actor, correlationId } = metadata;
  const version = parseInput(expectedVersionInput, expectedVersion, 'expectedVersion');
  return dataSource.transaction(async (tx) => {
    const claim = await claims.lockClaim(tx, id, settings.functionalCurrency);
    if (!claim) throw new NotFound('Expense claim', id);
    requireClaimant(claim, actor);
    requireStatus(claim, ['DRAFT', 'SUBMITTED'], 'withdrawn');
    requireVersion(claim, version);
    await claims.updateClaimState(tx, id, { status: 'WITHDRAWN', awaiting: null, at: clock.now() });
    const withdrawn = (await claims.claimsByIds(tx, [id], settings.functionalCurrency))[0]!;
    // A draft was never published: only a submitted claim's withdrawal is news.
    if (claim.status === 'SUBMITTED') await recordEvent(tx, expenseWithdrawn, eventFacts(withdrawn), metadata);
    await recordAudit(tx, { actor, action: 'expense-claim.withdrawn', entityType: 'expense_claim', entityId: id, changes: { from: claim.status }, correlationId });
    return withdrawn;
  });
}
