import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import type { Admin, Kafka, Message, Producer } from 'kafkajs';
import { CompressionTypes } from 'kafkajs';
import type { Logger } from './logger';
import { wakeOnOutboxCommits } from './outbox';

// Publishes committed outbox rows to Kafka with acks=all, oldest first.
// Several replicas may run it: each batch is claimed under a transaction-scoped advisory lock,
// so one relay sends at a time (no row goes out twice at once, no aggregate is reordered),
// and a relay that dies releases the lock with its connection.

export type OutboxRelayOptions = {
  dataSource: DataSource;
  kafka: Kafka;
  logger: Logger;
  // Applied to every topic at send time (isolated test runs).
  topicPrefix: string;
  // The service's database URL, for the LISTEN connection that wakes the relay on new rows.
  databaseUrl?: string;
  batchSize?: number;
  idlePollMs?: number;
  maxBackoffMs?: number;
};

export type OutboxRelayStatus = { kafka: 'up' | 'down' | 'starting'; lastError: string | null; published: number };

export type OutboxRelay = { status(): OutboxRelayStatus; stop(): Promise<void>; drain(timeoutMs?: number): Promise<void> };

type PendingRow = { id: string; topic: string; message_key: string; event_type: string; event_id: string; envelope: unknown };

export const OUTBOX_RELAY_LOCK = 'backoffice:outbox-relay';

export function startOutboxRelay(options: OutboxRelayOptions): OutboxRelay {
  const { dataSource, kafka, logger } = options;
  const batchSize = options.batchSize ?? 500;
  const idlePollMs = options.idlePollMs ?? 500;
  const maxBackoffMs = options.maxBackoffMs ?? 10_000;
  const status: OutboxRelayStatus = { kafka: 'starting', lastError: null, published: 0 };
  let producer: Producer | undefined;
  let producerConnected = false;
  let stopped = false;
  let wake: (() => void) | undefined;
  // A notification that comes while a batch is out (nobody sleeping) announces rows the batch may
  // have missed (committed after its claim): remembered, it skips the next idle wait. Dropping it
  // made every write that landed during a publish wait a whole idle poll (500 ms) under load.
  let notifiedWhileBusy = false;
  let listener: Client | undefined;
  // Rows this process committed wait for a batch: while another replica's relay holds the turn
  // (its batch may have been claimed before they committed), the turn is asked for again soon
  // rather than after a whole idle poll.
  let localRowsWaiting = false;
  const LOCK_RETRY_MS = 10;

  function newRows(local: boolean) {
    if (local) localRowsWaiting = true;
    if (wake) wake();
    else notifiedWhileBusy = true;
  }
  const stopWakingOnCommits = wakeOnOutboxCommits(dataSource, () => newRows(true));

  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        wake = undefined;
        resolve();
      }
      wake = done;
    });

  // Polling alone delivers everything; LISTEN only shortens the wait, so a lost listener is
  // reopened in the background and never blocks publishing.
  async function listenForNewRows(): Promise<void> {
    if (!options.databaseUrl || stopped) return;
    const client = new Client({ connectionString: options.databaseUrl });
    const reopen = () => {
      if (listener !== client) return;
      listener = undefined;
      client.end().catch(() => undefined);
      if (!stopped) setTimeout(() => void listenForNewRows(), 2_000).unref();
    };
    client.on('notification', () => newRows(false));
    client.on('error', reopen);
    client.on('end', reopen);
    listener = client;
    try {
      await client.connect();
      await client.query('LISTEN outbox_events');
    } catch (error) {
      logger.debug('outbox relay could not LISTEN; polling until it can', { error });
      reopen();
    }
  }

  // A relay that is not the active one (or has nothing to send) still reports whether Kafka
  // answers, so every replica's /readyz tells the truth. Runs beside the loop, never in it.
  // stop() waits for a probe in flight, so no Kafka client outlives the relay.
  let lastProbe = 0;
  let probeInFlight: Promise<void> | undefined;
  let probeAdmin: Admin | undefined;
  function probeKafka() {
    if (probeInFlight || stopped || Date.now() - lastProbe < 5_000) return;
    lastProbe = Date.now();
    const admin = kafka.admin({ retry: { retries: 0 } });
    probeAdmin = admin;
    probeInFlight = admin
      .connect()
      .then(() => admin.describeCluster())
      .then(
        () => {
          status.kafka = 'up';
        },
        (error: unknown) => {
          status.kafka = 'down';
          status.lastError = error instanceof Error ? error.message : String(error);
        },
      )
      .then(() => admin.disconnect().catch(() => undefined))
      .finally(() => {
        probeInFlight = undefined;
        probeAdmin = undefined;
      });
  }

  async function ensureProducer(): Promise<Producer> {
    if (producer && producerConnected) return producer;
    producer ??= kafka.producer({ allowAutoTopicCreation: false, maxInFlightRequests: 1, idempotent: false });
    await producer.connect();
    producerConnected = true;
    return producer;
  }

  // One claim-send-mark cycle. Returns how many rows went out, or 'not our turn' while another
  // relay holds the lock.
  async function publishBatch(): Promise<number | 'not our turn'> {
    const runner = dataSource.createQueryRunner();
    await runner.connect();
    try {
      await runner.startTransaction();
      const [lock] = (await runner.query('SELECT pg_try_advisory_xact_lock(hashtext($1)) AS locked', [OUTBOX_RELAY_LOCK])) as Array<{ locked: boolean }>;
      if (!lock?.locked) {
        await runner.rollbackTransaction();
        return 'not our turn';
      }
      // What this batch claims includes every row committed so far.
      localRowsWaiting = false;
      const rows = (await runner.query(
        `SELECT id, topic, message_key, event_type, event_id, envelope FROM outbox_events
         WHERE published_at IS NULL ORDER BY id LIMIT $1`,
        [batchSize],
      )) as PendingRow[];
      if (!rows.length) {
        await runner.commitTransaction();
        return 0;
      }
      const activeProducer = await ensureProducer();
      const byTopic = new Map<string, Message[]>();
      for (const row of rows) {
        const topic = `${options.topicPrefix}${row.topic}`;
        const messages = byTopic.get(topic) ?? [];
        messages.push({
          key: row.message_key,
          value: JSON.stringify(row.envelope),
          headers: { 'content-type': 'application/cloudevents+json', ce_type: row.event_type, ce_id: row.event_id },
        });
        byTopic.set(topic, messages);
      }
      await activeProducer.sendBatch({
        acks: -1,
        compression: CompressionTypes.None,
        topicMessages: [...byTopic].map(([topic, messages]) => ({ topic, messages })),
      });
      await runner.query('UPDATE outbox_events SET published_at = clock_timestamp() WHERE id = ANY($1::bigint[])', [rows.map((row) => row.id)]);
      await runner.commitTransaction();
      return rows.length;
    } catch (error) {
      if (runner.isTransactionActive) await runner.rollbackTransaction().catch(() => undefined);
      throw error;
    } finally {
      await runner.release();
    }
  }

  const loop = (async () => {
    void listenForNewRows();
    let backoffMs = 250;
    while (!stopped) {
      try {
        const outcome = await publishBatch();
        if (outcome === 'not our turn' && localRowsWaiting) {
          await sleep(LOCK_RETRY_MS);
          continue;
        }
        const published = outcome === 'not our turn' ? 0 : outcome;
        if (published > 0) {
          status.kafka = 'up';
          status.lastError = null;
        } else {
          probeKafka();
        }
        status.published += published;
        backoffMs = 250;
        if (published < batchSize) {
          if (notifiedWhileBusy) notifiedWhileBusy = false;
          else await sleep(idlePollMs);
        }
      } catch (error) {
        // Kafka or the database is away: the rows stay pending and go out when it is back.
        if (isKafkaError(error)) status.kafka = 'down';
        status.lastError = error instanceof Error ? error.message : String(error);
        producerConnected = false;
        logger.warn('outbox relay could not publish; retrying', { error: status.lastError, retryInMs: backoffMs });
        await sleep(backoffMs);
        backoffMs = Math.min(backoffMs * 2, maxBackoffMs);
      }
    }
  })();

  return {
    status: () => ({ ...status }),
    async drain(timeoutMs = 30_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const [row] = (await dataSource.query('SELECT count(*)::int AS pending FROM outbox_events WHERE published_at IS NULL')) as Array<{ pending: number }>;
        if (!row?.pending) return;
        if (Date.now() > deadline) throw new Error(`outbox still has ${row.pending} pending events after ${timeoutMs} ms`);
        wake?.();
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
    async stop() {
      stopped = true;
      stopWakingOnCommits();
      wake?.();
      await loop;
      // Disconnecting cuts short a probe waiting on a broker that accepted but does not answer.
      await probeAdmin?.disconnect().catch(() => undefined);
      await probeInFlight;
      const openListener = listener;
      listener = undefined;
      await openListener?.end().catch(() => undefined);
      await producer?.disconnect().catch(() => undefined);
    },
  };
}

function isKafkaError(error: unknown): boolean {
  return ((error as { name?: string } | undefined)?.name ?? '').startsWith('KafkaJS');
}
