import { refused } from '@backoffice/platform/domain-errors';
import type { EventMetadata } from '@backoffice/platform/outbox';
import { parseInput } from '@backoffice/platform/validation';
import type { ItModules } from '../../it-modules';
import { accountChangeInput } from '../system-account.inputs';
import type { SystemAccountRecord } from '../system-account.record';
import * as accounts from '../system-account.repository';
import { revokeAccount } from '../system-account.service';

// Revokes a live account (scheduled, active or suspended) for good, today.
export async function revokeAccess({ dataSource, clock }: ItModules, rawInput: unknown, metadata: EventMetadata): Promise<SystemAccountRecord> {
  const input = parseInput(accountChangeInput, rawInput);
  return dataSource.transaction(async (tx) => {
    const live = await accounts.lockLiveAccount(tx, input.employeeId, input.system);
    if (!live) throw refused('No such access', [{ field: 'input.system', message: `${input.employeeId} has no live ${input.system} account` }]);
    return revokeAccount(tx, live, clock.today(), 'MANUAL', input.reason, metadata);
  });
}
