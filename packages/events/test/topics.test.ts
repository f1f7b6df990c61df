import { allTopicSpecs, baseTopics, deadLetterTopic, retentionConfig, topicName, topicsToEnsure } from '../src/topics';

describe('topics', () => {
  it('applies the isolation prefix to a topic and its dead-letter topic', () => {
    expect(topicName('hr.employee.v1', 't123-')).toBe('t123-hr.employee.v1');
    expect(topicName(deadLetterTopic('hr.employee.v1'), 't123-')).toBe('t123-hr.employee.v1.dlq');
    expect(topicName('hr.employee.v1', '')).toBe('hr.employee.v1');
  });

  it('refuses a prefix Kafka would not accept in a topic name', () => {
    expect(() => topicName('hr.employee.v1', 'run 1/')).toThrow(/Invalid topic prefix/);
  });

  it('ensures every topic with six partitions and its dead-letter topic with one', () => {
    const specs = topicsToEnsure('t9-');
    expect(specs).toHaveLength(baseTopics.length * 2);
    expect(specs).toContainEqual(expect.objectContaining({ name: 't9-hr.compensation.v1', partitions: 6 }));
    expect(specs).toContainEqual(expect.objectContaining({ name: 't9-hr.compensation.v1.dlq', partitions: 1 }));
    expect(topicsToEnsure('')).toEqual(allTopicSpecs);
  });

  it('keeps every event on domain topics, so they can be replayed from offset 0, and dead letters 30 days', () => {
    const specs = topicsToEnsure('');
    const domain = specs.filter((spec) => !spec.name.endsWith('.dlq'));
    const deadLetters = specs.filter((spec) => spec.name.endsWith('.dlq'));
    expect(domain).toHaveLength(baseTopics.length);
    for (const spec of domain) {
      expect(spec.config).toEqual({ 'cleanup.policy': 'delete', 'retention.ms': '-1', 'retention.bytes': '-1' });
    }
    expect(deadLetters).toHaveLength(baseTopics.length);
    for (const spec of deadLetters) {
      expect(spec.config).toEqual({ 'cleanup.policy': 'delete', 'retention.ms': String(30 * 24 * 3600 * 1000), 'retention.bytes': '-1' });
    }
  });

  it('turns a finite retention into milliseconds', () => {
    expect(retentionConfig({ days: 7 })['retention.ms']).toBe('604800000');
  });

  it('can ensure only the topics a service uses', () => {
    expect(topicsToEnsure('', ['it.access.v1']).map((spec) => spec.name)).toEqual(['it.access.v1', 'it.access.v1.dlq']);
  });
});
