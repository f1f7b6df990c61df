import { ConfigResourceTypes, ConfigSource, type Admin, type ITopicConfig, type Kafka } from 'kafkajs';
import { topicsToEnsure } from '@backoffice/events/topics';
import { ensureTopics } from '../src/kafka';
import { testKafka, uniqueRunId } from './support';

jest.setTimeout(60_000);

const THIRTY_DAYS_MS = String(30 * 24 * 60 * 60 * 1000);

describe('ensuring topics', () => {
  let kafka: Kafka;
  let admin: Admin;
  let testNumber = 0;
  const prefix = () => `${uniqueRunId('topics')}-${(testNumber += 1)}-`;

  beforeAll(async () => {
    kafka = testKafka('kafka-topics-test');
    admin = kafka.admin();
    await admin.connect();
  });

  afterAll(async () => {
    await admin?.disconnect();
  });

  // The settings set on the topic itself (not inherited from the broker).
  async function topicSettings(topic: string): Promise<Record<string, string>> {
    const { resources } = await admin.describeConfigs({ includeSynonyms: false, resources: [{ type: ConfigResourceTypes.TOPIC, name: topic }] });
    return Object.fromEntries((resources[0]?.configEntries ?? []).filter((entry) => entry.configSource === ConfigSource.TOPIC_CONFIG).map((entry) => [entry.configName, entry.configValue]));
  }

  // A broker answers describeConfigs from its own copy of the metadata, which takes in an altered
  // setting a moment after the change is acknowledged (CI read the old retention once): the
  // settings read until they match, or for 20 s, and the last read is what the test compares.
  async function settingsOnceApplied(topic: string, expected: Record<string, string>): Promise<Record<string, string>> {
    const same = (settings: Record<string, string>) => JSON.stringify(Object.entries(settings).sort()) === JSON.stringify(Object.entries(expected).sort());
    let settings = await topicSettings(topic);
    for (const deadline = Date.now() + 20_000; !same(settings) && Date.now() < deadline; settings = await topicSettings(topic)) {
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    return settings;
  }

  // kafkajs's waitForLeaders retries only LEADER_NOT_AVAILABLE, but a busy KRaft broker also
  // answers UNKNOWN_TOPIC_OR_PARTITION for a moment after a create (it failed CI that way): the
  // set-up waits until every partition of the new topics answers its offsets.
  async function createTopicsServing({ topics }: { topics: ITopicConfig[] }): Promise<void> {
    await admin.createTopics({ topics });
    for (let attempt = 1; ; attempt += 1) {
      try {
        for (const { topic } of topics) await admin.fetchTopicOffsets(topic);
        return;
      } catch (error) {
        if (attempt >= 50) throw error;
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    }
  }

  it('creates a domain topic keeping every event, and its dead-letter topic keeping 30 days', async () => {
    const run = prefix();
    const result = await ensureTopics(kafka, topicsToEnsure(run, ['hr.leave.v1']));

    expect(result).toEqual({ created: [`${run}hr.leave.v1`, `${run}hr.leave.v1.dlq`], reconfigured: [] });
    expect(await topicSettings(`${run}hr.leave.v1`)).toEqual({ 'cleanup.policy': 'delete', 'retention.ms': '-1', 'retention.bytes': '-1' });
    expect(await topicSettings(`${run}hr.leave.v1.dlq`)).toEqual({ 'cleanup.policy': 'delete', 'retention.ms': THIRTY_DAYS_MS, 'retention.bytes': '-1' });
  });

  it('brings a topic created earlier with a short retention to its settings at start-up, keeping its other settings', async () => {
    const run = prefix();
    const topic = `${run}hr.employee.v1`;
    // As the topics were made before retention was decided: a day's worth, and compaction on the DLQ.
    await createTopicsServing({
      topics: [
        { topic, numPartitions: 6, replicationFactor: -1, configEntries: [{ name: 'retention.ms', value: '86400000' }, { name: 'max.message.bytes', value: '2097152' }] },
        { topic: `${topic}.dlq`, numPartitions: 1, replicationFactor: -1, configEntries: [{ name: 'cleanup.policy', value: 'compact' }] },
      ],
    });

    const result = await ensureTopics(kafka, topicsToEnsure(run, ['hr.employee.v1']));

    expect(result.created).toEqual([]);
    expect(result.reconfigured).toEqual([
      {
        topic,
        settings: {
          'cleanup.policy': { from: null, to: 'delete' },
          'retention.ms': { from: '86400000', to: '-1' },
          'retention.bytes': { from: null, to: '-1' },
        },
      },
      {
        topic: `${topic}.dlq`,
        settings: {
          'cleanup.policy': { from: 'compact', to: 'delete' },
          'retention.ms': { from: null, to: THIRTY_DAYS_MS },
          'retention.bytes': { from: null, to: '-1' },
        },
      },
    ]);
    expect(await settingsOnceApplied(topic, { 'cleanup.policy': 'delete', 'retention.ms': '-1', 'retention.bytes': '-1', 'max.message.bytes': '2097152' })).toEqual({
      'cleanup.policy': 'delete',
      'retention.ms': '-1',
      'retention.bytes': '-1',
      'max.message.bytes': '2097152',
    });
    expect(await settingsOnceApplied(`${topic}.dlq`, { 'cleanup.policy': 'delete', 'retention.ms': THIRTY_DAYS_MS, 'retention.bytes': '-1' })).toEqual({
      'cleanup.policy': 'delete',
      'retention.ms': THIRTY_DAYS_MS,
      'retention.bytes': '-1',
    });

    // The next start finds nothing to change.
    expect(await ensureTopics(kafka, topicsToEnsure(run, ['hr.employee.v1']))).toEqual({ created: [], reconfigured: [] });
  });
});
