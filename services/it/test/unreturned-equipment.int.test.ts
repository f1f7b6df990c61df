import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { employeeHired, employeeTerminated, offboardingPolicyChanged, terminationWithdrawn } from '@backoffice/events/hr-events';
import { accessOnboarded, assetUnrecovered, ticketOpened } from '@backoffice/events/it-events';
import { parseEventEnvelope } from '@backoffice/events/registry';
import { createClock } from '@backoffice/platform/clock';
import type { Principal } from '@backoffice/platform/identity';
import { createLogger } from '@backoffice/platform/logger';
import { hrEvents, type HrEvents, type SentEvent } from '@backoffice/testkit/hr-events';
import { eventually } from '@backoffice/testkit/kafka-observer';
import { giveUpUnreturnedAssets } from '../src/assets/asset.commands/give-up-unreturned-assets';
import { accessLifecycleJob } from '../src/jobs/access-lifecycle.job';
import { ok } from './support/graphql-answers';
import { startItForTest, type ItForTest } from './support/it-test-service';

jest.setTimeout(120_000);

// Equipment a leaver keeps: HR's offboarding policy gives them some days after their last day;
// after that IT gives up on every asset they still hold, once, each announced with how many it
// was. And the chain: what IT's job publishes for a scheduled change carries the HR event that
// scheduled it as its cause, with that event's correlation id.

const itAdmin: Principal = { employeeId: randomUUID(), roles: ['IT'] };
const REGISTER = `mutation Register($input: RegisterAssetInput!) { registerAsset(input: $input) { id tag version } }`;
const ASSIGN = `mutation Assign($input: AssignAssetInput!) { assignAsset(input: $input) { id version } }`;
const RETURN = `mutation Return($input: ReturnAssetInput!) { returnAsset(input: $input) { id status } }`;
const ASSET = `query A($id: ID!) { asset(id: $id) { status unrecoveredOn holder { id } } }`;
const SET_BUNDLE = `mutation SetBundle($input: SetAccessBundleInput!) { setAccessBundle(input: $input) { version } }`;

const addDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
const clockOn = (date: string) => createClock({ timeZone: 'UTC', fixedAt: `${date}T09:00:00Z` });

describe('equipment leavers keep, and chains through scheduled work', () => {
  let it_: ItForTest;
  let hr: HrEvents;
  let today: string;
  const department = randomUUID();

  beforeAll(async () => {
    it_ = await startItForTest();
    today = (await it_.service.dataSource.query<Array<{ today: string }>>('SELECT business_today()::text AS today'))[0]!.today;
    hr = await hrEvents(it_.env.KAFKA_PREFIX!, 'unreturned-test-hr', ['hr.employee.v1', 'hr.workflow.v1']);
  });

  afterAll(async () => {
    await hr?.stop();
    await it_?.stop();
  });

  const consumedBy = (consumer: string, event: SentEvent) =>
    eventually(async () => {
      const found = await it_.admin.query<{ n: number }>(`SELECT count(*)::int AS n FROM inbox_positions WHERE consumer = $1 AND topic = $2 AND subject = $3 AND last_sequence >= $4`, [
        consumer,
        event.topic,
        event.subject,
        event.sequence,
      ]);
      return found.rows[0]!.n === 1;
    }, 30_000);
  const giveUpOn = (date: string) => it_.service.dataSource.transaction((tx) => giveUpUnreturnedAssets(tx, clockOn(date), { actor: 'system', correlationId: randomUUID() }));
  const unrecoveredEvents = async (employeeId: string) =>
    (await it_.admin.query<{ envelope: unknown }>(`SELECT envelope FROM outbox_events WHERE event_type = $1 ORDER BY id`, [assetUnrecovered.type])).rows
      .map((row) => parseEventEnvelope(row.envelope))
      .filter((event) => (event.data as { employeeId: string }).employeeId === employeeId);

  async function hireWithAssets(count: number, lastDay: string | null): Promise<{ employeeId: string; assets: Array<{ id: string; version: number }> }> {
    const employeeId = randomUUID();
    // Hired and terminated by one publisher, so the sequences of the person's events follow on.
    const hired = await hr.publish(employeeHired, {
      employeeId,
      employeeNumber: `E-${employeeId.slice(0, 8)}`,
      firstName: 'Lee',
      lastName: 'Ver',
      email: `lee-${employeeId.slice(0, 8)}@example.com`,
      title: 'Analyst',
      departmentId: department,
      managerId: null,
      employmentType: 'FULL_TIME',
      startDate: addDays(today, -200),
    });
    await consumedBy('it.workforce', hired);
    const assets: Array<{ id: string; version: number }> = [];
    for (let index = 0; index < count; index += 1) {
      const registered = ok(
        await it_.call<{ registerAsset: { id: string; version: number } }>(REGISTER, {
          input: { category: index === 0 ? 'LAPTOP' : 'PHONE', manufacturer: 'Acme', model: `M${index}`, serialNumber: `SN-${randomUUID()}`, purchaseDate: addDays(today, -150), purchaseCost: '900.00', currency: 'EUR' },
        }, itAdmin),
      ).registerAsset;
      const assigned = ok(await it_.call<{ assignAsset: { id: string; version: number } }>(ASSIGN, { input: { assetId: registered.id, expectedVersion: registered.version, employeeId } }, itAdmin)).assignAsset;
      assets.push(assigned);
    }
    if (lastDay) {
      const terminated = await hr.publish(employeeTerminated, { employeeId, terminationDate: lastDay });
      await consumedBy('it.workforce', terminated);
    }
    return { employeeId, assets };
  }

  it('gives up on a leaver’s assets the day after the policy’s days, once, each event saying how many; not before, not without a policy, not what came back, not a withdrawn leaver', async () => {
    const lastDay = addDays(today, -30);
    const leaver = await hireWithAssets(2, lastDay);
    const returner = await hireWithAssets(1, lastDay);
    const stayer = await hireWithAssets(1, addDays(today, -25));
    const withdrawn = await hr.publish(terminationWithdrawn, { employeeId: stayer.employeeId, withdrawnTerminationDate: addDays(today, -25) });
    await consumedBy('it.workforce', withdrawn);
    ok(await it_.call(RETURN, { input: { assetId: returner.assets[0]!.id, expectedVersion: returner.assets[0]!.version, condition: 'GOOD' } }, itAdmin));

    // No policy heard yet: nothing is given up on, however late.
    expect(await giveUpOn(today)).toBe(0);
    const policy = await hr.publish(offboardingPolicyChanged, { policy: 'offboarding', unreturnedAfterDays: 10, treatment: 'RECEIVABLE' });
    await consumedBy('it.offboarding-policy', policy);
    // A redelivered policy changes nothing.
    await hr.redeliver(policy);

    // The tenth day after the last day is still theirs.
    expect(await giveUpOn(addDays(lastDay, 10))).toBe(0);
    expect(await unrecoveredEvents(leaver.employeeId)).toEqual([]);
    // The day after: both of the leaver's assets, in one go; two runners at once mark them once.
    const [first, second] = await Promise.all([giveUpOn(addDays(lastDay, 11)), giveUpOn(addDays(lastDay, 11))]);
    expect(first + second).toBe(2);
    expect(await giveUpOn(addDays(lastDay, 12))).toBe(0);
    const events = await unrecoveredEvents(leaver.employeeId);
    expect(events.map((event) => event.data)).toEqual(
      leaver.assets.map((asset) => expect.objectContaining({ assetId: asset.id, employeeId: leaver.employeeId, lastDay, unrecoveredOn: addDays(lastDay, 11), assetsUnrecovered: 2 })),
    );
    for (const asset of leaver.assets) {
      expect(ok(await it_.call<{ asset: { status: string; unrecoveredOn: string | null; holder: { id: string } | null } }>(ASSET, { id: asset.id }, itAdmin)).asset).toEqual({
        status: 'ASSIGNED',
        unrecoveredOn: addDays(lastDay, 11),
        holder: { id: leaver.employeeId },
      });
    }
    expect(await unrecoveredEvents(returner.employeeId)).toEqual([]);
    expect(await unrecoveredEvents(stayer.employeeId)).toEqual([]);

    // Given back after all: no longer unrecovered.
    const laptop = (await it_.admin.query<{ version: number }>(`SELECT version FROM assets WHERE id = $1`, [leaver.assets[0]!.id])).rows[0]!;
    ok(await it_.call(RETURN, { input: { assetId: leaver.assets[0]!.id, expectedVersion: laptop.version, condition: 'FAIR' } }, itAdmin));
    expect(ok(await it_.call<{ asset: { unrecoveredOn: string | null } }>(ASSET, { id: leaver.assets[0]!.id }, itAdmin)).asset.unrecoveredOn).toBeNull();
  });

  it('it.access.onboarded, published by the job on the start date, carries the hire’s correlation id and the hire as its cause', async () => {
    const departmentId = randomUUID();
    ok(await it_.call(SET_BUNDLE, { input: { departmentId, expectedVersion: 0, systems: ['vpn'], equipment: [] } }, itAdmin));
    const employeeId = randomUUID();
    const startDate = addDays(today, 14);
    const hired = await hr.publish(employeeHired, {
      employeeId,
      employeeNumber: `E-${employeeId.slice(0, 8)}`,
      firstName: 'Cai',
      lastName: 'Sun',
      email: `cai-${employeeId.slice(0, 8)}@example.com`,
      title: 'Engineer',
      departmentId,
      managerId: null,
      employmentType: 'FULL_TIME',
      startDate,
    });
    await consumedBy('it.access-lifecycle', hired);
    await consumedBy('it.workforce', hired);
    await accessLifecycleJob.run({ scheduledFor: new Date(), dataSource: it_.service.dataSource, clock: clockOn(startDate), logger: createLogger({ test: 'chain' }, 'silent') });
    const onboarded = (await it_.admin.query<{ envelope: unknown }>(`SELECT envelope FROM outbox_events WHERE event_type = $1 AND message_key = $2`, [accessOnboarded.type, employeeId])).rows.map((row) =>
      parseEventEnvelope(row.envelope),
    );
    expect(onboarded).toHaveLength(1);
    expect(onboarded[0]).toMatchObject({ correlationid: hired.envelope.correlationid, causationid: hired.envelope.id });

    // HR's correlatedEvents: IT's part of the chain, for MANAGER alone.
    const CHAIN = `query C($r: [_Any!]!) { _entities(representations: $r) { ... on Correlation { id itEvents { type causationId time } } } }`;
    const representations = [{ __typename: 'Correlation', id: hired.envelope.correlationid }];
    const manager: Principal = { employeeId: randomUUID(), roles: ['MANAGER'] };
    const chain = ok(await it_.call<{ _entities: Array<{ itEvents: Array<{ type: string; causationId: string | null; time: string }> }> }>(CHAIN, { r: representations }, manager))._entities[0]!;
    expect(chain.itEvents.map((event) => event.type)).toEqual(expect.arrayContaining(['backoffice.it.access.scheduled.v1', 'backoffice.it.access.granted.v1', 'backoffice.it.access.onboarded.v1']));
    expect(chain.itEvents.every((event) => event.causationId === hired.envelope.id)).toBe(true);
    const refused = await it_.call(CHAIN, { r: representations }, itAdmin);
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('the EQUIPMENT ticket a hire opens is announced in the hire’s chain, with the hire as its cause', async () => {
    const departmentId = randomUUID();
    ok(await it_.call(SET_BUNDLE, { input: { departmentId, expectedVersion: 0, systems: [], equipment: [{ category: 'LAPTOP', quantity: 1 }] } }, itAdmin));
    const employeeId = randomUUID();
    const hired = await hr.publish(employeeHired, {
      employeeId,
      employeeNumber: `E-${employeeId.slice(0, 8)}`,
      firstName: 'Ada',
      lastName: 'Kit',
      email: `ada-${employeeId.slice(0, 8)}@example.com`,
      title: 'Engineer',
      departmentId,
      managerId: null,
      employmentType: 'FULL_TIME',
      startDate: addDays(today, 7),
    });
    await consumedBy('it.helpdesk', hired);
    const opened = (
      await it_.admin.query<{ envelope: unknown }>(`SELECT envelope FROM outbox_events WHERE event_type = $1 AND envelope->'data'->>'employeeId' = $2`, [ticketOpened.type, employeeId])
    ).rows.map((row) => parseEventEnvelope(row.envelope));
    expect(opened).toHaveLength(1);
    expect(opened[0]).toMatchObject({ correlationid: hired.envelope.correlationid, causationid: hired.envelope.id, data: expect.objectContaining({ kind: 'EQUIPMENT' }) });
  });
});
