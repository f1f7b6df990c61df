import { expenseSubmitted } from '@backoffice/events/accounting-events';
import { recordAudit } from '@backoffice/platform/audit';
import { NotFound, Refused } from '@backoffice/platform/domain-errors';
import { recordEvent, type EventMetadata } from '@backoffice/platform/outbox';
import { parseInput } from '@backoffice/platform/validation';
import { jobOn } from '@backoffice/workforce/workforce.queries';
import type { LedgerModules } from '../../ledger-modules';
import { expectedVersionInput } from '../expense-claim.inputs';
import type { ExpenseClaimRecord } from '../expense-claim.record';
import * as claims from '../expense-claim.repository';
import { checkPolicy, eventFacts, requireClaimant, requireStatus, requireVersion } from '../expense-claim.rules';

// Checks a draft against the policy, then sends it to the claimant's line manager on the day of
// submission (workforce projection), or to ACCOUNTING when they have none. A refusal names each
// offending line and why, and changes nothing; a likely duplicate is flagged for the approver.
export async function submitExpenseClaim(modules: LedgerModules, id: string, expectedVersion: number, metadata: EventMetadata): Promise<ExpenseClaimRecord> {
  const { dataSource, clock, settings } = modules;
  const { actor, correlationId } = metadata;
  const version = parseInput(expectedVersionInput, expectedVersion, 'expectedVersion');
  return dataSource.transaction(async (tx) => {
    const claim = await claims.lockClaim(tx, id, settings.functionalCurrency);
    if (!claim) throw new NotFound('Expense claim', id);
    requireClaimant(claim, actor);
    requireStatus(claim, ['DRAFT'], 'submitted');
    requireVersion(claim, version);
    const today = clock.today();
    await claims.lockClaimantSubmissions(tx, claim.claimantId);
    const policy = await claims.readPolicy(tx, settings.functionalCurrency);
    const others = await claims.otherClaimLinesOn(tx, claim.claimantId, claim.id, [...new Set(claim.lines.map((line) => line.date))]);
    const { problems, flags } = checkPolicy(claim, policy, today, others);
    if (problems.length) throw new Refused(`The claim breaks the expense policy: ${problems.map((problem) => `${problem.field} ${problem.message}`).join('; ')}.`, problems);
    const job = await jobOn(tx, claim.claimantId, today);
    const lineManager = job?.managerId && job.managerId !== claim.claimantId ? job.managerId : null;
    const awaiting = lineManager ? 'LINE_MANAGER' : 'ACCOUNTING';
    const at = clock.now();
    await claims.updateClaimState(tx, id, { status: 'SUBMITTED', awaiting, approverId: lineManager, departmentId: job?.departmentId ?? null, flags, submittedAt: at, at });
    const submitted = (await claims.claimsByIds(tx, [id], settings.functionalCurrency))[0]!;
    await recordEvent(tx, expenseSubmitted, { ...eventFacts(submitted), awaiting, likelyDuplicate: flags.length > 0 }, metadata);
    await recordAudit(tx, { actor, action: 'expense-claim.submitted', entityType: 'expense_claim', entityId: id, changes: { awaiting, approverId: lineManager, flags: flags.length }, correlationId });
    return submitted;
  });
}
