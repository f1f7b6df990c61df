import { randomUUID } from 'node:crypto';
import { recordAudit } from '@backoffice/platform/audit';
import { Forbidden } from '@backoffice/platform/domain-errors';
import type { EventMetadata } from '@backoffice/platform/outbox';
import type { LedgerModules } from '../../ledger-modules';
import type { ExpenseClaimRecord } from '../expense-claim.record';
import * as claims from '../expense-claim.repository';
import { claimContent } from '../expense-claim.rules';

// A new claim of the caller's, a draft they edit until they submit it.
export async function draftExpenseClaim({ dataSource, clock, settings }: LedgerModules, claimantId: string | null, input: unknown, { actor, correlationId }: EventMetadata): Promise<ExpenseClaimRecord> {
  if (!claimantId) throw new Forbidden('Expense claims are a person\'s: sign in as the employee who spent the money.');
  return dataSource.transaction(async (tx) => {
    const content = await claimContent(tx, input, settings);
    const id = randomUUID();
    await claims.insertClaim(tx, { id, claimantId, ...content, at: clock.now() });
    await recordAudit(tx, { actor, action: 'expense-claim.drafted', entityType: 'expense_claim', entityId: id, changes: { total: content.total, lines: content.lines.length }, correlationId });
    return (await claims.claimsByIds(tx, [id], settings.functionalCurrency))[0]!;
  });
}
