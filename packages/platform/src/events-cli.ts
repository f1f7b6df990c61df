import { parseArgs } from 'node:util';
import { z } from 'zod';
import { ConfigError, kafkaEnvModel, parseConfig, runtimeEnvModel } from './config';
import { createKafkaClient, kafkaSecurityFrom } from './kafka';
import { createLogger } from './logger';
import { redriveDeadLetters } from './redrive';

// `npm run events -- <command>`: operating the event streams. Reaches the same Kafka as the
// services, through KAFKA_BROKERS and KAFKA_PREFIX.

const USAGE = `usage: npm run events -- redrive <topic>.dlq [--consumer <consumer>]

  redrive   puts the dead letters of <topic>.dlq back on <topic>, each for the consumer that
            dead-lettered it; with --consumer, only that consumer's. Run it once the cause is
            fixed; what was redriven before is not redriven again.

env: KAFKA_BROKERS (default 127.0.0.1:9092), KAFKA_PREFIX (default none), LOG_LEVEL`;

export type EventsCommand = { command: 'redrive'; deadLetterTopic: string; consumer: string | undefined };

export class UsageError extends Error {}

export function parseEventsCommand(argv: readonly string[]): EventsCommand {
  const [command, ...rest] = argv;
  if (command !== 'redrive') throw new UsageError(command === undefined ? 'no command given' : `unknown command "${command}"`);
  let parsed: { values: { consumer?: string | undefined }; positionals: string[] };
  try {
    parsed = parseArgs({ args: rest, options: { consumer: { type: 'string' } }, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const [deadLetterTopic, ...extra] = parsed.positionals;
  if (deadLetterTopic === undefined || extra.length) throw new UsageError('redrive takes one dead-letter topic, e.g. hr.employee.v1.dlq');
  return { command, deadLetterTopic, consumer: parsed.values.consumer };
}

async function main(argv: readonly string[], env: NodeJS.ProcessEnv): Promise<number> {
  const command = parseEventsCommand(argv);
  const config = parseConfig(runtimeEnvModel.extend(kafkaEnvModel.shape).extend({ LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('warn') }), env);
  // Logs go to stderr; stdout carries the result, for scripts.
  const logger = createLogger({ tool: 'events' }, config.LOG_LEVEL, (line) => process.stderr.write(line));
  const kafka = createKafkaClient({ brokers: config.KAFKA_BROKERS, clientId: 'backoffice-events-cli', logger, security: kafkaSecurityFrom(config) });
  const result = await redriveDeadLetters({ kafka, topicPrefix: config.KAFKA_PREFIX, deadLetterTopic: command.deadLetterTopic, consumer: command.consumer, logger });
  const total = Object.values(result.redriven).reduce((sum, count) => sum + count, 0);
  const byConsumer = Object.entries(result.redriven).map(([consumer, count]) => `${consumer}: ${count}`);
  process.stdout.write(`redrove ${total} dead letters from ${result.from} to ${result.to}${byConsumer.length ? ` (${byConsumer.join(', ')})` : ''}\n`);
  const left = [
    result.alreadyRedriven && `${result.alreadyRedriven} redriven before`,
    result.repeats && `${result.repeats} repeated copies of a failure put back once`,
    result.otherConsumers && `${result.otherConsumers} of other consumers`,
    result.unattributed && `${result.unattributed} without a consumer header`,
  ].filter(Boolean);
  if (left.length) process.stdout.write(`left: ${left.join(', ')}\n`);
  return 0;
}

if (require.main === module) {
  main(process.argv.slice(2), process.env).then(
    (code) => process.exit(code),
    (error: unknown) => {
      if (error instanceof UsageError) process.stderr.write(`events: ${error.message}\n\n${USAGE}\n`);
      else if (error instanceof ConfigError) process.stderr.write(`events: ${error.message}\n`);
      else process.stderr.write(`events: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exit(error instanceof UsageError ? 2 : 1);
    },
  );
}
