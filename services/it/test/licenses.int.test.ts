import 'reflect-metadata';
import { randomBytes, randomUUID } from 'node:crypto';
import { licenseRegistered, licenseRenewed, licenseSeatAssigned, licenseSeatReleased } from '@backoffice/events/it-events';
import type { Principal } from '@backoffice/platform/identity';
import { startItForTest, type ItForTest } from './support/it-test-service';
import { codeOf, errorOf, fieldsOf, ok } from './support/graphql-answers';

jest.setTimeout(120_000);

// Software licences end to end on the real service: registering and renewing, seats given and
// freed for people employed today (HR's hires through the workforce projection), what each
// command writes, who may see what, and many callers asking for the last seats at once.

type License = {
  id: string;
  product: string;
  vendor: string;
  seats: number;
  seatsUsed: number;
  seatsFree: number;
  costPerPeriod: { amount: string; currency: string } | null;
  billingPeriod: 'MONTHLY' | 'YEARLY';
  renewalDate: string;
  notes: string | null;
  version: number;
};
type Seat = { id: string; license: { id: string; seatsUsed: number; seatsFree: number; version: number }; employee: { id: string }; assignedOn: string; assignedBy: string; releasedOn: string | null };
type Written = { licenses: number; seats: number; released: number; versions: number; events: number; audits: number };

const LICENSE = 'id product vendor seats seatsUsed seatsFree costPerPeriod { amount currency } billingPeriod renewalDate notes version';
const SEAT = 'id license { id seatsUsed seatsFree version } employee { id } assignedOn assignedBy releasedOn';
const REGISTER = `mutation Register($input: RegisterLicenseInput!) { registerLicense(input: $input) { ${LICENSE} } }`;
const RENEW = `mutation Renew($input: RenewLicenseInput!) { renewLicense(input: $input) { ${LICENSE} } }`;
const ASSIGN = `mutation Assign($input: SeatInput!) { assignSeat(input: $input) { ${SEAT} } }`;
const RELEASE = `mutation Release($input: SeatInput!) { releaseSeat(input: $input) { ${SEAT} } }`;
const ONE = `query One($id: ID!) { license(id: $id) { ${LICENSE} holders { employee { id } assignedOn assignedBy releasedOn } } }`;
const EXPIRING = `query Expiring($days: Int) { licenses(expiringWithinDays: $days) { id product renewalDate seats seatsUsed seatsFree } }`;
const HELD = `query Held($r: [_Any!]!) { _entities(representations: $r) { ... on Employee { id licenses { license { id product seatsUsed seatsFree } assignedOn assignedBy releasedOn } } } }`;

const DAY_MS = 86_400_000;
const shift = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
const person = (roles: Principal['roles'] = ['EMPLOYEE']): Principal => ({ employeeId: randomUUID(), roles });
const idOf = (who: Principal) => who.employeeId!;
const unique = () => randomBytes(4).toString('hex');


describe('licences', () => {
  let it_: ItForTest;
  let today: string;
  const d = (days: number) => shift(today, days);

  const itAdmin = person(['IT']);
  const manager = person(['MANAGER']);
  const alice = person();
  const bob = person();
  const carol = person();
  // Starts in five days.
  const starter = person();
  // HR never hired him, as far as IT knows.
  const stranger = person();
  // Those racing for the last seats.
  const racers = Array.from({ length: 8 }, () => person());
  const department = randomUUID();

  const call = <T>(query: string, variables: Record<string, unknown>, who: Principal = itAdmin) => it_.call<T>(query, variables, who);
  const registerAnswer = (fields: Record<string, unknown> = {}, who: Principal = itAdmin) =>
    call<{ registerLicense: License }>(
      REGISTER,
      { input: { product: `Figma ${unique()}`, vendor: 'Figma Inc.', seats: 5, costPerPeriod: '75.00', currency: 'EUR', billingPeriod: 'MONTHLY', renewalDate: d(365), ...fields } },
      who,
    );
  const register = async (fields: Record<string, unknown> = {}) => ok(await registerAnswer(fields)).registerLicense;
  const renew = (license: License, fields: Record<string, unknown>, who: Principal = itAdmin) =>
    call<{ renewLicense: License }>(RENEW, { input: { licenseId: license.id, expectedVersion: license.version, ...fields } }, who);
  const assignSeat = (license: { id: string }, employee: Principal, who: Principal = itAdmin) => call<{ assignSeat: Seat }>(ASSIGN, { input: { licenseId: license.id, employeeId: idOf(employee) } }, who);
  const releaseSeat = (license: { id: string }, employee: Principal, who: Principal = itAdmin) => call<{ releaseSeat: Seat }>(RELEASE, { input: { licenseId: license.id, employeeId: idOf(employee) } }, who);
  const reload = async (license: { id: string }) => ok(await call<{ license: License & { holders: Array<{ employee: { id: string } }> } }>(ONE, { id: license.id })).license;

  const trailOf = async (licenseId: string) => {
    const events = (
      await it_.admin.query<{ type: string; data: Record<string, unknown>; actor: string }>(
        `SELECT event_type AS type, envelope->'data' AS data, envelope->>'actor' AS actor FROM outbox_events WHERE topic = 'it.license.v1' AND message_key = $1 ORDER BY id`,
        [licenseId],
      )
    ).rows;
    const audits = (
      await it_.admin.query<{ action: string; actor: string; changes: Record<string, unknown> }>(`SELECT action, actor, changes FROM audit_log WHERE entity_type = 'license' AND entity_id = $1 ORDER BY id`, [licenseId])
    ).rows;
    return { events, audits };
  };
  // Everything licence commands write, counted: a refused command must leave it as it was.
  const written = async () =>
    (
      await it_.admin.query<Written>(
        `SELECT (SELECT count(*)::int FROM licenses) AS licenses, (SELECT count(*)::int FROM license_seats) AS seats,
                (SELECT count(*)::int FROM license_seats WHERE released_on IS NOT NULL) AS released, (SELECT coalesce(sum(version), 0)::int FROM licenses) AS versions,
                (SELECT count(*)::int FROM outbox_events WHERE topic = 'it.license.v1') AS events, (SELECT count(*)::int FROM audit_log WHERE entity_type = 'license') AS audits`,
      )
    ).rows[0]!;
  const seatsHeld = async (licenseId: string) => (await it_.admin.query<{ n: number }>(`SELECT count(*)::int AS n FROM license_seats WHERE license_id = $1 AND released_on IS NULL`, [licenseId])).rows[0]!.n;

  beforeAll(async () => {
    it_ = await startItForTest();
    today = (await it_.service.dataSource.query<Array<{ today: string }>>('SELECT business_today()::text AS today'))[0]!.today;
    await it_.hire([
      ...[alice, bob, carol, itAdmin, manager, ...racers].map((who) => ({ employeeId: idOf(who), departmentId: department, managerId: null, startDate: d(-200) })),
      { employeeId: idOf(starter), departmentId: department, managerId: null, startDate: d(5) },
    ]);
  });

  afterAll(async () => {
    await it_?.stop();
  });

  describe('registering and renewing', () => {
    it('registering a licence records its seats, cost per period and renewal date at version 1 with no seat used, one registered event and one audit row', async () => {
      const product = `Jira Software ${unique()}`;
      const license = await register({ product, vendor: 'Atlassian', seats: 25, costPerPeriod: '1234.50', currency: 'USD', billingPeriod: 'YEARLY', renewalDate: d(200), notes: 'Cloud, standard plan' });
      expect(license).toMatchObject({
        product,
        vendor: 'Atlassian',
        seats: 25,
        seatsUsed: 0,
        seatsFree: 25,
        costPerPeriod: { amount: '1234.50', currency: 'USD' },
        billingPeriod: 'YEARLY',
        renewalDate: d(200),
        notes: 'Cloud, standard plan',
        version: 1,
      });
      const trail = await trailOf(license.id);
      expect(trail.events).toEqual([
        {
          type: licenseRegistered.type,
          actor: idOf(itAdmin),
          data: { licenseId: license.id, product, vendor: 'Atlassian', seats: 25, costPerPeriod: '1234.50', currency: 'USD', billingPeriod: 'YEARLY', renewalDate: d(200) },
        },
      ]);
      expect(trail.audits).toEqual([{ action: 'license.registered', actor: idOf(itAdmin), changes: { product, vendor: 'Atlassian', seats: 25, costPerPeriod: '1234.50' } }]);
    });

    it('a licence of a product its vendor already has, in any case, is refused naming input.product, and nothing is written; the same product from another vendor is fine', async () => {
      const product = `Office ${unique()}`;
      await register({ product, vendor: 'Microsoft' });
      const before = await written();
      const again = await registerAnswer({ product: product.toUpperCase(), vendor: 'MICROSOFT' });
      expect(codeOf(again)).toBe('BAD_USER_INPUT');
      expect(fieldsOf(again)).toEqual(['input.product']);
      expect(await written()).toEqual(before);

      const elsewhere = await register({ product, vendor: 'A reseller' });
      expect(elsewhere).toMatchObject({ product, vendor: 'A reseller' });
    });

    it('a licence without seats, with a negative cost or a currency that is not ISO 4217 is refused naming every field at once', async () => {
      const before = await written();
      const bad = await registerAnswer({ seats: 0, costPerPeriod: '-5.00', currency: 'eur' });
      expect(codeOf(bad)).toBe('BAD_USER_INPUT');
      expect(fieldsOf(bad)?.sort()).toEqual(['input.costPerPeriod', 'input.currency', 'input.seats']);
      expect(await written()).toEqual(before);
    });

    it('renewing moves the renewal date on with the seats and cost for the period, at the next version, and records the renewed event with the previous renewal date; what is not said stays', async () => {
      const license = await register({ seats: 10, costPerPeriod: '100.00', renewalDate: d(20) });
      const renewed = ok(await renew(license, { renewalDate: d(385), seats: 12, costPerPeriod: '118.80' }, manager)).renewLicense;
      expect(renewed).toMatchObject({ seats: 12, seatsUsed: 0, seatsFree: 12, costPerPeriod: { amount: '118.80', currency: 'EUR' }, renewalDate: d(385), version: 2 });

      const again = ok(await renew(renewed, { renewalDate: d(750) })).renewLicense;
      expect(again).toMatchObject({ seats: 12, costPerPeriod: { amount: '118.80', currency: 'EUR' }, renewalDate: d(750), version: 3 });

      const trail = await trailOf(license.id);
      expect(trail.events.map((event) => event.type)).toEqual([licenseRegistered.type, licenseRenewed.type, licenseRenewed.type]);
      expect(trail.events[1]).toEqual({
        type: licenseRenewed.type,
        actor: idOf(manager),
        data: { licenseId: license.id, product: license.product, vendor: license.vendor, previousRenewalDate: d(20), renewalDate: d(385), seats: 12, costPerPeriod: '118.80', currency: 'EUR', billingPeriod: 'MONTHLY' },
      });
      expect(trail.events[2]!.data).toMatchObject({ previousRenewalDate: d(385), renewalDate: d(750), seats: 12, costPerPeriod: '118.80' });
      expect(trail.audits[1]).toEqual({
        action: 'license.renewed',
        actor: idOf(manager),
        changes: { renewalDate: { from: d(20), to: d(385) }, seats: { from: 10, to: 12 }, costPerPeriod: { from: '100.00', to: '118.80' } },
      });
    });

    it('a renewal that does not move the date forward, or leaves fewer seats than are in use, is refused naming each field, and nothing is written', async () => {
      const license = await register({ seats: 3, renewalDate: d(30) });
      ok(await assignSeat(license, alice));
      ok(await assignSeat(license, bob));
      const current = await reload(license);
      const before = await written();

      const sameDay = await renew(current, { renewalDate: d(30) });
      expect(codeOf(sameDay)).toBe('BAD_USER_INPUT');
      expect(fieldsOf(sameDay)).toEqual(['input.renewalDate']);
      expect(errorOf(sameDay).message).toContain(d(30));
      const tooFew = await renew(current, { renewalDate: d(60), seats: 1 });
      expect(codeOf(tooFew)).toBe('BAD_USER_INPUT');
      expect(fieldsOf(tooFew)).toEqual(['input.seats']);
      const both = await renew(current, { renewalDate: d(29), seats: 1 });
      expect(fieldsOf(both)).toEqual(['input.renewalDate', 'input.seats']);
      expect(await written()).toEqual(before);
      expect(await reload(license)).toEqual(current);

      // Exactly the seats in use is fine.
      expect(ok(await renew(current, { renewalDate: d(60), seats: 2 })).renewLicense).toMatchObject({ seats: 2, seatsUsed: 2, seatsFree: 0 });
    });

    it('a renewal sent with a stale version (a seat was given since it was read) is refused with CONFLICT naming both versions, and nothing is written', async () => {
      const license = await register({ renewalDate: d(30) });
      ok(await assignSeat(license, carol));
      const before = await written();
      const stale = await renew(license, { renewalDate: d(60) });
      expect(codeOf(stale)).toBe('CONFLICT');
      expect(errorOf(stale).extensions).toMatchObject({ expectedVersion: 1, currentVersion: 2 });
      expect(await written()).toEqual(before);
      expect((await reload(license)).renewalDate).toBe(d(30));
    });
  });

  describe('seats', () => {
    it('a seat goes to someone employed today, given by the caller; the licence counts it and moves to its next version; one seat-assigned event and one audit row', async () => {
      const license = await register({ seats: 2 });
      const seat = ok(await assignSeat(license, alice, manager)).assignSeat;
      expect(seat).toMatchObject({ license: { id: license.id, seatsUsed: 1, seatsFree: 1, version: 2 }, employee: { id: idOf(alice) }, assignedOn: today, assignedBy: idOf(manager), releasedOn: null });

      const reloaded = await reload(license);
      expect(reloaded).toMatchObject({ seatsUsed: 1, seatsFree: 1, version: 2 });
      expect(reloaded.holders).toEqual([{ employee: { id: idOf(alice) }, assignedOn: today, assignedBy: idOf(manager), releasedOn: null }]);
      const trail = await trailOf(license.id);
      expect(trail.events.at(-1)).toEqual({
        type: licenseSeatAssigned.type,
        actor: idOf(manager),
        data: { licenseId: license.id, product: license.product, vendor: license.vendor, employeeId: idOf(alice), seatsUsed: 1, seats: 2 },
      });
      expect(trail.audits.at(-1)).toEqual({ action: 'license.seat-assigned', actor: idOf(manager), changes: { employeeId: idOf(alice), seatId: seat.id } });
    });

    it('a seat given and freed on a past day records those days; a day ahead, a day before the seat, or a day the person was not employed is refused and writes nothing', async () => {
      const license = await register({ seats: 3 });
      const given = ok(await call<{ assignSeat: Seat }>(ASSIGN, { input: { licenseId: license.id, employeeId: idOf(carol), on: d(-30) } })).assignSeat;
      expect(given).toMatchObject({ assignedOn: d(-30), releasedOn: null });
      const before = await written();
      const refusals = [
        await call(ASSIGN, { input: { licenseId: license.id, employeeId: idOf(bob), on: d(1) } }),
        // Bob was hired 200 days ago: not employed 300 days ago.
        await call(ASSIGN, { input: { licenseId: license.id, employeeId: idOf(bob), on: d(-300) } }),
        await call(RELEASE, { input: { licenseId: license.id, employeeId: idOf(carol), on: d(-31) } }),
        await call(RELEASE, { input: { licenseId: license.id, employeeId: idOf(carol), on: d(1) } }),
      ];
      expect(refusals.map(codeOf)).toEqual(['BAD_USER_INPUT', 'BAD_USER_INPUT', 'BAD_USER_INPUT', 'BAD_USER_INPUT']);
      expect(refusals.map(fieldsOf)).toEqual([['input.on'], ['input.employeeId'], ['input.on'], ['input.on']]);
      expect(await written()).toEqual(before);
      const freed = ok(await call<{ releaseSeat: Seat }>(RELEASE, { input: { licenseId: license.id, employeeId: idOf(carol), on: d(-2) } })).releaseSeat;
      expect(freed).toMatchObject({ id: given.id, assignedOn: d(-30), releasedOn: d(-2) });
    });

    it('a seat for someone not employed today (starting in five days, or never hired) is refused naming input.employeeId, and nothing is written', async () => {
      const license = await register();
      const before = await written();
      for (const who of [starter, stranger]) {
        const refusal = await assignSeat(license, who);
        expect(codeOf(refusal)).toBe('BAD_USER_INPUT');
        expect(fieldsOf(refusal)).toEqual(['input.employeeId']);
      }
      expect(await written()).toEqual(before);
      expect(await reload(license)).toMatchObject({ seatsUsed: 0, version: 1 });
    });

    it('a second seat of one licence for the same person is refused with CONFLICT, and so is a seat when none is free; nothing is written', async () => {
      const license = await register({ seats: 2 });
      ok(await assignSeat(license, alice));
      const before = await written();
      const twice = await assignSeat(license, alice);
      expect(codeOf(twice)).toBe('CONFLICT');
      expect(errorOf(twice).message).toContain('already holds a seat');
      expect(await written()).toEqual(before);

      ok(await assignSeat(license, bob));
      const full = await written();
      const none = await assignSeat(license, carol);
      expect(codeOf(none)).toBe('CONFLICT');
      expect(errorOf(none).extensions).toMatchObject({ seats: 2, seatsUsed: 2 });
      expect(await written()).toEqual(full);
      expect(await reload(license)).toMatchObject({ seats: 2, seatsUsed: 2, seatsFree: 0 });
    });

    it('releasing frees the seat today for someone else and records the seat-released event; releasing a seat the person does not hold is refused, and nothing is written', async () => {
      const license = await register({ seats: 1 });
      ok(await assignSeat(license, alice));
      const released = ok(await releaseSeat(license, alice, manager)).releaseSeat;
      expect(released).toMatchObject({ employee: { id: idOf(alice) }, releasedOn: today, license: { seatsUsed: 0, seatsFree: 1, version: 3 } });
      const trail = await trailOf(license.id);
      expect(trail.events.at(-1)).toEqual({
        type: licenseSeatReleased.type,
        actor: idOf(manager),
        data: { licenseId: license.id, product: license.product, vendor: license.vendor, employeeId: idOf(alice), seatsUsed: 0, seats: 1 },
      });
      expect(trail.audits.at(-1)).toEqual({ action: 'license.seat-released', actor: idOf(manager), changes: { employeeId: idOf(alice), seatId: released.id } });

      const before = await written();
      for (const who of [alice, bob]) {
        const refusal = await releaseSeat(license, who);
        expect(codeOf(refusal)).toBe('BAD_USER_INPUT');
        expect(fieldsOf(refusal)).toEqual(['input.employeeId']);
      }
      expect(await written()).toEqual(before);

      // The freed seat can be given again, and she can have a seat of it again later.
      ok(await assignSeat(license, bob));
      ok(await releaseSeat(license, bob));
      const again = ok(await assignSeat(license, alice)).assignSeat;
      expect(again.id).not.toBe(released.id);
      expect((await reload(license)).holders).toEqual([{ employee: { id: idOf(alice) }, assignedOn: today, assignedBy: idOf(itAdmin), releasedOn: null }]);
    });

    it('a seat of a licence that does not exist is NOT_FOUND', async () => {
      expect(codeOf(await assignSeat({ id: randomUUID() }, alice))).toBe('NOT_FOUND');
      expect(codeOf(await releaseSeat({ id: randomUUID() }, alice))).toBe('NOT_FOUND');
    });

    it('two people asking for the last free seat at once: one gets it, the other CONFLICT, and the seats used never exceed the seats (10 rounds)', async () => {
      const rounds = 10;
      let seen = 0;
      for (let round = 1; round <= rounds; round += 1) {
        const license = await register({ seats: 2 });
        ok(await assignSeat(license, alice));
        const [first, second] = [racers[(2 * round) % racers.length]!, racers[(2 * round + 1) % racers.length]!];
        const answers = await Promise.all([assignSeat(license, first), assignSeat(license, second)]);
        const won = answers.filter((answer) => !answer.errors);
        const lost = answers.filter((answer) => answer.errors);
        expect({ round, won: won.length, lost: lost.map(codeOf) }).toEqual({ round, won: 1, lost: ['CONFLICT'] });
        expect(won[0]!.data!.assignSeat.license).toMatchObject({ seatsUsed: 2, seatsFree: 0 });
        expect(await seatsHeld(license.id)).toBe(2);
        expect(await reload(license)).toMatchObject({ seats: 2, seatsUsed: 2, seatsFree: 0 });
        expect((await trailOf(license.id)).events.filter((event) => event.type === licenseSeatAssigned.type)).toHaveLength(2);
        seen += 1;
      }
      expect(seen).toBe(rounds);
    });

    it('eight people asking for three free seats at once: exactly three get one, five get CONFLICT', async () => {
      const license = await register({ seats: 3 });
      const answers = await Promise.all(racers.map((racer) => assignSeat(license, racer)));
      expect(answers.filter((answer) => !answer.errors)).toHaveLength(3);
      expect(answers.filter((answer) => answer.errors).map(codeOf)).toEqual(['CONFLICT', 'CONFLICT', 'CONFLICT', 'CONFLICT', 'CONFLICT']);
      expect(await seatsHeld(license.id)).toBe(3);
      expect(await reload(license)).toMatchObject({ seatsUsed: 3, seatsFree: 0, version: 4 });
    });
  });

  describe('queries and access', () => {
    it('licenses(expiringWithinDays) lists those renewing by that many days from today, soonest first, with seats used and free; without it, every licence', async () => {
      const marker = `Exp ${unique()}`;
      const soon = await register({ product: `${marker} soon`, seats: 3, renewalDate: d(5) });
      const edge = await register({ product: `${marker} edge`, seats: 1, renewalDate: d(30) });
      const later = await register({ product: `${marker} later`, renewalDate: d(31) });
      ok(await assignSeat(soon, alice));
      ok(await assignSeat(soon, bob));
      ok(await assignSeat(edge, carol));

      const expiring = async (days?: number) =>
        ok(await call<{ licenses: Array<{ id: string; product: string; renewalDate: string; seats: number; seatsUsed: number; seatsFree: number }> }>(EXPIRING, { days })).licenses.filter((license) =>
          license.product.startsWith(marker),
        );
      expect(await expiring(30)).toEqual([
        { id: soon.id, product: soon.product, renewalDate: d(5), seats: 3, seatsUsed: 2, seatsFree: 1 },
        { id: edge.id, product: edge.product, renewalDate: d(30), seats: 1, seatsUsed: 1, seatsFree: 0 },
      ]);
      expect((await expiring(4)).map((license) => license.id)).toEqual([]);
      expect((await expiring()).map((license) => license.id)).toEqual([soon.id, edge.id, later.id]);
      const all = ok(await call<{ licenses: Array<{ renewalDate: string }> }>(EXPIRING, {})).licenses.map((license) => license.renewalDate);
      expect(all).toEqual([...all].sort());

      const negative = await call(EXPIRING, { days: -1 });
      expect(codeOf(negative)).toBe('BAD_USER_INPUT');
      expect(fieldsOf(negative)).toEqual(['expiringWithinDays']);
    });

    it('Employee.licenses lists the seats each person holds now, for many employees in one request; released seats are gone and someone without a seat has an empty list', async () => {
      const holder = person();
      const none = person();
      await it_.hire([holder, none].map((who) => ({ employeeId: idOf(who), departmentId: department, managerId: null, startDate: d(-30) })));
      const kept = await register({ product: `Slack ${unique()}`, seats: 4 });
      const freed = await register({ product: `Zoom ${unique()}`, seats: 4 });
      ok(await assignSeat(kept, holder));
      ok(await assignSeat(kept, alice));
      ok(await assignSeat(freed, holder));
      ok(await releaseSeat(freed, holder));

      const answer = ok(
        await call<{ _entities: Array<{ id: string; licenses: Array<{ license: { id: string; product: string; seatsUsed: number; seatsFree: number }; assignedOn: string; assignedBy: string; releasedOn: null }> }> }>(HELD, {
          r: [holder, none].map((who) => ({ __typename: 'Employee', id: idOf(who) })),
        }),
      );
      expect(answer._entities).toEqual([
        { id: idOf(holder), licenses: [{ license: { id: kept.id, product: kept.product, seatsUsed: 2, seatsFree: 2 }, assignedOn: today, assignedBy: idOf(itAdmin), releasedOn: null }] },
        { id: idOf(none), licenses: [] },
      ]);
    });

    it('an employee sees their own seats and the licence\'s product and seats, but its cost, notes and holders are FORBIDDEN, as are other people\'s seats and the licence lists', async () => {
      const self: Principal = { employeeId: idOf(carol), roles: ['EMPLOYEE'] };
      const license = await register({ product: `Adobe CC ${unique()}`, notes: 'Renew through the reseller' });
      ok(await assignSeat(license, carol));
      ok(await assignSeat(license, bob));

      const own = await call<{ _entities: Array<{ licenses: Array<{ license: { product: string; seatsUsed: number; costPerPeriod: null; notes: null; holders: null } }> }> }>(
        `query Own($r: [_Any!]!) { _entities(representations: $r) { ... on Employee { licenses { license { product seatsUsed costPerPeriod { amount } notes holders { employee { id } } } } } } }`,
        { r: [{ __typename: 'Employee', id: idOf(carol) }] },
        self,
      );
      const mine = own.data!._entities[0]!.licenses.filter((seat) => seat.license.product === license.product);
      expect(mine).toEqual([{ license: { product: license.product, seatsUsed: 2, costPerPeriod: null, notes: null, holders: null } }]);
      const index = own.data!._entities[0]!.licenses.indexOf(mine[0]!);
      expect(own.errors?.map((error) => [error.path?.join('.'), error.extensions?.code]).filter(([path]) => String(path).startsWith(`_entities.0.licenses.${index}.`)).sort()).toEqual([
        [`_entities.0.licenses.${index}.license.costPerPeriod`, 'FORBIDDEN'],
        [`_entities.0.licenses.${index}.license.holders`, 'FORBIDDEN'],
        [`_entities.0.licenses.${index}.license.notes`, 'FORBIDDEN'],
      ]);

      const other = await call<{ _entities: Array<{ licenses: null }> }>(HELD, { r: [{ __typename: 'Employee', id: idOf(bob) }] }, self);
      expect(codeOf(other)).toBe('FORBIDDEN');
      expect(other.data?._entities[0]?.licenses).toBeNull();
      expect(codeOf(await call(EXPIRING, { days: 30 }, self))).toBe('FORBIDDEN');
      expect(codeOf(await call(ONE, { id: license.id }, self))).toBe('FORBIDDEN');
      expect(codeOf(await call(`query Ref($r: [_Any!]!) { _entities(representations: $r) { ... on License { product } } }`, { r: [{ __typename: 'License', id: license.id }] }, self))).toBe('FORBIDDEN');

      // MANAGER sees what IT sees.
      const seen = ok(await call<{ license: License & { holders: Array<{ employee: { id: string } }> } }>(ONE, { id: license.id }, manager)).license;
      expect(seen.notes).toBe('Renew through the reseller');
      expect(seen.costPerPeriod).toEqual({ amount: '75.00', currency: 'EUR' });
      expect(seen.holders.map((holder) => holder.employee.id)).toEqual([idOf(carol), idOf(bob)]);
    });

    it('only IT and MANAGER run licence commands: EMPLOYEE, HR and ACCOUNTING get FORBIDDEN for each, and nothing is written', async () => {
      const license = await register();
      ok(await assignSeat(license, bob));
      const before = await written();
      let seen = 0;
      for (const roles of [['EMPLOYEE'], ['HR'], ['ACCOUNTING']] as Array<Principal['roles']>) {
        const caller: Principal = { employeeId: idOf(alice), roles };
        const answers = [await registerAnswer({}, caller), await renew(await reload(license), { renewalDate: d(400) }, caller), await assignSeat(license, alice, caller), await releaseSeat(license, bob, caller)];
        for (const answer of answers) {
          expect({ roles, code: codeOf(answer) }).toEqual({ roles, code: 'FORBIDDEN' });
          seen += 1;
        }
      }
      expect(seen).toBe(12);
      expect(await written()).toEqual(before);
    });
  });
});
