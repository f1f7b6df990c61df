import { periodClosed } from '@backoffice/events/accounting-events';
import { recordAudit } from '@backoffice/platform/audit';
import { recordEvent, type EventMetadata } from '@backoffice/platform/outbox';
import { Conflict } from '@backoffice/platform/domain-errors';
import { parseInput } from '@backoffice/platform/validation';
import type { LedgerModules } from '../../ledger-modules';
import { GENESIS_HASH } from '../hash-chain.rules';
import { periodInput } from '../journal.inputs';
import type { FiscalPeriodRecord } from '../journal.record';
import * as journal from '../journal.repository';

// Closes a month: from now on nothing dated in it can be posted. Under the fiscal year's posting
// lock, so a posting in flight either lands before the close or is refused after it.
export async function closePeriod({ dataSource, clock }: LedgerModules, periodArgument: unknown, metadata: EventMetadata): Promise<FiscalPeriodRecord> {
  const { actor, correlationId } = metadata;
  const period = parseInput(periodInput, periodArgument, 'period');
  return dataSource.transaction(async (tx) => {
    await journal.lockSequence(tx, Number(period.slice(0, 4)), GENESIS_HASH);
    if ((await journal.periodStatus(tx, `${period}-01`)) === 'CLOSED') throw new Conflict(`The period ${period} is already closed.`, { period });
    await journal.setPeriodStatus(tx, { period: `${period}-01`, status: 'CLOSED', by: actor, at: clock.now(), reason: null });
    await recordEvent(tx, periodClosed, { period }, metadata);
    await recordAudit(tx, { actor, action: 'period.closed', entityType: 'fiscal_period', entityId: period, changes: { status: { from: 'OPEN', to: 'CLOSED' } }, correlationId });
    const at = clock.now();
    return { period, status: 'CLOSED', changedBy: actor, changedAt: at.toISOString(), reason: null };
  });
}
