import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { loadBenchConfig, type BenchConfig } from './bench-config';
import { secondsSince } from './bench-support';
import { runPostingBench } from './ledger-posting-bench';
import { runReportBench } from './ledger-report-bench';
import { runEventLatencyBench } from './event-latency-bench';
import { runRelayBench } from './relay-bench';
import { writeReport } from './report';
import { runOutboxWriteBench } from './outbox-write-bench';
import { runStatementsBench } from './statements-bench';
import { runMemoryBench } from './memory-bench';
import { runGatewayBench } from './gateway-bench';

// `pnpm bench` (npm run bench): measurements side by side in one run on the same machine,
// reported as tables with ratios, never asserted. Kafka and PostgreSQL come from the environment
// (npm run bench starts them). BENCH_ONLY=latency,gateway,outbox,statements,memory,relay,posting,reports picks parts; --quick runs
// smaller loads; sizes: see bench-config.ts.
// - event latency: hires through the gateway, HR's outbox row to IT's inbox row, paced, after
//   idle and under eight clients, with hires per second;
// - the gateway's overhead: the same HR query through the gateway and straight to HR;
// - the outbox write: the same command with and without its event in the outbox;
// - statements per request for every entity list at 1 and 100 rows, through the gateway;
// - each service's resident memory through ten minutes of steady mixed load;
// - the outbox relay's drain rate and memory by batch size, against the rate commands wrote the backlog;
// - ledger posting: entries per second, one client and eight concurrent ones;
// - ledger reports: trialBalance and incomeStatement latency at two journal sizes.

// In the order they run; BENCH_ONLY names them (bench-config.ts checks the names).
const PARTS: Array<[string, (config: BenchConfig) => Promise<unknown>]> = [
  ['latency', runEventLatencyBench],
  ['gateway', runGatewayBench],
  ['outbox', runOutboxWriteBench],
  ['statements', runStatementsBench],
  ['memory', runMemoryBench],
  ['relay', runRelayBench],
  ['posting', runPostingBench],
  ['reports', runReportBench],
];

async function main() {
  const config = loadBenchConfig();
  const started = process.hrtime.bigint();
  const startedAt = new Date();
  const load = loadavg().map((value) => value.toFixed(2)).join(' ');
  // Other work on the machine skews absolute figures; the ratios within a table are measured side by side.
  console.log(`Machine: ${cpus().length} cores, load average ${load} at start; PostgreSQL and this process share them\n`);
  for (const [part, run] of PARTS) {
    if (!config.only.has(part)) continue;
    await run(config);
    console.log('');
  }
  const file = writeReport(join(__dirname, '..', '..'), { startedAt, seconds: secondsSince(started), quick: config.quick, parts: [...config.only], software: await softwareVersions(config.serverUrl) });
  console.log(`Report: ${file}`);
  console.log(`Done in ${secondsSince(started).toFixed(0)} s; load average ${loadavg().map((value) => value.toFixed(2)).join(' ')} at the end`);
}

async function softwareVersions(serverUrl: string): Promise<string> {
  const client = new Client({ connectionString: serverUrl });
  await client.connect();
  const postgres = (await client.query<{ server_version: string }>('SHOW server_version')).rows[0]?.server_version ?? 'unknown';
  await client.end();
  const java = spawnSync('java', ['-version'], { encoding: 'utf8' }).stderr?.split('\n')[0] ?? '';
  const jars = join(__dirname, '..', '..', 'infra', 'kafka', '.jars');
  const kafka = existsSync(jars) ? (readdirSync(jars).find((jar) => /^kafka-clients-[\d.]+\.jar$/.test(jar))?.replace(/^kafka-clients-|\.jar$/g, '') ?? 'unknown') : 'unknown';
  return `PostgreSQL ${postgres.split(' ')[0]}; Kafka ${kafka} on ${java.replace(/^openjdk version "?([^" ]+)"?.*/, 'OpenJDK $1') || 'Java'}`;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
