import { payrollApproved } from '@backoffice/events/accounting-events';
import { recordAudit } from '@backoffice/platform/audit';
import { Conflict, NotFound } from '@backoffice/platform/domain-errors';
import { recordEvent, type EventMetadata } from '@backoffice/platform/outbox';
import type { LedgerModules } from '../../ledger-modules';
import type { PayrollRunRecord } from '../payroll.record';
import * as payroll from '../payroll.repository';
import { requireSecondPerson, runFacts } from '../payroll.rules';

// A second person approves a draft run; two approvals at once approve it once (the run is locked).
export async function approvePayroll({ dataSource, clock, settings }: LedgerModules, runId: string, metadata: EventMetadata): Promise<PayrollRunRecord> {
  const { actor, correlationId } = metadata;
  return dataSource.transaction(async (tx) => {
    const run = await payroll.lockRun(tx, runId, settings.functionalCurrency);
    if (!run) throw new NotFound('Payroll run', runId);
    if (run.status !== 'DRAFT') throw new Conflict(`This payroll run is already ${run.status.toLowerCase()} (by ${run.approvedBy}).`, { status: run.status });
    requireSecondPerson(run, actor);
    await payroll.setRunStatus(tx, runId, { status: 'APPROVED', by: actor, at: clock.now() });
    const approved = (await payroll.runsByIds(tx, [runId], settings.functionalCurrency))[0]!;
    await recordEvent(tx, payrollApproved, runFacts(approved), metadata);
    await recordAudit(tx, { actor, action: 'payroll.approved', entityType: 'payroll_run', entityId: runId, changes: { period: run.period, kind: run.kind }, correlationId });
    return approved;
  });
}
