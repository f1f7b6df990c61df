import 'reflect-metadata';
import { offboardingPolicyChanged } from '@backoffice/events/hr-events';
import { startConsumerHarness, type ConsumerHarness } from '@backoffice/testkit/consumer-harness';
import { offboardingPolicyConsumer } from '../src/consumers/offboarding-policy.consumer';
import { itSubgraph } from '../src/it-subgraph';

jest.setTimeout(120_000);

// The it.offboarding-policy consumer on its own (hr.workflow.v1): one row, HR's latest policy.
describe('the it.offboarding-policy consumer', () => {
  let harness: ConsumerHarness;

  beforeAll(async () => {
    harness = await startConsumerHarness({ service: 'it', migrations: itSubgraph.migrations, consumer: () => offboardingPolicyConsumer() });
  });

  afterAll(async () => {
    await harness?.stop();
  });

  const policy = async () =>
    (await harness.dataSource.query(`SELECT unreturned_after_days AS days, changed_at AS "changedAt" FROM offboarding_policy`)) as Array<{ days: number; changedAt: Date }>;

  it('keeps HR’s latest policy; the same events delivered again, or an older one late, change nothing', async () => {
    expect(await policy()).toEqual([]);
    const first = await harness.publish(offboardingPolicyChanged, { policy: 'offboarding', unreturnedAfterDays: 10, treatment: 'RECEIVABLE' }, { sequence: 1 });
    await harness.waitForInbox(first.id);
    expect((await policy()).map((row) => row.days)).toEqual([10]);
    const second = await harness.publish(offboardingPolicyChanged, { policy: 'offboarding', unreturnedAfterDays: 30, treatment: 'WRITE_OFF' }, { sequence: 2 });
    await harness.waitForInbox(second.id);
    const kept = await policy();
    expect(kept.map((row) => row.days)).toEqual([30]);
    const before = harness.consumer.status();

    await harness.produce(offboardingPolicyChanged.topic, second.subject, second);
    await harness.produce(offboardingPolicyChanged.topic, first.subject, first);
    await harness.waitUntilCaughtUp();

    expect(await policy()).toEqual(kept);
    const after = harness.consumer.status();
    expect(after.duplicates + after.stale).toBe(before.duplicates + before.stale + 2);
    expect(after.deadLettered).toBe(before.deadLettered);
  });
});
