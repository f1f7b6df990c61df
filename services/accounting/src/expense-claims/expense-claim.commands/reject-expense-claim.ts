import { expenseRejected } from '@backoffice/events/accounting-events';
import { recordAudit } from '@backoffice/platform/audit';
import { NotFound } from '@backoffice/platform/domain-errors';
import { recordEvent, type EventMetadata } from '@backoffice/platform/outbox';
import { parseInput } from '@backoffice/platform/validation';
import type { LedgerModules } from '../../ledger-modules';
import { expectedVersionInput, rejectionReasonInput } from '../expense-claim.inputs';
import type { ExpenseClaimRecord } from '../expense-claim.record';
import * as claims from '../expense-claim.repository';
import { eventFacts, requireDecider, requireStatus, requireVersion } from '../expense-claim.rules';

// Rejects the step the claim waits for, with the reason the claimant reads.
export async function rejectExpenseClaim({ dataSource, clock, settings }: LedgerModules, id: string, expectedVersion: number, reason: string, decider: { id: string | null; accounting: boolean }, metadata: EventMetadata): Promise<ExpenseClaimRecord> {
  const { actor, correlationId } = metadata;
  const version = parseInput(expectedVersionInput, expectedVersion, 'expectedVersion');
  const why = parseInput(rejectionReasonInput, reason, 'reason');
  return dataSource.transaction(async (tx) => {
    const claim = await claims.lockClaim(tx, id, settings.functionalCurrency);
    if (!claim) throw new NotFound('Expense claim', id);
    requireStatus(claim, ['SUBMITTED'], 'rejected');
    requireVersion(claim, version);
    requireDecider(claim, decider);
    const step = claim.awaiting!;
    const at = clock.now();
    await claims.recordDecision(tx, { claimId: id, step, outcome: 'REJECTED', decidedBy: decider.id!, at, reason: why });
    await claims.updateClaimState(tx, id, { status: 'REJECTED', awaiting: null, rejectionReason: why, ...(step === 'LINE_MANAGER' ? { managerDecidedBy: decider.id! } : {}), at });
    const rejected = (await claims.claimsByIds(tx, [id], settings.functionalCurrency))[0]!;
    await recordEvent(tx, expenseRejected, { ...eventFacts(rejected), decidedBy: decider.id!, step }, metadata);
    await recordAudit(tx, { actor, action: 'expense-claim.rejected', entityType: 'expense_claim', entityId: id, changes: { step, reason: why }, correlationId });
    return rejected;
  });
}
