import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import type { Principal } from '@backoffice/platform/identity';
import { startSubgraphService, type RunningSubgraph } from '@backoffice/platform/subgraph-service';
import { identityHeaders, postGraphQL } from '@backoffice/testkit/graphql-client';
import { testEnvironment } from '@backoffice/testkit/isolation';
import { accountingSubgraph } from '../src/accounting-subgraph';
import { loadAccountingConfig } from '../src/config';

jest.setTimeout(60_000);

// The reports against figures worked out by hand: a quarter of a small company's books, with a
// line in dollars and report dates that cut months in two.
describe('ledger reports', () => {
  let accounting: RunningSubgraph;
  const accountant: Principal = { employeeId: randomUUID(), roles: ['ACCOUNTING'] };
  const sales = randomUUID();
  const operations = randomUUID();
  let accounts: Record<string, string>;
  const ok = async <T>(query: string, variables: Record<string, unknown> = {}): Promise<T> => {
    const response = await postGraphQL<T>(accounting.url, query, variables, identityHeaders(accountant, 'accounting'));
    expect(response.errors).toBeUndefined();
    return response.data!;
  };
  const post = (date: string, lines: Array<Record<string, unknown>>) =>
    ok(`mutation P($input: PostJournalEntryInput!) { postJournalEntry(input: $input) { id } }`, { input: { idempotencyKey: randomUUID(), date, memo: `entry of ${date}`, lines } });
  const line = (code: string, side: 'debit' | 'credit', amount: string, extra: Record<string, unknown> = {}) => ({ accountId: accounts[code], [side]: amount, ...extra });
  const byCode = (lines: Array<{ account: { code: string }; amount?: string; debit?: string; credit?: string }>) =>
    Object.fromEntries(lines.map(({ account, ...rest }) => [account.code, rest.amount ?? [rest.debit, rest.credit]]));

  beforeAll(async () => {
    accounting = await startSubgraphService(accountingSubgraph, loadAccountingConfig(testEnvironment()));
    accounts = Object.fromEntries((await ok<{ ledgerAccounts: Array<{ id: string; code: string }> }>('{ ledgerAccounts { id code } }')).ledgerAccounts.map((a) => [a.code, a.id]));
    await ok('mutation { setExchangeRate(input: { currency: "USD", validFrom: "2031-01-01", rate: "0.9" }) { rate } }');
    await post('2031-01-15', [line('1000', 'debit', '10000.00'), line('3000', 'credit', '10000.00')]);
    await post('2031-02-10', [line('6600', 'debit', '1200.00', { departmentId: operations }), line('1000', 'credit', '1200.00')]);
    await post('2031-02-20', [line('1100', 'debit', '5000.00', { departmentId: sales }), line('4000', 'credit', '5000.00', { departmentId: sales })]);
    // 100 dollars at 0.9 = 90 euros.
    await post('2031-03-05', [line('6300', 'debit', '100.00', { currency: 'USD', departmentId: sales }), line('1000', 'credit', '90.00')]);
    await post('2031-03-25', [line('6200', 'debit', '300.00', { departmentId: operations }), line('2200', 'credit', '300.00')]);
  });

  afterAll(async () => {
    await accounting?.stop();
  });

  it('the trial balance on a day inside a month takes that month’s lines up to the day, and balances', async () => {
    const { trialBalance } = await ok<{ trialBalance: { lines: Array<{ account: { code: string }; debit: string; credit: string }>; totalDebit: string; totalCredit: string } }>(
      '{ trialBalance(asOf: "2031-03-10") { lines { account { code } debit credit } totalDebit totalCredit } }',
    );
    expect(byCode(trialBalance.lines)).toEqual({
      '1000': ['8710.00', '0.00'],
      '1100': ['5000.00', '0.00'],
      '3000': ['0.00', '10000.00'],
      '4000': ['0.00', '5000.00'],
      '6300': ['90.00', '0.00'],
      '6600': ['1200.00', '0.00'],
    });
    expect([trialBalance.totalDebit, trialBalance.totalCredit]).toEqual(['15000.00', '15000.00']);
  });

  it('the income statement adds part of February to the whole of March, and filters by department', async () => {
    type Statement = { revenue: Array<{ account: { code: string }; amount: string }>; expenses: Array<{ account: { code: string }; amount: string }>; totalRevenue: string; totalExpenses: string; netIncome: string };
    const query = 'query S($from: Date!, $to: Date!, $departmentId: ID) { incomeStatement(from: $from, to: $to, departmentId: $departmentId) { revenue { account { code } amount } expenses { account { code } amount } totalRevenue totalExpenses netIncome } }';
    const partial = (await ok<{ incomeStatement: Statement }>(query, { from: '2031-02-15', to: '2031-03-31' })).incomeStatement;
    expect(byCode(partial.revenue)).toEqual({ '4000': '5000.00' });
    expect(byCode(partial.expenses)).toEqual({ '6200': '300.00', '6300': '90.00' });
    expect([partial.totalRevenue, partial.totalExpenses, partial.netIncome]).toEqual(['5000.00', '390.00', '4610.00']);
    const operationsOnly = (await ok<{ incomeStatement: Statement }>(query, { from: '2031-01-01', to: '2031-03-31', departmentId: operations })).incomeStatement;
    expect(byCode(operationsOnly.expenses)).toEqual({ '6200': '300.00', '6600': '1200.00' });
    expect(operationsOnly.netIncome).toBe('-1500.00');
  });

  it('the balance sheet balances with the year’s profit in equity', async () => {
    const { balanceSheet } = await ok<{ balanceSheet: { assets: Array<{ account: { code: string }; amount: string }>; liabilities: Array<{ account: { code: string }; amount: string }>; equity: Array<{ account: { code: string }; amount: string }>; currentYearProfit: string; earlierUnclosedProfit: string; totalAssets: string; totalLiabilitiesAndEquity: string } }>(
      '{ balanceSheet(asOf: "2031-03-31") { assets { account { code } amount } liabilities { account { code } amount } equity { account { code } amount } currentYearProfit earlierUnclosedProfit totalAssets totalLiabilitiesAndEquity } }',
    );
    expect(byCode(balanceSheet.assets)).toEqual({ '1000': '8710.00', '1100': '5000.00' });
    expect(byCode(balanceSheet.liabilities)).toEqual({ '2200': '300.00' });
    expect(byCode(balanceSheet.equity)).toEqual({ '3000': '10000.00' });
    expect([balanceSheet.currentYearProfit, balanceSheet.earlierUnclosedProfit]).toEqual(['3410.00', '0.00']);
    expect([balanceSheet.totalAssets, balanceSheet.totalLiabilitiesAndEquity]).toEqual(['13710.00', '13710.00']);
  });

  it('an account’s ledger gives its opening balance and a running balance, page by page', async () => {
    type Page = { accountLedger: { openingBalance: string; lines: Array<{ date: string; credit: string; runningBalance: string }>; hasNextPage: boolean; endCursor: string } };
    const query = 'query L($id: ID!, $after: String) { accountLedger(accountId: $id, from: "2031-02-01", to: "2031-03-31", first: 1, after: $after) { openingBalance lines { date credit runningBalance } hasNextPage endCursor } }';
    const first = (await ok<Page>(query, { id: accounts['1000'] })).accountLedger;
    expect(first).toMatchObject({ openingBalance: '10000.00', lines: [{ date: '2031-02-10', credit: '1200.00', runningBalance: '8800.00' }], hasNextPage: true });
    const second = (await ok<Page>(query, { id: accounts['1000'], after: first.endCursor })).accountLedger;
    expect(second).toMatchObject({ lines: [{ date: '2031-03-05', credit: '90.00', runningBalance: '8710.00' }], hasNextPage: false });
  });

  it('journal entries list by date and number, filtered by dates, source, account and department, page by page', async () => {
    type Page = { journalEntries: { edges: Array<{ node: { date: string; number: number } }>; pageInfo: { hasNextPage: boolean; endCursor: string } } };
    const query = 'query J($filter: JournalEntryFilter, $after: String) { journalEntries(filter: $filter, first: 2, after: $after) { edges { node { date number } } pageInfo { hasNextPage endCursor } } }';
    const first = (await ok<Page>(query, { filter: { from: '2031-01-01', to: '2031-12-31' } })).journalEntries;
    expect(first.edges.map((edge) => edge.node.date)).toEqual(['2031-01-15', '2031-02-10']);
    const second = (await ok<Page>(query, { filter: { from: '2031-01-01', to: '2031-12-31' }, after: first.pageInfo.endCursor })).journalEntries;
    expect(second.edges.map((edge) => edge.node.date)).toEqual(['2031-02-20', '2031-03-05']);
    const onCash = (await ok<Page>(query, { filter: { accountId: accounts['6600'] } })).journalEntries;
    expect(onCash.edges.map((edge) => edge.node.date)).toEqual(['2031-02-10']);
    const forOperations = (await ok<Page>(query, { filter: { departmentId: operations, from: '2031-03-01' } })).journalEntries;
    expect(forOperations.edges.map((edge) => edge.node.date)).toEqual(['2031-03-25']);
  });

  it('journal entries list newest first when asked, page by page, and a cursor keeps the order it was read in', async () => {
    // A year of its own, with two entries on one day: the order within a day is the entry number.
    for (const date of ['2032-01-10', '2032-01-12', '2032-01-12', '2032-01-15', '2032-02-01']) await post(date, [line('6600', 'debit', '10.00'), line('1000', 'credit', '10.00')]);
    type Page = { journalEntries: { edges: Array<{ node: { date: string; number: number } }>; pageInfo: { hasNextPage: boolean; endCursor: string } } };
    const query = 'query J($filter: JournalEntryFilter, $order: JournalEntryOrder, $after: String) { journalEntries(filter: $filter, order: $order, first: 2, after: $after) { edges { node { date number } } pageInfo { hasNextPage endCursor } } }';
    const filter = { from: '2032-01-01', to: '2032-12-31' };
    const read = async (order: 'OLDEST' | 'NEWEST' | undefined) => {
      const entries: string[] = [];
      let firstCursor = '';
      for (let after: string | null = null, more = true; more; ) {
        const page: Page['journalEntries'] = (await ok<Page>(query, { filter, order, after })).journalEntries;
        entries.push(...page.edges.map((edge) => `${edge.node.date} #${edge.node.number}`));
        [after, more] = [page.pageInfo.endCursor, page.pageInfo.hasNextPage];
        firstCursor ||= page.pageInfo.endCursor;
      }
      return { entries, firstCursor };
    };
    const oldest = await read(undefined);
    expect(oldest.entries).toEqual(['2032-01-10 #1', '2032-01-12 #2', '2032-01-12 #3', '2032-01-15 #4', '2032-02-01 #5']);
    const newest = await read('NEWEST');
    expect(newest.entries).toEqual([...oldest.entries].reverse());

    // A newest-first cursor asked for oldest first is refused, saying which order it belongs to.
    const mixed = await postGraphQL(accounting.url, query, { filter, after: newest.firstCursor }, identityHeaders(accountant, 'accounting'));
    expect(mixed.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'after', message: 'cursor of order NEWEST' }] } });
    expect(mixed.errors?.[0]?.message).toContain('ask with the same `order` (NEWEST)');
  });
});
