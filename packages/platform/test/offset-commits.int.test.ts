import { Partitioners, type Consumer, type Kafka, type Producer } from 'kafkajs';
import { topicName } from '@backoffice/events/topics';
import { consumerBacklog } from '../src/consumer-backlog';
import { commitOffsetsPeriodically, type OffsetCommits } from '../src/offset-commits';
import { ensureTestTopics, eventually, testKafka, testLogger, uniqueRunId } from './support';

jest.setTimeout(60_000);

// Handled positions are committed on an interval, many messages to a commit, and all of them
// when the consumer stops; against the broker, read back as the group's committed offsets.
describe('periodic offset commits', () => {
  const prefix = `${uniqueRunId('commits')}-`;
  const topic = topicName('hr.calendar.v1', prefix);
  let kafka: Kafka;
  let producer: Producer;

  beforeAll(async () => {
    kafka = testKafka('offset-commits-test');
    await ensureTestTopics(kafka, prefix, ['hr.calendar.v1']);
    producer = kafka.producer({ createPartitioner: Partitioners.DefaultPartitioner });
    await producer.connect();
  });

  afterAll(async () => {
    await producer?.disconnect();
  });

  // A consumer handling every message with the periodic commits, counting the commits kafkajs makes.
  async function consume(groupId: string, intervalMs: number): Promise<{ consumer: Consumer; offsets: OffsetCommits; handled: () => number; commits: () => number }> {
    const consumer = kafka.consumer({ groupId, maxWaitTimeInMs: 100 });
    let handled = 0;
    let commits = 0;
    consumer.on(consumer.events.COMMIT_OFFSETS, () => (commits += 1));
    await consumer.connect();
    await consumer.subscribe({ topics: [topic], fromBeginning: true });
    const offsets = commitOffsetsPeriodically(consumer, testLogger, intervalMs);
    await consumer.run({
      autoCommit: false,
      eachMessage: async ({ topic: from, partition, message }) => {
        await new Promise((resolve) => setTimeout(resolve, 2)); // a handler's transaction
        handled += 1;
        offsets.handled(from, partition, message.offset);
      },
    });
    return { consumer, offsets, handled: () => handled, commits: () => commits };
  }

  // One message at a time, a few milliseconds apart, as the relay sends under light load: the
  // consumer fetches them in many small batches.
  async function send(count: number, key: string) {
    for (let i = 0; i < count; i += 1) {
      await producer.send({ topic, acks: -1, messages: [{ key: `${key}-${i % 3}`, value: String(i) }] });
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }

  it('commits many handled messages at a time, and the group is caught up within the interval', async () => {
    const groupId = `${prefix}platform.commits-interval`;
    const running = await consume(groupId, 300);
    try {
      await send(60, 'interval');
      await eventually(() => running.handled() === 60, 30_000, 'all 60 handled');
      await eventually(async () => (await consumerBacklog(kafka, groupId, [topic])) === 0, 5_000, 'the group caught up by its commits');
      // kafkajs' autoCommit commits after every fetched batch; here a commit carries several.
      expect(running.commits()).toBeGreaterThan(0);
      expect(running.commits()).toBeLessThan(running.handled() / 3);
    } finally {
      await running.offsets.stopping();
      await running.consumer.disconnect();
    }
  });

  it('commits what was handled when the consumer stops, before the next interval', async () => {
    const groupId = `${prefix}platform.commits-on-stop`;
    // An interval no test waits for: only the stop can commit.
    const running = await consume(groupId, 600_000);
    const before = await consumerBacklog(kafka, groupId, [topic]);
    await send(5, 'stop');
    await eventually(() => running.handled() === before + 5, 30_000, 'the messages handled');
    expect(await consumerBacklog(kafka, groupId, [topic])).toBe(before + 5);
    await running.offsets.stopping();
    expect(await consumerBacklog(kafka, groupId, [topic])).toBe(0);
    await running.consumer.disconnect();
  });
});
