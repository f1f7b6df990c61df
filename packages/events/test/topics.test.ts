import { allTopicSpecs, baseTopics, deadLetterTopic, topicName, topicsToEnsure } from '../src/topics';

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
    expect(specs).toContainEqual({ name: 't9-hr.compensation.v1', partitions: 6 });
    expect(specs).toContainEqual({ name: 't9-hr.compensation.v1.dlq', partitions: 1 });
    expect(topicsToEnsure('')).toEqual(allTopicSpecs);
  });

  it('can ensure only the topics a service uses', () => {
    expect(topicsToEnsure('', ['it.access.v1']).map((spec) => spec.name)).toEqual(['it.access.v1', 'it.access.v1.dlq']);
  });
});
