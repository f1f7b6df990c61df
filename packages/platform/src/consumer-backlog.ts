import type { Admin, Kafka } from 'kafkajs';

// How many messages a consumer group has yet to handle on its topics, as the broker sees it: each
// partition's end offset minus the group's committed offset (from the start of the partition when
// the group never committed there). The inbox consumer commits what it handled every 200 ms
// (offset-commits.ts) and before it stops, so 0 means every event published so far has been
// applied; a positive number is a floor for events that a projection fed by the group does not
// reflect yet.
export async function consumerBacklog(kafka: Kafka, groupId: string, topics: readonly string[]): Promise<number> {
  return withAdmin(kafka, (admin) => backlog(admin, groupId, topics));
}

// Waits up to `timeoutMs` for the group to have handled everything published so far; resolves
// with what is still left (0 when it caught up).
export async function untilConsumerCaughtUp(kafka: Kafka, groupId: string, topics: readonly string[], options: { timeoutMs: number; pollMs?: number }): Promise<number> {
  const deadline = Date.now() + options.timeoutMs;
  return withAdmin(kafka, async (admin) => {
    for (;;) {
      const behind = await backlog(admin, groupId, topics);
      if (behind === 0 || Date.now() >= deadline) return behind;
      await new Promise((resolve) => setTimeout(resolve, options.pollMs ?? 200));
    }
  });
}

async function withAdmin<T>(kafka: Kafka, work: (admin: Admin) => Promise<T>): Promise<T> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    return await work(admin);
  } finally {
    await admin.disconnect().catch(() => undefined);
  }
}

async function backlog(admin: Admin, groupId: string, topics: readonly string[]): Promise<number> {
  const committed = await admin.fetchOffsets({ groupId, topics: [...topics] });
  let behind = 0;
  for (const topic of topics) {
    const next = new Map((committed.find((entry) => entry.topic === topic)?.partitions ?? []).map((partition) => [partition.partition, Number(partition.offset)]));
    for (const end of await admin.fetchTopicOffsets(topic)) {
      const from = next.get(end.partition) ?? -1;
      behind += Math.max(0, Number(end.high) - (from >= 0 ? from : Number(end.low)));
    }
  }
  return behind;
}
