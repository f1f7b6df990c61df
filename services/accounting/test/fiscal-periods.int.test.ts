import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import type { Principal } from '@backoffice/platform/identity';
import { startSubgraphService, type RunningSubgraph } from '@backoffice/platform/subgraph-service';
import { identityHeaders, postGraphQL, type GraphQLResponse } from '@backoffice/testkit/graphql-client';
import { testEnvironment } from '@backoffice/testkit/isolation';
import { accountingSubgraph } from '../src/accounting-subgraph';
import { loadAccountingConfig } from '../src/config';

jest.setTimeout(60_000);

// Closed months refuse postings (and keep the refused attempts); reopening is MANAGER's with a
// reason; the year-end close moves the year's result to retained earnings, after which the
// balance sheet still balances and nothing more can be posted in the year.
describe('fiscal periods and the year-end close', () => {
  let accounting: RunningSubgraph;
  let accounts: Record<string, string>;
  const accountant: Principal = { employeeId: randomUUID(), roles: ['ACCOUNTING'] };
  const manager: Principal = { employeeId: randomUUID(), roles: ['MANAGER'] };
  const call = <T>(query: string, variables: Record<string, unknown> = {}, who: Principal = accountant): Promise<GraphQLResponse<T>> =>
    postGraphQL<T>(accounting.url, query, variables, identityHeaders(who, 'accounting'));
  const post = (date: string, debit: string, credit: string, amount: string, extra: Record<string, unknown> = {}) =>
    call<{ postJournalEntry: { id: string; number: number } }>(`mutation P($input: PostJournalEntryInput!) { postJournalEntry(input: $input) { id number } }`, {
      input: { idempotencyKey: randomUUID(), date, memo: `entry of ${date}`, lines: [{ accountId: accounts[debit], debit: amount, ...extra }, { accountId: accounts[credit], credit: amount }] },
    });

  beforeAll(async () => {
    accounting = await startSubgraphService(accountingSubgraph, loadAccountingConfig(testEnvironment()));
    accounts = Object.fromEntries((await call<{ ledgerAccounts: Array<{ id: string; code: string }> }>('{ ledgerAccounts { id code } }')).data!.ledgerAccounts.map((a) => [a.code, a.id]));
  });

  afterAll(async () => {
    await accounting?.stop();
  });

  it('a closed month refuses postings, with the reason, and keeps each refused attempt; the database refuses them too', async () => {
    expect((await post('2032-04-10', '6400', '1000', '10.00')).errors).toBeUndefined();
    expect((await call(`mutation { closePeriod(period: "2032-04") { period status changedBy } }`)).data).toEqual({ closePeriod: { period: '2032-04', status: 'CLOSED', changedBy: accountant.employeeId } });
    const refused = await post('2032-04-11', '6400', '1000', '11.00');
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'input.date' }] });
    expect(refused.errors?.[0]?.message).toMatch(/period 2032-04 is closed/);
    expect((await post('2032-05-01', '6400', '1000', '12.00')).errors).toBeUndefined();
    const attempts = await call<{ refusedPostings: Array<{ date: string; actor: string; reason: string }> }>(`{ refusedPostings(fiscalYear: 2032) { date actor reason } }`);
    expect(attempts.data!.refusedPostings).toEqual([{ date: '2032-04-11', actor: accountant.employeeId, reason: expect.stringMatching(/closed/) }]);
    await expect(
      accounting.dataSource.query(
        `INSERT INTO journal_entries (id, fiscal_year, number, entry_date, memo, source, idempotency_key, request_hash, posted_by, posted_at, previous_hash, hash) VALUES ($1, 2032, 99, '2032-04-12', 'around the service', 'MANUAL', $2, 'x', 'x', now(), 'x', 'x')`,
        [randomUUID(), randomUUID()],
      ),
    ).rejects.toThrow(/period of 2032-04-12 is closed/);
    expect((await call(`mutation { closePeriod(period: "2032-04") { status } }`)).errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('reopening needs MANAGER and a reason, and is audited; then postings are taken again', async () => {
    await call(`mutation { closePeriod(period: "2032-06") { status } }`);
    expect((await call(`mutation { reopenPeriod(input: { period: "2032-06", reason: "late supplier invoice" }) { status } }`)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await call(`mutation { reopenPeriod(input: { period: "2032-06", reason: "" }) { status } }`, {}, manager)).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'input.reason' }] });
    const reopened = await call<{ reopenPeriod: { status: string; reason: string } }>(`mutation { reopenPeriod(input: { period: "2032-06", reason: "late supplier invoice" }) { status reason } }`, {}, manager);
    expect(reopened.data!.reopenPeriod).toEqual({ status: 'OPEN', reason: 'late supplier invoice' });
    expect((await post('2032-06-15', '6400', '1000', '5.00')).errors).toBeUndefined();
    const audit = (await accounting.dataSource.query(`SELECT action, entity_id, actor FROM audit_log WHERE entity_type = 'fiscal_period' AND entity_id = '2032-06' ORDER BY id`)) as Array<{ action: string; actor: string }>;
    expect(audit.map((row) => [row.action, row.actor])).toEqual([
      ['period.closed', accountant.employeeId],
      ['period.reopened', manager.employeeId],
    ]);
  });

  it('a posting and a close of its month racing: the posting lands before the close or is refused after it', async () => {
    const [posted, closed] = await Promise.all([post('2032-08-20', '6400', '1000', '8.00'), call(`mutation { closePeriod(period: "2032-08") { status } }`)]);
    expect(closed.errors).toBeUndefined();
    if (posted.errors) expect(posted.errors[0]?.message).toMatch(/closed/);
    const lines = (await accounting.dataSource.query(`SELECT count(*)::int AS n FROM journal_entries WHERE entry_date = '2032-08-20'`)) as Array<{ n: number }>;
    expect(lines[0]!.n).toBe(posted.errors ? 0 : 1);
  });

  it('the year-end close moves the result to retained earnings, closes every month, happens once, and the balance sheet balances after', async () => {
    await post('2033-02-01', '1000', '3000', '5000.00');
    await post('2033-03-01', '1100', '4000', '2000.00', { departmentId: randomUUID() });
    await post('2033-09-30', '6600', '1000', '750.00');
    const close = await call<{ closeFiscalYear: { source: string; date: string; lines: Array<{ account: { code: string }; debit: string; credit: string }> } }>(
      `mutation { closeFiscalYear(fiscalYear: 2033) { source date lines { account { code } debit credit } } }`,
    );
    expect(close.errors).toBeUndefined();
    expect(close.data!.closeFiscalYear.source).toBe('CLOSING');
    expect(close.data!.closeFiscalYear.lines.map((line) => [line.account.code, line.debit, line.credit]).sort()).toEqual(
      [
        ['3100', '0.00', '1250.00'],
        ['4000', '2000.00', '0.00'],
        ['6600', '0.00', '750.00'],
      ].sort(),
    );
    const sheet = await call<{ balanceSheet: { equity: Array<{ account: { code: string }; amount: string }>; currentYearProfit: string; earlierUnclosedProfit: string; totalAssets: string; totalLiabilitiesAndEquity: string } }>(
      `{ balanceSheet(asOf: "2033-12-31") { equity { account { code } amount } currentYearProfit earlierUnclosedProfit totalAssets totalLiabilitiesAndEquity } }`,
    );
    // 2032's small expenses above were never closed: they stay as earlier unclosed profit.
    const { totalAssets, totalLiabilitiesAndEquity, currentYearProfit } = sheet.data!.balanceSheet;
    expect(currentYearProfit).toBe('0.00');
    expect(totalAssets).toBe(totalLiabilitiesAndEquity);
    expect(Object.fromEntries(sheet.data!.balanceSheet.equity.map((line) => [line.account.code, line.amount]))).toEqual({ '3000': '5000.00', '3100': '1250.00' });
    const periods = await call<{ fiscalPeriods: Array<{ status: string }> }>(`{ fiscalPeriods(fiscalYear: 2033) { status } }`);
    expect(new Set(periods.data!.fiscalPeriods.map((period) => period.status))).toEqual(new Set(['CLOSED']));
    expect((await call(`mutation { closeFiscalYear(fiscalYear: 2033) { id } }`)).errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect((await post('2033-12-15', '6400', '1000', '1.00')).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await call<{ verifyLedger: { ok: boolean } }>(`{ verifyLedger { ok } }`)).data!.verifyLedger.ok).toBe(true);
  });
});
