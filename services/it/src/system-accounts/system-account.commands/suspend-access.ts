import { Conflict, refused } from '@backoffice/platform/domain-errors';
import type { EventMetadata } from '@backoffice/platform/outbox';
import { parseInput } from '@backoffice/platform/validation';
import type { ItModules } from '../../it-modules';
import { accountChangeInput } from '../system-account.inputs';
import type { SystemAccountRecord } from '../system-account.record';
import * as accounts from '../system-account.repository';
import { suspendAccount } from '../system-account.service';

// Suspends an ACTIVE account (locked while it changes): it stays, unusable, until granted again.
export async function suspendAccess({ dataSource, clock }: ItModules, rawInput: unknown, metadata: EventMetadata): Promise<SystemAccountRecord> {
  const input = parseInput(accountChangeInput, rawInput);
  return dataSource.transaction(async (tx) => {
    const live = await accounts.lockLiveAccount(tx, input.employeeId, input.system);
    if (!live) throw refused('No such access', [{ field: 'input.system', message: `${input.employeeId} has no ${input.system} account` }]);
    if (live.status !== 'ACTIVE') throw new Conflict(`The ${input.system} account is ${live.status}: only an ACTIVE account is suspended.`, { accountId: live.id, status: live.status, version: live.version });
    return suspendAccount(tx, live, clock.today(), input.reason, metadata);
  });
}
