import { fiscalYearClosed } from '@backoffice/events/accounting-events';
import { recordAudit } from '@backoffice/platform/audit';
import { recordEvent, type EventMetadata } from '@backoffice/platform/outbox';
import { Conflict, Refused } from '@backoffice/platform/domain-errors';
import { parseInput } from '@backoffice/platform/validation';
import type { LedgerModules } from '../../ledger-modules';
import { requestHash } from '../hash-chain.rules';
import { fiscalYearInput } from '../journal.inputs';
import type { JournalEntryRecord } from '../journal.record';
import * as journal from '../journal.repository';
import { postEntry, type LineToPost } from '../journal.rules';
import { fromCents, toCents } from '../../money';
import { accountIdByCode } from '../../ledger-accounts/ledger-account.queries';

// The year-end close: one CLOSING entry on 31 December moves every revenue and expense balance of
// the year (per cost centre) to retained earnings, then every month of the year is closed. Once
// per year: a second close is CONFLICT.
export const RETAINED_EARNINGS_CODE = '3100';

export async function closeFiscalYear(modules: LedgerModules, yearArgument: unknown, metadata: EventMetadata): Promise<JournalEntryRecord> {
  const { dataSource, clock, settings } = modules;
  const { actor, correlationId } = metadata;
  const fiscalYear = parseInput(fiscalYearInput, yearArgument, 'fiscalYear');
  const date = `${fiscalYear}-12-31`;
  return dataSource.transaction(async (tx) => {
    const retainedEarnings = await accountIdByCode(tx, RETAINED_EARNINGS_CODE);
    if (!retainedEarnings) throw new Refused(`The chart has no retained earnings account (${RETAINED_EARNINGS_CODE}).`, [{ field: 'fiscalYear', message: 'no retained earnings account' }]);
    const key = `closing:${fiscalYear}`;
    const already = await journal.entryByIdempotencyKey(tx, key);
    if (already) throw new Conflict(`${fiscalYear} is already closed, by entry ${already.number}.`, { entryId: already.id });
    const results = await journal.yearResultByAccount(tx, fiscalYear);
    const lines: LineToPost[] = [];
    let profit = 0n;
    for (const result of results) {
      const net = toCents(result.net)!;
      profit += net;
      // Bring the account to zero: a credit balance is debited, a debit balance credited.
      lines.push({ accountId: result.accountId, departmentId: result.costCentre, debit: net > 0n ? fromCents(net) : null, credit: net < 0n ? fromCents(-net) : null, memo: 'year-end close' });
    }
    if (profit !== 0n) lines.push({ accountId: retainedEarnings, debit: profit < 0n ? fromCents(-profit) : null, credit: profit > 0n ? fromCents(profit) : null, memo: `result of ${fiscalYear}` });
    if (lines.length < 2) throw new Refused(`${fiscalYear} has no revenue or expense to close.`, [{ field: 'fiscalYear', message: 'nothing to close' }]);
    const memo = `Year-end close of ${fiscalYear}: result ${fromCents(profit)} ${settings.functionalCurrency} to retained earnings`;
    const { entry } = await postEntry(tx, { idempotencyKey: key, requestHash: requestHash({ closing: fiscalYear }), date, memo, source: 'CLOSING', sourceId: String(fiscalYear), reversesId: null, lines }, modules, metadata, clock.now());
    for (let month = 1; month <= 12; month += 1) {
      await journal.setPeriodStatus(tx, { period: `${fiscalYear}-${String(month).padStart(2, '0')}-01`, status: 'CLOSED', by: actor, at: clock.now(), reason: 'year-end close' });
    }
    await recordEvent(tx, fiscalYearClosed, { fiscalYear, closingEntryId: entry.id, result: fromCents(profit), currency: settings.functionalCurrency }, metadata);
    await recordAudit(tx, { actor, action: 'fiscal-year.closed', entityType: 'fiscal_year', entityId: String(fiscalYear), changes: { closingEntry: entry.id, result: fromCents(profit) }, correlationId });
    return entry;
  });
}
