import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager, EntitySubscriberInterface, QueryRunner } from 'typeorm';
import { createEventEnvelope, validateEventData, type AnyEventContract, type EventDataOf } from '@backoffice/events/contract';

export type EventMetadata = {
  // Who caused it: an employee id, or `system` for seeding and reactions.
  actor: string;
  correlationId: string;
  // The event a reaction answers (its id); absent for a person's command or a job.
  causationId?: string | undefined;
  traceparent?: string | undefined;
};

// How a committed outbox row wakes the relay. A relay running in this process on the same data
// source is woken by the commit itself (a TypeORM afterTransactionCommit subscriber). Otherwise
// (a writer without a relay of its own: a script, a test's second data source) the transaction
// sends NOTIFY outbox_events, which every replica's relay LISTENs for. NOTIFY is not free: each
// notifying transaction takes the database's notification queue lock at commit, so commits that
// notify go one at a time across the whole server; under eight clients a NOTIFY alone made a
// two-statement command take 1.43x as long (npm run bench, outbox part). The relay's polling
// delivers everything either way; a wake-up only shortens the wait.
const OUTBOX_WRITTEN = 'backoffice:outbox-written';
const localRelays = new WeakMap<DataSource, Set<() => void>>();

const wakeLocalRelays: EntitySubscriberInterface = {
  afterTransactionCommit({ queryRunner, dataSource }: { queryRunner: QueryRunner; dataSource: DataSource }) {
    // A released savepoint (a nested transaction) commits nothing yet.
    if (queryRunner.isTransactionActive || !queryRunner.data[OUTBOX_WRITTEN]) return;
    delete queryRunner.data[OUTBOX_WRITTEN];
    for (const wake of localRelays.get(dataSource) ?? []) wake();
  },
  afterTransactionRollback({ queryRunner }: { queryRunner: QueryRunner }) {
    if (!queryRunner.isTransactionActive) delete queryRunner.data[OUTBOX_WRITTEN];
  },
};

// A relay in this process: woken after every commit on `dataSource` that wrote outbox rows, and
// those commits no longer NOTIFY. Returns the way to stop being woken.
export function wakeOnOutboxCommits(dataSource: DataSource, wake: () => void): () => void {
  let relays = localRelays.get(dataSource);
  if (!relays) {
    relays = new Set();
    localRelays.set(dataSource, relays);
    (dataSource.subscribers as EntitySubscriberInterface[]).push(wakeLocalRelays);
  }
  relays.add(wake);
  return () => relays.delete(wake);
}

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
  // The envelope is checked whole here with a stand-in sequence; the statement puts in the real one.
  const envelope = createEventEnvelope(contract, {
    id: eventId,
    data: validData,
    sequence: 1,
    actor: metadata.actor,
    correlationid: metadata.correlationId,
    ...(metadata.causationId ? { causationid: metadata.causationId } : {}),
    ...(metadata.traceparent ? { traceparent: metadata.traceparent } : {}),
  });
  // One statement, one round trip (a command records several events, each round trip waits its
  // turn on a busy service's event loop): the next sequence of the aggregate and the outbox row
  // carrying it, with the NOTIFY when no relay of this process will be woken by the commit.
  // Taking the sequence row-locks the aggregate until commit, so a second command on the same
  // aggregate waits: outbox ids of one aggregate are always in commit order.
  const runner = manager.queryRunner;
  const wokenByCommit = runner !== undefined && runner.isTransactionActive && (localRelays.get(manager.connection)?.size ?? 0) > 0;
  if (wokenByCommit) runner.data[OUTBOX_WRITTEN] = true;
  const [row] = (await manager.query(
    `WITH next AS (
       INSERT INTO event_sequences (aggregate_type, aggregate_id, last_sequence) VALUES ($1, $2, 1)
       ON CONFLICT (aggregate_type, aggregate_id) DO UPDATE SET last_sequence = event_sequences.last_sequence + 1
       RETURNING last_sequence
     ), written AS (
       INSERT INTO outbox_events (event_id, topic, message_key, event_type, envelope)
       SELECT $3, $1, $2, $4, jsonb_set($5::jsonb, '{sequence}', to_jsonb(next.last_sequence)) FROM next
       RETURNING 1
     )
     SELECT next.last_sequence${wokenByCommit ? '' : `, pg_notify('outbox_events', '')`} FROM next, written`,
    [contract.topic, subject, eventId, contract.type, JSON.stringify(envelope)],
  )) as Array<{ last_sequence: string }>;
  const sequence = Number(row?.last_sequence);
  return { eventId, sequence };
}

// What a reaction's events carry: the chain's correlation id and, as causation, the event it
// answers; so `correlatedEvents` can list everything one request set off across services.
export function reactionMetadata(event: { id: string; correlationid?: string | undefined; traceparent?: string | undefined }, actor = 'system'): EventMetadata {
  return { actor, correlationId: event.correlationid || event.id, causationId: event.id, ...(event.traceparent ? { traceparent: event.traceparent } : {}) };
}
