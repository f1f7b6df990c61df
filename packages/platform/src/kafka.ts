import fs from 'node:fs';
import { ConfigResourceTypes, ConfigSource, Kafka, logLevel, type Admin, type KafkaConfig, type LogEntry, type SASLOptions } from 'kafkajs';
import type { z } from 'zod';
import { DEVELOPMENT_KAFKA_PASSWORDS } from '@backoffice/events/kafka-access';
import type { TopicSpec } from '@backoffice/events/topics';
import { ConfigError, type kafkaEnvModel } from './config';
import type { Logger } from './logger';

export type KafkaSecuritySettings = Pick<z.infer<typeof kafkaEnvModel>, 'KAFKA_SASL_MECHANISM' | 'KAFKA_USERNAME' | 'KAFKA_PASSWORD' | 'KAFKA_SSL' | 'KAFKA_SSL_CA_FILE'>;

// How a client logs in and encrypts, as kafkajs takes it. No login and no TLS is the local
// broker's PLAINTEXT listener.
export type KafkaSecurity = Pick<KafkaConfig, 'sasl' | 'ssl'>;

// The settings as a client uses them, refusing the ones that do not go together: a mechanism
// without its login, a login without a mechanism, a CA file without TLS or that cannot be read.
// Every problem at once, by variable.
export function kafkaSecurityFrom(settings: KafkaSecuritySettings): KafkaSecurity {
  const { KAFKA_SASL_MECHANISM: mechanism, KAFKA_USERNAME: username, KAFKA_PASSWORD: password, KAFKA_SSL: ssl, KAFKA_SSL_CA_FILE: caFile } = settings;
  const problems: string[] = [];
  if (mechanism === 'none') {
    for (const [name, value] of [['KAFKA_USERNAME', username], ['KAFKA_PASSWORD', password]] as const) {
      if (value !== undefined) problems.push(`${name}: set, but KAFKA_SASL_MECHANISM is none; set it to scram-sha-256 or scram-sha-512 to log in`);
    }
  } else {
    if (username === undefined) problems.push(`KAFKA_USERNAME: required with KAFKA_SASL_MECHANISM=${mechanism}`);
    if (password === undefined) problems.push(`KAFKA_PASSWORD: required with KAFKA_SASL_MECHANISM=${mechanism}`);
  }
  let ca: string | undefined;
  if (caFile !== undefined) {
    if (!ssl) problems.push('KAFKA_SSL_CA_FILE: set, but KAFKA_SSL is false; set KAFKA_SSL=true to use TLS');
    try {
      ca = fs.readFileSync(caFile, 'utf8');
    } catch (error) {
      problems.push(`KAFKA_SSL_CA_FILE: cannot read ${caFile} (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
    }
  }
  if (problems.length) throw new ConfigError(problems);
  return { sasl: scramLogin(mechanism, username, password), ssl: ssl && ca !== undefined ? { ca: [ca] } : ssl };
}

function scramLogin(mechanism: KafkaSecuritySettings['KAFKA_SASL_MECHANISM'], username: string | undefined, password: string | undefined): SASLOptions | undefined {
  if (mechanism === 'none' || username === undefined || password === undefined) return undefined;
  // Spelled out per mechanism: kafkajs types each mechanism's options apart.
  return mechanism === 'scram-sha-256' ? { mechanism, username, password } : { mechanism, username, password };
}

// What a production deployment must not run with, for the production checks to refuse: no login
// (the broker's ACLs could not tell this service from any other client), or a password of the
// local broker's logins, which is public in this repository. By variable, as a zod refinement
// reports it (`ctx.addIssue({ code: 'custom', path: [variable], message })`).
export type KafkaProductionProblem = { variable: 'KAFKA_SASL_MECHANISM' | 'KAFKA_PASSWORD'; message: string };

export function kafkaProductionProblems(settings: Pick<KafkaSecuritySettings, 'KAFKA_SASL_MECHANISM' | 'KAFKA_PASSWORD'>): KafkaProductionProblem[] {
  const problems: KafkaProductionProblem[] = [];
  if (settings.KAFKA_SASL_MECHANISM === 'none') {
    problems.push({ variable: 'KAFKA_SASL_MECHANISM', message: 'production logs in to Kafka (scram-sha-512 or scram-sha-256) with its own KAFKA_USERNAME and KAFKA_PASSWORD' });
  }
  if (settings.KAFKA_PASSWORD !== undefined && Object.values(DEVELOPMENT_KAFKA_PASSWORDS).includes(settings.KAFKA_PASSWORD)) {
    problems.push({ variable: 'KAFKA_PASSWORD', message: 'a development password (public in this repository) is refused in production' });
  }
  return problems;
}

export function createKafkaClient(options: { brokers: string[]; clientId: string; logger: Logger; security?: KafkaSecurity }): Kafka {
  const { logger } = options;
  // While a broker is down kafkajs reports every reconnect attempt; one line per 30 s says enough.
  const lastLogged = new Map<string, number>();
  const worthLogging = (message: string) => {
    const now = Date.now();
    if (now - (lastLogged.get(message) ?? 0) < 30_000) return false;
    lastLogged.set(message, now);
    return true;
  };
  return new Kafka({
    clientId: options.clientId,
    brokers: options.brokers,
    ...options.security,
    // kafkajs retries connection errors on its own; our relay and consumers add the backoff that matters.
    retry: { initialRetryTime: 300, retries: 5 },
    logLevel: logLevel.WARN,
    logCreator: () => (entry: LogEntry) => {
      const { message, ...rest } = entry.log;
      const fields = { namespace: entry.namespace, ...rest };
      // Leadership moves right after a topic is created are retried by kafkajs itself.
      const routine = /leader|does not host this topic-partition|Topic creation errors/i.test(String(rest['error'] ?? ''));
      if (entry.level <= logLevel.ERROR && !routine && worthLogging(message)) logger.warn(`kafka: ${message}`, { ...fields, stack: undefined });
      else logger.debug(`kafka: ${message}`, fields);
    },
  });
}

export type EnsuredTopics = {
  created: string[];
  // Existing topics whose settings were brought to their spec: setting -> the value it had
  // (null: the broker default) and the one it has now.
  reconfigured: Array<{ topic: string; settings: Record<string, { from: string | null; to: string }> }>;
};

// Every service makes sure the topics it produces or consumes exist, so start order does not
// matter and broker auto-creation can stay off. Safe when several services race; returns once
// every partition has a leader, since a just-created topic can be briefly unknown to the broker.
// Topics are created with their settings (retention) and existing ones are brought to them, so a
// topic made before a setting existed, or changed by hand, is put right at the next start.
export async function ensureTopics(
  kafka: Kafka,
  topics: TopicSpec[],
  options: { attempts?: number; keepTrying?: () => boolean; logger?: Logger } = {},
): Promise<EnsuredTopics> {
  const attempts = options.attempts ?? 10;
  const keepTrying = options.keepTrying ?? (() => true);
  const admin = kafka.admin();
  await admin.connect();
  try {
    // What existed before the first attempt: a create that timed out after creating (and is
    // retried) still counts its topics as created here.
    let existedAtStart: Set<string> | undefined;
    for (let attempt = 1; ; attempt += 1) {
      try {
        const existing = new Set(await admin.listTopics());
        existedAtStart ??= existing;
        const missing = topics.filter((spec) => !existing.has(spec.name));
        if (missing.length) {
          await admin.createTopics({
            waitForLeaders: true,
            topics: missing.map((spec) => ({
              topic: spec.name,
              numPartitions: spec.partitions,
              replicationFactor: -1,
              configEntries: Object.entries(spec.config).map(([name, value]) => ({ name, value })),
            })),
          });
        }
        const metadata = await admin.fetchTopicMetadata({ topics: topics.map((spec) => spec.name) });
        const leaderless = metadata.topics.filter((topic) => topic.partitions.some((partition) => partition.leader < 0));
        if (leaderless.length) throw new Error(`topics without partition leaders yet: ${leaderless.map((topic) => topic.name).join(', ')}`);
        // A leader in the metadata is not yet a leader that serves the partition: a busy broker
        // answers NOT_LEADER for a moment after creating it. Ready is when every partition of a
        // new topic answers its offsets.
        for (const spec of topics) if (!existedAtStart.has(spec.name)) await admin.fetchTopicOffsets(spec.name);
        const reconfigured = await bringSettingsToSpec(admin, topics).catch((error: unknown) => {
          // A broker that does not let this service change topic settings (ACLs, a create/alter
          // policy) must not keep its consumers from starting: the topics exist, so say so and go on.
          const refusal = brokerRefusal(error);
          if (!refusal) throw error;
          options.logger?.warn('not allowed to bring topic settings to their spec; left as they are', { refusal, topics: topics.map((spec) => spec.name) });
          return [];
        });
        for (const change of reconfigured) options.logger?.info('topic settings brought to their spec', change);
        const startedWith = existedAtStart;
        return { created: topics.map((spec) => spec.name).filter((name) => !startedWith.has(name)), reconfigured };
      } catch (error) {
        if (attempt >= attempts || !keepTrying()) throw error;
        await new Promise((resolve) => setTimeout(resolve, 200 * attempt));
      }
    }
  } finally {
    await admin.disconnect();
  }
}

const SETTINGS_REFUSALS = new Set(['TOPIC_AUTHORIZATION_FAILED', 'CLUSTER_AUTHORIZATION_FAILED', 'POLICY_VIOLATION']);

// kafkajs wraps the broker's error code (as `type`) in retry errors, through `cause`.
function brokerRefusal(error: unknown): string | undefined {
  for (let current: unknown = error, depth = 0; current instanceof Error && depth < 5; current = current.cause, depth += 1) {
    const type = (current as { type?: unknown }).type;
    if (typeof type === 'string' && SETTINGS_REFUSALS.has(type)) return type;
  }
  return undefined;
}

// A setting counts as in place only when it is set on the topic itself: a broker default that
// happens to match today would let the topic follow the broker's next change.
async function bringSettingsToSpec(admin: Admin, topics: TopicSpec[]): Promise<EnsuredTopics['reconfigured']> {
  const { resources } = await admin.describeConfigs({
    includeSynonyms: false,
    resources: topics.map((spec) => ({ type: ConfigResourceTypes.TOPIC, name: spec.name })),
  });
  const changes: EnsuredTopics['reconfigured'] = [];
  const alterations = [];
  for (const spec of topics) {
    const entries = resources.find((resource) => resource.resourceName === spec.name)?.configEntries ?? [];
    const setOnTopic = new Map(entries.filter((entry) => entry.configSource === ConfigSource.TOPIC_CONFIG).map((entry) => [entry.configName, entry.configValue]));
    const settings: Record<string, { from: string | null; to: string }> = {};
    for (const [name, value] of Object.entries(spec.config)) {
      if (setOnTopic.get(name) !== value) settings[name] = { from: setOnTopic.get(name) ?? null, to: value };
    }
    if (!Object.keys(settings).length) continue;
    changes.push({ topic: spec.name, settings });
    // kafkajs has only the non-incremental AlterConfigs, which replaces every setting on the
    // topic: the ones set on it for other reasons are sent again so they survive.
    const wanted = { ...Object.fromEntries(setOnTopic), ...spec.config };
    alterations.push({ type: ConfigResourceTypes.TOPIC, name: spec.name, configEntries: Object.entries(wanted).map(([name, value]) => ({ name, value })) });
  }
  if (alterations.length) await admin.alterConfigs({ validateOnly: false, resources: alterations });
  return changes;
}
