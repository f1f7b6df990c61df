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
  example: {
    failureId: '0b0795f8-4078-4a83-8ced-24f917a1f712',
    consumer: 'hr.workflows',
    eventId: '2d4e6f80-91a3-4b5c-8d7e-0f1a2b3c4d5e',
    eventType: 'backoffice.it.access.onboarded.v1',
    topic: 'it.access.v1',
    partition: 7,
    offset: '10234',
    correlationId: '9e1b7c3a-5d2f-4a8e-b6c0-3f7d1e9a2b54',
    reason: 'EventContractError',
  },
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
  example: {
    failureId: '31f4a016-1576-4e6d-8dbb-537ffce47de4',
    consumer: 'accounting.fixed-assets',
    eventId: '5c7e9a1b-3d5f-4e7a-9b1c-2d4f6a8b0c1e',
    eventType: 'backoffice.it.asset.registered.v1',
    topic: 'it.asset.v1',
    partition: 1,
    offset: '5871',
    correlationId: '0c2e4a6b-8d1f-4b3c-a5e7-9f1b3d5c7e90',
    reason: 'Conflict',
  },
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
  example: {
    // Mara Lindqvist's hire (see the hr-events.ts examples): hr.workflow.step-retry-requested retries it.
    failureId: '43ca464c-83d7-4d2b-8143-55f1be95ddae',
    consumer: 'it.access-lifecycle',
    eventId: 'a19a2016-9952-4d3c-a2d4-50686df48a38',
    eventType: 'backoffice.hr.employee.hired.v1',
    topic: 'hr.employee.v1',
    partition: 3,
    offset: '1842',
    correlationId: '9e1b7c3a-5d2f-4a8e-b6c0-3f7d1e9a2b54',
    reason: 'PermanentEventError',
  },
});

// By the service whose consumer failed.
export const reactionFailedContracts = {
  hr: hrReactionFailed,
  accounting: accountingReactionFailed,
  it: itReactionFailed,
} as const;

export const reactionEventContracts = [hrReactionFailed, accountingReactionFailed, itReactionFailed] as const;
