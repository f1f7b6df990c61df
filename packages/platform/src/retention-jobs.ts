import { z } from 'zod';
import { DEAD_LETTER_RETENTION } from '@backoffice/events/topics';
import { envValue } from './config';
import type { JobDefinition } from './job-runner';

// How long the platform's tables keep rows, pruned in batches by the job runner so a large
// backlog never becomes one long delete. Sent outbox rows are read later by correlation id
// (processes, audits); inbox rows must outlive the dead-letter topics (30 days), or a redriven
// event would find no trace of having been applied and apply twice.

// As long as dead letters are kept: a redrive must find the inbox row of an event already applied.
export const INBOX_MINIMUM_DAYS = DEAD_LETTER_RETENTION.days;

export const retentionEnvModel = z.object({
  // At least 90 days: `correlatedEvents` reads a chain's events from the outbox that long.
  OUTBOX_RETENTION_DAYS: envValue(z.coerce.number().int().min(90, 'at least 90 days: correlatedEvents reads a chain from the outbox').default(90)),
  INBOX_RETENTION_DAYS: envValue(z.coerce.number().int().min(INBOX_MINIMUM_DAYS, `at least ${INBOX_MINIMUM_DAYS} days, as long as dead letters are kept`).default(INBOX_MINIMUM_DAYS)),
});

export type RetentionSettings = { outboxRetentionDays: number; inboxRetentionDays: number };

const BATCH = 5000;

export function retentionJobs(settings: RetentionSettings): JobDefinition[] {
  // Retention is infrastructure time: rows are stamped by the database's real clock, so the
  // cutoff is real time too (a moved business clock must not wipe the inbox).
  const prune = (name: string, table: string, keyColumns: string, timestampColumn: string, condition: string, days: number): JobDefinition => ({
    name,
    schedule: { dailyAt: '03:15' },
    catchUp: 'one-run-now',
    run: async ({ dataSource, logger }) => {
      const cutoff = new Date(Date.now() - days * 86_400_000);
      let pruned = 0;
      for (;;) {
        const deleted = (await dataSource.query(
          `DELETE FROM ${table} WHERE (${keyColumns}) IN (SELECT ${keyColumns} FROM ${table} WHERE ${condition} AND ${timestampColumn} < $1 LIMIT ${BATCH})`,
          [cutoff],
        )) as [unknown[], number];
        pruned += deleted[1];
        if (deleted[1] < BATCH) break;
      }
      if (pruned) logger.info('pruned old rows', { table, pruned, olderThan: cutoff.toISOString() });
    },
  });
  return [
    prune('platform.prune-sent-outbox-events', 'outbox_events', 'id', 'published_at', 'published_at IS NOT NULL', settings.outboxRetentionDays),
    prune('platform.prune-inbox-events', 'inbox_events', 'consumer, event_id', 'received_at', 'true', settings.inboxRetentionDays),
  ];
}
