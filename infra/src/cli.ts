import { stopKafkaBroker } from './kafka-broker';
import { ensureLocalStack } from './local-stack';
import { stopEmbeddedPostgres } from './postgres-server';

// `up` leaves the servers running for later processes; `down` stops the ones we started, from their pid files.
async function main(command: string | undefined): Promise<number> {
  switch (command) {
    case 'up': {
      const { kafkaBrokers, databaseUrl } = await ensureLocalStack(process.env);
      process.stdout.write(`${JSON.stringify({ kafkaBrokers, databaseUrl })}\n`);
      return 0;
    }
    case 'down': {
      const [kafka, postgres] = await Promise.all([stopKafkaBroker(), stopEmbeddedPostgres()]);
      process.stdout.write(`${JSON.stringify({ kafkaStopped: kafka, postgresStopped: postgres })}\n`);
      return 0;
    }
    default:
      process.stderr.write('usage: node infra/dist/cli.js up|down\n');
      return 2;
  }
}

main(process.argv[2]).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
