import { recordAudit } from '@backoffice/platform/audit';
import { Refused } from '@backoffice/platform/domain-errors';
import type { EventMetadata } from '@backoffice/platform/outbox';
import { parseInput } from '@backoffice/platform/validation';
import type { LedgerModules } from '../../ledger-modules';
import { createLedgerAccountInput } from '../ledger-account.inputs';
import type { LedgerAccountRecord } from '../ledger-account.record';
import { insertLedgerAccount, ledgerAccountsByIds } from '../ledger-account.repository';

// A new account in the chart, under an account of the same type (or at the top).
export async function createLedgerAccount({ dataSource }: LedgerModules, input: unknown, { actor, correlationId }: EventMetadata): Promise<LedgerAccountRecord> {
  const account = parseInput(createLedgerAccountInput, input);
  return dataSource.transaction(async (tx) => {
    if (account.parentId) {
      const [parent] = await ledgerAccountsByIds(tx, [account.parentId]);
      if (!parent) throw new Refused('The parent account does not exist.', [{ field: 'input.parentId', message: 'no such account' }]);
      if (parent.type !== account.type) throw new Refused(`An ${account.type} account cannot sit under ${parent.code}, a ${parent.type} account.`, [{ field: 'input.parentId', message: `is a ${parent.type} account` }]);
    }
    const created = await insertLedgerAccount(tx, { code: account.code, name: account.name, type: account.type, parentId: account.parentId ?? null });
    if (!created) throw new Refused(`Account code ${account.code} is taken.`, [{ field: 'input.code', message: 'is already in the chart' }]);
    await recordAudit(tx, { actor, action: 'ledger-account.created', entityType: 'ledger_account', entityId: created.id, changes: { code: created.code, name: created.name, type: created.type }, correlationId });
    return created;
  });
}
