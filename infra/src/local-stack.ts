import { ensureKafkaBroker, KafkaBrokerHandle } from './kafka-broker';
import { ensurePostgres, PostgresHandle } from './postgres-server';

export interface LocalStack {
  kafkaBrokers: string;
  databaseUrl: string;
  stop(): Promise<void>;
}

// What `npm start` and the tests need: configured servers when given, local ones otherwise.
export async function ensureLocalStack(env: NodeJS.ProcessEnv): Promise<LocalStack> {
  const configuredBrokers = env.KAFKA_BROKERS?.trim();
  const [kafka, postgres] = await Promise.allSettled([
    configuredBrokers ? Promise.resolve(undefined) : ensureKafkaBroker(),
    ensurePostgres({ databaseUrl: env.DATABASE_URL?.trim() || undefined }),
  ]);
  const started: Array<KafkaBrokerHandle | PostgresHandle> = [];
  if (kafka.status === 'fulfilled' && kafka.value) started.push(kafka.value);
  if (postgres.status === 'fulfilled') started.push(postgres.value);
  const stop = async (): Promise<void> => {
    await Promise.all(started.map((handle) => handle.stop()));
  };

  if (kafka.status === 'rejected' || postgres.status === 'rejected') {
    // Half a stack is useless; don't leave the half we started running.
    await stop();
    const errors = [kafka, postgres].filter((result) => result.status === 'rejected').map((result) => result.reason as unknown);
    throw errors.length === 1 ? errors[0] : new AggregateError(errors, 'Could not start the local stack');
  }
  return {
    kafkaBrokers: configuredBrokers || (kafka.value?.brokers.join(',') ?? ''),
    databaseUrl: postgres.value.url,
    stop,
  };
}
