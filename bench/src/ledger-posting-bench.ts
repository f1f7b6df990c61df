import { randomUUID } from 'node:crypto';
import { setBudget } from '@backoffice/accounting/dist/budgets/budget.commands/set-budget';
import { postJournalEntry } from '@backoffice/accounting/dist/journal/journal.commands/post-journal-entry';
import { createLedgerModules, type LedgerModules } from '@backoffice/accounting/dist/ledger-modules';
import { createClock } from '@backoffice/platform/clock';
import type { BenchConfig } from './bench-config';
import { fixed, percentile, printTable, ratio, secondsSince, timed } from './bench-support';
import { openLedgerDatabase } from './ledger-database';
import { say, section } from './report';

// Posting throughput through the real command (postJournalEntry: validation, chart lookup,
// idempotency check, the fiscal year's sequence row locked FOR UPDATE, hash chain, lines,
// monthly balances, audit row, one transaction). Gapless numbers and the chain make posting one
// at a time per fiscal year: eight clients in one year queue on that row, eight clients in eight
// years do not. Budgets watch postings on a cost centre (the crossing of 80% and 100% is recorded
// by the posting): the last scenario posts into a year where every department has budgets.

type Scenario = { name: string; clients: number; years: (client: number) => number };
type Result = { scenario: Scenario; entries: number; seconds: number; latencies: number[] };

const EXPENSES = ['6200', '6300', '6400', '6600', '6700', '6800'];

export async function runPostingBench(config: BenchConfig): Promise<void> {
  const perClient8 = Math.max(1, Math.round(config.postingEntries / 8));
  section('Ledger posting', `Ledger posting: balanced 2-line entries through postJournalEntry, ${config.postingEntries} per scenario (eight clients: ${perClient8} each)\n`);
  const database = await openLedgerDatabase(config, 'benchpost');
  try {
    const modules: LedgerModules = createLedgerModules(database.dataSource, createClock({ timeZone: 'UTC' }), { functionalCurrency: 'EUR' });
    const accountId = (code: string) => {
      const account = database.accounts.get(code);
      if (!account) throw new Error(`account ${code} is not in the seeded chart`);
      return account.id;
    };
    const departments = Array.from({ length: 4 }, () => randomUUID());
    const actor = randomUUID();
    let serial = 0;
    const post = (year: number) => {
      serial += 1;
      const day = serial % 365;
      const date = new Date(Date.UTC(year, 0, 1 + day)).toISOString().slice(0, 10);
      const amount = `${(serial % 900) + 10}.${String(serial % 100).padStart(2, '0')}`;
      return postJournalEntry(
        modules,
        {
          idempotencyKey: randomUUID(),
          date,
          memo: `bench entry ${serial}`,
          lines: [
            { accountId: accountId(EXPENSES[serial % EXPENSES.length]!), debit: amount, departmentId: departments[serial % departments.length] },
            { accountId: accountId('1000'), credit: amount },
          ],
        },
        { actor, correlationId: randomUUID() },
      );
    };
    const runClients = async (clients: number, perClient: number, yearOf: (client: number) => number) => {
      const latencies: number[] = [];
      const started = process.hrtime.bigint();
      await Promise.all(
        Array.from({ length: clients }, async (_, client) => {
          for (let i = 0; i < perClient; i += 1) latencies.push((await timed(() => post(yearOf(client)))).ms);
        }),
      );
      return { seconds: secondsSince(started), latencies };
    };

    // Warm-up in a year of its own: the pool's connections, the JIT, the chart's pages in cache.
    await runClients(8, 10, () => 2019);
    const BUDGETED_YEAR = 2030;
    for (const departmentId of departments) {
      for (const accountCode of [null, '6200']) {
        await setBudget(modules, { departmentId, fiscalYear: BUDGETED_YEAR, amount: '1000000.00', accountId: accountCode && accountId(accountCode) }, { actor, correlationId: randomUUID() });
      }
    }

    const scenarios: Scenario[] = [
      { name: 'one client, one fiscal year', clients: 1, years: () => 2020 },
      { name: 'eight clients, one fiscal year', clients: 8, years: () => 2021 },
      { name: 'eight clients, eight fiscal years', clients: 8, years: (client) => 2022 + client },
      { name: 'one client, one fiscal year, two budgets per department', clients: 1, years: () => BUDGETED_YEAR },
    ];
    const results: Result[] = [];
    for (const scenario of scenarios) {
      const perClient = scenario.clients === 1 ? config.postingEntries : perClient8;
      const { seconds, latencies } = await runClients(scenario.clients, perClient, scenario.years);
      results.push({ scenario, entries: scenario.clients * perClient, seconds, latencies });
    }
    // Whatever the concurrency, each year's numbers run 1..n without a gap and each entry links the one before.
    const [check] = (await database.dataSource.query(`
      SELECT (SELECT count(*) FROM journal_entries)::int AS entries,
             (SELECT count(*) FROM journal_sequences)::int AS years,
             (SELECT count(*) FROM journal_sequences s
               WHERE s.last_number = (SELECT count(*) FROM journal_entries e WHERE e.fiscal_year = s.fiscal_year)
                 AND s.last_number = (SELECT coalesce(max(number), 0) FROM journal_entries e WHERE e.fiscal_year = s.fiscal_year))::int AS "gaplessYears",
             (SELECT count(*) FROM journal_entries e JOIN journal_entries before ON before.fiscal_year = e.fiscal_year AND before.number = e.number - 1
               WHERE e.previous_hash <> before.hash)::int AS "brokenLinks"`)) as Array<{ entries: number; years: number; gaplessYears: number; brokenLinks: number }>;
    const base = results[0]!;
    const rate = (result: Result) => result.entries / result.seconds;
    printTable(
      ['scenario', 'entries', 'seconds', 'entries/s', 'vs one client', 'post p50 ms', 'post p95 ms'],
      results.map((result) => [
        result.scenario.name,
        String(result.entries),
        fixed(result.seconds, 2),
        fixed(rate(result), 0),
        ratio(rate(result), rate(base)),
        fixed(percentile(result.latencies, 50), 1),
        fixed(percentile(result.latencies, 95), 1),
      ]),
    );
    say(`(${check?.entries} entries posted in ${check?.years} fiscal years, warm-up included: numbers gapless in ${check?.gaplessYears} of ${check?.years} years, ${check?.brokenLinks} broken hash links)`);
  } finally {
    await database.close();
  }
}
