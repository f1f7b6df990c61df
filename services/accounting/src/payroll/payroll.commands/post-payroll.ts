import { payrollEmployeeIncluded, payrollPosted } from '@backoffice/events/accounting-events';
import { recordAudit } from '@backoffice/platform/audit';
import { Conflict, NotFound } from '@backoffice/platform/domain-errors';
import { recordEvent, type EventMetadata } from '@backoffice/platform/outbox';
import { monthBounds } from '@backoffice/workforce/working-days.rules';
import type { LedgerModules } from '../../ledger-modules';
import { fromCents, toCents } from '../../money';
import type { PayrollRunRecord } from '../payroll.record';
import * as payroll from '../payroll.repository';
import { paidLines, runFacts } from '../payroll.rules';
import { accountIdByCode } from '../../ledger-accounts/ledger-account.queries';

const SALARIES = '6000';
const PAYROLL_LIABILITIES = '2100';

// Posts an approved run on the month's last day: salary expense per department cost centre
// against payroll liabilities, the run as source document, once. Posting a posted run again
// returns it. Each person paid gets an employee-included event (no amount) for the processes.
export async function postPayroll(modules: LedgerModules, runId: string, metadata: EventMetadata): Promise<PayrollRunRecord> {
  const { dataSource, clock, settings, journal } = modules;
  const { actor, correlationId } = metadata;
  return dataSource.transaction(async (tx) => {
    const run = await payroll.lockRun(tx, runId, settings.functionalCurrency);
    if (!run) throw new NotFound('Payroll run', runId);
    if (run.status === 'POSTED') return run;
    if (run.status === 'DRAFT') throw new Conflict('This payroll run is not approved yet: a second person approves it first (approvePayroll).', { status: run.status });
    await payroll.lockPeriod(tx, run.period);
    const lines = paidLines(await payroll.linesOfRuns(tx, [runId], settings.functionalCurrency));
    const byDepartment = new Map<string | null, bigint>();
    for (const line of lines) byDepartment.set(line.departmentId, (byDepartment.get(line.departmentId) ?? 0n) + toCents(line.gross)!);
    const [year, month] = run.period.split('-').map(Number) as [number, number];
    const net = [...byDepartment.values()].reduce((sum, cents) => sum + cents, 0n);
    const salaries = (await accountIdByCode(tx, SALARIES))!;
    const liabilities = (await accountIdByCode(tx, PAYROLL_LIABILITIES))!;
    const entryLines = [
      ...[...byDepartment].filter(([, cents]) => cents !== 0n).map(([departmentId, cents]) => ({ accountId: salaries, ...(cents > 0n ? { debit: fromCents(cents) } : { credit: fromCents(-cents) }), departmentId, memo: `salaries ${run.period}` })),
      ...(net !== 0n ? [{ accountId: liabilities, ...(net > 0n ? { credit: fromCents(net) } : { debit: fromCents(-net) }), memo: `payroll ${run.period}` }] : []),
    ];
    // Differences that cancel out within every department move nothing in the ledger.
    const entry = entryLines.length >= 2
      ? await journal.post(tx, { idempotencyKey: `payroll:${runId}`, date: monthBounds(year, month).to, memo: `Payroll ${run.period} (${run.kind.toLowerCase()})`, source: 'PAYROLL', sourceId: runId, lines: entryLines }, metadata)
      : null;
    await payroll.setRunStatus(tx, runId, { status: 'POSTED', at: clock.now(), journalEntryId: entry?.id });
    const posted = (await payroll.runsByIds(tx, [runId], settings.functionalCurrency))[0]!;
    await recordEvent(tx, payrollPosted, { ...runFacts(posted), journalEntryId: entry?.id ?? null }, metadata);
    for (const line of lines) await recordEvent(tx, payrollEmployeeIncluded, { runId, employeeId: line.employeeId, period: run.period, kind: run.kind, isFinal: line.finalPay }, metadata);
    await recordAudit(tx, { actor, action: 'payroll.posted', entityType: 'payroll_run', entityId: runId, changes: { period: run.period, kind: run.kind, journalEntryId: entry?.id ?? null }, correlationId });
    return posted;
  });
}
