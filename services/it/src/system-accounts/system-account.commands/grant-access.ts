import { Conflict, refused } from '@backoffice/platform/domain-errors';
import type { EventMetadata } from '@backoffice/platform/outbox';
import { parseInput } from '@backoffice/platform/validation';
import { employedOn, jobOn } from '@backoffice/workforce/workforce.queries';
import { bundlesOf } from '../../access-bundles/access-bundle.queries';
import type { ItModules } from '../../it-modules';
import { systemsByCodes } from '../../systems/system.queries';
import { grantAccessInput } from '../system-account.inputs';
import type { SystemAccountRecord } from '../system-account.record';
import * as accounts from '../system-account.repository';
import { activateAccount, openAccount } from '../system-account.service';

// Access to one system for someone employed on the date it starts: ACTIVE from today, SCHEDULED
// from a later date, or a SUSPENDED account resumed. An account their department's bundle has
// is a bundle account (taken back if they move out of it); any other is an individual grant,
// kept across moves (and shown by the access review until confirmed).
export async function grantAccess({ dataSource, clock }: ItModules, rawInput: unknown, metadata: EventMetadata): Promise<SystemAccountRecord> {
  const input = parseInput(grantAccessInput, rawInput);
  const today = clock.today();
  const from = input.from ?? today;
  if (from < today) throw refused('The date is in the past', [{ field: 'input.from', message: `must be today (${today}) or later: access starts when it is granted` }]);
  return dataSource.transaction(async (tx) => {
    if (!(await systemsByCodes(tx, [input.system])).length) throw refused('Unknown system', [{ field: 'input.system', message: `"${input.system}" is not in the catalogue (systems)` }]);
    if (!(await employedOn(tx, input.employeeId, from))) throw refused('The employee is not employed then', [{ field: 'input.employeeId', message: `is not employed on ${from} as far as IT knows` }]);
    const live = await accounts.lockLiveAccount(tx, input.employeeId, input.system);
    if (live?.status === 'SUSPENDED') {
      if (from !== today) throw refused('A suspended account resumes today', [{ field: 'input.from', message: `must be today (${today}) or left out: a suspended account is resumed when granted again` }]);
      return activateAccount(tx, live, today, input.reason, metadata);
    }
    if (live) throw new Conflict(`${input.employeeId} already has ${input.system} access (${live.status}).`, { accountId: live.id, status: live.status, version: live.version });
    const department = (await jobOn(tx, input.employeeId, from))?.departmentId;
    const inBundle = department ? (await bundlesOf(tx, [department]))[0]!.systems.includes(input.system) : false;
    const { account, opened } = await openAccount(tx, { employeeId: input.employeeId, system: input.system, activeFrom: from, origin: inBundle ? 'BUNDLE' : 'INDIVIDUAL', reason: input.reason }, today, metadata);
    // Another grant committed it between our look and our insert: theirs, not ours.
    if (!opened) throw new Conflict(`${input.employeeId} already has ${input.system} access (${account.status}).`, { accountId: account.id, status: account.status, version: account.version });
    return account;
  });
}
