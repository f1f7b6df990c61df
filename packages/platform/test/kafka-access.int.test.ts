import { randomUUID } from 'node:crypto';
import { AclOperationTypes, AclPermissionTypes, AclResourceTypes, ResourcePatternTypes, type Admin, type Kafka } from 'kafkajs';
import { services, type Service } from '@backoffice/events/envelope';
import { DEVELOPMENT_KAFKA_PASSWORDS, isRestrictedTopic, restrictedTopicReaders, topicConsumers, topicOwner, type KafkaLogin } from '@backoffice/events/kafka-access';
import { baseTopics, deadLetterTopic, topicName, topicsToEnsure, type TopicBase } from '@backoffice/events/topics';
import { kafkaAclDrift, revokeKafkaAcls, syncKafkaAcls } from '@backoffice/infra/kafka-acls';
import { createKafkaClient, ensureTopics, kafkaSecurityFrom } from '../src/kafka';
import { eventually, testLogger, uniqueRunId } from './support';

// The SASL listener of the broker these tests run with (infra's local stack starts it beside the
// PLAINTEXT one), with the development logins and the ACLs packages/events derives. A test run
// works on topics of its own prefix, whose grants it applies with the function the stack start
// and operators use, and revokes at the end.

jest.setTimeout(120_000);

const REFUSED = 'TOPIC_AUTHORIZATION_FAILED';

function saslBrokers(): string[] {
  const value = process.env.KAFKA_SASL_BROKERS;
  if (!value) {
    throw new Error(
      'KAFKA_SASL_BROKERS is not set: the local stack starts a SASL listener beside the PLAINTEXT one; a broker started before it existed must be restarted (node infra/dist/cli.js down && node infra/dist/cli.js up), and a Kafka of your own needs KAFKA_SASL_BROKERS too.',
    );
  }
  return value.split(',');
}

// Through the platform's own configuration path, as a service configured for SASL is.
function loginClient(username: string, password: string = DEVELOPMENT_KAFKA_PASSWORDS[username as KafkaLogin]): Kafka {
  const security = kafkaSecurityFrom({ KAFKA_SASL_MECHANISM: 'scram-sha-512', KAFKA_USERNAME: username, KAFKA_PASSWORD: password, KAFKA_SSL: false, KAFKA_SSL_CA_FILE: undefined });
  return createKafkaClient({ brokers: saslBrokers(), clientId: `acl-test-${username}`, logger: testLogger, security });
}

// kafkajs wraps the broker's error code (as `type`) in retry errors, through `cause`.
function brokerErrorType(error: unknown): string | undefined {
  for (let current: unknown = error, depth = 0; current instanceof Error && depth < 5; current = current.cause, depth += 1) {
    const type = (current as { type?: unknown }).type;
    if (typeof type === 'string') return type;
  }
  return undefined;
}

// 'read' once a fetch went through, else the broker's refusal. The consumer group is under the
// login's own group prefix, so a refusal is about the topic, not the group. kafkajs does not retry
// an authorization failure, while it does retry what is transient (a coordinator still loading).
async function readOutcome(login: KafkaLogin, topic: string): Promise<string> {
  const consumer = loginClient(login).consumer({ groupId: `${prefix}${login}.acl-probe-${randomUUID()}`, allowAutoTopicCreation: false, maxWaitTimeInMs: 100 });
  try {
    await consumer.connect();
    await consumer.subscribe({ topics: [topic], fromBeginning: true });
    const outcome = new Promise<string>((resolve) => {
      consumer.on(consumer.events.FETCH, () => resolve('read'));
      consumer.on(consumer.events.CRASH, ({ payload }) => resolve(brokerErrorType(payload.error) ?? `crashed: ${payload.error.message}`));
    });
    await consumer.run({ eachMessage: async () => undefined });
    return await outcome;
  } catch (error) {
    const type = brokerErrorType(error);
    if (type === undefined) throw error;
    return type;
  } finally {
    await consumer.disconnect().catch(() => undefined);
  }
}

async function writeOutcome(login: KafkaLogin, topic: string): Promise<string> {
  const producer = loginClient(login).producer({ allowAutoTopicCreation: false });
  try {
    await producer.connect();
    await producer.send({ topic, acks: -1, messages: [{ key: 'acl-test', value: '{}' }] });
    return 'written';
  } catch (error) {
    const type = brokerErrorType(error);
    if (type === undefined) throw error;
    return type;
  } finally {
    await producer.disconnect().catch(() => undefined);
  }
}

// The topics a service ensures at start-up: its own and the ones it consumes.
const topicsOf = (service: Service): TopicBase[] => baseTopics.filter((topic) => topicOwner(topic) === service || topicConsumers[topic].includes(service));

const prefix = `${uniqueRunId('acl').replace(/_/g, '-')}-`;
let admin: Admin;

beforeAll(async () => {
  admin = loginClient('admin').admin();
  await admin.connect();
  await syncKafkaAcls(admin, prefix);
  // Each service creates the topics it uses through its own login, as it does at start-up.
  for (const service of services) {
    const warnings: string[] = [];
    const logger = { ...testLogger, warn: (message: string) => warnings.push(message) };
    await ensureTopics(loginClient(service), topicsToEnsure(prefix, topicsOf(service)), { logger });
    // Settings refused (no DESCRIBE_CONFIGS, say) would be a warning.
    expect(warnings).toEqual([]);
  }
});

afterAll(async () => {
  if (admin) {
    await revokeKafkaAcls(admin, prefix).catch(() => undefined);
    const ours = (await admin.listTopics().catch(() => [])).filter((topic) => topic.startsWith(prefix));
    if (ours.length) await admin.deleteTopics({ topics: ours }).catch(() => undefined);
    await admin.disconnect();
  }
});

describe('Kafka logins and ACLs on the SASL listener', () => {
  it("the local stack's broker holds exactly the ACLs the code derives, and analysts are refused hr.compensation.v1 there", async () => {
    expect(await kafkaAclDrift(admin, '')).toEqual({ created: [], removed: [] });
    expect(await readOutcome('analyst', 'hr.compensation.v1')).toBe(REFUSED);
  });

  it("accounting's login reads the pay hr's login wrote on hr.compensation.v1", async () => {
    const pay = topicName('hr.compensation.v1', prefix);
    const value = JSON.stringify({ note: `pay ${randomUUID()}` });
    const producer = loginClient('hr').producer({ allowAutoTopicCreation: false });
    await producer.connect();
    await producer.send({ topic: pay, acks: -1, messages: [{ key: 'employee-1', value }] });
    await producer.disconnect();

    const consumer = loginClient('accounting').consumer({ groupId: `${prefix}accounting.payroll-test`, allowAutoTopicCreation: false, maxWaitTimeInMs: 100 });
    await consumer.connect();
    await consumer.subscribe({ topics: [pay], fromBeginning: true });
    const received = new Promise<string>((resolve) => {
      void consumer.run({ eachMessage: async ({ message }) => resolve(message.value?.toString() ?? '') });
    });
    await expect(received).resolves.toBe(value);
    await consumer.disconnect();
  });

  it('hr.compensation.v1 is read by accounting and hr (its owner) only; it and analysts are refused', async () => {
    const pay = topicName('hr.compensation.v1', prefix);
    const outcomes = Object.fromEntries(await Promise.all((['accounting', 'hr', 'it', 'analyst'] as const).map(async (login) => [login, await readOutcome(login, pay)])));
    expect(outcomes).toEqual({ accounting: 'read', hr: 'read', it: REFUSED, analyst: REFUSED });
  });

  it('every restricted topic and its dead letters are refused to every login but its owner and its listed readers', async () => {
    const restricted = baseTopics.filter(isRestrictedTopic);
    expect(restricted).toEqual(expect.arrayContaining(['hr.compensation.v1', 'accounting.journal.v1']));
    const probes = restricted.flatMap((topic) =>
      (['hr', 'accounting', 'it', 'analyst'] as const).flatMap((login) => [
        { login, topic: topicName(topic, prefix), allowed: login === topicOwner(topic) || (restrictedTopicReaders[topic] ?? []).some((reader) => reader === login) },
        // Dead letters are copies: only the owner reads them back (consumers may only write them).
        { login, topic: topicName(deadLetterTopic(topic), prefix), allowed: login === topicOwner(topic) },
      ]),
    );
    const outcomes = await Promise.all(probes.map(async (probe) => ({ ...probe, outcome: await readOutcome(probe.login, probe.topic) })));
    expect(outcomes).toHaveLength(restricted.length * 4 * 2);
    expect(outcomes.filter((probe) => probe.outcome !== (probe.allowed ? 'read' : REFUSED))).toEqual([]);
    expect(outcomes.filter((probe) => probe.login === 'analyst' || probe.login === 'it').every((probe) => probe.outcome === REFUSED)).toBe(true);
  });

  it("analysts read the topics that are not restricted, but none of their dead letters", async () => {
    expect(await readOutcome('analyst', topicName('hr.employee.v1', prefix))).toBe('read');
    expect(await readOutcome('analyst', topicName('hr.employee.v1.dlq', prefix))).toBe(REFUSED);
  });

  it("a service cannot write another service's topic, not even one it consumes; its own it can", async () => {
    expect(await writeOutcome('hr', topicName('hr.employee.v1', prefix))).toBe('written');
    expect(await writeOutcome('accounting', topicName('hr.employee.v1', prefix))).toBe(REFUSED);
    expect(await writeOutcome('it', topicName('hr.employee.v1', prefix))).toBe(REFUSED);
    expect(await writeOutcome('it', topicName('hr.compensation.v1', prefix))).toBe(REFUSED);
    expect(await writeOutcome('analyst', topicName('it.ticket.v1', prefix))).toBe(REFUSED);
    // A consumer writes the dead letters of what it consumes.
    expect(await writeOutcome('it', topicName('hr.employee.v1.dlq', prefix))).toBe('written');
  });

  it('a wrong password and an unknown login are refused at connect', async () => {
    for (const [username, password] of [['accounting', 'not-the-password'], ['mallory', 'anything']] as const) {
      const producer = loginClient(username, password).producer();
      await expect(producer.connect()).rejects.toMatchObject({ name: 'KafkaJSSASLAuthenticationError' });
      await producer.disconnect().catch(() => undefined);
    }
  });

  it('a grant the code does not derive is revoked by the next sync, and a sync with nothing to do changes nothing', async () => {
    const pay = topicName('hr.compensation.v1', prefix);
    await admin.createAcls({
      acl: [{ principal: 'User:it', host: '*', resourceType: AclResourceTypes.TOPIC, resourceName: pay, resourcePatternType: ResourcePatternTypes.LITERAL, operation: AclOperationTypes.READ, permissionType: AclPermissionTypes.ALLOW }],
    });
    // The broker's authorizer applies an ACL change a moment after it is acknowledged (KRaft
    // replays it from the metadata log); on a busy CI machine the first read came too soon.
    await eventually(async () => (await readOutcome('it', pay)) === 'read', 20_000, 'the extra grant letting it read');

    const changes = await syncKafkaAcls(admin, prefix);
    expect(changes).toEqual({ created: [], removed: [{ principal: 'User:it', resourceType: 'topic', patternType: 'literal', resourceName: pay, operation: 'read', permission: 'allow', host: '*' }] });
    await eventually(async () => (await readOutcome('it', pay)) === REFUSED, 20_000, 'the revoked grant refusing it');
    expect(await syncKafkaAcls(admin, prefix)).toEqual({ created: [], removed: [] });
  });
});
