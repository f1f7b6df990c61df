import { z } from 'zod';
import { defineEvent } from './contract';
import { EVENT_TYPE_PATTERN } from './envelope';
import { nonEmptyString, uuid } from './scalars';
import { baseTopics } from './topics';

// Facts about a service's reactions to other services' events. A reaction that is dead-lettered
// would otherwise be visible only in a log and a DLQ; published, it lets a process (onboarding,
// say) show the step as failed and offer to retry it (`npm run events -- redrive`). Ids, names
// and a reason code only: the error's text stays in the consumer's log and the DLQ headers.

// `<service>.<reaction>`, e.g. `it.access-lifecycle`: also the consumer group and inbox name.
export const CONSUMER_NAME_PATTERN = /^(hr|accounting|it)\.[a-z][a-z0-9-]*$/;

// The error's class name (`EventContractError`, `PermanentEventError`, `Conflict`...), never
// its message.
export const REASON_CODE_PATTERN = /^[A-Za-z_$][\w$]*$/;

const reactionFailedData = z.strictObject({
  // One per dead letter: the same failed delivery, dead-lettered again after a crash, keeps it.
  failureId: uuid,
  consumer: z.string().regex(CONSUMER_NAME_PATTERN, 'Expected a consumer name such as "it.access-lifecycle"'),
  // Null when the message was not even a readable envelope.
  eventId: uuid.nullable(),
  eventType: z.string().regex(EVENT_TYPE_PATTERN).nullable(),
  // Where the original message is, without the isolation prefix.
  topic: z.enum(baseTopics),
  partition: z.number().int().nonnegative(),
  offset: z.string().regex(/^\d+$/, 'Expected a Kafka offset'),
  correlationId: nonEmptyString.max(200).nullable(),
  reason: z.string().max(100).regex(REASON_CODE_PATTERN, 'Expected an error class name'),
});

const description =
  'A reaction of this service to an event was dead-lettered after its retries: which consumer, the original ' +
  "event's id, type, topic, partition and offset, its correlation id, and the error class as a reason code. " +
  'Redriving the dead letter retries the reaction.';

export const hrReactionFailed = defineEvent({
  service: 'hr',
  aggregate: 'reaction',
  name: 'failed',
  version: 1,
  topic: 'hr.reaction.v1',
  key: 'failureId',
  description,
  data: reactionFailedData,
});

export const accountingReactionFailed = defineEvent({
  service: 'accounting',
  aggregate: 'reaction',
  name: 'failed',
  version: 1,
  topic: 'accounting.reaction.v1',
  key: 'failureId',
  description,
  data: reactionFailedData,
});

export const itReactionFailed = defineEvent({
  service: 'it',
  aggregate: 'reaction',
  name: 'failed',
  version: 1,
  topic: 'it.reaction.v1',
  key: 'failureId',
  description,
  data: reactionFailedData,
});

// By the service whose consumer failed.
export const reactionFailedContracts = {
  hr: hrReactionFailed,
  accounting: accountingReactionFailed,
  it: itReactionFailed,
} as const;

export const reactionEventContracts = [hrReactionFailed, accountingReactionFailed, itReactionFailed] as const;
