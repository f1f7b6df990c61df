import { Kafka, logLevel } from 'kafkajs';
import { syncKafkaAcls } from './kafka-acls';
import { DEFAULT_KAFKA_PORT, developmentKafkaLogin, ensureKafkaBroker, KafkaBrokerHandle } from './kafka-broker';
import { ensurePostgres, PostgresHandle } from './postgres-server';

export interface LocalStack {
  kafkaBrokers: string;
  // The SASL listener (KAFKA_SASL_BROKERS), where the development logins and the ACLs apply;
  // undefined when the broker has none (one started by older code, or configured without it).
  kafkaSaslBrokers: string | undefined;
  databaseUrl: string;
  stop(): Promise<void>;
}

// LOCAL_KAFKA_PORT moves the local broker (default 9092) and its controller and SASL listeners,
// which take the next two ports, e.g. for a second broker beside a shared one.
export function localKafkaPorts(env: NodeJS.ProcessEnv): { port: number; controllerPort: number; saslPort: number } {
  const configured = env.LOCAL_KAFKA_PORT?.trim();
  const port = configured ? Number(configured) : DEFAULT_KAFKA_PORT;
  if (!Number.isInteger(port) || port < 1 || port > 65533) throw new Error(`LOCAL_KAFKA_PORT must be a port number below 65534, not "${configured}"`);
  return { port, controllerPort: port + 1, saslPort: port + 2 };
}

// What `npm start` and the tests need: configured servers when given, local ones otherwise.
export async function ensureLocalStack(env: NodeJS.ProcessEnv): Promise<LocalStack> {
  const configuredBrokers = env.KAFKA_BROKERS?.trim();
  const [kafka, postgres] = await Promise.allSettled([
    configuredBrokers ? Promise.resolve(undefined) : ensureKafkaBroker(localKafkaPorts(env)),
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
  const localSaslBrokers = kafka.value?.saslBrokers;
  if (localSaslBrokers) await applyLocalKafkaAcls(localSaslBrokers);
  return {
    kafkaBrokers: configuredBrokers || (kafka.value?.brokers.join(',') ?? ''),
    kafkaSaslBrokers: configuredBrokers ? env.KAFKA_SASL_BROKERS?.trim() || undefined : localSaslBrokers?.join(','),
    databaseUrl: postgres.value.url,
    stop,
  };
}

// At every start rather than once, so a broker left running by `cli up` follows the rules the
// code derives today. A failure is reported, not thrown: only the tests of the SASL listener
// need the ACLs, and they say what is missing.
async function applyLocalKafkaAcls(saslBrokers: string[]): Promise<void> {
  const admin = new Kafka({ clientId: 'backoffice-local-acls', brokers: saslBrokers, sasl: developmentKafkaLogin('admin'), logLevel: logLevel.NOTHING }).admin();
  try {
    await admin.connect();
    await syncKafkaAcls(admin, '');
  } catch (error) {
    process.stderr.write(`[backoffice] could not apply the Kafka ACLs on ${saslBrokers.join(',')}: ${error instanceof Error ? error.message : String(error)}\n`);
  } finally {
    await admin.disconnect().catch(() => undefined);
  }
}

// Said wherever a stack starts without a SASL listener, since the tests of logins and ACLs fail.
export function missingSaslListenerNotice(stack: LocalStack, env: NodeJS.ProcessEnv): string | undefined {
  if (stack.kafkaSaslBrokers) return undefined;
  if (env.KAFKA_BROKERS?.trim()) return `KAFKA_BROKERS is set without KAFKA_SASL_BROKERS: the tests of Kafka logins and ACLs need the SASL listener's address.`;
  return `The local Kafka at ${stack.kafkaBrokers} has no SASL listener (started by older code?): restart it with node infra/dist/cli.js down && node infra/dist/cli.js up; the tests of Kafka logins and ACLs fail until then.`;
}
