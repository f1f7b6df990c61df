import { periodReopened } from '@backoffice/events/accounting-events';
import { recordAudit } from '@backoffice/platform/audit';
import { recordEvent, type EventMetadata } from '@backoffice/platform/outbox';
import { Conflict } from '@backoffice/platform/domain-errors';
import { parseInput } from '@backoffice/platform/validation';
import type { LedgerModules } from '../../ledger-modules';
import { GENESIS_HASH } from '../hash-chain.rules';
import { reopenPeriodInput } from '../journal.inputs';
import type { FiscalPeriodRecord } from '../journal.record';
import * as journal from '../journal.repository';

// Reopens a closed month, with the reason, audited. Only MANAGER may (the resolver checks).
export async function reopenPeriod({ dataSource, clock }: LedgerModules, input: unknown, metadata: EventMetadata): Promise<FiscalPeriodRecord> {
  const { actor, correlationId } = metadata;
  const { period, reason } = parseInput(reopenPeriodInput, input);
  return dataSource.transaction(async (tx) => {
    await journal.lockSequence(tx, Number(period.slice(0, 4)), GENESIS_HASH);
    if ((await journal.periodStatus(tx, `${period}-01`)) !== 'CLOSED') throw new Conflict(`The period ${period} is open.`, { period });
    await journal.setPeriodStatus(tx, { period: `${period}-01`, status: 'OPEN', by: actor, at: clock.now(), reason });
    await recordEvent(tx, periodReopened, { period, reason }, metadata);
    await recordAudit(tx, { actor, action: 'period.reopened', entityType: 'fiscal_period', entityId: period, changes: { status: { from: 'CLOSED', to: 'OPEN' }, reason }, correlationId });
    const at = clock.now();
    return { period, status: 'OPEN', changedBy: actor, changedAt: at.toISOString(), reason: reason };
  });
}
