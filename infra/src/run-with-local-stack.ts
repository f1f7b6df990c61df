import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ensureLocalStack, missingSaslListenerNotice } from './local-stack';
import { findRepoRoot } from './repo-root';

// `node run-with-local-stack.js -- <command...>`: makes sure Kafka and PostgreSQL answer,
// runs the command with KAFKA_BROKERS and DATABASE_URL set, then stops only what it started.
// After a test run it prints one closing line for the whole monorepo.

async function main() {
  const separator = process.argv.indexOf('--');
  const command = separator >= 0 ? process.argv.slice(separator + 1) : [];
  if (!command.length) {
    console.error('usage: run-with-local-stack -- <command> [args...]');
    process.exit(2);
  }
  const resultsDir = join(findRepoRoot(), '.local', 'test-results');
  rmSync(resultsDir, { recursive: true, force: true });

  const stack = await ensureLocalStack(process.env);
  console.log(`[backoffice] Kafka ${stack.kafkaBrokers} (SASL ${stack.kafkaSaslBrokers ?? 'none'}), PostgreSQL ${redact(stack.databaseUrl)}`);
  const notice = missingSaslListenerNotice(stack, process.env);
  if (notice) console.log(`[backoffice] ${notice}`);
  const saslBrokers = stack.kafkaSaslBrokers ? { KAFKA_SASL_BROKERS: stack.kafkaSaslBrokers } : {};
  const child = spawn(command[0]!, command.slice(1), {
    stdio: 'inherit',
    env: { ...process.env, KAFKA_BROKERS: stack.kafkaBrokers, ...saslBrokers, DATABASE_URL: stack.databaseUrl, BACKOFFICE_TEST_RESULTS_DIR: resultsDir },
  });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
  const code = await new Promise<number>((resolve) => child.on('exit', (exitCode, signal) => resolve(exitCode ?? (signal ? 1 : 0))));
  await stack.stop();
  const summary = printTestSummary(resultsDir);
  // Jest can fail a package after all its tests passed (an error after a test file ended,
  // work still running at teardown): say so, or the summary reads as a pass.
  if (code !== 0 && summary && summary.failed === 0) {
    console.log(`The test command failed (exit ${code}) although no test failed: look for the package's ERROR line above.`);
  }
  process.exit(code);
}

function printTestSummary(dir: string): { passed: number; failed: number; skipped: number } | undefined {
  if (!existsSync(dir)) return undefined;
  const totals = { passed: 0, failed: 0, skipped: 0 };
  const lines: string[] = [];
  const failures: string[] = [];
  for (const file of readdirSync(dir).sort()) {
    const result = JSON.parse(readFileSync(join(dir, file), 'utf8')) as {
      package: string; passed: number; failed: number; skipped: number; failures?: { test: string; message: string }[];
    };
    for (const failure of result.failures ?? []) {
      failures.push(`  ✕ ${result.package}: ${failure.test}\n${failure.message.replace(/^/gm, '      ')}`);
    }
    totals.passed += result.passed;
    totals.failed += result.failed;
    totals.skipped += result.skipped;
    lines.push(`  ${result.package.padEnd(12)} ${result.passed} passed, ${result.failed} failed, ${result.skipped} skipped`);
  }
  if (failures.length) console.log(`\nFailed tests:\n${failures.join('\n')}`);
  console.log(`\nTest summary by package:\n${lines.join('\n')}`);
  console.log(`Tests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
  return totals;
}

function redact(url: string): string {
  return url.replace(/\/\/([^:@/]+):[^@/]+@/, '//$1:***@');
}

main().catch((error: unknown) => {
  console.error('[backoffice] could not run with the local stack:', error);
  process.exit(1);
});
