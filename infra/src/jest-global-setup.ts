import { randomBytes } from 'node:crypto';
import { ensureLocalStack, missingSaslListenerNotice } from './local-stack';

// Jest globalSetup: makes sure Kafka and PostgreSQL answer before any test runs. Under
// `npm test` the root already started them and passes KAFKA_BROKERS / DATABASE_URL, so
// this only reuses them; run alone (`pnpm --filter X test`) it starts what is missing
// and the teardown stops only that.
export default async function globalSetup(): Promise<void> {
  (globalThis as { __backofficeTestsStartedAt?: number }).__backofficeTestsStartedAt = Date.now();
  // This jest run's tag: its workers put it in every database name they create (testkit's
  // uniqueRunId), so the teardown drops this run's databases and never a parallel run's (one
  // that is between two restarts of a service holds no connection that would protect it).
  process.env.BACKOFFICE_TEST_RUN_TAG = randomBytes(2).toString('hex');
  const stack = await ensureLocalStack(process.env);
  const notice = missingSaslListenerNotice(stack, process.env);
  if (notice) process.stderr.write(`\n[backoffice] ${notice}\n`);
  process.env.KAFKA_BROKERS = stack.kafkaBrokers;
  if (stack.kafkaSaslBrokers) process.env.KAFKA_SASL_BROKERS = stack.kafkaSaslBrokers;
  process.env.DATABASE_URL = stack.databaseUrl;
  (globalThis as { __backofficeStack?: typeof stack }).__backofficeStack = stack;
}
