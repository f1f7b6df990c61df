import { randomUUID } from 'node:crypto';
import type { Kafka, Producer } from 'kafkajs';
import { createEventEnvelope } from '@backoffice/events/contract';
import { departmentClosed, departmentCreated } from '@backoffice/events/hr-events';
import { CSV_COLUMNS, exportTopics, formatRecord, tailTopic } from '../src/analyst-stream';
import { ensureTestTopics, eventually, testKafka, uniqueRunId } from './support';

jest.setTimeout(120_000);

// The analysts' reads: an export is a bounded copy of a time range (what the topics held when it
// started), as NDJSON or CSV; a tail follows a topic, filtered by type. Both on consumer groups
// of their own that commit nothing.

describe('exporting and tailing a topic', () => {
  const prefix = `${uniqueRunId('analyst')}-`;
  let kafka: Kafka;
  let producer: Producer;
  const sent: Array<{ id: string; type: string; subject: string }> = [];

  const send = async (event: { subject: string; id: string; type: string }, timestamp: number) => {
    await producer.send({ topic: `${prefix}hr.department.v1`, acks: -1, messages: [{ key: event.subject, value: JSON.stringify(event), timestamp: String(timestamp) }] });
    sent.push({ id: event.id, type: event.type, subject: event.subject });
  };

  beforeAll(async () => {
    kafka = testKafka('analyst-stream-test');
    await ensureTestTopics(kafka, prefix, ['hr.department.v1', 'hr.employee.v1']);
    producer = kafka.producer({ allowAutoTopicCreation: false });
    await producer.connect();
    // Three days of department events, by Kafka time.
    for (const [index, day] of ['2026-01-10', '2026-01-11', '2026-01-12'].entries()) {
      const departmentId = randomUUID();
      const created = createEventEnvelope(departmentCreated, { data: { departmentId, code: `D${index}`, name: `Department ${index}`, parentId: null }, sequence: 1, actor: 'system', correlationid: `c-${index}` });
      await send(created, Date.parse(`${day}T10:00:00Z`));
      const closed = createEventEnvelope(departmentClosed, { data: { departmentId, closedOn: day }, sequence: 2, actor: 'system', correlationid: `c-${index}` });
      await send(closed, Date.parse(`${day}T15:00:00Z`));
    }
    await producer.send({ topic: `${prefix}hr.department.v1`, acks: -1, messages: [{ key: 'x', value: 'not json, on 13 January', timestamp: String(Date.parse('2026-01-13T09:00:00Z')) }] });
  });

  afterAll(async () => {
    await producer?.disconnect();
  });

  it('exports the events of a time range as NDJSON, with where each was, and nothing outside it', async () => {
    const lines: string[] = [];
    const progress: string[] = [];
    const result = await exportTopics({
      kafka,
      topicPrefix: prefix,
      topics: ['hr.department.v1', 'hr.employee.v1'],
      since: new Date('2026-01-11T00:00:00Z'),
      until: new Date('2026-01-13T00:00:00Z'),
      format: 'ndjson',
      write: (line) => lines.push(line),
      progress: (line) => progress.push(line),
    });
    const rows = lines.map((line) => JSON.parse(line) as { id: string; topic: string; partition: number; offset: string; kafkaTime: string; type: string; data: unknown });
    expect(result).toEqual({ exported: 4, byTopic: { 'hr.department.v1': 4, 'hr.employee.v1': 0 } });
    expect(rows.map((row) => row.id).sort()).toEqual(sent.slice(2, 6).map((event) => event.id).sort());
    for (const row of rows) {
      expect(row.topic).toBe('hr.department.v1');
      expect(row.kafkaTime >= '2026-01-11' && row.kafkaTime < '2026-01-13').toBe(true);
      expect(typeof row.partition).toBe('number');
      expect(row.offset).toMatch(/^\d+$/);
    }
  });

  it('exports CSV with one row per event, the data as JSON in its cell, and a message that is not an envelope as it is', async () => {
    const lines: string[] = [];
    await exportTopics({ kafka, topicPrefix: prefix, topics: ['hr.department.v1'], since: new Date('2026-01-12T12:00:00Z'), format: 'csv', write: (line) => lines.push(line) });
    expect(lines).toHaveLength(2);
    const closed = lines.find((line) => line.includes('backoffice.hr.department.closed.v1'))!;
    expect(closed.split(',').slice(0, 1)).toEqual(['hr.department.v1']);
    expect(closed).toContain(`"{""departmentId"":""`);
    expect(lines.find((line) => !line.includes('backoffice.'))).toContain('"not json, on 13 January"');
    expect(CSV_COLUMNS[0]).toBe('topic');
    expect(formatRecord({ topic: 't', partition: 0, offset: '1', kafkaTime: 'k', envelope: { id: 'a,b' } }, 'csv').split(',').length).toBe(CSV_COLUMNS.length + 1);
  });

  it('tails a topic from the beginning, keeping one type, and leaves no committed offsets behind', async () => {
    const lines: string[] = [];
    const tail = await tailTopic({ kafka, topicPrefix: prefix, topic: 'hr.department.v1', fromBeginning: true, type: 'hr.department.closed', json: false, write: (line) => lines.push(line) });
    try {
      await eventually(() => lines.length >= 3, 60_000, 'three closed departments');
      expect(lines.every((line) => line.includes('backoffice.hr.department.closed.v1'))).toBe(true);
    } finally {
      await tail.stop();
    }
    const admin = kafka.admin();
    await admin.connect();
    try {
      const groups = (await admin.listGroups()).groups.map((group) => group.groupId).filter((id) => id.startsWith(`${prefix}analyst.`));
      expect(groups.length).toBeGreaterThan(0);
      for (const groupId of groups) {
        const offsets = await admin.fetchOffsets({ groupId, topics: [`${prefix}hr.department.v1`] });
        expect(offsets.flatMap((topic) => topic.partitions).every((partition) => partition.offset === '-1')).toBe(true);
      }
    } finally {
      await admin.disconnect();
    }
  });
});
