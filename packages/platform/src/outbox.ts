import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { createEventEnvelope, validateEventData, type AnyEventContract, type EventDataOf } from '@backoffice/events/contract';

export type EventMetadata = {
  // Who caused it: an employee id, or `system` for seeding and reactions.
  actor: string;
  correlationId: string;
  // The event a reaction answers (its id); absent for a person's command or a job.
  causationId?: string | undefined;
  traceparent?: string | undefined;
};

// Writes an event to the outbox inside the caller's transaction: it is published if and
// only if the state change commits. The data is validated against its contract first, so
// an invalid event fails the command and nothing is written.
export async function recordEvent<C extends AnyEventContract>(
  manager: EntityManager,
  contract: C,
  data: EventDataOf<C>,
  metadata: EventMetadata,
): Promise<{ eventId: string; sequence: number }> {
  const validData = validateEventData(contract, data);
  const subject = String((validData as Record<string, unknown>)[contract.key]);
  const eventId = randomUUID();
  // Taking the next sequence row-locks the aggregate until commit, so a second command on the
  // same aggregate waits: outbox ids of one aggregate are always in commit order.
  const [row] = (await manager.query(
    `INSERT INTO event_sequences (aggregate_type, aggregate_id, last_sequence) VALUES ($1, $2, 1)
     ON CONFLICT (aggregate_type, aggregate_id) DO UPDATE SET last_sequence = event_sequences.last_sequence + 1
     RETURNING last_sequence`,
    [contract.topic, subject],
  )) as Array<{ last_sequence: string }>;
  const sequence = Number(row?.last_sequence);
  const envelope = createEventEnvelope(contract, {
    id: eventId,
    data: validData,
    sequence,
    actor: metadata.actor,
    correlationid: metadata.correlationId,
    ...(metadata.causationId ? { causationid: metadata.causationId } : {}),
    ...(metadata.traceparent ? { traceparent: metadata.traceparent } : {}),
  });
  await manager.query(
    `INSERT INTO outbox_events (event_id, topic, message_key, event_type, envelope) VALUES ($1, $2, $3, $4, $5)`,
    [eventId, contract.topic, subject, contract.type, JSON.stringify(envelope)],
  );
  // Wakes the relay at once instead of at its next poll.
  await manager.query(`SELECT pg_notify('outbox_events', '')`);
  return { eventId, sequence };
}

// What a reaction's events carry: the chain's correlation id and, as causation, the event it
// answers; so `correlatedEvents` can list everything one request set off across services.
export function reactionMetadata(event: { id: string; correlationid?: string | undefined; traceparent?: string | undefined }, actor = 'system'): EventMetadata {
  return { actor, correlationId: event.correlationid || event.id, causationId: event.id, ...(event.traceparent ? { traceparent: event.traceparent } : {}) };
}
