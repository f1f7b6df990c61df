import type { IHeaders } from 'kafkajs';

// The headers dead letters carry, shared by the inbox consumer that writes them and
// `npm run events -- redrive` that puts them back.

// Added when a consumer dead-letters a message. The error's text lives here and in the
// consumer's log, never in the `<service>.reaction.failed` fact.
export const DEAD_LETTER_HEADERS = {
  error: 'dlq-error',
  // The error class, as in the reaction.failed fact.
  reason: 'dlq-reason',
  consumer: 'dlq-consumer',
  attempts: 'dlq-attempts',
  originalTopic: 'dlq-original-topic',
  originalPartition: 'dlq-original-partition',
  originalOffset: 'dlq-original-offset',
} as const;

// Added when a dead letter is put back on its topic. Every consumer of the topic sees the copy,
// but it is meant only for the consumer that dead-lettered it: the others dealt with the
// original already.
export const REDRIVE_HEADERS = {
  consumer: 'redrive-consumer',
  deadLetterOffset: 'redrive-dead-letter-offset',
} as const;

export function headerText(headers: IHeaders | undefined, name: string): string | undefined {
  const value = headers?.[name];
  const first = Array.isArray(value) ? value[0] : value;
  return first === undefined ? undefined : first.toString();
}
