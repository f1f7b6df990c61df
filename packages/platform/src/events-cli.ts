import { parseArgs } from 'node:util';
import { z } from 'zod';
import { ConfigError, kafkaEnvModel, parseConfig, runtimeEnvModel } from './config';
import { createKafkaClient, kafkaSecurityFrom } from './kafka';
import { createLogger } from './logger';
import { isTopicBase } from '@backoffice/events/topics';
import { CSV_COLUMNS, exportTopics, tailTopic, type ExportFormat } from './analyst-stream';
import { redriveDeadLetters } from './redrive';

// `npm run events -- <command>`: operating the event streams. Reaches the same Kafka as the
// services, through KAFKA_BROKERS and KAFKA_PREFIX.

const USAGE = `usage: npm run events -- redrive <topic>.dlq [--consumer <consumer>]
       npm run events -- tail <topic> [--from-beginning] [--type <type>] [--json]
       npm run events -- export <topic>... --since <time> [--until <time>] [--format ndjson|csv] > file

  redrive   puts the dead letters of <topic>.dlq back on <topic>, each for the consumer that
            dead-lettered it; with --consumer, only that consumer's. Run it once the cause is
            fixed; what was redriven before is not redriven again. (Operators: the admin login.)
  tail      follows a topic, one line per event (time, type, subject, partition@offset), or each
            envelope as JSON; --type keeps one type (backoffice.hr.employee.hired.v1 or
            hr.employee.hired). Ctrl-C stops it.
  export    writes every event of the topics whose Kafka time is in [--since, --until) (ISO 8601
            times or dates), up to what they held when it started, as NDJSON (the envelope with
            topic, partition, offset and kafkaTime) or CSV; progress goes to stderr.
  tail and export use consumer groups of their own (analyst.*) that commit nothing: the services
  never see them. Connect with the analyst's login, so the broker's ACLs decide what you may read.

env: KAFKA_BROKERS (default 127.0.0.1:9092), KAFKA_PREFIX (default none), KAFKA_SASL_MECHANISM,
     KAFKA_USERNAME, KAFKA_PASSWORD, KAFKA_SSL, LOG_LEVEL`;

export type EventsCommand =
  | { command: 'redrive'; deadLetterTopic: string; consumer: string | undefined }
  | { command: 'tail'; topic: string; fromBeginning: boolean; type: string | undefined; json: boolean }
  | { command: 'export'; topics: string[]; since: Date; until: Date | undefined; format: ExportFormat };

export class UsageError extends Error {}

type Options = NonNullable<NonNullable<Parameters<typeof parseArgs>[0]>['options']>;

function parse(rest: readonly string[], options: Options): { values: Record<string, string | boolean | undefined>; positionals: string[] } {
  try {
    return parseArgs({ args: [...rest], options, allowPositionals: true, strict: true }) as { values: Record<string, string | boolean | undefined>; positionals: string[] };
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

function knownTopics(topics: readonly string[]): string[] {
  const unknown = topics.filter((topic) => !isTopicBase(topic));
  if (unknown.length) throw new UsageError(`unknown topic ${unknown.join(', ')}: the topics are listed in docs/events.md`);
  return [...topics];
}

function instant(value: string | boolean | undefined, option: string): Date | undefined {
  if (value === undefined) return undefined;
  const time = typeof value === 'string' ? new Date(value) : new Date(Number.NaN);
  if (Number.isNaN(time.getTime())) throw new UsageError(`--${option} must be an ISO 8601 time or date, e.g. 2026-01-01 or 2026-01-01T09:00:00Z`);
  return time;
}

export function parseEventsCommand(argv: readonly string[]): EventsCommand {
  const [command, ...rest] = argv;
  if (command === 'redrive') {
    const parsed = parse(rest, { consumer: { type: 'string' } });
    const [deadLetterTopic, ...extra] = parsed.positionals;
    if (deadLetterTopic === undefined || extra.length) throw new UsageError('redrive takes one dead-letter topic, e.g. hr.employee.v1.dlq');
    return { command, deadLetterTopic, consumer: parsed.values.consumer as string | undefined };
  }
  if (command === 'tail') {
    const parsed = parse(rest, { 'from-beginning': { type: 'boolean' }, type: { type: 'string' }, json: { type: 'boolean' } });
    const [topic, ...extra] = parsed.positionals;
    if (topic === undefined || extra.length) throw new UsageError('tail takes one topic, e.g. hr.employee.v1');
    return { command, topic: knownTopics([topic])[0]!, fromBeginning: parsed.values['from-beginning'] === true, type: parsed.values.type as string | undefined, json: parsed.values.json === true };
  }
  if (command === 'export') {
    const parsed = parse(rest, { since: { type: 'string' }, until: { type: 'string' }, format: { type: 'string' } });
    if (!parsed.positionals.length) throw new UsageError('export takes one or more topics, e.g. hr.employee.v1 accounting.expense.v1');
    const since = instant(parsed.values.since, 'since');
    if (!since) throw new UsageError('export needs --since <time>');
    const until = instant(parsed.values.until, 'until');
    if (until && until <= since) throw new UsageError('--until must be after --since');
    const format = parsed.values.format ?? 'ndjson';
    if (format !== 'ndjson' && format !== 'csv') throw new UsageError('--format is ndjson or csv');
    return { command, topics: knownTopics(parsed.positionals), since, until, format };
  }
  throw new UsageError(command === undefined ? 'no command given' : `unknown command "${command}"`);
}

async function main(argv: readonly string[], env: NodeJS.ProcessEnv): Promise<number> {
  const command = parseEventsCommand(argv);
  const config = parseConfig(runtimeEnvModel.extend(kafkaEnvModel.shape).extend({ LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('warn') }), env);
  // Logs go to stderr; stdout carries the result, for scripts.
  const logger = createLogger({ tool: 'events' }, config.LOG_LEVEL, (line) => process.stderr.write(line));
  const kafka = createKafkaClient({ brokers: config.KAFKA_BROKERS, clientId: 'backoffice-events-cli', logger, security: kafkaSecurityFrom(config) });
  if (command.command === 'tail') {
    const tail = await tailTopic({ kafka, topicPrefix: config.KAFKA_PREFIX, topic: command.topic, fromBeginning: command.fromBeginning, type: command.type, json: command.json, write: (line) => process.stdout.write(`${line}\n`) });
    await new Promise<void>((resolve) => process.once('SIGINT', () => resolve()));
    await tail.stop();
    return 0;
  }
  if (command.command === 'export') {
    if (command.format === 'csv') process.stdout.write(`${CSV_COLUMNS.join(',')}\n`);
    const result = await exportTopics({
      kafka,
      topicPrefix: config.KAFKA_PREFIX,
      topics: command.topics,
      since: command.since,
      until: command.until,
      format: command.format,
      write: (line) => process.stdout.write(`${line}\n`),
      progress: (line) => process.stderr.write(`${line}\n`),
    });
    process.stderr.write(`exported ${result.exported} events (${Object.entries(result.byTopic).map(([topic, count]) => `${topic}: ${count}`).join(', ')})\n`);
    return 0;
  }
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
