import { Conflict, NotFound } from '@backoffice/platform/domain-errors';
import type { EventMetadata } from '@backoffice/platform/outbox';
import { parseInput } from '@backoffice/platform/validation';
import type { ItModules } from '../../it-modules';
import { reviewAccessInput } from '../system-account.inputs';
import { accessFindings } from '../system-account.queries';
import type { AccessFindingRecord } from '../system-account.record';
import * as accounts from '../system-account.repository';
import { revokeAccount } from '../system-account.service';

// The manager's decision on one finding of the access review, recorded with the reason: CONFIRM
// keeps the access (the review shows it no more), REVOKE revokes the account today. The account is
// locked first: two decisions on one finding take turns, and the second finds it decided.
export async function reviewAccess({ dataSource, clock }: ItModules, rawInput: unknown, metadata: EventMetadata): Promise<AccessFindingRecord> {
  const input = parseInput(reviewAccessInput, rawInput);
  const today = clock.today();
  return dataSource.transaction(async (tx) => {
    const [account] = await accounts.accountsByIds(tx, [input.accountId]);
    if (!account) throw new NotFound('System account', input.accountId);
    const locked = await accounts.lockLiveAccount(tx, account.employeeId, account.system);
    const finding = locked?.id === account.id ? (await accessFindings(tx, null, today, account.employeeId)).find((candidate) => candidate.account.id === account.id) : undefined;
    if (!locked || !finding) throw new Conflict('This account is not a finding of the access review (any more): it was decided, revoked, or matches its bundle.', { accountId: account.id, status: account.status });
    await accounts.recordDecision(tx, { accountId: account.id, finding: finding.kind, decision: input.decision === 'CONFIRM' ? 'CONFIRMED' : 'REVOKED', reason: input.reason, decidedBy: metadata.actor });
    if (input.decision === 'REVOKE') return { ...finding, account: await revokeAccount(tx, locked, today, 'REVIEW', `access review: ${input.reason}`, metadata) };
    return finding;
  });
}
