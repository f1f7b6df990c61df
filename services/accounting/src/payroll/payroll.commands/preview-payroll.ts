import { randomUUID } from 'node:crypto';
import { payrollPreviewed } from '@backoffice/events/accounting-events';
import { recordAudit } from '@backoffice/platform/audit';
import { Conflict } from '@backoffice/platform/domain-errors';
import { recordEvent, type EventMetadata } from '@backoffice/platform/outbox';
import { parseInput } from '@backoffice/platform/validation';
import type { HrFacts } from '../../hr-facts';
import type { LedgerModules } from '../../ledger-modules';
import { periodInput } from '../payroll.inputs';
import type { PayrollRunRecord } from '../payroll.record';
import * as payroll from '../payroll.repository';
import { adjustmentLines, computeMonth, HR_FACTS_BEHIND, paidLines, runFacts, totalOf } from '../payroll.rules';

// Computes a month's payroll as a draft run, replacing the month's run not yet posted (an
// approval of what it held no longer stands). Once the month's regular run is posted, a new
// computation is an ADJUSTMENT run of the differences per person, never an edit.
// The month is computed from the workforce projection only once it has applied every HR event on
// the topics: behind (a restart, a crash, a burst), it would pay a leaver as if they stayed.
export async function previewPayroll({ dataSource, clock, settings }: LedgerModules, periodArgument: unknown, metadata: EventMetadata, hrFacts: HrFacts): Promise<PayrollRunRecord> {
  const { actor, correlationId } = metadata;
  const period = parseInput(periodInput, periodArgument, 'period');
  const behind = await hrFacts.eventsNotYetApplied();
  if (behind > 0) {
    throw new Conflict(
      `${behind} of HR's published events have not reached accounting's copy of HR's records yet (it is catching up, after a restart for instance): a payroll computed now could miss a hire, a leaver or a pay change. Preview again in a minute.`,
      { reason: HR_FACTS_BEHIND, eventsNotYetApplied: behind },
    );
  }
  return dataSource.transaction(async (tx) => {
    await payroll.lockPeriod(tx, period);
    const now = await computeMonth(tx, period, settings);
    const adjusting = await payroll.hasPostedRegularRun(tx, period);
    const lines = adjusting ? adjustmentLines(now, await payroll.postedGrossByEmployee(tx, period)) : now;
    if (adjusting && !paidLines(lines).length) {
      throw new Conflict(`The payroll of ${period} is posted and matches what HR's records say now: there is nothing to adjust.`, { period });
    }
    const open = await payroll.openRunOf(tx, period, settings.functionalCurrency);
    if (open) await payroll.deleteRun(tx, open.id);
    const id = randomUUID();
    const paid = paidLines(lines);
    await payroll.insertRun(tx, { id, period, kind: adjusting ? 'ADJUSTMENT' : 'REGULAR', headcount: paid.length, total: totalOf(paid), preparedBy: actor, at: clock.now() }, lines);
    const run = (await payroll.runsByIds(tx, [id], settings.functionalCurrency))[0]!;
    await recordEvent(tx, payrollPreviewed, runFacts(run), metadata);
    await recordAudit(tx, { actor, action: 'payroll.previewed', entityType: 'payroll_run', entityId: id, changes: { period, kind: run.kind, headcount: run.headcount, replaces: open?.id ?? null }, correlationId });
    return run;
  });
}
