import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { incomeStatement, trialBalance } from '@backoffice/accounting/dist/ledger-reports/ledger-report.queries';
import { dayTotals, periodTotals } from '@backoffice/accounting/dist/ledger-reports/ledger-report.repository';
import { withDatabase } from '@backoffice/platform/database';
import type { BenchConfig } from './bench-config';
import { fixed, percentile, printTable, ratio, secondsSince, timed } from './bench-support';
import { openLedgerDatabase, type LedgerDatabase } from './ledger-database';
import { say, section } from './report';

// Report latency against the size of the journal: the same months, accounts and cost centres,
// once with few lines and once with many. trialBalance and incomeStatement read whole months
// from account_period_balances and the days of a range's partial months from account_day_balances,
// never the lines, so the goal is a large/small ratio of 1.5 at most.

// 20 accounts of the seeded chart: ten balance-sheet ones (no cost centre) and ten for the
// income statement (each line on one of the cost centres).
const BALANCE_SHEET = ['1000', '1050', '1100', '1200', '1500', '2000', '2100', '2200', '2300', '3000'];
const INCOME_STATEMENT = ['4000', '6000', '6100', '6200', '6210', '6220', '6300', '6400', '6600', '6800'];
const COST_CENTRES = 4;
const FIRST_DAY = '2024-01-01';
// Entries per transaction while generating: each commit checks every entry's balance (deferred triggers).
const ENTRIES_PER_TRANSACTION = 50_000;
// Placeholders for the hash chain and request hashes: verifyLedger is not measured here, and
// nothing the reports read depends on them.
const PLACEHOLDER_HASH = 'bench-placeholder-not-a-chain';

type SizedLedger = { label: string; lines: number; database: LedgerDatabase; departments: string[]; stats: LedgerStats; generateSeconds: number };
type LedgerStats = { entries: number; lines: number; balanceRows: number; months: number; megabytes: number };

const addMonths = (date: string, months: number) => {
  const start = new Date(`${date}T00:00:00Z`);
  return new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + months, start.getUTCDate())).toISOString().slice(0, 10);
};
const addDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

// Lines written set-based in large transactions that satisfy every constraint and trigger of the
// schema: entries balanced (one debit, one credit of the same amount), numbered gaplessly per
// fiscal year, the year's journal_sequences row at its last number, and account_period_balances
// holding exactly the sums per (month, account, cost centre) that posting would have kept.
async function generateLedger(admin: Client, lines: number, months: number, accounts: Map<string, { id: string; type: string }>, departments: string[]): Promise<void> {
  const entries = Math.ceil(lines / 2);
  const end = addMonths(FIRST_DAY, months);
  const days = Math.round((Date.parse(end) - Date.parse(FIRST_DAY)) / 86_400_000);
  const idOf = (code: string) => accounts.get(code)?.id ?? (() => { throw new Error(`account ${code} is not in the seeded chart`); })();
  const accountIds = [...BALANCE_SHEET, ...INCOME_STATEMENT].map(idOf);
  const takesCostCentre = [...BALANCE_SHEET.map(() => false), ...INCOME_STATEMENT.map(() => true)];
  // Entry i: dated evenly over the months; debits account i mod 20, credits another one; amounts vary.
  const source = `
    SELECT i,
           md5('bench-entry-' || i)::uuid AS id,
           ($1::date + (i * $2::bigint / $3::bigint)::int) AS entry_date,
           ((i * 7919) % 100000 + 100) / 100.0 AS amount,
           1 + i % 20 AS debit_account,
           1 + (i + 1 + (i / 20) % 19) % 20 AS credit_account
    FROM generate_series($4::bigint, $5::bigint) AS i`;
  for (let first = 0; first < entries; first += ENTRIES_PER_TRANSACTION) {
    const last = Math.min(entries, first + ENTRIES_PER_TRANSACTION) - 1;
    const values = [FIRST_DAY, days, entries, first, last];
    await admin.query('BEGIN');
    try {
      await admin.query(
        `WITH source AS (${source}),
              prior AS (SELECT fiscal_year, max(number) AS last FROM journal_entries GROUP BY fiscal_year)
         INSERT INTO journal_entries (id, fiscal_year, number, entry_date, memo, source, idempotency_key, request_hash, posted_by, posted_at, previous_hash, hash)
         SELECT s.id, y.fiscal_year, coalesce(p.last, 0) + row_number() OVER (PARTITION BY y.fiscal_year ORDER BY s.i), s.entry_date, 'bench entry ' || s.i, 'MANUAL',
                'bench-' || s.i, '${PLACEHOLDER_HASH}', 'bench', now(), '${PLACEHOLDER_HASH}', '${PLACEHOLDER_HASH}'
         FROM source s CROSS JOIN LATERAL (SELECT extract(year FROM s.entry_date)::int AS fiscal_year) y
         LEFT JOIN prior p ON p.fiscal_year = y.fiscal_year`,
        values,
      );
      await admin.query(
        `WITH source AS (${source})
         INSERT INTO journal_lines (entry_id, line_no, account_id, debit, credit, currency, original_amount, rate, cost_centre, memo)
         SELECT s.id, side.line_no, ($6::uuid[])[side.account], CASE side.line_no WHEN 1 THEN s.amount ELSE 0 END, CASE side.line_no WHEN 2 THEN s.amount ELSE 0 END,
                'EUR', s.amount, NULL, CASE WHEN ($7::boolean[])[side.account] THEN ($8::uuid[])[1 + (s.i + side.line_no) % ${COST_CENTRES}] END, NULL
         FROM source s CROSS JOIN LATERAL (VALUES (1, s.debit_account), (2, s.credit_account)) AS side (line_no, account)`,
        [...values, accountIds, takesCostCentre, departments],
      );
      // The deferred triggers check every entry's balance here.
      await admin.query('COMMIT');
    } catch (error) {
      await admin.query('ROLLBACK');
      throw error;
    }
  }
  await admin.query('BEGIN');
  await admin.query(
    `INSERT INTO journal_sequences (fiscal_year, last_number, last_hash)
     SELECT fiscal_year, max(number), '${PLACEHOLDER_HASH}' FROM journal_entries GROUP BY fiscal_year`,
  );
  // What insertEntry keeps per posting, summed at once: per month, account and cost centre (nil UUID: none).
  await admin.query(
    `INSERT INTO account_period_balances (account_id, cost_centre, period, debit, credit)
     SELECT l.account_id, coalesce(l.cost_centre, '00000000-0000-0000-0000-000000000000'), date_trunc('month', e.entry_date)::date, sum(l.debit), sum(l.credit)
     FROM journal_lines l JOIN journal_entries e ON e.id = l.entry_id
     GROUP BY 1, 2, 3`,
  );
  // ...and per day, for the edges of a range that cut a month.
  await admin.query(
    `INSERT INTO account_day_balances (day, account_id, cost_centre, debit, credit)
     SELECT e.entry_date, l.account_id, coalesce(l.cost_centre, '00000000-0000-0000-0000-000000000000'), sum(l.debit), sum(l.credit)
     FROM journal_lines l JOIN journal_entries e ON e.id = l.entry_id
     GROUP BY 1, 2, 3`,
  );
  await admin.query('COMMIT');
  // Autovacuum would do this shortly after such a load; the service's steady state is analysed tables.
  await admin.query('VACUUM ANALYZE journal_entries, journal_lines, account_period_balances, account_day_balances, journal_sequences');
}

async function buildLedger(config: BenchConfig, label: string, lines: number): Promise<SizedLedger> {
  const database = await openLedgerDatabase(config, 'benchreport');
  try {
    const admin = new Client({ connectionString: withDatabase(config.serverUrl, database.name) });
    await admin.connect();
    try {
      const departments = Array.from({ length: COST_CENTRES }, () => randomUUID());
      const started = process.hrtime.bigint();
      await generateLedger(admin, lines, config.reportMonths, database.accounts, departments);
      const generateSeconds = secondsSince(started);
      const [stats] = (
        await admin.query<LedgerStats>(`
          SELECT (SELECT count(*) FROM journal_entries)::int AS entries,
                 (SELECT count(*) FROM journal_lines)::int AS lines,
                 (SELECT count(*) FROM account_period_balances)::int AS "balanceRows",
                 (SELECT count(DISTINCT period) FROM account_period_balances)::int AS months,
                 round(pg_database_size(current_database()) / 1048576.0)::int AS megabytes`)
      ).rows;
      return { label, lines, database, departments, stats: stats!, generateSeconds };
    } finally {
      await admin.end();
    }
  } catch (error) {
    await database.close();
    throw error;
  }
}

type Case = { report: string; range: string; run: (ledger: SizedLedger) => Promise<unknown> };

function reportCases(months: number): Case[] {
  // Inside the data: whole months, and dates that cut a month in two (so the lines of the
  // partial month's days are read too).
  const monthStart = (index: number) => addMonths(FIRST_DAY, index);
  const monthEnd = (index: number) => addDays(monthStart(index + 1), -1);
  const late = months - 6 >= 1 ? months - 6 : months - 1;
  const fromMonth = Math.min(3, months - 2);
  const toMonth = Math.max(fromMonth + 1, months - 4);
  const whole = { from: monthStart(fromMonth), to: monthEnd(toMonth) };
  const cut = { from: addDays(monthStart(fromMonth), 15), to: addDays(monthStart(toMonth), 14) };
  const inOneMonth = { from: addDays(monthStart(late), 4), to: addDays(monthStart(late), 19) };
  return [
    { report: 'trialBalance', range: `asOf ${monthEnd(late)} (month end)`, run: (ledger) => trialBalance(ledger.database.dataSource, monthEnd(late), 'EUR') },
    { report: 'trialBalance', range: `asOf ${addDays(monthStart(late), 14)} (mid-month)`, run: (ledger) => trialBalance(ledger.database.dataSource, addDays(monthStart(late), 14), 'EUR') },
    { report: 'incomeStatement', range: `${whole.from}..${whole.to} (whole months)`, run: (ledger) => incomeStatement(ledger.database.dataSource, { ...whole, departmentId: null }, 'EUR') },
    { report: 'incomeStatement', range: `${cut.from}..${cut.to} (both edges cut)`, run: (ledger) => incomeStatement(ledger.database.dataSource, { ...cut, departmentId: null }, 'EUR') },
    { report: 'incomeStatement', range: `${cut.from}..${cut.to}, one department`, run: (ledger) => incomeStatement(ledger.database.dataSource, { ...cut, departmentId: ledger.departments[0]! }, 'EUR') },
    { report: 'incomeStatement', range: `${inOneMonth.from}..${inOneMonth.to} (within a month)`, run: (ledger) => incomeStatement(ledger.database.dataSource, { ...inOneMonth, departmentId: null }, 'EUR') },
    // The two reads a report is made of, alone: whole months (balances) and half a month of lines.
    { report: '  read: periodTotals', range: `${monthStart(0)}..${monthStart(late)} (balances)`, run: (ledger) => periodTotals(ledger.database.dataSource, null, monthStart(late), null) },
    { report: '  read: dayTotals', range: `${monthStart(late)}..${addDays(monthStart(late), 14)} (15 days of daily balances)`, run: (ledger) => dayTotals(ledger.database.dataSource, monthStart(late), addDays(monthStart(late), 14), null) },
  ];
}

// Small and large alternate run by run, so load from whatever else runs on the machine falls on both alike.
async function measureCase(config: BenchConfig, testCase: Case, small: SizedLedger, large: SizedLedger): Promise<{ small: number[]; large: number[] }> {
  for (let i = 0; i < config.reportWarmUp; i += 1) {
    await testCase.run(small);
    await testCase.run(large);
  }
  const samples = { small: [] as number[], large: [] as number[] };
  for (let i = 0; i < config.reportRuns; i += 1) {
    samples.small.push((await timed(() => testCase.run(small))).ms);
    samples.large.push((await timed(() => testCase.run(large))).ms);
  }
  return samples;
}

export async function runReportBench(config: BenchConfig): Promise<void> {
  const small = config.reportLinesSmall;
  const large = config.reportLinesLarge;
  const size = (lines: number) => (lines >= 1000 && lines % 1000 === 0 ? `${lines / 1000}k` : String(lines));
  section('Ledger reports', `Ledger reports: trialBalance and incomeStatement over ${size(small)} and ${size(large)} lines, ${config.reportMonths} months, 20 accounts, ${COST_CENTRES} cost centres`);
  say(`(${config.reportWarmUp} warm-up runs, then ${config.reportRuns} timed runs per case, the two sizes alternating; latency in ms)\n`);
  const ledgers: SizedLedger[] = [];
  try {
    ledgers.push(await buildLedger(config, size(small), small));
    ledgers.push(await buildLedger(config, size(large), large));
    printTable(
      ['ledger', 'entries', 'lines', 'balance rows', 'months', 'database MB', 'generated in s'],
      ledgers.map((ledger) => [ledger.label, String(ledger.stats.entries), String(ledger.stats.lines), String(ledger.stats.balanceRows), String(ledger.stats.months), String(ledger.stats.megabytes), fixed(ledger.generateSeconds, 1)]),
    );
    console.log('');
    const [smallLedger, largeLedger] = ledgers as [SizedLedger, SizedLedger];
    const rows: string[][] = [];
    for (const testCase of reportCases(config.reportMonths)) {
      const samples = await measureCase(config, testCase, smallLedger, largeLedger);
      const p = (values: number[], at: number) => percentile(values, at);
      rows.push([
        testCase.report,
        testCase.range,
        fixed(p(samples.small, 50), 2),
        fixed(p(samples.small, 95), 2),
        fixed(p(samples.large, 50), 2),
        fixed(p(samples.large, 95), 2),
        ratio(p(samples.large, 50), p(samples.small, 50)),
        ratio(p(samples.large, 95), p(samples.small, 95)),
      ]);
    }
    const [a, b] = [smallLedger.label, largeLedger.label];
    printTable(['report', 'range', `${a} p50`, `${a} p95`, `${b} p50`, `${b} p95`, `ratio p50`, `ratio p95`], rows, 2);
    say(`(goal: ${b}/${a} ratio ≤ 1.5 for the reports; the two 'read' rows are the reports' parts, timed alone)`);
    const check = await trialBalance(largeLedger.database.dataSource, addDays(addMonths(FIRST_DAY, config.reportMonths), -1), 'EUR');
    say(`(trial balance of the ${b} ledger at its last day: debits ${check.totalDebit}, credits ${check.totalCredit})`);
  } finally {
    for (const ledger of ledgers) await ledger.database.close();
  }
}
