import type { EntityManager } from 'typeorm';

// One event a service published in a chain, as `correlatedEvents(correlationId)` lists it: what
// happened and what caused it, never its data (a manager follows the chain; the data stays
// with the topics' readers).
export type PublishedEventRecord = {
  id: string;
  type: string;
  topic: string;
  subject: string;
  sequence: number;
  time: Date;
  actor: string;
  causationId: string | null;
  publishedAt: Date | null;
};

// Read from the service's own outbox (kept OUTBOX_RETENTION_DAYS, at least 90), in the order the
// service wrote them.
export async function publishedEventsOf(db: Pick<EntityManager, 'query'>, correlationId: string, limit = 500): Promise<PublishedEventRecord[]> {
  const rows = (await db.query(
    `SELECT event_id AS id, event_type AS type, topic, message_key AS subject, (envelope->>'sequence')::int AS sequence,
            (envelope->>'time')::timestamptz AS time, envelope->>'actor' AS actor, envelope->>'causationid' AS "causationId",
            published_at AS "publishedAt"
       FROM outbox_events o WHERE envelope->>'correlationid' = $1 ORDER BY o.id LIMIT $2`,
    [correlationId, limit],
  )) as PublishedEventRecord[];
  return rows;
}

// The same `PublishedEvent` in every subgraph (a @shareable type): its instants as ISO strings.
export const publishedEventTimes = {
  time: (event: PublishedEventRecord) => new Date(event.time).toISOString(),
  publishedAt: (event: PublishedEventRecord) => (event.publishedAt ? new Date(event.publishedAt).toISOString() : null),
};
