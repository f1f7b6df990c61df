import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { employeeHired, employeeRehired, employeeTerminated, employeeTransferred, terminationWithdrawn } from '@backoffice/events/hr-events';
import { accessGranted, accessOffboarded, accessOnboarded, accessRevoked, accessScheduled, licenseSeatReleased } from '@backoffice/events/it-events';
import { itReactionFailed } from '@backoffice/events/reaction-events';
import { topicName } from '@backoffice/events/topics';
import type { Principal } from '@backoffice/platform/identity';
import { startConsumerHarness, type ConsumerHarness } from '@backoffice/testkit/consumer-harness';
import type { SentEvent } from '@backoffice/testkit/hr-events';
import { requiredEnv, testEnvironment } from '@backoffice/testkit/isolation';
import { KafkaObserver } from '@backoffice/testkit/kafka-observer';
import { loadItConfig } from '../src/config';
import { accessLifecycleConsumer } from '../src/consumers/access-lifecycle.consumer';
import { itSubgraph } from '../src/it-subgraph';
import { startAccessTimeline, type AccessTimeline } from './support/access-timeline';
import { ok } from './support/graphql-answers';

jest.setTimeout(60_000);

// Joiner, mover, leaver on HR's dates, against real Kafka and PostgreSQL with a moved clock: IT
// is started frozen at an instant, HR's events are published for real, and time moves by
// restarting IT later on the same database and consumer groups and running its due jobs.
//
// The company is in Europe/Berlin (UTC+1, UTC+2 from 29 March 2026), so "the end of a day" is not
// UTC midnight: each boundary is checked one second either side of the company's midnight, at
// instants that still fall on the earlier UTC date.
const COMPANY_TIME_ZONE = 'Europe/Berlin';
const T0 = '2026-03-01T09:00:00Z';

type AccountChange = { status: string; reason: string | null; effectiveOn: string };
type Account = { id: string; system: string; username: string; status: string; activeFrom: string; origin: string; revokedOn: string | null; history: AccountChange[] };
type AccessChange = { id: string; kind: string; effectiveDate: string; dueAt: string; status: string; fromDepartment: { id: string } | null; toDepartment: { id: string } | null };
type OutboxEvent = { type: string; data: Record<string, unknown>; correlationid: string };

const ACCOUNTS = `query Accounts($r: [_Any!]!) { _entities(representations: $r) { ... on Employee { accounts { id system username status activeFrom origin revokedOn history { status reason effectiveOn } } } } }`;
const CHANGES = `query Changes($status: AccessChangeStatus, $employeeId: ID) { accessChanges(status: $status, employeeId: $employeeId) { id kind effectiveDate dueAt status fromDepartment { id } toDepartment { id } } }`;
const SET_BUNDLE = `mutation SetBundle($input: SetAccessBundleInput!) { setAccessBundle(input: $input) { version systems { code } } }`;
const GRANT = `mutation Grant($input: GrantAccessInput!) { grantAccess(input: $input) { id system status origin } }`;
const REGISTER_LICENSE = `mutation Register($input: RegisterLicenseInput!) { registerLicense(input: $input) { id seatsUsed } }`;
const ASSIGN_SEAT = `mutation Assign($input: SeatInput!) { assignSeat(input: $input) { id releasedOn } }`;
const LICENSE = `query License($id: ID!) { license(id: $id) { seatsUsed seatsFree holders { employee { id } } } }`;

// The systems for everyone (IT's catalogue): in every department's bundle.
const FOR_EVERYONE = ['chat', 'email', 'sso'];
const itAdmin: Principal = { employeeId: randomUUID(), roles: ['IT'] };

const sorted = (values: readonly string[]) => [...values].sort();
const systemsOf = (accounts: readonly Account[]) => sorted(accounts.map((account) => account.system));
const live = (accounts: readonly Account[]) => accounts.filter((account) => account.status !== 'REVOKED');
const bySystem = (accounts: readonly Account[]) => new Map(accounts.map((account) => [account.system, account]));

const emailFor = (employeeId: string) => `ada.${employeeId.slice(0, 8)}@backoffice.dev`;
const hireOf = (employeeId: string, departmentId: string, startDate: string) => ({
  employeeId,
  employeeNumber: `E-${employeeId.slice(0, 8)}`,
  firstName: 'Ada',
  lastName: 'Lovelace',
  email: emailFor(employeeId),
  title: 'Engineer',
  departmentId,
  managerId: null,
  employmentType: 'FULL_TIME' as const,
  startDate,
});
const transferOf = (employeeId: string, fromDepartmentId: string, toDepartmentId: string, effectiveDate: string) => ({
  employeeId,
  fromDepartmentId,
  toDepartmentId,
  fromManagerId: null,
  toManagerId: null,
  fromTitle: 'Engineer',
  toTitle: 'Engineer',
  effectiveDate,
});

async function accountsOf(t: AccessTimeline, employeeId: string): Promise<Account[]> {
  const data = ok(await t.call<{ _entities: Array<{ accounts: Account[] }> }>(ACCOUNTS, { r: [{ __typename: 'Employee', id: employeeId }] }));
  return data._entities[0]!.accounts;
}
async function changesOf(t: AccessTimeline, employeeId: string, status: 'PENDING' | 'APPLIED' | 'CANCELLED'): Promise<AccessChange[]> {
  return ok(await t.call<{ accessChanges: AccessChange[] }>(CHANGES, { status, employeeId })).accessChanges;
}
// it.access.v1 events about one employee, in the order they were written.
async function accessEventsOf(t: AccessTimeline, employeeId: string): Promise<OutboxEvent[]> {
  const found = await t.it.admin.query<OutboxEvent>(
    `SELECT event_type AS type, envelope->'data' AS data, envelope->>'correlationid' AS correlationid FROM outbox_events WHERE topic = 'it.access.v1' AND envelope->'data'->>'employeeId' = $1 ORDER BY id`,
    [employeeId],
  );
  return found.rows;
}
const ofType = (events: readonly OutboxEvent[], contract: { type: string }) => events.filter((event) => event.type === contract.type);
async function setBundle(t: AccessTimeline, departmentId: string, systems: string[]): Promise<void> {
  const bundle = ok(await t.call<{ setAccessBundle: { systems: Array<{ code: string }> } }>(SET_BUNDLE, { input: { departmentId, expectedVersion: 0, systems, equipment: [{ category: 'LAPTOP', quantity: 1 }] } })).setAccessBundle;
  expect(sorted(bundle.systems.map((system) => system.code))).toEqual(sorted([...FOR_EVERYONE, ...systems]));
}

describe('joiners', () => {
  let t: AccessTimeline;
  const department = randomUUID();
  const otherDepartment = randomUUID();
  const bundle = sorted([...FOR_EVERYONE, 'vpn', 'source-control']);
  const joiner = randomUUID();
  // Hired into one department, moved to another from the same start date before starting.
  const redirected = randomUUID();
  let hired: SentEvent;

  beforeAll(async () => {
    t = await startAccessTimeline({ at: T0, timeZone: COMPANY_TIME_ZONE, caller: itAdmin });
    await setBundle(t, department, ['vpn', 'source-control']);
    await setBundle(t, otherDepartment, ['source-control', 'crm']);
    hired = await t.publish(employeeHired, hireOf(joiner, department, '2026-03-06'));
    await t.publish(employeeHired, hireOf(redirected, department, '2026-03-06'));
    await t.publish(employeeTransferred, transferOf(redirected, department, otherDepartment, '2026-03-06'));
  });

  afterAll(async () => {
    await t?.stop();
  });

  it("a hire starting in five days gets exactly the department's bundle, SCHEDULED from the start date, with one it.access.scheduled each correlated with the hire", async () => {
    const accounts = await accountsOf(t, joiner);
    expect(systemsOf(accounts)).toEqual(bundle);
    for (const account of accounts) {
      expect(account).toMatchObject({ status: 'SCHEDULED', activeFrom: '2026-03-06', origin: 'BUNDLE', revokedOn: null });
      // Scheduled on the day IT learnt of the hire; active from the start date.
      expect(account.history).toEqual([expect.objectContaining({ status: 'SCHEDULED', effectiveOn: '2026-03-01' })]);
    }
    const events = await accessEventsOf(t, joiner);
    expect(events).toHaveLength(bundle.length);
    expect(ofType(events, accessScheduled)).toHaveLength(bundle.length);
    expect(sorted(events.map((event) => String(event.data.system)))).toEqual(bundle);
    for (const event of events) {
      expect(event.data).toMatchObject({ employeeId: joiner, activeFrom: '2026-03-06' });
      expect(event.correlationid).toBe(hired.envelope.correlationid);
    }
  });

  it('at the last second before the start date in the company time zone the accounts are still SCHEDULED and nothing is granted', async () => {
    const before = await accountsOf(t, joiner);
    // 23:59:59 on 5 March in Berlin.
    await t.moveTo('2026-03-05T22:59:59Z');

    expect(await accountsOf(t, joiner)).toEqual(before);
    expect(await accessEventsOf(t, joiner)).toHaveLength(bundle.length);
  });

  it('from the first second of the start date in the company time zone the accounts are ACTIVE, with one it.access.granted each and exactly one it.access.onboarded', async () => {
    const scheduled = await accountsOf(t, joiner);
    // 00:00:01 on 6 March in Berlin (still 5 March in UTC).
    await t.moveTo('2026-03-05T23:00:01Z');

    const accounts = await accountsOf(t, joiner);
    expect(accounts.map((account) => account.id).sort()).toEqual(scheduled.map((account) => account.id).sort());
    for (const account of accounts) {
      expect(account).toMatchObject({ status: 'ACTIVE', activeFrom: '2026-03-06', origin: 'BUNDLE' });
      expect(account.history.map(({ status, effectiveOn }) => ({ status, effectiveOn }))).toEqual([
        { status: 'SCHEDULED', effectiveOn: '2026-03-01' },
        { status: 'ACTIVE', effectiveOn: '2026-03-06' },
      ]);
    }
    const events = await accessEventsOf(t, joiner);
    const granted = ofType(events, accessGranted);
    expect(sorted(granted.map((event) => String(event.data.system)))).toEqual(bundle);
    const onboarded = ofType(events, accessOnboarded);
    expect(onboarded).toHaveLength(1);
    expect(onboarded[0]!.data).toEqual({ employeeId: joiner, startDate: '2026-03-06', systems: expect.arrayContaining(bundle) });
    expect(sorted(onboarded[0]!.data.systems as string[])).toEqual(bundle);
    expect(events).toHaveLength(bundle.length * 2 + 1);
  });

  it("a joiner transferred before starting has the new department's bundle ACTIVE on the start date and is onboarded once, with that bundle", async () => {
    // Already on the start date (the test before moved there).
    const otherBundle = sorted([...FOR_EVERYONE, 'source-control', 'crm']);
    const accounts = await accountsOf(t, redirected);
    expect(systemsOf(live(accounts))).toEqual(otherBundle);
    expect(live(accounts).every((account) => account.status === 'ACTIVE')).toBe(true);
    const onboarded = ofType(await accessEventsOf(t, redirected), accessOnboarded).map((event) => event.data);
    expect(onboarded).toEqual([{ employeeId: redirected, startDate: '2026-03-06', systems: expect.any(Array) }]);
    expect(sorted(onboarded[0]!.systems as string[])).toEqual(otherBundle);
  });

  it('a hire whose start date has passed is ACTIVE at once, named after the work email (its local part outside email), and onboarded once', async () => {
    const late = randomUUID();
    await t.publish(employeeHired, hireOf(late, department, '2026-02-16'));

    const accounts = await accountsOf(t, late);
    expect(systemsOf(accounts)).toEqual(bundle);
    const localPart = emailFor(late).split('@')[0];
    for (const account of accounts) {
      expect(account).toMatchObject({ status: 'ACTIVE', origin: 'BUNDLE', username: account.system === 'email' ? emailFor(late) : localPart });
      expect(account.history).toEqual([expect.objectContaining({ status: 'ACTIVE' })]);
    }
    const events = await accessEventsOf(t, late);
    expect(ofType(events, accessScheduled)).toHaveLength(0);
    expect(sorted(ofType(events, accessGranted).map((event) => String(event.data.system)))).toEqual(bundle);
    expect(ofType(events, accessOnboarded).map((event) => event.data)).toEqual([{ employeeId: late, startDate: '2026-02-16', systems: expect.any(Array) }]);
    expect(events).toHaveLength(bundle.length + 1);
  });
});

describe('leavers', () => {
  let t: AccessTimeline;
  const department = randomUUID();
  const rehireDepartment = randomUUID();
  const bundle = sorted([...FOR_EVERYONE, 'vpn', 'crm']);
  const leaver = randomUUID();
  const stays = randomUUID();
  // Transferred from 10 April, then leaving on 31 March: HR says nothing more about the transfer.
  const leavesBeforeMoving = randomUUID();
  let licenseId: string;
  let activeBefore: Account[];

  beforeAll(async () => {
    t = await startAccessTimeline({ at: T0, timeZone: COMPANY_TIME_ZONE, caller: itAdmin });
    await setBundle(t, department, ['vpn', 'crm']);
    await setBundle(t, rehireDepartment, ['hr-system']);
    await t.publish(employeeHired, hireOf(leaver, department, '2025-06-02'));
    await t.publish(employeeHired, hireOf(stays, department, '2025-06-02'));
    licenseId = ok(
      await t.call<{ registerLicense: { id: string } }>(REGISTER_LICENSE, {
        input: { product: `Figma ${randomUUID().slice(0, 8)}`, vendor: 'Figma Inc.', seats: 3, costPerPeriod: '45.00', currency: 'EUR', billingPeriod: 'MONTHLY', renewalDate: '2026-12-31' },
      }),
    ).registerLicense.id;
    ok(await t.call(ASSIGN_SEAT, { input: { licenseId, employeeId: leaver } }));
    await t.publish(employeeHired, hireOf(leavesBeforeMoving, department, '2025-06-02'));
    await t.publish(employeeTransferred, transferOf(leavesBeforeMoving, department, rehireDepartment, '2026-04-10'));
    await t.publish(employeeTerminated, { employeeId: leavesBeforeMoving, terminationDate: '2026-03-31' });
    activeBefore = await accountsOf(t, leaver);
    // A month ahead.
    await t.publish(employeeTerminated, { employeeId: leaver, terminationDate: '2026-03-31' });
  });

  afterAll(async () => {
    await t?.stop();
  });

  it('a termination recorded a month ahead is one pending LEAVE due at midnight after the last day in the company time zone, and revokes nothing yet', async () => {
    expect(systemsOf(activeBefore)).toEqual(bundle);
    expect(activeBefore.every((account) => account.status === 'ACTIVE')).toBe(true);
    expect(await changesOf(t, leaver, 'PENDING')).toEqual([
      // Midnight at the start of 1 April in Berlin (summer time).
      expect.objectContaining({ kind: 'LEAVE', effectiveDate: '2026-03-31', dueAt: '2026-03-31T22:00:00.000Z', status: 'PENDING' }),
    ]);
    expect(await accountsOf(t, leaver)).toEqual(activeBefore);
    expect(ofType(await accessEventsOf(t, leaver), accessRevoked)).toHaveLength(0);
  });

  it('a withdrawn termination cancels the leave it scheduled', async () => {
    await t.publish(employeeTerminated, { employeeId: stays, terminationDate: '2026-03-20' });
    expect(await changesOf(t, stays, 'PENDING')).toHaveLength(1);

    await t.publish(terminationWithdrawn, { employeeId: stays, withdrawnTerminationDate: '2026-03-20' });

    expect(await changesOf(t, stays, 'PENDING')).toEqual([]);
    expect(await changesOf(t, stays, 'CANCELLED')).toEqual([expect.objectContaining({ kind: 'LEAVE', effectiveDate: '2026-03-20', status: 'CANCELLED' })]);
  });

  it('at the last second of the last day in the company time zone nothing is revoked and the seat is still held', async () => {
    const eventsBefore = await accessEventsOf(t, leaver);
    // 23:59:59 on 31 March in Berlin.
    await t.moveTo('2026-03-31T21:59:59Z');

    expect(await accountsOf(t, leaver)).toEqual(activeBefore);
    expect(await accessEventsOf(t, leaver)).toEqual(eventsBefore);
    expect(await changesOf(t, leaver, 'PENDING')).toHaveLength(1);
    const license = ok(await t.call<{ license: { seatsUsed: number; holders: Array<{ employee: { id: string } }> } }>(LICENSE, { id: licenseId })).license;
    expect(license.seatsUsed).toBe(1);
    expect(license.holders.map((holder) => holder.employee.id)).toEqual([leaver]);
  });

  it('right after the end of the last day everything is REVOKED from the day after (cause LEAVER), the seats are released and it.access.offboarded is announced once', async () => {
    const eventsBefore = await accessEventsOf(t, leaver);
    // 00:00:01 on 1 April in Berlin (still 31 March in UTC).
    await t.moveTo('2026-03-31T22:00:01Z');

    const accounts = await accountsOf(t, leaver);
    expect(accounts.map((account) => account.id).sort()).toEqual(activeBefore.map((account) => account.id).sort());
    for (const account of accounts) {
      expect(account).toMatchObject({ status: 'REVOKED', revokedOn: '2026-04-01' });
      expect(account.history.at(-1)).toMatchObject({ status: 'REVOKED', effectiveOn: '2026-04-01' });
    }
    const added = (await accessEventsOf(t, leaver)).slice(eventsBefore.length);
    const revoked = ofType(added, accessRevoked);
    expect(sorted(revoked.map((event) => String(event.data.system)))).toEqual(bundle);
    expect(revoked.every((event) => event.data.cause === 'LEAVER')).toBe(true);
    expect(ofType(added, accessOffboarded).map((event) => event.data)).toEqual([{ employeeId: leaver, lastDay: '2026-03-31', accountsRevoked: bundle.length, seatsReleased: 1 }]);
    expect(added).toHaveLength(bundle.length + 1);
    expect(await changesOf(t, leaver, 'APPLIED')).toEqual([expect.objectContaining({ kind: 'LEAVE', effectiveDate: '2026-03-31' })]);
    expect(await changesOf(t, leaver, 'PENDING')).toEqual([]);

    const license = ok(await t.call<{ license: { seatsUsed: number; seatsFree: number; holders: unknown[] } }>(LICENSE, { id: licenseId })).license;
    expect(license).toMatchObject({ seatsUsed: 0, seatsFree: 3, holders: [] });
    const seats = await t.it.admin.query<{ releasedOn: string | null }>(`SELECT released_on::text AS "releasedOn" FROM license_seats WHERE employee_id = $1`, [leaver]);
    expect(seats.rows).toEqual([{ releasedOn: '2026-03-31' }]);
    const released = await t.it.admin.query(`SELECT 1 FROM outbox_events WHERE event_type = $1 AND envelope->'data'->>'employeeId' = $2`, [licenseSeatReleased.type, leaver]);
    expect(released.rowCount).toBe(1);
  });

  it('a withdrawn termination revokes nothing: after its date has passed and the job ran, everything is still ACTIVE', async () => {
    const accounts = await accountsOf(t, stays);
    expect(systemsOf(accounts)).toEqual(bundle);
    for (const account of accounts) {
      expect(account).toMatchObject({ status: 'ACTIVE', revokedOn: null });
      expect(account.history).toHaveLength(1);
    }
    const events = await accessEventsOf(t, stays);
    expect(ofType(events, accessRevoked)).toHaveLength(0);
    expect(ofType(events, accessOffboarded)).toHaveLength(0);
    expect(await changesOf(t, stays, 'APPLIED')).toEqual([]);
  });

  it('a rehire after leaving is a joiner again: new accounts for the new department, SCHEDULED until the new start date, then ACTIVE and onboarded again', async () => {
    await t.publish(employeeRehired, { employeeId: leaver, startDate: '2026-04-15', departmentId: rehireDepartment, managerId: null, title: 'Engineer', employmentType: 'FULL_TIME' });
    const rehireBundle = sorted([...FOR_EVERYONE, 'hr-system']);
    const oldIds = new Set(activeBefore.map((account) => account.id));

    const scheduled = await accountsOf(t, leaver);
    expect(scheduled.filter((account) => oldIds.has(account.id)).every((account) => account.status === 'REVOKED')).toBe(true);
    const fresh = scheduled.filter((account) => !oldIds.has(account.id));
    expect(systemsOf(fresh)).toEqual(rehireBundle);
    for (const account of fresh) expect(account).toMatchObject({ status: 'SCHEDULED', activeFrom: '2026-04-15', origin: 'BUNDLE', revokedOn: null });

    await t.moveTo('2026-04-15T06:00:00Z');

    const accounts = await accountsOf(t, leaver);
    expect(accounts).toHaveLength(bundle.length + rehireBundle.length);
    expect(systemsOf(live(accounts))).toEqual(rehireBundle);
    for (const account of live(accounts)) {
      expect(oldIds.has(account.id)).toBe(false);
      expect(account).toMatchObject({ status: 'ACTIVE', activeFrom: '2026-04-15', username: account.system === 'email' ? emailFor(leaver) : emailFor(leaver).split('@')[0] });
    }
    const onboarded = ofType(await accessEventsOf(t, leaver), accessOnboarded).map((event) => event.data);
    expect(onboarded).toHaveLength(2);
    expect(onboarded[0]).toMatchObject({ startDate: '2025-06-02' });
    expect(onboarded[1]).toEqual({ employeeId: leaver, startDate: '2026-04-15', systems: expect.any(Array) });
    expect(sorted(onboarded[1]!.systems as string[])).toEqual(rehireBundle);
  });

  it('a transfer HR had scheduled after the last day gives the leaver nothing back when its date comes', async () => {
    // Now 15 April: the transfer's 10 April has passed too.
    const accounts = await accountsOf(t, leavesBeforeMoving);
    expect(accounts.filter((account) => account.status !== 'REVOKED')).toEqual([]);
    expect(systemsOf(accounts)).toEqual(bundle);
    const events = await accessEventsOf(t, leavesBeforeMoving);
    expect(ofType(events, accessGranted).filter((event) => event.data.system === 'hr-system')).toEqual([]);
    expect(await changesOf(t, leavesBeforeMoving, 'PENDING')).toEqual([]);
  });
});

describe('movers', () => {
  let t: AccessTimeline;
  const from = randomUUID();
  const to = randomUUID();
  const elsewhere = randomUUID();
  const mover = randomUUID();
  const changesMind = randomUUID();
  let firstTransfer: SentEvent;
  let beforeMove: Account[];

  beforeAll(async () => {
    t = await startAccessTimeline({ at: T0, timeZone: COMPANY_TIME_ZONE, caller: itAdmin });
    await setBundle(t, from, ['vpn', 'source-control']);
    await setBundle(t, to, ['source-control', 'crm']);
    await setBundle(t, elsewhere, ['hr-system']);
    await t.publish(employeeHired, hireOf(mover, from, '2025-06-02'));
    await t.publish(employeeHired, hireOf(changesMind, from, '2025-06-02'));
    // In neither bundle: granted on its own, kept across moves.
    const grant = ok(await t.call<{ grantAccess: { origin: string; status: string } }>(GRANT, { input: { employeeId: mover, system: 'it-admin', reason: 'on call for the device fleet' } })).grantAccess;
    expect(grant).toMatchObject({ origin: 'INDIVIDUAL', status: 'ACTIVE' });
    await t.publish(employeeTransferred, transferOf(mover, from, to, '2026-03-10'));
    beforeMove = await accountsOf(t, mover);
  });

  afterAll(async () => {
    await t?.stop();
  });

  it('a transfer is one pending MOVE due at the start of its effective date in the company time zone, and changes no access before', async () => {
    expect(await changesOf(t, mover, 'PENDING')).toEqual([
      // Midnight at the start of 10 March in Berlin (winter time).
      { id: expect.any(String), kind: 'MOVE', effectiveDate: '2026-03-10', dueAt: '2026-03-09T23:00:00.000Z', status: 'PENDING', fromDepartment: { id: from }, toDepartment: { id: to } },
    ]);
    expect(systemsOf(beforeMove)).toEqual(sorted([...FOR_EVERYONE, 'vpn', 'source-control', 'it-admin']));
    expect(beforeMove.every((account) => account.status === 'ACTIVE')).toBe(true);
  });

  it('a re-sent transfer for the same date to another department replaces the pending change (one row, the new target), and a late copy of the first does not bring it back', async () => {
    firstTransfer = await t.publish(employeeTransferred, transferOf(changesMind, from, to, '2026-03-10'));
    await t.publish(employeeTransferred, transferOf(changesMind, from, elsewhere, '2026-03-10'));

    const pending = await changesOf(t, changesMind, 'PENDING');
    expect(pending).toEqual([expect.objectContaining({ kind: 'MOVE', effectiveDate: '2026-03-10', fromDepartment: { id: from }, toDepartment: { id: elsewhere } })]);

    await t.redeliver([firstTransfer]);
    expect(await changesOf(t, changesMind, 'PENDING')).toEqual(pending);
    const rows = await t.it.admin.query(`SELECT 1 FROM access_changes WHERE employee_id = $1`, [changesMind]);
    expect(rows.rowCount).toBe(1);
  });

  it('at the last second before the effective date nothing has changed', async () => {
    const eventsBefore = await accessEventsOf(t, mover);
    // 23:59:59 on 9 March in Berlin.
    await t.moveTo('2026-03-09T22:59:59Z');

    expect(await accountsOf(t, mover)).toEqual(beforeMove);
    expect(await accessEventsOf(t, mover)).toEqual(eventsBefore);
    expect(await changesOf(t, mover, 'PENDING')).toHaveLength(1);
  });

  it('on the effective date exactly the bundle difference changes: what only the old bundle gave is REVOKED (cause MOVER), what the new adds is ACTIVE, shared systems and the individual grant are untouched', async () => {
    const eventsBefore = await accessEventsOf(t, mover);
    // 00:00:01 on 10 March in Berlin (still 9 March in UTC).
    await t.moveTo('2026-03-09T23:00:01Z');

    const accounts = await accountsOf(t, mover);
    const before = bySystem(beforeMove);
    const after = bySystem(accounts);
    expect(systemsOf(accounts)).toEqual(sorted([...FOR_EVERYONE, 'vpn', 'source-control', 'it-admin', 'crm']));
    expect(after.get('vpn')).toMatchObject({ id: before.get('vpn')!.id, status: 'REVOKED', revokedOn: '2026-03-10' });
    expect(after.get('vpn')!.history.at(-1)).toMatchObject({ status: 'REVOKED', effectiveOn: '2026-03-10' });
    expect(after.get('crm')).toMatchObject({ status: 'ACTIVE', activeFrom: '2026-03-10', origin: 'BUNDLE', revokedOn: null });
    for (const system of [...FOR_EVERYONE, 'source-control', 'it-admin']) expect(after.get(system)).toEqual(before.get(system));
    expect(after.get('it-admin')).toMatchObject({ status: 'ACTIVE', origin: 'INDIVIDUAL' });

    const added = (await accessEventsOf(t, mover)).slice(eventsBefore.length);
    expect(added.map(({ type, data }) => ({ type, system: data.system, cause: data.cause }))).toEqual(
      expect.arrayContaining([
        { type: accessRevoked.type, system: 'vpn', cause: 'MOVER' },
        { type: accessGranted.type, system: 'crm', cause: undefined },
      ]),
    );
    expect(added).toHaveLength(2);
    expect(await changesOf(t, mover, 'APPLIED')).toEqual([expect.objectContaining({ kind: 'MOVE', effectiveDate: '2026-03-10', toDepartment: { id: to } })]);
    expect(await changesOf(t, mover, 'PENDING')).toEqual([]);
  });

  it('the transfer HR re-sent moves the person to the department it named last, not the first', async () => {
    const accounts = await accountsOf(t, changesMind);
    expect(systemsOf(live(accounts))).toEqual(sorted([...FOR_EVERYONE, 'hr-system']));
    const revoked = accounts.filter((account) => account.status === 'REVOKED');
    expect(systemsOf(revoked)).toEqual(['source-control', 'vpn']);
    expect(revoked.every((account) => account.revokedOn === '2026-03-10')).toBe(true);
    expect(ofType(await accessEventsOf(t, changesMind), accessRevoked).map((event) => event.data.cause)).toEqual(['MOVER', 'MOVER']);
  });
});

describe('an IT restart between scheduling and the due date', () => {
  let t: AccessTimeline;
  const from = randomUUID();
  const to = randomUUID();
  const leaver = randomUUID();
  const mover = randomUUID();
  const joiner = randomUUID();

  beforeAll(async () => {
    t = await startAccessTimeline({ at: T0, timeZone: COMPANY_TIME_ZONE, caller: itAdmin });
    await setBundle(t, from, ['vpn']);
    await setBundle(t, to, ['crm']);
    await t.publish(employeeHired, hireOf(leaver, from, '2025-06-02'));
    await t.publish(employeeTerminated, { employeeId: leaver, terminationDate: '2026-03-10' });
    await t.publish(employeeHired, hireOf(mover, from, '2025-06-02'));
    await t.publish(employeeTransferred, transferOf(mover, from, to, '2026-03-12'));
    await t.publish(employeeHired, hireOf(joiner, from, '2026-03-11'));
  });

  afterAll(async () => {
    await t?.stop();
  });

  it('loses nothing: IT down from before the due dates until well after them applies every change with its own dates', async () => {
    expect(await t.call<{ accessChanges: unknown[] }>(CHANGES, { status: 'PENDING' }).then((answer) => ok(answer).accessChanges)).toHaveLength(2);

    await t.moveTo('2026-03-20T09:00:00Z');

    const left = await accountsOf(t, leaver);
    expect(systemsOf(left)).toEqual(sorted([...FOR_EVERYONE, 'vpn']));
    for (const account of left) expect(account).toMatchObject({ status: 'REVOKED', revokedOn: '2026-03-11' });
    expect(ofType(await accessEventsOf(t, leaver), accessOffboarded).map((event) => event.data)).toEqual([{ employeeId: leaver, lastDay: '2026-03-10', accountsRevoked: 4, seatsReleased: 0 }]);

    const moved = bySystem(await accountsOf(t, mover));
    expect(moved.get('vpn')).toMatchObject({ status: 'REVOKED', revokedOn: '2026-03-12' });
    expect(moved.get('crm')).toMatchObject({ status: 'ACTIVE', activeFrom: '2026-03-12' });

    const joined = await accountsOf(t, joiner);
    expect(systemsOf(joined)).toEqual(sorted([...FOR_EVERYONE, 'vpn']));
    for (const account of joined) expect(account).toMatchObject({ status: 'ACTIVE', activeFrom: '2026-03-11' });
    expect(ofType(await accessEventsOf(t, joiner), accessOnboarded).map((event) => event.data.startDate)).toEqual(['2026-03-11']);

    expect(ok(await t.call<{ accessChanges: unknown[] }>(CHANGES, { status: 'PENDING' })).accessChanges).toEqual([]);
    expect(ok(await t.call<{ accessChanges: unknown[] }>(CHANGES, { status: 'APPLIED' })).accessChanges).toHaveLength(2);
  });
});

describe('redelivered events', () => {
  let t: AccessTimeline;
  const from = randomUUID();
  const to = randomUUID();
  const person = randomUUID();
  const sent: SentEvent[] = [];

  // What a redelivery could change: the person's accounts with their history, and every access
  // change, event and audit row IT holds.
  const stateOf = async () => ({
    accounts: await accountsOf(t, person),
    changes: (
      await t.it.admin.query(
        `SELECT id, kind, effective_date::text, due_at, from_department_id, to_department_id, status, settled_at FROM access_changes WHERE employee_id = $1 ORDER BY id`,
        [person],
      )
    ).rows,
    events: (await t.it.admin.query<{ n: number }>(`SELECT count(*)::int AS n FROM outbox_events`)).rows[0]!.n,
    audits: (await t.it.admin.query<{ n: number }>(`SELECT count(*)::int AS n FROM audit_log`)).rows[0]!.n,
    facts: (await t.it.admin.query(`SELECT fact, on_date::text FROM access_lifecycle_facts WHERE employee_id = $1 ORDER BY fact, on_date`, [person])).rows,
  });

  beforeAll(async () => {
    t = await startAccessTimeline({ at: T0, timeZone: COMPANY_TIME_ZONE, caller: itAdmin });
    await setBundle(t, from, ['vpn']);
    await setBundle(t, to, ['crm']);
    sent.push(await t.publish(employeeHired, hireOf(person, from, '2025-06-02')));
    sent.push(await t.publish(employeeTransferred, transferOf(person, from, to, '2026-03-10')));
    sent.push(await t.publish(employeeTerminated, { employeeId: person, terminationDate: '2026-03-20' }));
  });

  afterAll(async () => {
    await t?.stop();
  });

  it('a hire, a transfer and a termination delivered again before they are due change nothing', async () => {
    const before = await stateOf();
    expect(before.changes.map((change) => change.status)).toEqual(['PENDING', 'PENDING']);

    await t.redeliver(sent);

    expect(await stateOf()).toEqual(before);
  });

  it('delivered again after they were applied they change nothing either: the hire opens no new accounts for the leaver', async () => {
    await t.moveTo('2026-03-21T09:00:00Z');
    const before = await stateOf();
    // The move gave crm and took vpn; the leave took the rest.
    expect(systemsOf(before.accounts)).toEqual(sorted([...FOR_EVERYONE, 'vpn', 'crm']));
    expect(before.accounts.every((account) => account.status === 'REVOKED')).toBe(true);
    expect(before.changes.map((change) => change.status)).toEqual(['APPLIED', 'APPLIED']);

    await t.redeliver(sent);

    expect(await stateOf()).toEqual(before);
  });
});

describe('the access-lifecycle job', () => {
  let t: AccessTimeline;
  const from = randomUUID();
  const to = randomUUID();

  // Every row the job could write, by the columns it could change (the outbox's publication stamp
  // is the relay's, so only its rows count).
  const WRITTEN: Record<string, string> = {
    system_accounts: 'id, status, active_from, revoked_on, origin, version, updated_at',
    system_account_history: 'id',
    access_changes: 'id, status, due_at, to_department_id, settled_at',
    access_lifecycle_facts: 'employee_id, fact, on_date',
    license_seats: 'id, released_on',
    audit_log: 'id',
    outbox_events: 'event_id',
  };
  const written = async () => {
    const digest: Record<string, unknown> = {};
    for (const [table, columns] of Object.entries(WRITTEN)) {
      digest[table] = (
        await t.it.admin.query(`SELECT count(*)::int AS rows, coalesce(md5(string_agg((${columns})::text, '|' ORDER BY (${columns})::text)), '') AS digest FROM ${table}`)
      ).rows[0];
    }
    return digest;
  };
  const jobRun = async () =>
    (await t.it.admin.query<{ runs: number; lastScheduledFor: Date; lastStatus: string }>(`SELECT runs::int AS runs, last_scheduled_for AS "lastScheduledFor", last_status AS "lastStatus" FROM job_runs WHERE job = 'access-lifecycle'`)).rows[0]!;

  beforeAll(async () => {
    t = await startAccessTimeline({ at: T0, timeZone: COMPANY_TIME_ZONE, caller: itAdmin });
    await setBundle(t, from, ['vpn']);
    // Something of every kind, none of it due on 2 March: an onboarded joiner, one starting later,
    // a pending move, a withdrawn termination, and a leaver already gone.
    const [onboarded, starting, moving, staying, gone] = [randomUUID(), randomUUID(), randomUUID(), randomUUID(), randomUUID()];
    await t.publish(employeeHired, hireOf(onboarded, from, '2025-06-02'));
    await t.publish(employeeHired, hireOf(starting, from, '2026-03-20'));
    await t.publish(employeeHired, hireOf(moving, from, '2025-06-02'));
    await t.publish(employeeTransferred, transferOf(moving, from, to, '2026-03-15'));
    await t.publish(employeeHired, hireOf(staying, from, '2025-06-02'));
    await t.publish(employeeTerminated, { employeeId: staying, terminationDate: '2026-03-25' });
    await t.publish(terminationWithdrawn, { employeeId: staying, withdrawnTerminationDate: '2026-03-25' });
    await t.publish(employeeHired, hireOf(gone, from, '2025-06-02'));
    await t.publish(employeeTerminated, { employeeId: gone, terminationDate: '2026-02-26' });
  });

  afterAll(async () => {
    await t?.stop();
  });

  it('a termination HR records after the last day has passed revokes at once, from the day after it', async () => {
    const [gone] = (await t.it.admin.query<{ employeeId: string }>(`SELECT employee_id AS "employeeId" FROM access_changes WHERE kind = 'LEAVE' AND effective_date = '2026-02-26'`)).rows;
    const accounts = await accountsOf(t, gone!.employeeId);
    expect(accounts).toHaveLength(4);
    for (const account of accounts) expect(account).toMatchObject({ status: 'REVOKED', revokedOn: '2026-02-27' });
    expect(await changesOf(t, gone!.employeeId, 'APPLIED')).toHaveLength(1);
  });

  it('a run that finds nothing due writes nothing', async () => {
    const before = await written();
    const runsBefore = (await jobRun()).runs;

    await t.moveTo('2026-03-02T09:00:00Z');

    // It did run, for the new time.
    expect(await jobRun()).toEqual({ runs: runsBefore + 1, lastScheduledFor: new Date('2026-03-02T09:00:00Z'), lastStatus: 'ok' });
    expect(await written()).toEqual(before);
  });
});

// The consumer on its own, as the service wires it (ported from provision-new-hires.consumer.int.test.ts).
// The harness passes a consumer only { dataSource, kafka, logger }; this one also needs the
// business clock, so the test gives it IT's own config and clock, frozen at T0.
describe('the access-lifecycle consumer (hr.employee.v1)', () => {
  let harness: ConsumerHarness;
  let observer: KafkaObserver;

  beforeAll(async () => {
    const config = loadItConfig(testEnvironment({ CLOCK_AT: T0, COMPANY_TIME_ZONE }));
    harness = await startConsumerHarness({
      service: 'it',
      migrations: itSubgraph.migrations,
      consumer: (deps) => accessLifecycleConsumer({ ...deps, config, clock: config.clock }),
      permanentFailureAttempts: 1,
    });
    observer = new KafkaObserver(requiredEnv('KAFKA_BROKERS').split(','));
    await observer.start([topicName(itReactionFailed.topic, harness.topicPrefix)]);
  });

  afterAll(async () => {
    await observer?.stop();
    await harness?.stop();
  });

  const accountsIn = (employeeId: string) =>
    harness.dataSource.query(`SELECT system, username, status FROM system_accounts WHERE employee_id = $1 ORDER BY system`, [employeeId]) as Promise<Array<{ system: string; username: string; status: string }>>;
  const eventsIn = async (employeeId: string) =>
    (await harness.dataSource.query(`SELECT event_type AS type, envelope->>'correlationid' AS correlationid FROM outbox_events WHERE envelope->'data'->>'employeeId' = $1 ORDER BY id`, [employeeId])) as Array<{
      type: string;
      correlationid: string;
    }>;
  const activeForEveryone = (email: string) => [
    { system: 'chat', username: email.split('@')[0], status: 'ACTIVE' },
    { system: 'email', username: email, status: 'ACTIVE' },
    { system: 'sso', username: email.split('@')[0], status: 'ACTIVE' },
  ];

  it('a hire into a department without a bundle of its own gets the systems for everyone, one it.access.granted each correlated with the hire, and onboarded once', async () => {
    const data = hireOf(randomUUID(), randomUUID(), '2025-09-01');
    const hired = await harness.publish(employeeHired, data);
    await harness.waitForInbox(hired.id);

    expect(await accountsIn(data.employeeId)).toEqual(activeForEveryone(data.email));
    const events = await eventsIn(data.employeeId);
    expect(events.map((event) => event.type)).toEqual([accessGranted.type, accessGranted.type, accessGranted.type, accessOnboarded.type]);
    expect(events.every((event) => event.correlationid === hired.correlationid)).toBe(true);
  });

  it('the same hire delivered again changes nothing', async () => {
    const data = hireOf(randomUUID(), randomUUID(), '2025-09-01');
    const hired = await harness.publish(employeeHired, data);
    await harness.waitForInbox(hired.id);
    const before = { duplicates: harness.consumer.status().duplicates, deadLettered: harness.consumer.status().deadLettered };

    await harness.produce(employeeHired.topic, data.employeeId, hired);
    await harness.produce(employeeHired.topic, data.employeeId, hired);
    await harness.waitUntilCaughtUp();

    expect(await accountsIn(data.employeeId)).toHaveLength(3);
    expect(await eventsIn(data.employeeId)).toHaveLength(4);
    expect(harness.consumer.status().duplicates).toBe(before.duplicates + 2);
    expect(harness.consumer.status().deadLettered).toBe(before.deadLettered);
  });

  it('a hire with a field HR added after IT was built (and a causationid) is still handled', async () => {
    const data = hireOf(randomUUID(), randomUUID(), '2025-09-01');
    const deadLettered = harness.consumer.status().deadLettered;
    const hired = await harness.publish(employeeHired, data, { causationid: randomUUID(), data: { preferredName: 'Countess', workLocation: 'London' } });
    await harness.waitForInbox(hired.id);

    expect(await accountsIn(data.employeeId)).toEqual(activeForEveryone(data.email));
    expect(harness.consumer.status().deadLettered).toBe(deadLettered);
  });

  it('a hire the consumer cannot read is dead-lettered and announced as it.reaction.failed, writes nothing, and the next hire is still handled', async () => {
    const data = hireOf(randomUUID(), randomUUID(), '2025-09-01');
    const deadLettered = harness.consumer.status().deadLettered;
    const broken = await harness.publish(employeeHired, data, { data: { startDate: 'next monday' } });
    const next = hireOf(randomUUID(), randomUUID(), '2025-09-01');
    const nextHired = await harness.publish(employeeHired, next);
    await harness.waitForInbox(nextHired.id);

    const facts = await observer.waitFor((messages) => messages.some((message) => message.value.includes(broken.id)));
    const announced = facts.filter((message) => message.value.includes(broken.id)).map((message) => JSON.parse(message.value) as { type: string; data: Record<string, unknown> });
    expect(announced).toHaveLength(1);
    expect(announced[0]).toMatchObject({
      type: itReactionFailed.type,
      data: { consumer: 'it.access-lifecycle', eventId: broken.id, eventType: employeeHired.type, topic: 'hr.employee.v1', correlationId: broken.correlationid, reason: 'EventContractError' },
    });
    expect(harness.consumer.status().deadLettered).toBe(deadLettered + 1);
    expect(await harness.inInbox(broken.id)).toBe(false);
    expect(await accountsIn(data.employeeId)).toEqual([]);
    expect(await eventsIn(data.employeeId)).toEqual([]);
    expect(await accountsIn(next.employeeId)).toEqual(activeForEveryone(next.email));
  });
});
