// What a benchmark run may be told, read once from the environment. Defaults are the sizes the
// issues ask for; smaller values make a quick run while working on the benchmarks themselves.

function positiveInteger(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw.replace(/_/g, ''));
  if (!Number.isInteger(value) || value <= 0) throw new Error(`${name} must be a positive integer, got "${raw}"`);
  return value;
}

export type BenchConfig = {
  serverUrl: string;
  kafkaBrokers: string[];
  // Which parts run: a comma-separated subset of latency, gateway, outbox, statements, memory, relay, posting, reports (all by default).
  only: Set<string>;
  // --quick or BENCH_QUICK=true: smaller loads and shorter idle waits, for a run in minutes.
  quick: boolean;
  relayEvents: number;
  // Entries posted per posting scenario (one client; eight clients share the same number).
  postingEntries: number;
  // Journal lines in the two report databases, and how many months they spread over.
  reportLinesSmall: number;
  reportLinesLarge: number;
  reportMonths: number;
  // Timed runs per report case, after the warm-up runs.
  reportRuns: number;
  reportWarmUp: number;
};

export function loadBenchConfig(): BenchConfig {
  const parts = (process.env.BENCH_ONLY ?? 'latency,gateway,outbox,statements,memory,relay,posting,reports').split(',').map((part) => part.trim()).filter(Boolean);
  const unknown = parts.filter((part) => !['latency', 'gateway', 'outbox', 'statements', 'memory', 'relay', 'posting', 'reports'].includes(part));
  if (unknown.length) throw new Error(`BENCH_ONLY names unknown parts: ${unknown.join(', ')} (use latency, gateway, outbox, statements, memory, relay, posting, reports)`);
  const quick = process.argv.includes('--quick') || process.env.BENCH_QUICK === 'true';
  const config: BenchConfig = {
    serverUrl: process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
    kafkaBrokers: (process.env.KAFKA_BROKERS ?? '127.0.0.1:9092').split(','),
    only: new Set(parts),
    quick,
    relayEvents: positiveInteger('BENCH_EVENTS', 10_000),
    postingEntries: positiveInteger('BENCH_LEDGER_POSTS', quick ? 200 : 800),
    reportLinesSmall: positiveInteger('BENCH_LEDGER_LINES_SMALL', 10_000),
    reportLinesLarge: positiveInteger('BENCH_LEDGER_LINES_LARGE', quick ? 100_000 : 500_000),
    reportMonths: positiveInteger('BENCH_LEDGER_MONTHS', 24),
    reportRuns: positiveInteger('BENCH_LEDGER_REPORT_RUNS', quick ? 20 : 50),
    reportWarmUp: positiveInteger('BENCH_LEDGER_REPORT_WARMUP', 5),
  };
  if (config.reportMonths < 3) throw new Error('BENCH_LEDGER_MONTHS must be 3 at least: the report ranges cut months in two inside the data');
  return config;
}
