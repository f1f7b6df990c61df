import { recordAudit } from '@backoffice/platform/audit';
import { NotFound } from '@backoffice/platform/domain-errors';
import type { EventMetadata } from '@backoffice/platform/outbox';
import { parseInput } from '@backoffice/platform/validation';
import type { LedgerModules } from '../../ledger-modules';
import { expectedVersionInput } from '../expense-claim.inputs';
import type { ExpenseClaimRecord } from '../expense-claim.record';
import * as claims from '../expense-claim.repository';
import { claimContent, requireClaimant, requireStatus, requireVersion } from '../expense-claim.rules';

// Replaces a draft's title and lines; the claimant's alone, until they submit it.
export async function updateExpenseClaim({ dataSource, clock, settings }: LedgerModules, id: string, expectedVersion: number, input: unknown, { actor, correlationId }: EventMetadata): Promise<ExpenseClaimRecord> {
  const version = parseInput(expectedVersionInput, expectedVersion, 'expectedVersion');
  return dataSource.transaction(async (tx) => {
    const claim = await claims.lockClaim(tx, id, settings.functionalCurrency);
    if (!claim) throw new NotFound('Expense claim', id);
    requireClaimant(claim, actor);
    requireStatus(claim, ['DRAFT'], 'edited');
    requireVersion(claim, version);
    const content = await claimContent(tx, input, settings);
    await claims.replaceClaimContent(tx, id, { ...content, at: clock.now() });
    await recordAudit(tx, { actor, action: 'expense-claim.edited', entityType: 'expense_claim', entityId: id, changes: { total: { from: claim.total, to: content.total } }, correlationId });
    return (await claims.claimsByIds(tx, [id], settings.functionalCurrency))[0]!;
  });
}
