// Kafka topics: one per aggregate, `<service>.<aggregate>.v<major>`. Partition counts
// are fixed from the start because changing them later moves keys between partitions
// and breaks per-aggregate ordering.

export const baseTopics = [
  'hr.employee.v1',
  'hr.department.v1',
  'hr.compensation.v1',
  'hr.leave.v1',
  // The company calendar (holidays, with the company's time zone): what other departments count
  // working days and SLA clocks with, without calling HR.
  'hr.calendar.v1',
  // Onboarding and offboarding processes (HR owns them): their steps, retry requests for a
  // department's failed reaction, and the offboarding policy.
  'hr.workflow.v1',
  'accounting.journal.v1',
  'accounting.expense.v1',
  // Budgets set and the crossings of their thresholds.
  'accounting.budget.v1',
  // Payroll runs previewed, approved and posted, and who each posted run paid (no amounts).
  'accounting.payroll.v1',
  // Equipment in the books: capitalised or expensed, depreciated monthly, disposed of, charged.
  'accounting.fixed-asset.v1',
  'it.asset.v1',
  // Licences: seats given and freed, renewals.
  'it.license.v1',
  'it.ticket.v1',
  'it.access.v1',
  // What became of a service's reactions to other services' events (one dead-lettered, say),
  // so a process can show a failed step and have it retried.
  'hr.reaction.v1',
  'accounting.reaction.v1',
  'it.reaction.v1',
] as const;

export type TopicBase = (typeof baseTopics)[number];
export type DeadLetterTopic = `${TopicBase}.dlq`;
export type TopicName = TopicBase | DeadLetterTopic;

export const TOPIC_PARTITIONS = 6;
// Dead letters are rare and read by people, so ordering across one partition is worth more
// than throughput.
export const DLQ_PARTITIONS = 1;

// How long a topic keeps its events. 'forever' keeps every event, so a new consumer, or one
// rebuilt after a bug, can replay the topic from offset 0 (the inbox makes that safe).
export type Retention = 'forever' | { days: number };

// Decided per topic, so a new topic cannot be added without deciding it. Shortening one loses
// the history new consumers replay: that needs a reason next to it.
export const topicRetention: Record<TopicBase, Retention> = {
  'hr.employee.v1': 'forever',
  'hr.department.v1': 'forever',
  'hr.compensation.v1': 'forever',
  'hr.leave.v1': 'forever',
  'hr.calendar.v1': 'forever',
  'hr.workflow.v1': 'forever',
  'accounting.journal.v1': 'forever',
  'accounting.expense.v1': 'forever',
  'accounting.budget.v1': 'forever',
  'accounting.payroll.v1': 'forever',
  'accounting.fixed-asset.v1': 'forever',
  'it.asset.v1': 'forever',
  'it.license.v1': 'forever',
  'it.ticket.v1': 'forever',
  'it.access.v1': 'forever',
  'hr.reaction.v1': 'forever',
  'accounting.reaction.v1': 'forever',
  'it.reaction.v1': 'forever',
};

// Long enough to notice, fix and redrive a dead letter; they are not history.
export const DEAD_LETTER_RETENTION = { days: 30 } satisfies Retention;

const DAY_MS = 24 * 60 * 60 * 1000;

// Kafka topic-level settings, as the admin API takes them (names and values are strings).
// `delete` rather than `compact`: compaction would keep only the last event per key.
export function retentionConfig(retention: Retention): Readonly<Record<string, string>> {
  return {
    'cleanup.policy': 'delete',
    'retention.ms': retention === 'forever' ? '-1' : String(retention.days * DAY_MS),
    'retention.bytes': '-1',
  };
}

export interface TopicSpec {
  name: string;
  partitions: number;
  // Topic-level settings a topic is created with, and brought back to at start-up if changed.
  config: Readonly<Record<string, string>>;
}

export function deadLetterTopic(base: TopicBase): DeadLetterTopic {
  return `${base}.dlq`;
}

export function isTopicBase(name: string): name is TopicBase {
  return (baseTopics as readonly string[]).includes(name);
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
export const allTopicSpecs: readonly TopicSpec[] = topicsToEnsure('');

// The same list with the isolation prefix applied; pass `bases` to ensure a subset.
export function topicsToEnsure(prefix: string, bases: readonly TopicBase[] = baseTopics): TopicSpec[] {
  return bases.flatMap((base) => [
    { name: topicName(base, prefix), partitions: TOPIC_PARTITIONS, config: retentionConfig(topicRetention[base]) },
    { name: topicName(deadLetterTopic(base), prefix), partitions: DLQ_PARTITIONS, config: retentionConfig(DEAD_LETTER_RETENTION) },
  ]);
}
