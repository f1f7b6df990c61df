import { expensePaid } from '@backoffice/events/accounting-events';
import { recordAudit } from '@backoffice/platform/audit';
import { Forbidden, NotFound } from '@backoffice/platform/domain-errors';
import { recordEvent, type EventMetadata } from '@backoffice/platform/outbox';
import { parseInput } from '@backoffice/platform/validation';
import type { LedgerModules } from '../../ledger-modules';
import { expectedVersionInput, paidOnInput } from '../expense-claim.inputs';
import type { ExpenseClaimRecord } from '../expense-claim.record';
import * as claims from '../expense-claim.repository';
import { eventFacts, requireStatus, requireVersion } from '../expense-claim.rules';
import { accountIdByCode } from '../../ledger-accounts/ledger-account.queries';

const REIMBURSEMENTS_PAYABLE = '2200';
const BANK = '1000';

// Posts the reimbursement of an approved claim: reimbursements payable against the bank, once.
export async function markExpenseClaimPaid(modules: LedgerModules, id: string, expectedVersion: number, paidOn: unknown, metadata: EventMetadata): Promise<ExpenseClaimRecord> {
  const { dataSource, clock, settings, journal } = modules;
  const { actor, correlationId } = metadata;
  const version = parseInput(expectedVersionInput, expectedVersion, 'expectedVersion');
  const date = parseInput(paidOnInput, paidOn, 'paidOn') ?? clock.today();
  return dataSource.transaction(async (tx) => {
    const claim = await claims.lockClaim(tx, id, settings.functionalCurrency);
    if (!claim) throw new NotFound('Expense claim', id);
    requireStatus(claim, ['APPROVED'], 'paid');
    // Nobody pays themself: an accountant's own claim is paid by another.
    if (actor === claim.claimantId) throw new Forbidden('You cannot pay your own expense claim: a second person in ACCOUNTING pays it.');
    requireVersion(claim, version);
    const entry = await journal.post(
      tx,
      {
        idempotencyKey: `expense-payment:${id}`,
        date,
        memo: `Reimbursement of expense claim: ${claim.title}`,
        source: 'EXPENSE',
        sourceId: id,
        lines: [
          { accountId: (await accountIdByCode(tx, REIMBURSEMENTS_PAYABLE))!, debit: claim.total, memo: `paid to ${claim.claimantId}` },
          { accountId: (await accountIdByCode(tx, BANK))!, credit: claim.total },
        ],
      },
      metadata,
    );
    const at = clock.now();
    await claims.updateClaimState(tx, id, { status: 'PAID', paymentEntryId: entry.id, paidAt: at, at });
    const paid = (await claims.claimsByIds(tx, [id], settings.functionalCurrency))[0]!;
    await recordEvent(tx, expensePaid, { ...eventFacts(paid), paidOn: date, paymentEntryId: entry.id }, metadata);
    await recordAudit(tx, { actor, action: 'expense-claim.paid', entityType: 'expense_claim', entityId: id, changes: { paymentEntryId: entry.id, paidOn: date }, correlationId });
    return paid;
  });
}
