import { Partitioners, type Admin, type Kafka, type Producer } from 'kafkajs';
import { topicName } from '@backoffice/events/topics';
import { consumerBacklog, untilConsumerCaughtUp } from '../src/consumer-backlog';
import { ensureTestTopics, testKafka, uniqueRunId } from './support';

jest.setTimeout(60_000);

// The backlog is read from the broker alone: end offsets against the group's committed offsets.
describe('consumerBacklog', () => {
  const prefix = `${uniqueRunId('backlog')}-`;
  const topic = topicName('hr.calendar.v1', prefix);
  const groupId = `${prefix}platform.backlog-test`;
  let kafka: Kafka;
  let admin: Admin;
  let producer: Producer;

  beforeAll(async () => {
    kafka = testKafka('backlog-test');
    await ensureTestTopics(kafka, prefix, ['hr.calendar.v1']);
    admin = kafka.admin();
    producer = kafka.producer({ createPartitioner: Partitioners.DefaultPartitioner });
    await Promise.all([admin.connect(), producer.connect()]);
  });

  afterAll(async () => {
    await Promise.all([admin?.disconnect(), producer?.disconnect()]);
  });

  const committed = async (offsets: Record<number, string>) =>
    admin.setOffsets({ groupId, topic, partitions: Object.entries(offsets).map(([partition, offset]) => ({ partition: Number(partition), offset })) });

  it('is 0 on an empty topic, then counts every message a group that never committed has yet to read, then what is past its commits', async () => {
    expect(await consumerBacklog(kafka, groupId, [topic])).toBe(0);
    const sent = await producer.send({ topic, messages: ['a', 'b', 'c'].map((value) => ({ key: 'one-aggregate', value })) });
    const { partition, baseOffset } = sent[0]!;
    expect(await consumerBacklog(kafka, groupId, [topic])).toBe(3);
    await committed({ [partition]: String(Number(baseOffset) + 2) });
    expect(await consumerBacklog(kafka, groupId, [topic])).toBe(1);
    // Waiting gives up after its timeout with what is left.
    expect(await untilConsumerCaughtUp(kafka, groupId, [topic], { timeoutMs: 300, pollMs: 100 })).toBe(1);
    await committed({ [partition]: String(Number(baseOffset) + 3) });
    expect(await untilConsumerCaughtUp(kafka, groupId, [topic], { timeoutMs: 300 })).toBe(0);
  });
});
