import { Kafka, logLevel } from 'kafkajs';
import { syncKafkaAcls } from './kafka-acls';
import { KafkaAclsConfigError, kafkaAclsSettingsFrom } from './kafka-acls-config';
import { stopKafkaBroker } from './kafka-broker';
import { ensureLocalStack, localKafkaPorts, missingSaslListenerNotice } from './local-stack';
import { stopEmbeddedPostgres } from './postgres-server';

const USAGE = `usage: node infra/dist/cli.js up|down|acls

  up     starts the local Kafka and PostgreSQL (unless KAFKA_BROKERS / DATABASE_URL are set) and
         leaves them running; applies the Kafka ACLs on the local broker
  down   stops the ones up started
  acls   brings the ACLs of the Kafka at KAFKA_BROKERS to what the code derives, for the topics
         and groups under KAFKA_PREFIX: creates the missing grants, removes the stale ones.
         env: KAFKA_BROKERS, KAFKA_PREFIX, KAFKA_SASL_MECHANISM (scram-sha-256|scram-sha-512),
         KAFKA_USERNAME and KAFKA_PASSWORD of a login allowed to manage ACLs, KAFKA_SSL,
         KAFKA_SSL_CA_FILE`;

// `up` leaves the servers running for later processes; `down` stops the ones we started, from their pid files.
async function main(command: string | undefined): Promise<number> {
  switch (command) {
    case 'up': {
      const stack = await ensureLocalStack(process.env);
      const notice = missingSaslListenerNotice(stack, process.env);
      if (notice) process.stderr.write(`${notice}\n`);
      process.stdout.write(`${JSON.stringify({ kafkaBrokers: stack.kafkaBrokers, kafkaSaslBrokers: stack.kafkaSaslBrokers, databaseUrl: stack.databaseUrl })}\n`);
      return 0;
    }
    case 'down': {
      const [kafka, postgres] = await Promise.all([stopKafkaBroker(localKafkaPorts(process.env).port), stopEmbeddedPostgres()]);
      process.stdout.write(`${JSON.stringify({ kafkaStopped: kafka, postgresStopped: postgres })}\n`);
      return 0;
    }
    case 'acls': {
      const { prefix, client } = kafkaAclsSettingsFrom(process.env);
      const admin = new Kafka({ clientId: 'backoffice-acls', ...client, logLevel: logLevel.ERROR }).admin();
      await admin.connect();
      try {
        const changes = await syncKafkaAcls(admin, prefix);
        process.stdout.write(`${JSON.stringify(changes, null, 2)}\n`);
      } finally {
        await admin.disconnect();
      }
      return 0;
    }
    default:
      process.stderr.write(`${USAGE}\n`);
      return 2;
  }
}

main(process.argv[2]).then(
  (code) => process.exit(code),
  (error: unknown) => {
    const said = error instanceof KafkaAclsConfigError ? error.message : error instanceof Error ? (error.stack ?? error.message) : String(error);
    process.stderr.write(`${said}\n`);
    process.exit(1);
  },
);
