import { recordAudit } from '@backoffice/platform/audit';
import { NotFound } from '@backoffice/platform/domain-errors';
import type { EventMetadata } from '@backoffice/platform/outbox';
import type { LedgerModules } from '../../ledger-modules';
import type { LedgerAccountRecord } from '../ledger-account.record';
import { archiveLedgerAccountRow, lockLedgerAccount } from '../ledger-account.repository';

// Accounts are archived, never deleted (their lines keep pointing at them): an archived account
// takes no new postings. Archiving twice keeps the first date.
export async function archiveLedgerAccount({ dataSource, clock }: LedgerModules, id: string, { actor, correlationId }: EventMetadata): Promise<LedgerAccountRecord> {
  return dataSource.transaction(async (tx) => {
    const before = await lockLedgerAccount(tx, id);
    if (!before) throw new NotFound('Ledger account', id);
    const archived = (await archiveLedgerAccountRow(tx, id, clock.now()))!;
    if (!before.archivedAt) await recordAudit(tx, { actor, action: 'ledger-account.archived', entityType: 'ledger_account', entityId: id, changes: { code: before.code }, correlationId });
    return archived;
  });
}
