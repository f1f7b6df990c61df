// Kafka topics: one per aggregate, `<service>.<aggregate>.v<major>`. Partition counts
// are fixed from the start because changing them later moves keys between partitions
// and breaks per-aggregate ordering.

export const baseTopics = [
  'hr.employee.v1',
  'hr.department.v1',
  'hr.compensation.v1',
  'hr.leave.v1',
  'accounting.journal.v1',
  'accounting.expense.v1',
  'it.asset.v1',
  'it.ticket.v1',
  'it.access.v1',
] as const;

export type TopicBase = (typeof baseTopics)[number];
export type DeadLetterTopic = `${TopicBase}.dlq`;
export type TopicName = TopicBase | DeadLetterTopic;

export const TOPIC_PARTITIONS = 6;
// Dead letters are rare and read by people, so ordering across one partition is worth more
// than throughput.
export const DLQ_PARTITIONS = 1;

export interface TopicSpec {
  name: string;
  partitions: number;
}

export function deadLetterTopic(base: TopicBase): DeadLetterTopic {
  return `${base}.dlq`;
}

// Kafka allows [a-zA-Z0-9._-] in topic names; a prefix outside that would only fail later
// inside the admin client with a less helpful error.
const TOPIC_PREFIX_PATTERN = /^[a-zA-Z0-9._-]*$/;

// Applies the isolation prefix (e.g. `t123-` in a test run, '' in production) so parallel
// runs never share topics.
export function topicName(base: TopicName, prefix: string): string {
  if (!TOPIC_PREFIX_PATTERN.test(prefix)) {
    throw new Error(`Invalid topic prefix "${prefix}": only letters, digits, ".", "_" and "-" are allowed`);
  }
  return `${prefix}${base}`;
}

// Every topic with its DLQ, unprefixed, for "ensure these topics exist" at start-up.
export const allTopicSpecs: readonly TopicSpec[] = baseTopics.flatMap((base) => [
  { name: base, partitions: TOPIC_PARTITIONS },
  { name: deadLetterTopic(base), partitions: DLQ_PARTITIONS },
]);

// The same list with the isolation prefix applied; pass `bases` to ensure a subset.
export function topicsToEnsure(prefix: string, bases: readonly TopicBase[] = baseTopics): TopicSpec[] {
  return bases.flatMap((base) => [
    { name: topicName(base, prefix), partitions: TOPIC_PARTITIONS },
    { name: topicName(deadLetterTopic(base), prefix), partitions: DLQ_PARTITIONS },
  ]);
}
