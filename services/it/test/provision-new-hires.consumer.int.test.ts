import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { employeeHired } from '@backoffice/events/hr-events';
import { startConsumerHarness, type ConsumerHarness } from '@backoffice/testkit/consumer-harness';
import { provisionNewHiresConsumer } from '../src/consumers/provision-new-hires.consumer';
import { itSubgraph } from '../src/it-subgraph';

jest.setTimeout(90_000);

// IT's reaction to a hire, run as the service wires it, against real Kafka and PostgreSQL.
describe('provisioning new hires (hr.employee.hired)', () => {
  let harness: ConsumerHarness;

  beforeAll(async () => {
    harness = await startConsumerHarness({ service: 'it', migrations: itSubgraph.migrations, consumer: () => provisionNewHiresConsumer() });
  });

  afterAll(async () => {
    await harness?.stop();
  });

  const hire = () => {
    const employeeId = randomUUID();
    return {
      employeeId,
      employeeNumber: `E-${employeeId.slice(0, 6)}`,
      firstName: 'Grace',
      lastName: 'Hopper',
      email: `grace.${employeeId.slice(0, 8)}@backoffice.dev`,
      title: 'Engineer',
      departmentId: randomUUID(),
      managerId: null,
      employmentType: 'FULL_TIME' as const,
      startDate: '2025-09-01',
    };
  };

  const accountsOf = (employeeId: string) =>
    harness.dataSource.query('SELECT system, username, status FROM system_accounts WHERE employee_id = $1', [employeeId]) as Promise<Array<{ system: string; username: string; status: string }>>;
  const grantsOf = async (employeeId: string) =>
    ((await harness.dataSource.query(`SELECT envelope FROM outbox_events WHERE event_type = 'backoffice.it.access.granted.v1' AND envelope->'data'->>'employeeId' = $1`, [employeeId])) as Array<{
      envelope: { correlationid: string; data: Record<string, unknown> };
    }>).map((row) => row.envelope);

  it('a hire gets exactly one work email account and one it.access.granted event, correlated with the hire', async () => {
    const data = hire();
    const hired = await harness.publish(employeeHired, data);
    await harness.waitForInbox(hired.id);

    expect(await accountsOf(data.employeeId)).toEqual([{ system: 'email', username: data.email, status: 'ACTIVE' }]);
    const grants = await grantsOf(data.employeeId);
    expect(grants).toHaveLength(1);
    expect(grants[0]).toMatchObject({ correlationid: hired.correlationid, data: { employeeId: data.employeeId, system: 'email', username: data.email } });
  });

  it('the same hire delivered again changes nothing', async () => {
    const data = hire();
    const hired = await harness.publish(employeeHired, data);
    await harness.waitForInbox(hired.id);
    const deadLetteredBefore = harness.consumer.status().deadLettered;

    await harness.produce(employeeHired.topic, data.employeeId, hired);
    await harness.produce(employeeHired.topic, data.employeeId, hired);
    await harness.waitUntilCaughtUp();

    expect(await accountsOf(data.employeeId)).toHaveLength(1);
    expect(await grantsOf(data.employeeId)).toHaveLength(1);
    expect(harness.consumer.status().deadLettered).toBe(deadLetteredBefore);
    expect(harness.consumer.status().duplicates).toBeGreaterThanOrEqual(2);
  });

  it('a hire with a field HR added after IT was built (and a causationid) is still provisioned', async () => {
    const data = hire();
    const hired = await harness.publish(employeeHired, data, { causationid: randomUUID(), data: { preferredName: 'Amazing Grace', workLocation: 'Arlington' } });
    await harness.waitForInbox(hired.id);

    expect(await accountsOf(data.employeeId)).toEqual([{ system: 'email', username: data.email, status: 'ACTIVE' }]);
    expect(await grantsOf(data.employeeId)).toHaveLength(1);
    expect(harness.consumer.status().deadLettered).toBe(0);
  });
});
