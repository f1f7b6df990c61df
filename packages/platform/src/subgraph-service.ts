import type { IncomingMessage } from 'node:http';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { GraphQLError, Kind, type DocumentNode } from 'graphql';
import type { Kafka } from 'kafkajs';
import type { DataSource, MixedList } from 'typeorm';
import { z } from 'zod';
import { clockEnvModel, clockFrom, refuseMovedClockInProduction, type Clock } from './clock';
import { ConfigError, databaseEnvModel, envValue, refuseDevelopmentVerifyKeys, identityVerifyEnvModel, kafkaEnvModel, parseConfig, port, postgresUrl, runtimeEnvModel, type ParsedVerifyKeys } from './config';
import { checkArguments } from './argument-checks';
import { checkEntityRepresentations } from './entity-representations';
import { correlationIdFrom } from './correlation-id';
import { DEFAULT_STATEMENT_TIMEOUT_MS, openServiceDatabase } from './database';
import { startGraphQLHttpServer } from './graphql-http-server';
import { AUDIENCES, IDENTITY_HEADER, IdentityRejected, verifyIdentity, type Audience, type BoundRequest, type Principal } from './identity';
import { services } from '@backoffice/events/envelope';
import { STEP_RETRY_TOPIC, stepRetryConsumer } from './step-retries';
import { startInboxConsumer, type EventHandler, type InboxConsumer } from './inbox-consumer';
import { startJobRunner, type JobDefinition, type JobRunner } from './job-runner';
import { topicsToEnsure, type TopicBase } from '@backoffice/events/topics';
import { createKafkaClient, ensureTopics, kafkaProductionProblems, kafkaSecurityFrom, type KafkaSecurity } from './kafka';
import { createLogger, type Logger, type LogLevel } from './logger';
import { startOutboxRelay, type OutboxRelay } from './outbox-relay';
import { retentionEnvModel, retentionJobs, type RetentionSettings } from './retention-jobs';
import { platformScalars } from './scalars';
import { stopInOrder } from './shutdown';
import { validTraceparent } from './trace-context';

// The wiring every subgraph shares: database (created, migrated under a lock), Kafka (topics
// ensured, outbox relay, inbox consumers), and the GraphQL endpoint that only admits callers
// the gateway signed for. Each service's main.ts passes its own parts.

export const subgraphEnvModel = (defaultPort: number) =>
  runtimeEnvModel
    .extend(databaseEnvModel.shape)
    .extend(kafkaEnvModel.shape)
    .extend(identityVerifyEnvModel.shape)
    .extend(clockEnvModel.shape)
    .extend(retentionEnvModel.shape)
    .extend({
      PORT: port(defaultPort),
      // Subgraphs serve only the gateway: loopback unless the deployment names an interface.
      HOST: envValue(z.string().min(1).default('127.0.0.1')),
      // `<SERVICE>_DATABASE_URL`: the service's own login, which reads and writes rows (required in
      // production). Without it (development, tests) DATABASE_URL, a superuser, creates the
      // database and both logins locally.
      SERVICE_DATABASE_URL: envValue(postgresUrl.optional()),
      // `<SERVICE>_MIGRATION_DATABASE_URL`: the login that owns the schema, for migrations only.
      SERVICE_MIGRATION_DATABASE_URL: envValue(postgresUrl.optional()),
      DATABASE_STATEMENT_TIMEOUT_MS: envValue(z.coerce.number().int().min(100).max(600_000).default(DEFAULT_STATEMENT_TIMEOUT_MS)),
    })
    .superRefine((env, ctx) => {
      if (env.NODE_ENV === 'production' && !env.SERVICE_DATABASE_URL) {
        ctx.addIssue({ code: 'custom', path: ['SERVICE_DATABASE_URL'], message: "production runs on the service's own login (rows only, no schema changes): set it, and the owner login in the MIGRATION_DATABASE_URL variable for migrations" });
      }
      if (env.SERVICE_MIGRATION_DATABASE_URL && !env.SERVICE_DATABASE_URL) {
        ctx.addIssue({ code: 'custom', path: ['SERVICE_MIGRATION_DATABASE_URL'], message: "comes with the service's own login in the DATABASE_URL variable of the service" });
      }
    })
    .superRefine((env, ctx) => {
      if (env.NODE_ENV !== 'production') return;
      for (const problem of kafkaProductionProblems(env)) ctx.addIssue({ code: 'custom', path: [problem.variable], message: problem.message });
    })
    .superRefine(refuseDevelopmentVerifyKeys)
    .superRefine(refuseMovedClockInProduction);

export type SubgraphConfig = {
  service: string;
  // NODE_ENV is production (or unset): development keys, demo data, moved clocks and powerful
  // database logins are refused.
  production: boolean;
  port: number;
  host: string;
  logLevel: LogLevel;
  databaseUrl: string;
  serviceDatabaseUrl?: string | undefined;
  migrationDatabaseUrl?: string | undefined;
  statementTimeoutMs: number;
  databaseNameSuffix: string;
  kafkaBrokers: string[];
  kafkaPrefix: string;
  kafkaSecurity: KafkaSecurity;
  // The gateway's public keys, by key id.
  identityKeys: ParsedVerifyKeys;
  clock: Clock;
  retention: RetentionSettings;
};

// Parses the shared subgraph variables plus a service's own, reporting every problem at once.
export function loadSubgraphConfig<TExtra extends z.ZodRawShape>(
  service: string,
  defaultPort: number,
  env: NodeJS.ProcessEnv,
  extra: TExtra,
): SubgraphConfig & { extra: z.infer<z.ZodObject<TExtra>> } {
  const serviceUrlVariable = `${service.toUpperCase()}_DATABASE_URL`;
  const migrationUrlVariable = `${service.toUpperCase()}_MIGRATION_DATABASE_URL`;
  const problems: string[] = [];
  const attempt = <T>(parse: () => T): T | undefined => {
    try {
      return parse();
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      problems.push(...error.problems);
      return undefined;
    }
  };
  const shared = attempt(() =>
    parseConfig(
      subgraphEnvModel(defaultPort),
      { ...env, SERVICE_DATABASE_URL: env[serviceUrlVariable], SERVICE_MIGRATION_DATABASE_URL: env[migrationUrlVariable] },
      { SERVICE_DATABASE_URL: serviceUrlVariable, SERVICE_MIGRATION_DATABASE_URL: migrationUrlVariable },
    ),
  );
  const own = attempt(() => parseConfig(z.object(extra), env));
  if (!shared || !own) throw new ConfigError(problems);
  return {
    service,
    production: shared.NODE_ENV === 'production',
    port: shared.PORT,
    host: shared.HOST,
    logLevel: shared.LOG_LEVEL,
    databaseUrl: shared.DATABASE_URL,
    serviceDatabaseUrl: shared.SERVICE_DATABASE_URL,
    migrationDatabaseUrl: shared.SERVICE_MIGRATION_DATABASE_URL,
    statementTimeoutMs: shared.DATABASE_STATEMENT_TIMEOUT_MS,
    databaseNameSuffix: shared.DATABASE_NAME_SUFFIX,
    kafkaBrokers: shared.KAFKA_BROKERS,
    kafkaPrefix: shared.KAFKA_PREFIX,
    kafkaSecurity: kafkaSecurityFrom(shared),
    identityKeys: shared.IDENTITY_VERIFY_KEYS,
    clock: clockFrom(shared),
    retention: { outboxRetentionDays: shared.OUTBOX_RETENTION_DAYS, inboxRetentionDays: shared.INBOX_RETENTION_DAYS },
    extra: own,
  };
}

export type ServiceDependencies<TConfig extends SubgraphConfig = SubgraphConfig> = { dataSource: DataSource; kafka: Kafka; logger: Logger; config: TConfig; clock: Clock };

export type ConsumerDefinition = { consumer: string; topics: string[]; handlers: Record<string, EventHandler> };

export type RequestContext = {
  principal: Principal;
  correlationId: string;
  // W3C trace context of the incoming request, carried into the events it causes.
  traceparent: string | undefined;
};

export type SubgraphDefinition<TContext extends RequestContext, TConfig extends SubgraphConfig = SubgraphConfig> = {
  typeDefs: DocumentNode;
  resolvers: GraphQLResolverMap<TContext>;
  migrations: MixedList<string | (new () => unknown)>;
  // Topics this service produces or consumes (base names); ensured at start-up.
  topics: TopicBase[];
  consumers?: (deps: ServiceDependencies<TConfig>) => ConsumerDefinition[];
  // Scheduled work (packages/platform/src/job-runner.ts); the platform adds its retention jobs.
  jobs?: (deps: ServiceDependencies<TConfig>) => JobDefinition[];
  context: (deps: ServiceDependencies<TConfig>, request: RequestContext) => TContext;
  // Runs once everything is up (demo data, for example); failures are logged, not fatal.
  afterStart?: (deps: ServiceDependencies<TConfig>) => Promise<unknown>;
};

export type RunningSubgraph = {
  url: string;
  port: number;
  dataSource: DataSource;
  relay: OutboxRelay;
  jobs: JobRunner;
  logger: Logger;
  // Resolves once topics exist and consumers are running (Kafka may be down at start).
  eventsReady: Promise<void>;
  stop(): Promise<void>;
};

export async function startSubgraphService<TContext extends RequestContext, TConfig extends SubgraphConfig>(
  definition: SubgraphDefinition<TContext, TConfig>,
  config: TConfig,
): Promise<RunningSubgraph> {
  const logger = createLogger({ service: config.service }, config.logLevel);
  const dataSource = await openServiceDatabase({
    service: config.service,
    serverUrl: config.databaseUrl,
    serviceUrl: config.serviceDatabaseUrl,
    migrationUrl: config.migrationDatabaseUrl,
    statementTimeoutMs: config.statementTimeoutMs,
    production: config.production,
    databaseNameSuffix: config.databaseNameSuffix,
    migrations: definition.migrations,
    clock: config.clock,
    logger,
  });
  const kafka = createKafkaClient({ brokers: config.kafkaBrokers, clientId: `backoffice-${config.service}`, logger, security: config.kafkaSecurity });
  const deps: ServiceDependencies<TConfig> = { dataSource, kafka, logger, config, clock: config.clock };
  const databaseUrl = dataSource.options.type === 'postgres' ? (dataSource.options.url ?? undefined) : undefined;
  const relay = startOutboxRelay({ dataSource, kafka, logger, topicPrefix: config.kafkaPrefix, databaseUrl });
  const jobs = startJobRunner({ jobs: [...retentionJobs(config.retention), ...(definition.jobs?.(deps) ?? [])], dataSource, clock: config.clock, logger });

  const consumers: InboxConsumer[] = [];
  let stopping = false;
  // Kafka may be down at start: the service serves anyway and wires its consumers when it is back.
  const eventsReady = (async () => {
    const topics = topicsToEnsure(config.kafkaPrefix, definition.topics);
    for (let attempt = 1; !stopping; attempt += 1) {
      try {
        await ensureTopics(kafka, topics, { keepTrying: () => !stopping, logger });
        break;
      } catch (error) {
        if (stopping) return;
        logger.warn('could not ensure Kafka topics; retrying', { attempt, error });
        await new Promise((resolve) => setTimeout(resolve, Math.min(1000 * attempt, 10_000)));
      }
    }
    for (const consumer of withStepRetries(config.service, definition.topics, definition.consumers?.(deps) ?? [], { kafka, logger, topicPrefix: config.kafkaPrefix })) {
      if (stopping) return;
      consumers.push(await startInboxConsumer({ ...consumer, kafka, dataSource, logger, topicPrefix: config.kafkaPrefix }));
    }
  })();

  const server = await startGraphQLHttpServer<TContext>({
    logger,
    port: config.port,
    host: config.host,
    exposeSchema: !config.production,
    schema: buildSubgraphGraph(definition.typeDefs, definition.resolvers),
    readiness: async () => {
      const database = await dataSource
        .query('SELECT 1')
        .then(() => 'up' as const)
        .catch(() => 'down' as const);
      const relayStatus = relay.status();
      // Jobs are reported, not judged: a failed job does not stop the service from serving.
      const jobStatus = database === 'up' ? await jobs.status().catch(() => []) : [];
      // Each consumer's counts: applied, duplicates, dead letters, newer event versions skipped...
      const consumerStatus = Object.fromEntries(consumers.map((consumer) => consumer.status()).map((status) => [status.consumer, status]));
      // Kafka's state, not its error text: that goes to the log.
      return { ready: database === 'up', checks: { database, kafka: relayStatus.kafka, jobs: jobStatus, consumers: consumerStatus } };
    },
    context: async (request: IncomingMessage, graphqlRequest: BoundRequest) => definition.context(deps, authenticate(request, graphqlRequest, config, logger)),
  });
  logger.info('subgraph ready', { url: server.url });

  if (definition.afterStart) {
    await definition.afterStart(deps).catch((error: unknown) => logger.error('after-start task failed', { error }));
  }

  const stop = stopInOrder(
    [
      {
        // First, so the group hands their partitions to other replicas at once rather than after
        // the HTTP drain (or never, if the process is forced to exit meanwhile).
        name: 'consumers',
        stop: async () => {
          stopping = true;
          // Let topic set-up in progress notice the stop before its clients go away.
          await eventsReady.catch(() => undefined);
          await Promise.all(consumers.map((consumer) => consumer.stop()));
        },
      },
      { name: 'http server', stop: () => server.stop() },
      { name: 'job runner', stop: () => jobs.stop() },
      { name: 'outbox relay', stop: () => relay.stop() },
      { name: 'database', stop: () => dataSource.destroy() },
    ],
    logger,
  );
  return { url: server.url, port: server.port, dataSource, relay, jobs, logger, eventsReady, stop };
}

// The subgraph's executable schema: its SDL and resolvers, the platform's validating scalars for
// those it declares, the argument checks (ids, NUL characters) on every field, and the checks of
// `_entities` representations.
export function buildSubgraphGraph<TContext>(typeDefs: DocumentNode, resolvers: GraphQLResolverMap<TContext>) {
  const declared = new Set(typeDefs.definitions.flatMap((definition) => (definition.kind === Kind.SCALAR_TYPE_DEFINITION ? [definition.name.value] : [])));
  const scalars = Object.fromEntries(Object.entries(platformScalars).filter(([name]) => declared.has(name)));
  return checkEntityRepresentations(checkArguments(buildSubgraphSchema([{ typeDefs, resolvers: { ...scalars, ...resolvers } as GraphQLResolverMap<TContext> }])), typeDefs);
}

// A service with reactions answers retry requests for them (step-retries.ts), on HR's workflow
// topic, which it must then declare (its Kafka login reads what it declares).
export function withStepRetries(service: string, topics: readonly TopicBase[], consumers: ConsumerDefinition[], options: { kafka: Kafka; logger: Logger; topicPrefix: string }): ConsumerDefinition[] {
  if (consumers.length === 0) return consumers;
  if (!topics.includes(STEP_RETRY_TOPIC)) throw new Error(`${service} has reactions, so it must declare ${STEP_RETRY_TOPIC} among its topics: it answers the retry requests of process steps there`);
  const owner = services.find((candidate) => candidate === service);
  if (!owner) throw new Error(`${service} is not a service that can publish reaction facts`);
  return [...consumers, stepRetryConsumer({ service: owner, consumers, ...options })];
}

const isAudience = (service: string): service is Audience => (AUDIENCES as readonly string[]).includes(service);

function authenticate(request: IncomingMessage, graphqlRequest: BoundRequest, config: SubgraphConfig, logger: Logger): RequestContext {
  const header = request.headers[IDENTITY_HEADER];
  const correlationId = correlationIdFrom(request.headers['x-correlation-id']);
  const traceparent = validTraceparent(request.headers.traceparent);
  try {
    if (!isAudience(config.service)) throw new Error(`${config.service} is not a subgraph the gateway signs for`);
    const principal = verifyIdentity(typeof header === 'string' ? header : undefined, { keys: config.identityKeys.keys, audience: config.service, request: graphqlRequest });
    return { principal, correlationId, traceparent };
  } catch (error) {
    if (!(error instanceof IdentityRejected)) throw error;
    // Subgraphs serve only the gateway. Which check failed goes to the log, never to the caller:
    // telling a forger "expired" or "wrong audience" would help them.
    logger.warn('request refused: identity header not accepted', { reason: error.reason, correlationId });
    throw new GraphQLError('Requests must come through the gateway.', { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
  }
}
