import 'reflect-metadata';
import { randomBytes, randomUUID } from 'node:crypto';
import { assetAssigned, assetLost, assetRegistered, assetRetired, assetReturned, assetSentToRepair } from '@backoffice/events/it-events';
import { employeeHired, employeeTerminated, employeeTransferred } from '@backoffice/events/hr-events';
import type { Principal } from '@backoffice/platform/identity';
import type { GraphQLResponse } from '@backoffice/testkit/graphql-client';
import { hrEvents, untilConsumed, type HrEvents } from '@backoffice/testkit/hr-events';
import { requiredEnv, testEnvironment } from '@backoffice/testkit/isolation';
import { KafkaObserver } from '@backoffice/testkit/kafka-observer';
import { startItForTest, type ItForTest } from './support/it-test-service';
import { codeOf, errorOf, fieldsOf, ok } from './support/graphql-answers';

jest.setTimeout(120_000);

// Equipment end to end on the real service: every asset command and the status rules through
// GraphQL, what each writes (history, hand-overs, audit, outbox), the queries, who may see and do
// what, and two assignments of one asset at once.

type Condition = 'NEW' | 'GOOD' | 'FAIR' | 'POOR' | 'BROKEN';
type Status = 'IN_STOCK' | 'ASSIGNED' | 'IN_REPAIR' | 'RETIRED' | 'LOST';
type Assignment = {
  employee: { id: string };
  assignedOn: string;
  expectedReturnOn: string | null;
  conditionOut: Condition;
  handedOverBy: string;
  returnedOn: string | null;
  conditionIn: Condition | null;
  receivedBy: string | null;
  returnNotes: string | null;
  endedAs: string | null;
};
type Asset = {
  id: string;
  tag: string;
  serialNumber: string;
  model: { id: string; manufacturer: string; name: string; category: { code: string } };
  category: { code: string; name: string; usefulLifeMonths: number };
  purchaseDate: string;
  purchaseCost: { amount: string; currency: string };
  supplier: string | null;
  warrantyEndsOn: string | null;
  location: string | null;
  status: Status;
  condition: Condition;
  notes: string | null;
  holder: { id: string } | null;
  currentAssignment: Assignment | null;
  version: number;
};
type Written = { assets: number; models: number; assignments: number; history: number; events: number; audits: number; versions: number };
type HistoryEntry = { action: string; status: Status; employee: { id: string } | null; condition: Condition | null; occurredOn: string; actor: string; notes: string | null };
type Page = { edges: Array<{ node: { id: string; tag: string }; cursor: string }>; pageInfo: { hasNextPage: boolean; endCursor: string | null }; totalCount: number };

const ASSIGNMENT = 'employee { id } assignedOn expectedReturnOn conditionOut handedOverBy returnedOn conditionIn receivedBy returnNotes endedAs';
const ASSET = `id tag serialNumber model { id manufacturer name category { code } } category { code name usefulLifeMonths } purchaseDate purchaseCost { amount currency }
  supplier warrantyEndsOn location status condition notes holder { id } currentAssignment { ${ASSIGNMENT} } version`;
const HISTORY = 'action status employee { id } condition occurredOn actor notes';
const REGISTER = `mutation Register($input: RegisterAssetInput!) { registerAsset(input: $input) { ${ASSET} } }`;
const ASSIGN = `mutation Assign($input: AssignAssetInput!) { assignAsset(input: $input) { ${ASSET} } }`;
const RETURN = `mutation Return($input: ReturnAssetInput!) { returnAsset(input: $input) { ${ASSET} } }`;
const REPAIR = `mutation Repair($input: AssetChangeInput!) { sendToRepair(input: $input) { ${ASSET} } }`;
const LOSE = `mutation Lose($input: AssetChangeInput!) { markAssetLost(input: $input) { ${ASSET} } }`;
const RETIRE = `mutation Retire($input: AssetChangeInput!) { retireAsset(input: $input) { ${ASSET} } }`;
const ONE = `query One($id: ID!) { asset(id: $id) { ${ASSET} } }`;
const OWN = `query Own($id: ID!) { asset(id: $id) { id tag status holder { id } } }`;
const BY_TAG = `query ByTag($tag: String!) { assetByTag(tag: $tag) { id tag } }`;
const TIMELINE = `query Timeline($id: ID!) { asset(id: $id) { history { ${HISTORY} } assignments { ${ASSIGNMENT} } } }`;
const LIST = `query List($filter: AssetFilter, $first: Int, $after: String) { assets(filter: $filter, first: $first, after: $after) { edges { node { id tag } cursor } pageInfo { hasNextPage endCursor } totalCount } }`;
const EMPLOYEE_ASSETS = `query Held($r: [_Any!]!) { _entities(representations: $r) { ... on Employee { id assets { id tag status currentAssignment { assignedOn } } } } }`;
const IN_USE = `query InUse($r: [_Any!]!) { _entities(representations: $r) { ... on Department { id assetsInUse { count purchaseCost { amount currency } } } } }`;

const DAY_MS = 86_400_000;
const shift = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
const person = (roles: Principal['roles']): Principal => ({ employeeId: randomUUID(), roles });
const idOf = (who: Principal) => who.employeeId!;
const unique = () => randomBytes(4).toString('hex').toUpperCase();


describe('equipment', () => {
  let it_: ItForTest;
  let hr: HrEvents;
  let today: string;
  const d = (days: number) => shift(today, days);

  const itAdmin = person(['IT']);
  const manager = person(['MANAGER']);
  // Employed since long ago.
  const alice = person(['EMPLOYEE']);
  const bob = person(['EMPLOYEE']);
  const carol = person(['EMPLOYEE']);
  // Holds only what the filter test gives her.
  const dana = person(['EMPLOYEE']);
  // Started ten days ago.
  const newcomer = person(['EMPLOYEE']);
  // HR never hired him, as far as IT knows.
  const stranger = person(['EMPLOYEE']);
  // Her last day was fifteen days ago.
  const leaver = person(['EMPLOYEE']);
  // The departments of Department.assetsInUse, and their people.
  const design = randomUUID();
  const support = randomUUID();
  const quiet = randomUUID();
  const designer = person(['EMPLOYEE']);
  const supporter = person(['EMPLOYEE']);
  // Moved from design to support five days ago; and one moving to support in five days.
  const moved = person(['EMPLOYEE']);
  const moving = person(['EMPLOYEE']);
  const sales = randomUUID();

  const call = <T>(query: string, variables: Record<string, unknown>, who: Principal = itAdmin) => it_.call<T>(query, variables, who);

  const registerAnswer = (fields: Record<string, unknown> = {}, who: Principal = itAdmin) =>
    call<{ registerAsset: Asset }>(
      REGISTER,
      {
        input: {
          category: 'LAPTOP',
          manufacturer: 'Lenovo',
          model: 'ThinkPad T14 Gen 5',
          serialNumber: `SN-${unique()}`,
          purchaseDate: d(-30),
          purchaseCost: '1499.00',
          currency: 'EUR',
          ...fields,
        },
      },
      who,
    );
  const register = async (fields: Record<string, unknown> = {}) => ok(await registerAnswer(fields)).registerAsset;
  const assign = (asset: Asset, employee: Principal, fields: Record<string, unknown> = {}, who: Principal = itAdmin) =>
    call<{ assignAsset: Asset }>(ASSIGN, { input: { assetId: asset.id, expectedVersion: asset.version, employeeId: idOf(employee), ...fields } }, who);
  const giveBack = (asset: Asset, condition: Condition, fields: Record<string, unknown> = {}, who: Principal = itAdmin) =>
    call<{ returnAsset: Asset }>(RETURN, { input: { assetId: asset.id, expectedVersion: asset.version, condition, ...fields } }, who);
  const repair = (asset: Asset, fields: Record<string, unknown> = {}, who: Principal = itAdmin) =>
    call<{ sendToRepair: Asset }>(REPAIR, { input: { assetId: asset.id, expectedVersion: asset.version, ...fields } }, who);
  const lose = (asset: Asset, fields: Record<string, unknown> = {}, who: Principal = itAdmin) =>
    call<{ markAssetLost: Asset }>(LOSE, { input: { assetId: asset.id, expectedVersion: asset.version, ...fields } }, who);
  const retire = (asset: Asset, fields: Record<string, unknown> = {}, who: Principal = itAdmin) =>
    call<{ retireAsset: Asset }>(RETIRE, { input: { assetId: asset.id, expectedVersion: asset.version, ...fields } }, who);
  const reload = async (asset: Asset) => ok(await call<{ asset: Asset }>(ONE, { id: asset.id })).asset;
  const listed = async (filter: Record<string, unknown>, first?: number, after?: string) => ok(await call<{ assets: Page }>(LIST, { filter, first, after })).assets;

  // Each change by name, as the status tests apply them.
  type Change = 'assign' | 'return' | 'repair' | 'lose' | 'retire';
  const apply = async (change: Change, asset: Asset): Promise<GraphQLResponse<Record<string, Asset>>> => {
    if (change === 'assign') return assign(asset, alice);
    if (change === 'return') return giveBack(asset, 'GOOD');
    if (change === 'repair') return repair(asset);
    if (change === 'lose') return lose(asset);
    return retire(asset);
  };
  const resultOf = (answer: GraphQLResponse<Record<string, Asset>>) => Object.values(ok(answer))[0]!;
  // An asset brought into a status through the commands.
  const inStatus = async (status: Status): Promise<Asset> => {
    const asset = await register();
    if (status === 'IN_STOCK') return asset;
    if (status === 'ASSIGNED') return ok(await assign(asset, alice)).assignAsset;
    if (status === 'IN_REPAIR') return ok(await repair(asset)).sendToRepair;
    if (status === 'LOST') return ok(await lose(asset)).markAssetLost;
    return ok(await retire(asset)).retireAsset;
  };

  // What the service wrote about one asset.
  const trailOf = async (assetId: string) => {
    const events = (
      await it_.admin.query<{ type: string; data: Record<string, unknown>; actor: string; sequence: number }>(
        `SELECT event_type AS type, envelope->'data' AS data, envelope->>'actor' AS actor, (envelope->>'sequence')::int AS sequence FROM outbox_events WHERE topic = 'it.asset.v1' AND message_key = $1 ORDER BY id`,
        [assetId],
      )
    ).rows;
    const audits = (
      await it_.admin.query<{ action: string; actor: string; changes: Record<string, unknown> }>(`SELECT action, actor, changes FROM audit_log WHERE entity_type = 'asset' AND entity_id = $1 ORDER BY id`, [assetId])
    ).rows;
    const history = (
      await it_.admin.query<{ action: string; status: string; employeeId: string | null; condition: string | null; occurredOn: string; actor: string }>(
        `SELECT action, status, employee_id AS "employeeId", condition, occurred_on::text AS "occurredOn", actor FROM asset_history WHERE asset_id = $1 ORDER BY id`,
        [assetId],
      )
    ).rows;
    return { events, audits, history };
  };
  // Everything equipment commands write, counted: a refused command must leave it as it was.
  const written = async () =>
    (
      await it_.admin.query<Written>(
        `SELECT (SELECT count(*)::int FROM assets) AS assets, (SELECT count(*)::int FROM asset_models) AS models, (SELECT count(*)::int FROM asset_assignments) AS assignments,
                (SELECT count(*)::int FROM asset_history) AS history, (SELECT count(*)::int FROM outbox_events WHERE topic = 'it.asset.v1') AS events,
                (SELECT count(*)::int FROM audit_log WHERE entity_type = 'asset') AS audits,
                (SELECT coalesce(sum(version), 0)::int FROM assets) AS versions`,
      )
    ).rows[0]!;
  const openAssignmentsOf = async (assetId: string) =>
    (await it_.admin.query<{ employeeId: string }>(`SELECT employee_id AS "employeeId" FROM asset_assignments WHERE asset_id = $1 AND returned_on IS NULL`, [assetId])).rows;

  beforeAll(async () => {
    it_ = await startItForTest();
    today = (await it_.service.dataSource.query<Array<{ today: string }>>('SELECT business_today()::text AS today'))[0]!.today;
    const longAgo = d(-400);
    await it_.hire([
      ...[alice, bob, carol, dana, itAdmin, manager].map((who) => ({ employeeId: idOf(who), departmentId: sales, managerId: null, startDate: longAgo })),
      { employeeId: idOf(newcomer), departmentId: sales, managerId: null, startDate: d(-10) },
      { employeeId: idOf(designer), departmentId: design, managerId: null, startDate: longAgo },
      { employeeId: idOf(supporter), departmentId: support, managerId: null, startDate: longAgo },
    ]);
    // Hired, then transferred or gone, by HR's events published in order for each person.
    hr = await hrEvents(it_.env.KAFKA_PREFIX!, 'assets-test-hr', [employeeHired.topic]);
    const hireInDesign = (who: Principal) =>
      hr.publish(employeeHired, {
        employeeId: idOf(who),
        employeeNumber: `E-${idOf(who).slice(0, 8)}`,
        firstName: 'Test',
        lastName: 'Person',
        email: `person-${idOf(who).slice(0, 8)}@example.com`,
        title: 'Designer',
        departmentId: design,
        managerId: null,
        employmentType: 'FULL_TIME',
        startDate: longAgo,
      });
    await hireInDesign(leaver);
    await untilConsumed(it_.service.dataSource, await hr.publish(employeeTerminated, { employeeId: idOf(leaver), terminationDate: d(-15) }));
    for (const [who, effectiveDate] of [
      [moved, d(-5)],
      [moving, d(5)],
    ] as const) {
      await hireInDesign(who);
      const transfer = await hr.publish(employeeTransferred, {
        employeeId: idOf(who),
        fromDepartmentId: design,
        toDepartmentId: support,
        fromManagerId: null,
        toManagerId: null,
        fromTitle: 'Designer',
        toTitle: 'Support engineer',
        effectiveDate,
      });
      await untilConsumed(it_.service.dataSource, transfer);
    }
  });

  afterAll(async () => {
    await hr?.stop();
    await it_?.stop();
  });

  describe('registering', () => {
    // First in the file: the database is new, so the tags start at 1.
    it('registration numbers tags from AST-000001, one more each time; the asset starts IN_STOCK and NEW at version 1 with its model, category, cost and warranty, and records one event, audit and history row', async () => {
      const before = await written();
      const first = await register({ supplier: 'Bechtle', warrantyEndsOn: d(700), location: 'Berlin, shelf A', notes: 'Spare for new hires' });
      const second = await register({ category: 'MONITOR', manufacturer: 'Dell', model: 'U2723QE', purchaseCost: '529.90' });
      const third = await register({ category: 'PHONE', manufacturer: 'Apple', model: 'iPhone 15', purchaseCost: '899.00', currency: 'USD' });
      expect([first.tag, second.tag, third.tag]).toEqual(['AST-000001', 'AST-000002', 'AST-000003']);

      expect(first).toMatchObject({
        category: { code: 'LAPTOP', name: 'Laptop', usefulLifeMonths: 36 },
        model: { manufacturer: 'Lenovo', name: 'ThinkPad T14 Gen 5', category: { code: 'LAPTOP' } },
        purchaseDate: d(-30),
        purchaseCost: { amount: '1499.00', currency: 'EUR' },
        supplier: 'Bechtle',
        warrantyEndsOn: d(700),
        location: 'Berlin, shelf A',
        status: 'IN_STOCK',
        condition: 'NEW',
        notes: 'Spare for new hires',
        holder: null,
        currentAssignment: null,
        version: 1,
      });
      expect(third).toMatchObject({ category: { code: 'PHONE', usefulLifeMonths: 24 }, purchaseCost: { amount: '899.00', currency: 'USD' }, supplier: null, warrantyEndsOn: null, location: null, notes: null });

      const trail = await trailOf(first.id);
      expect(trail.events).toEqual([
        {
          type: assetRegistered.type,
          actor: idOf(itAdmin),
          sequence: 1,
          data: { assetId: first.id, tag: 'AST-000001', category: 'LAPTOP', manufacturer: 'Lenovo', model: 'ThinkPad T14 Gen 5', purchaseDate: d(-30), purchaseCost: '1499.00', currency: 'EUR', usefulLifeMonths: 36 },
        },
      ]);
      expect(trail.audits).toEqual([{ action: 'asset.registered', actor: idOf(itAdmin), changes: expect.objectContaining({ tag: 'AST-000001', serialNumber: first.serialNumber }) }]);
      // The history starts on the purchase date.
      expect(trail.history).toEqual([{ action: 'REGISTERED', status: 'IN_STOCK', employeeId: null, condition: 'NEW', occurredOn: d(-30), actor: idOf(itAdmin) }]);
      const after = await written();
      expect({ assets: after.assets - before.assets, events: after.events - before.events, audits: after.audits - before.audits, history: after.history - before.history }).toEqual({
        assets: 3,
        events: 3,
        audits: 3,
        history: 3,
      });
    });

    it('a serial number already registered, in any case, is refused naming input.serialNumber and the tag that has it, and nothing is written', async () => {
      const serialNumber = `pf-${unique().toLowerCase()}`;
      const taken = await register({ serialNumber });
      const before = await written();

      const again = await registerAnswer({ serialNumber: serialNumber.toUpperCase(), category: 'MONITOR', manufacturer: 'Dell', model: 'U2723QE' });
      expect(codeOf(again)).toBe('BAD_USER_INPUT');
      expect(fieldsOf(again)).toEqual(['input.serialNumber']);
      expect(errorOf(again).message).toContain(taken.tag);
      expect(await written()).toEqual(before);
    });

    it('a model is known once per manufacturer and name, whatever the case: a second registration reuses it, and registering it under another category is refused', async () => {
      const name = `Latitude ${unique()}`;
      const first = await register({ manufacturer: 'Dell', model: name });
      const second = await register({ manufacturer: 'DELL', model: name.toLowerCase() });
      expect(second.model).toEqual(first.model);
      expect(second.model).toMatchObject({ manufacturer: 'Dell', name, category: { code: 'LAPTOP' } });
      const before = await written();

      const mismatch = await registerAnswer({ category: 'MONITOR', manufacturer: 'dell', model: name });
      expect(codeOf(mismatch)).toBe('BAD_USER_INPUT');
      expect(fieldsOf(mismatch)).toEqual(['input.category']);
      expect(errorOf(mismatch).message).toContain('LAPTOP');
      expect(await written()).toEqual(before);
    });

    it('a purchase date after today is refused, and so is a warranty that ends before the purchase; nothing is written', async () => {
      const before = await written();
      const future = await registerAnswer({ purchaseDate: d(1) });
      expect(codeOf(future)).toBe('BAD_USER_INPUT');
      expect(fieldsOf(future)).toEqual(['input.purchaseDate']);

      const warranty = await registerAnswer({ purchaseDate: d(-10), warrantyEndsOn: d(-11) });
      expect(codeOf(warranty)).toBe('BAD_USER_INPUT');
      expect(fieldsOf(warranty)).toEqual(['input.warrantyEndsOn']);

      // Today, and a warranty ending on the purchase day, are fine.
      const bought = await register({ purchaseDate: today, warrantyEndsOn: today });
      expect(bought).toMatchObject({ purchaseDate: today, warrantyEndsOn: today });
      const after = await written();
      expect(after.assets - before.assets).toBe(1);
      expect(after.events - before.events).toBe(1);
    });
  });

  describe('assigning', () => {
    it('assigning hands the asset to someone employed that day: ASSIGNED with its holder and open hand-over, the condition out, handed over by the caller, a loan with its return date; one event, audit and history row', async () => {
      const asset = await register({ purchaseDate: d(-20), condition: 'GOOD' });
      const assigned = ok(await assign(asset, bob, { assignedOn: d(-3), condition: 'FAIR', expectedReturnOn: d(30), notes: 'For the trade fair' }, manager)).assignAsset;

      expect(assigned).toMatchObject({ status: 'ASSIGNED', condition: 'FAIR', holder: { id: idOf(bob) }, version: 2 });
      expect(assigned.currentAssignment).toEqual({
        employee: { id: idOf(bob) },
        assignedOn: d(-3),
        expectedReturnOn: d(30),
        conditionOut: 'FAIR',
        handedOverBy: idOf(manager),
        returnedOn: null,
        conditionIn: null,
        receivedBy: null,
        returnNotes: null,
        endedAs: null,
      });
      expect(await reload(asset)).toEqual(assigned);

      const trail = await trailOf(asset.id);
      expect(trail.events).toHaveLength(2);
      expect(trail.events[1]).toEqual({
        type: assetAssigned.type,
        actor: idOf(manager),
        sequence: 2,
        data: { assetId: asset.id, tag: asset.tag, category: 'LAPTOP', employeeId: idOf(bob), assignedOn: d(-3), expectedReturnOn: d(30), condition: 'FAIR' },
      });
      expect(trail.audits.map((audit) => audit.action)).toEqual(['asset.registered', 'asset.assigned']);
      expect(trail.audits[1]).toMatchObject({ actor: idOf(manager), changes: { from: 'IN_STOCK', to: 'ASSIGNED', employeeId: idOf(bob), condition: 'FAIR', occurredOn: d(-3) } });
      expect(trail.history[1]).toEqual({ action: 'ASSIGNED', status: 'ASSIGNED', employeeId: idOf(bob), condition: 'FAIR', occurredOn: d(-3), actor: idOf(manager) });
    });

    it('without a date or condition the hand-over is today, in the condition last recorded, and not a loan', async () => {
      const asset = await register({ condition: 'POOR' });
      const assigned = ok(await assign(asset, carol)).assignAsset;
      expect(assigned.condition).toBe('POOR');
      expect(assigned.currentAssignment).toMatchObject({ employee: { id: idOf(carol) }, assignedOn: today, expectedReturnOn: null, conditionOut: 'POOR', handedOverBy: idOf(itAdmin) });
    });

    it('assigning to someone not employed on that date (not started yet, gone, or never hired) is refused naming input.employeeId, and nothing is written', async () => {
      const asset = await register({ purchaseDate: d(-60) });
      const before = await written();

      const beforeStart = await assign(asset, newcomer, { assignedOn: d(-20) });
      expect(codeOf(beforeStart)).toBe('BAD_USER_INPUT');
      expect(fieldsOf(beforeStart)).toEqual(['input.employeeId']);
      expect(errorOf(beforeStart).message).toContain(d(-20));
      const afterLastDay = await assign(asset, leaver, { assignedOn: d(-14) });
      expect(codeOf(afterLastDay)).toBe('BAD_USER_INPUT');
      expect(fieldsOf(afterLastDay)).toEqual(['input.employeeId']);
      const neverHired = await assign(asset, stranger);
      expect(codeOf(neverHired)).toBe('BAD_USER_INPUT');
      expect(fieldsOf(neverHired)).toEqual(['input.employeeId']);
      expect(await written()).toEqual(before);
      expect(await reload(asset)).toEqual(asset);

      // On their last day, and from their start date on, they can be given it.
      const lastDay = ok(await assign(asset, leaver, { assignedOn: d(-15) })).assignAsset;
      expect(lastDay.holder).toEqual({ id: idOf(leaver) });
      const back = ok(await giveBack(lastDay, 'GOOD', { returnedOn: d(-15) })).returnAsset;
      const assigned = ok(await assign(back, newcomer, { assignedOn: d(-10) })).assignAsset;
      expect(assigned.holder).toEqual({ id: idOf(newcomer) });
    });

    it('a hand-over dated after today, before the asset\'s last recorded change, or a loan ending before it starts, is refused naming the date, and nothing is written', async () => {
      const asset = await register({ purchaseDate: d(-30) });
      const before = await written();

      const future = await assign(asset, alice, { assignedOn: d(1) });
      expect(codeOf(future)).toBe('BAD_USER_INPUT');
      expect(fieldsOf(future)).toEqual(['input.assignedOn']);
      const beforeRegistration = await assign(asset, alice, { assignedOn: d(-31) });
      expect(codeOf(beforeRegistration)).toBe('BAD_USER_INPUT');
      expect(fieldsOf(beforeRegistration)).toEqual(['input.assignedOn']);
      expect(errorOf(beforeRegistration).message).toContain(d(-30));
      const loanBackwards = await assign(asset, alice, { assignedOn: d(-5), expectedReturnOn: d(-6) });
      expect(codeOf(loanBackwards)).toBe('BAD_USER_INPUT');
      expect(fieldsOf(loanBackwards)).toEqual(['input.expectedReturnOn']);
      // Today's hand-over, a loan due yesterday.
      const dueBeforeToday = await assign(asset, alice, { expectedReturnOn: d(-1) });
      expect(codeOf(dueBeforeToday)).toBe('BAD_USER_INPUT');
      expect(fieldsOf(dueBeforeToday)).toEqual(['input.expectedReturnOn']);
      expect(await written()).toEqual(before);

      // Later changes are dated on or after the hand-over too.
      const assigned = ok(await assign(asset, alice, { assignedOn: d(-10) })).assignAsset;
      const early = await giveBack(assigned, 'GOOD', { returnedOn: d(-11) });
      expect(codeOf(early)).toBe('BAD_USER_INPUT');
      expect(fieldsOf(early)).toEqual(['input.returnedOn']);
      const tomorrow = await repair(assigned, { occurredOn: d(1) });
      expect(codeOf(tomorrow)).toBe('BAD_USER_INPUT');
      expect(fieldsOf(tomorrow)).toEqual(['input.occurredOn']);
      expect(await reload(asset)).toEqual(assigned);
    });

    it('two assignments of one asset at once, to two people with the same version: exactly one wins, the other gets CONFLICT, and one hand-over is open (5 rounds)', async () => {
      const rounds = 5;
      let seen = 0;
      for (let round = 1; round <= rounds; round += 1) {
        const asset = await register();
        const [toAlice, toBob] = await Promise.all([assign(asset, alice), assign(asset, bob)]);
        const answers = [
          { who: alice, answer: toAlice },
          { who: bob, answer: toBob },
        ];
        const won = answers.filter(({ answer }) => !answer.errors);
        const lost = answers.filter(({ answer }) => answer.errors);
        expect(won).toHaveLength(1);
        expect(lost).toHaveLength(1);
        expect(codeOf(lost[0]!.answer)).toBe('CONFLICT');
        const winner = idOf(won[0]!.who);
        expect(won[0]!.answer.data!.assignAsset).toMatchObject({ status: 'ASSIGNED', holder: { id: winner }, version: 2 });

        expect(await openAssignmentsOf(asset.id)).toEqual([{ employeeId: winner }]);
        expect(await reload(asset)).toMatchObject({ status: 'ASSIGNED', holder: { id: winner }, version: 2 });
        const trail = await trailOf(asset.id);
        expect(trail.events.map((event) => event.type)).toEqual([assetRegistered.type, assetAssigned.type]);
        expect(trail.history.map((entry) => entry.action)).toEqual(['REGISTERED', 'ASSIGNED']);
        seen += 1;
      }
      expect(seen).toBe(rounds);
    });
  });

  describe('returning, repair, loss and retirement', () => {
    it('a return from the holder ends the hand-over with the condition, notes and who received it, and puts the asset back in stock at the location given', async () => {
      const assigned = ok(await assign(await register({ purchaseDate: d(-40) }), alice, { assignedOn: d(-30) })).assignAsset;
      const returned = ok(await giveBack(assigned, 'POOR', { returnedOn: d(-2), notes: 'Cracked screen', location: 'Repair shelf' }, manager)).returnAsset;
      expect(returned).toMatchObject({ status: 'IN_STOCK', condition: 'POOR', location: 'Repair shelf', holder: null, currentAssignment: null, version: 3 });

      const { assignments } = ok(await call<{ asset: { assignments: Assignment[] } }>(TIMELINE, { id: assigned.id })).asset;
      expect(assignments).toEqual([
        {
          employee: { id: idOf(alice) },
          assignedOn: d(-30),
          expectedReturnOn: null,
          conditionOut: 'NEW',
          handedOverBy: idOf(itAdmin),
          returnedOn: d(-2),
          conditionIn: 'POOR',
          receivedBy: idOf(manager),
          returnNotes: 'Cracked screen',
          endedAs: 'RETURNED',
        },
      ]);
      const trail = await trailOf(assigned.id);
      expect(trail.events.at(-1)).toEqual({
        type: assetReturned.type,
        actor: idOf(manager),
        sequence: 3,
        data: { assetId: assigned.id, tag: assigned.tag, category: 'LAPTOP', employeeId: idOf(alice), returnedOn: d(-2), condition: 'POOR', from: 'ASSIGNED' },
      });
      expect(trail.audits.at(-1)).toMatchObject({ action: 'asset.returned', actor: idOf(manager), changes: { from: 'ASSIGNED', to: 'IN_STOCK', employeeId: idOf(alice), condition: 'POOR' } });
      expect(trail.history.at(-1)).toEqual({ action: 'RETURNED', status: 'IN_STOCK', employeeId: idOf(alice), condition: 'POOR', occurredOn: d(-2), actor: idOf(manager) });
    });

    it('sending to repair from the holder ends the hand-over as SENT_TO_REPAIR; back from repair it is in stock again with no hand-over touched', async () => {
      const assigned = ok(await assign(await register(), bob, { assignedOn: d(-7) })).assignAsset;
      const inRepair = ok(await repair(assigned, { occurredOn: d(-4), notes: 'Hinge broken' })).sendToRepair;
      expect(inRepair).toMatchObject({ status: 'IN_REPAIR', holder: null, currentAssignment: null, version: 3 });
      const afterRepair = await trailOf(assigned.id);
      expect(afterRepair.events.at(-1)).toEqual({
        type: assetSentToRepair.type,
        actor: idOf(itAdmin),
        sequence: 3,
        data: { assetId: assigned.id, tag: assigned.tag, category: 'LAPTOP', employeeId: idOf(bob), sentOn: d(-4) },
      });
      expect(afterRepair.audits.at(-1)).toMatchObject({ action: 'asset.sent-to-repair', changes: { from: 'ASSIGNED', to: 'IN_REPAIR', employeeId: idOf(bob) } });
      expect(afterRepair.history.at(-1)).toEqual({ action: 'SENT_TO_REPAIR', status: 'IN_REPAIR', employeeId: idOf(bob), condition: null, occurredOn: d(-4), actor: idOf(itAdmin) });

      const repaired = ok(await giveBack(inRepair, 'GOOD', { returnedOn: d(-1) })).returnAsset;
      expect(repaired).toMatchObject({ status: 'IN_STOCK', condition: 'GOOD', holder: null, version: 4 });
      const { assignments } = ok(await call<{ asset: { assignments: Assignment[] } }>(TIMELINE, { id: assigned.id })).asset;
      expect(assignments).toEqual([
        {
          employee: { id: idOf(bob) },
          assignedOn: d(-7),
          expectedReturnOn: null,
          conditionOut: 'NEW',
          handedOverBy: idOf(itAdmin),
          returnedOn: d(-4),
          conditionIn: null,
          receivedBy: idOf(itAdmin),
          returnNotes: 'Hinge broken',
          endedAs: 'SENT_TO_REPAIR',
        },
      ]);
      const trail = await trailOf(assigned.id);
      expect(trail.events.at(-1)).toMatchObject({ type: assetReturned.type, data: { employeeId: null, returnedOn: d(-1), condition: 'GOOD', from: 'IN_REPAIR' } });
      expect(trail.history.at(-1)).toMatchObject({ action: 'RETURNED', status: 'IN_STOCK', employeeId: null, condition: 'GOOD' });
    });

    it('an asset lost by its holder ends the hand-over as LOST; found, it comes back to stock', async () => {
      const assigned = ok(await assign(await register(), carol, { assignedOn: d(-9) })).assignAsset;
      const lost = ok(await lose(assigned, { occurredOn: d(-6), notes: 'Left on a train' })).markAssetLost;
      expect(lost).toMatchObject({ status: 'LOST', holder: null, currentAssignment: null, version: 3 });
      const afterLoss = await trailOf(assigned.id);
      expect(afterLoss.events.at(-1)).toEqual({
        type: assetLost.type,
        actor: idOf(itAdmin),
        sequence: 3,
        data: { assetId: assigned.id, tag: assigned.tag, category: 'LAPTOP', employeeId: idOf(carol), lostOn: d(-6) },
      });
      expect(afterLoss.audits.at(-1)).toMatchObject({ action: 'asset.lost', changes: { from: 'ASSIGNED', to: 'LOST', employeeId: idOf(carol) } });
      expect(afterLoss.history.at(-1)).toMatchObject({ action: 'LOST', status: 'LOST', employeeId: idOf(carol), occurredOn: d(-6) });

      const found = ok(await giveBack(lost, 'FAIR', { notes: 'Found by the railway' })).returnAsset;
      expect(found).toMatchObject({ status: 'IN_STOCK', condition: 'FAIR', version: 4 });
      const { assignments } = ok(await call<{ asset: { assignments: Assignment[] } }>(TIMELINE, { id: assigned.id })).asset;
      expect(assignments).toHaveLength(1);
      expect(assignments[0]).toMatchObject({ employee: { id: idOf(carol) }, returnedOn: d(-6), conditionIn: null, returnNotes: 'Left on a train', endedAs: 'LOST' });
      expect((await trailOf(assigned.id)).events.at(-1)).toMatchObject({ type: assetReturned.type, data: { employeeId: null, returnedOn: today, condition: 'FAIR', from: 'LOST' } });
    });

    it('retiring an asset someone holds is refused with CONFLICT saying to return it first; from stock, repair or lost it leaves the inventory for good', async () => {
      const assigned = ok(await assign(await register(), alice)).assignAsset;
      const before = await written();
      const refusal = await retire(assigned);
      expect(codeOf(refusal)).toBe('CONFLICT');
      expect(errorOf(refusal).message).toBe(`Asset ${assigned.tag} cannot be retired: it is with someone: return it (or report it lost) first.`);
      expect(errorOf(refusal).extensions).toMatchObject({ status: 'ASSIGNED', version: 2, holderId: idOf(alice) });
      expect(await written()).toEqual(before);
      expect(await reload(assigned)).toEqual(assigned);

      const lost = ok(await lose(assigned)).markAssetLost;
      const retired = ok(await retire(lost, { notes: 'Written off' })).retireAsset;
      expect(retired).toMatchObject({ status: 'RETIRED', holder: null, version: 4 });
      const trail = await trailOf(assigned.id);
      expect(trail.events.at(-1)).toEqual({ type: assetRetired.type, actor: idOf(itAdmin), sequence: 4, data: { assetId: assigned.id, tag: assigned.tag, category: 'LAPTOP', retiredOn: today, from: 'LOST' } });
      expect(trail.audits.at(-1)).toMatchObject({ action: 'asset.retired', changes: { from: 'LOST', to: 'RETIRED' } });
      expect(trail.history.at(-1)).toMatchObject({ action: 'RETIRED', status: 'RETIRED', employeeId: null, occurredOn: today });
    });

    it('every change the rules allow, from each status they allow it in, moves the asset to its new status and records one event, audit and history row', async () => {
      const allowed: Array<[Status, Change, Status]> = [
        ['IN_STOCK', 'assign', 'ASSIGNED'],
        ['ASSIGNED', 'return', 'IN_STOCK'],
        ['IN_REPAIR', 'return', 'IN_STOCK'],
        ['LOST', 'return', 'IN_STOCK'],
        ['IN_STOCK', 'repair', 'IN_REPAIR'],
        ['ASSIGNED', 'repair', 'IN_REPAIR'],
        ['IN_STOCK', 'lose', 'LOST'],
        ['ASSIGNED', 'lose', 'LOST'],
        ['IN_REPAIR', 'lose', 'LOST'],
        ['IN_STOCK', 'retire', 'RETIRED'],
        ['IN_REPAIR', 'retire', 'RETIRED'],
        ['LOST', 'retire', 'RETIRED'],
      ];
      let seen = 0;
      for (const [from, change, to] of allowed) {
        const asset = await inStatus(from);
        const before = await written();
        const changed = resultOf(await apply(change, asset));
        expect({ from, change, status: changed.status, version: changed.version }).toEqual({ from, change, status: to, version: asset.version + 1 });
        expect(changed.holder === null).toBe(to !== 'ASSIGNED');
        const after = await written();
        expect({ from, change, events: after.events - before.events, audits: after.audits - before.audits, history: after.history - before.history }).toEqual({ from, change, events: 1, audits: 1, history: 1 });
        seen += 1;
      }
      expect(seen).toBe(12);
    });

    it('each change that does not fit the status is refused with CONFLICT naming the status and why, and the asset, its history, events and audit stay as they were', async () => {
      const refusedFrom: Array<[Status, Change, string]> = [
        ['IN_STOCK', 'return', 'cannot be returned: it is already in stock.'],
        ['ASSIGNED', 'assign', 'cannot be assigned: it is already with someone: return it first.'],
        ['ASSIGNED', 'retire', 'cannot be retired: it is with someone: return it (or report it lost) first.'],
        ['IN_REPAIR', 'assign', 'cannot be assigned: it is in repair: return it to stock when it is back.'],
        ['IN_REPAIR', 'repair', 'cannot be sent to repair: it is already in repair.'],
        ['LOST', 'assign', 'cannot be assigned: it is lost: return it to stock if it was found.'],
        ['LOST', 'repair', 'cannot be sent to repair: it is lost.'],
        ['LOST', 'lose', 'cannot be marked lost: it is already lost.'],
        ['RETIRED', 'assign', 'cannot be assigned: it is retired.'],
        ['RETIRED', 'return', 'cannot be returned: it is retired.'],
        ['RETIRED', 'repair', 'cannot be sent to repair: it is retired.'],
        ['RETIRED', 'lose', 'cannot be marked lost: it is retired.'],
        ['RETIRED', 'retire', 'cannot be retired: it is already retired.'],
      ];
      let seen = 0;
      for (const [status, change, why] of refusedFrom) {
        const asset = await inStatus(status);
        const before = await written();
        const refusal = await apply(change, asset);
        expect({ status, change, code: codeOf(refusal) }).toEqual({ status, change, code: 'CONFLICT' });
        expect(errorOf(refusal).message).toBe(`Asset ${asset.tag} ${why}`);
        expect(errorOf(refusal).extensions).toMatchObject({ status, version: asset.version });
        expect(await written()).toEqual(before);
        expect(await reload(asset)).toEqual(asset);
        seen += 1;
      }
      expect(seen).toBe(13);
    });

    it('a change sent with a stale version is refused with CONFLICT naming both versions, and nothing is written', async () => {
      const registered = await register();
      const assigned = ok(await assign(registered, alice)).assignAsset;
      const before = await written();
      // `registered` is version 1; the asset is at 2.
      const stale = await giveBack({ ...assigned, version: registered.version }, 'GOOD');
      expect(codeOf(stale)).toBe('CONFLICT');
      expect(errorOf(stale).extensions).toMatchObject({ expectedVersion: 1, currentVersion: 2 });
      const ahead = await lose({ ...assigned, version: 7 });
      expect(codeOf(ahead)).toBe('CONFLICT');
      expect(errorOf(ahead).extensions).toMatchObject({ expectedVersion: 7, currentVersion: 2 });
      expect(await written()).toEqual(before);
      expect(await reload(assigned)).toEqual(assigned);
    });

    it('an unknown asset is NOT_FOUND and an ill-formed one BAD_USER_INPUT', async () => {
      const missing = await repair({ id: randomUUID(), version: 1 } as Asset);
      expect(codeOf(missing)).toBe('NOT_FOUND');
      const illFormed = await repair({ id: 'not-an-id', version: 1 } as Asset);
      expect(codeOf(illFormed)).toBe('BAD_USER_INPUT');
    });
  });

  describe('history', () => {
    it('an asset\'s history tells every change in order with who recorded it, its assignments who had it when, in what condition and who handed it over; its events reach Kafka in order, keyed by the asset', async () => {
      const observer = new KafkaObserver(requiredEnv('KAFKA_BROKERS').split(','));
      await observer.start([`${it_.env.KAFKA_PREFIX}it.asset.v1`]);
      try {
        let asset = await register({ purchaseDate: d(-100), manufacturer: 'Apple', model: 'MacBook Pro 14' });
        asset = ok(await assign(asset, alice, { assignedOn: d(-90) })).assignAsset;
        asset = ok(await giveBack(asset, 'GOOD', { returnedOn: d(-60), notes: 'Scratched lid', location: 'Shelf B' }, manager)).returnAsset;
        asset = ok(await assign(asset, bob, { assignedOn: d(-50), expectedReturnOn: d(-20) }, manager)).assignAsset;
        asset = ok(await repair(asset, { occurredOn: d(-30), notes: 'Keyboard dead' })).sendToRepair;
        asset = ok(await giveBack(asset, 'FAIR', { returnedOn: d(-25) })).returnAsset;
        asset = ok(await assign(asset, carol, { assignedOn: d(-20) })).assignAsset;
        asset = ok(await lose(asset, { occurredOn: d(-10), notes: 'Stolen from a car' })).markAssetLost;
        asset = ok(await giveBack(asset, 'POOR', { returnedOn: d(-5), notes: 'Recovered by the police' })).returnAsset;
        asset = ok(await retire(asset, { notes: 'Beyond repair' })).retireAsset;
        expect(asset).toMatchObject({ status: 'RETIRED', condition: 'POOR', location: 'Shelf B', version: 10 });

        const timeline = ok(await call<{ asset: { history: HistoryEntry[]; assignments: Assignment[] } }>(TIMELINE, { id: asset.id })).asset;
        const byIt = idOf(itAdmin);
        const boss = idOf(manager);
        expect(timeline.history.map((entry) => [entry.action, entry.status, entry.employee?.id ?? null, entry.condition, entry.occurredOn, entry.actor, entry.notes])).toEqual([
          ['REGISTERED', 'IN_STOCK', null, 'NEW', d(-100), byIt, null],
          ['ASSIGNED', 'ASSIGNED', idOf(alice), 'NEW', d(-90), byIt, null],
          ['RETURNED', 'IN_STOCK', idOf(alice), 'GOOD', d(-60), boss, 'Scratched lid'],
          ['ASSIGNED', 'ASSIGNED', idOf(bob), 'GOOD', d(-50), boss, null],
          ['SENT_TO_REPAIR', 'IN_REPAIR', idOf(bob), null, d(-30), byIt, 'Keyboard dead'],
          ['RETURNED', 'IN_STOCK', null, 'FAIR', d(-25), byIt, null],
          ['ASSIGNED', 'ASSIGNED', idOf(carol), 'FAIR', d(-20), byIt, null],
          ['LOST', 'LOST', idOf(carol), null, d(-10), byIt, 'Stolen from a car'],
          ['RETURNED', 'IN_STOCK', null, 'POOR', d(-5), byIt, 'Recovered by the police'],
          ['RETIRED', 'RETIRED', null, null, today, byIt, 'Beyond repair'],
        ]);
        expect(timeline.assignments).toEqual([
          { employee: { id: idOf(alice) }, assignedOn: d(-90), expectedReturnOn: null, conditionOut: 'NEW', handedOverBy: byIt, returnedOn: d(-60), conditionIn: 'GOOD', receivedBy: boss, returnNotes: 'Scratched lid', endedAs: 'RETURNED' },
          { employee: { id: idOf(bob) }, assignedOn: d(-50), expectedReturnOn: d(-20), conditionOut: 'GOOD', handedOverBy: boss, returnedOn: d(-30), conditionIn: null, receivedBy: byIt, returnNotes: 'Keyboard dead', endedAs: 'SENT_TO_REPAIR' },
          { employee: { id: idOf(carol) }, assignedOn: d(-20), expectedReturnOn: null, conditionOut: 'FAIR', handedOverBy: byIt, returnedOn: d(-10), conditionIn: null, receivedBy: byIt, returnNotes: 'Stolen from a car', endedAs: 'LOST' },
        ]);

        const expected = [assetRegistered, assetAssigned, assetReturned, assetAssigned, assetSentToRepair, assetReturned, assetAssigned, assetLost, assetReturned, assetRetired].map((contract) => contract.type);
        const trail = await trailOf(asset.id);
        expect(trail.events.map((event) => event.type)).toEqual(expected);
        expect(trail.events.map((event) => event.sequence)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
        expect(trail.audits).toHaveLength(10);
        const published = () => observer.messages.filter((message) => message.key === asset.id).map((message) => JSON.parse(message.value) as { type: string; sequence: number });
        await observer.waitFor(() => published().length >= expected.length);
        expect(published().map((event) => [event.type, event.sequence])).toEqual(expected.map((type, index) => [type, index + 1]));
      } finally {
        await observer.stop();
      }
    });
  });

  describe('queries', () => {
    it('assets filters by status, category, holder, warranty end and search (tag, serial number, manufacturer, model or supplier, any case), newest first, with the total', async () => {
      const marker = `Qz${unique()}`;
      const byMaker = await register({ manufacturer: marker, model: 'Alpha', warrantyEndsOn: d(10) });
      const held = await register({ category: 'MONITOR', manufacturer: marker, model: 'Beta', warrantyEndsOn: d(400) });
      const byModel = await register({ manufacturer: 'HP', model: `EliteBook ${marker}` });
      const bySupplier = await register({ category: 'PHONE', manufacturer: 'Samsung', model: 'Galaxy S24', supplier: `${marker} Distribution`, warrantyEndsOn: d(-5), purchaseDate: d(-400) });
      const bySerial = await register({ category: 'PERIPHERAL', manufacturer: 'Logitech', model: 'MX Keys', serialNumber: `${marker}-0001` });
      ok(await assign(held, dana));
      const all = [bySerial, bySupplier, byModel, held, byMaker];

      const tagsOf = (page: Page) => page.edges.map((edge) => edge.node.tag);
      const everything = await listed({ search: marker.toLowerCase() });
      expect(tagsOf(everything)).toEqual(all.map((asset) => asset.tag));
      expect(everything.totalCount).toBe(5);
      expect(everything.pageInfo.hasNextPage).toBe(false);

      expect(tagsOf(await listed({ search: marker, status: 'ASSIGNED' }))).toEqual([held.tag]);
      expect(tagsOf(await listed({ search: marker, status: 'IN_STOCK' }))).toEqual([bySerial.tag, bySupplier.tag, byModel.tag, byMaker.tag]);
      expect(tagsOf(await listed({ search: marker, category: 'LAPTOP' }))).toEqual([byModel.tag, byMaker.tag]);
      // Warranties ending before the date, those already ended included.
      expect(tagsOf(await listed({ search: marker, warrantyEndsBefore: d(30) }))).toEqual([bySupplier.tag, byMaker.tag]);
      const danas = await listed({ holderId: idOf(dana) });
      expect(tagsOf(danas)).toEqual([held.tag]);
      expect(danas.totalCount).toBe(1);
      expect(tagsOf(await listed({ search: byMaker.tag.toLowerCase() }))).toEqual([byMaker.tag]);
      const none = await listed({ search: marker, status: 'LOST' });
      expect(none).toEqual({ edges: [], pageInfo: { hasNextPage: false, endCursor: null }, totalCount: 0 });
      // Wildcards are text.
      expect((await listed({ search: `${marker}%` })).totalCount).toBe(0);
    });

    it('assets pages with first and after: each page continues where the last ended, the total counts every page, and a cursor it did not give is refused', async () => {
      const marker = `Pg${unique()}`;
      const registered: Asset[] = [];
      for (let n = 0; n < 5; n += 1) registered.push(await register({ manufacturer: marker, model: `Model ${n}` }));
      const newestFirst = registered.map((asset) => asset.tag).reverse();

      const first = await listed({ search: marker }, 2);
      const second = await listed({ search: marker }, 2, first.pageInfo.endCursor!);
      const third = await listed({ search: marker }, 2, second.pageInfo.endCursor!);
      expect([first, second, third].map((page) => [page.edges.map((edge) => edge.node.tag), page.pageInfo.hasNextPage, page.totalCount])).toEqual([
        [newestFirst.slice(0, 2), true, 5],
        [newestFirst.slice(2, 4), true, 5],
        [newestFirst.slice(4), false, 5],
      ]);
      expect(first.pageInfo.endCursor).toBe(first.edges[1]!.cursor);

      const bad = await call(LIST, { filter: { search: marker }, first: 2, after: 'not-a-cursor' });
      expect(codeOf(bad)).toBe('BAD_USER_INPUT');
      expect(fieldsOf(bad)).toEqual(['after']);
      const tooMany = await call(LIST, { filter: { search: marker }, first: 500 });
      expect(codeOf(tooMany)).toBe('BAD_USER_INPUT');
    });

    it('asset(id) and assetByTag (any case) find the asset; an unknown id or tag is null for IT', async () => {
      const asset = await register({ notes: 'Docking station included' });
      expect(ok(await call<{ asset: Asset }>(ONE, { id: asset.id })).asset).toEqual(asset);
      expect(ok(await call<{ assetByTag: { id: string } }>(BY_TAG, { tag: asset.tag.toLowerCase() })).assetByTag).toEqual({ id: asset.id, tag: asset.tag });
      expect(ok(await call<{ asset: null }>(ONE, { id: randomUUID() })).asset).toBeNull();
      expect(ok(await call<{ assetByTag: null }>(BY_TAG, { tag: 'AST-999999' })).assetByTag).toBeNull();
    });

    it('Employee.assets lists what each person holds now, oldest hand-over first, for many employees in one request; someone holding nothing has an empty list', async () => {
      const holder = person(['EMPLOYEE']);
      const empty = person(['EMPLOYEE']);
      await it_.hire([holder, empty].map((who) => ({ employeeId: idOf(who), departmentId: sales, managerId: null, startDate: d(-100) })));
      const laterHandOver = ok(await assign(await register({ purchaseDate: d(-50) }), holder, { assignedOn: d(-5) })).assignAsset;
      const earlierHandOver = ok(await assign(await register({ purchaseDate: d(-50) }), holder, { assignedOn: d(-40) })).assignAsset;
      const gone = ok(await assign(await register({ purchaseDate: d(-50) }), holder, { assignedOn: d(-45) })).assignAsset;
      ok(await giveBack(gone, 'GOOD'));

      const answer = ok(
        await call<{ _entities: Array<{ id: string; assets: Array<{ id: string; tag: string; status: string; currentAssignment: { assignedOn: string } }> }> }>(EMPLOYEE_ASSETS, {
          r: [holder, empty].map((who) => ({ __typename: 'Employee', id: idOf(who) })),
        }),
      );
      expect(answer._entities).toEqual([
        {
          id: idOf(holder),
          assets: [
            { id: earlierHandOver.id, tag: earlierHandOver.tag, status: 'ASSIGNED', currentAssignment: { assignedOn: d(-40) } },
            { id: laterHandOver.id, tag: laterHandOver.tag, status: 'ASSIGNED', currentAssignment: { assignedOn: d(-5) } },
          ],
        },
        { id: idOf(empty), assets: [] },
      ]);
    });

    it('Department.assetsInUse counts what its people hold now, by their department today, with the purchase cost per currency', async () => {
      const inUse = async (...departments: string[]) =>
        ok(await call<{ _entities: Array<{ id: string; assetsInUse: { count: number; purchaseCost: Array<{ amount: string; currency: string }> } }> }>(IN_USE, {
          r: departments.map((id) => ({ __typename: 'Department', id })),
        }))._entities.map((department) => department.assetsInUse);

      ok(await assign(await register({ purchaseCost: '1000.10' }), designer));
      ok(await assign(await register({ purchaseCost: '200.05', currency: 'USD' }), designer));
      ok(await assign(await register({ purchaseCost: '0.90' }), supporter));
      // Transferred to support five days ago: support's now.
      ok(await assign(await register({ purchaseCost: '49.95' }), moved));
      // Moves to support in five days: design's today.
      ok(await assign(await register({ purchaseCost: '10.00' }), moving));
      // Back in stock: no one's.
      ok(await giveBack(ok(await assign(await register({ purchaseCost: '999.00' }), supporter)).assignAsset, 'GOOD'));

      expect(await inUse(design, support, quiet)).toEqual([
        { count: 3, purchaseCost: [{ amount: '1010.10', currency: 'EUR' }, { amount: '200.05', currency: 'USD' }] },
        { count: 2, purchaseCost: [{ amount: '50.85', currency: 'EUR' }] },
        { count: 0, purchaseCost: [] },
      ]);
      expect(await inUse(support)).toEqual([{ count: 2, purchaseCost: [{ amount: '50.85', currency: 'EUR' }] }]);

      // The same counts as this month's figure, read on today; nothing for a department whose
      // people hold nothing, nor for a year still to come.
      const trend = async (departmentId: string, year = Number(today.slice(0, 4))) =>
        ok(await call<{ equipmentInUseByMonth: Array<{ month: string; asOf: string; department: { id: string } | null; count: number }> }>(
          `query T($year: Int!, $d: ID) { equipmentInUseByMonth(year: $year, departmentId: $d) { month asOf department { id } count } }`,
          { year, d: departmentId },
        )).equipmentInUseByMonth;
      expect((await trend(design)).at(-1)).toEqual({ month: today.slice(0, 7), asOf: today, department: { id: design }, count: 3 });
      expect((await trend(support)).at(-1)).toEqual({ month: today.slice(0, 7), asOf: today, department: { id: support }, count: 2 });
      expect(await trend(quiet)).toEqual([]);
      expect(await trend(design, Number(today.slice(0, 4)) + 1)).toEqual([]);
      const byEmployee = await call(`{ equipmentInUseByMonth(year: 2026) { count } }`, {}, designer);
      expect(codeOf(byEmployee)).toBe('FORBIDDEN');
      const badYear = await call(`{ equipmentInUseByMonth(year: 1999) { count } }`, {});
      expect([codeOf(badYear), fieldsOf(badYear)]).toEqual(['BAD_USER_INPUT', ['year']]);
    });
  });

  describe('access', () => {
    it('an employee sees the asset they hold (by id, by tag, as Employee.assets) without its notes, history or assignments; someone else\'s, one in stock, and the inventory are FORBIDDEN', async () => {
      const holder: Principal = { employeeId: idOf(alice), roles: ['EMPLOYEE'] };
      const mine = ok(await assign(await register({ notes: 'BIOS password in the vault' }), alice)).assignAsset;
      const theirs = ok(await assign(await register(), bob)).assignAsset;
      const inStock = await register();

      const own = await call<{ asset: { id: string; tag: string; status: string; holder: { id: string } } }>(OWN, { id: mine.id }, holder);
      expect(ok(own).asset).toEqual({ id: mine.id, tag: mine.tag, status: 'ASSIGNED', holder: { id: idOf(alice) } });
      expect(ok(await call<{ assetByTag: { id: string } }>(BY_TAG, { tag: mine.tag }, holder)).assetByTag).toEqual({ id: mine.id, tag: mine.tag });

      // The guarded fields are null with FORBIDDEN at their paths; the rest of the asset stays.
      const guarded = await call<{ asset: { tag: string; notes: null; history: null; assignments: null } }>(`query G($id: ID!) { asset(id: $id) { tag notes history { action } assignments { assignedOn } } }`, { id: mine.id }, holder);
      expect(guarded.data?.asset).toEqual({ tag: mine.tag, notes: null, history: null, assignments: null });
      expect(guarded.errors?.map((error) => [error.path?.join('.'), error.extensions?.code]).sort()).toEqual([
        ['asset.assignments', 'FORBIDDEN'],
        ['asset.history', 'FORBIDDEN'],
        ['asset.notes', 'FORBIDDEN'],
      ]);

      for (const other of [theirs, inStock]) {
        const byId = await call<{ asset: null }>(ONE, { id: other.id }, holder);
        expect(codeOf(byId)).toBe('FORBIDDEN');
        expect(byId.data?.asset ?? null).toBeNull();
        expect(codeOf(await call(BY_TAG, { tag: other.tag }, holder))).toBe('FORBIDDEN');
      }
      // Whether an asset exists is not told either.
      expect(codeOf(await call(ONE, { id: randomUUID() }, holder))).toBe('FORBIDDEN');
      expect(codeOf(await call(LIST, {}, holder))).toBe('FORBIDDEN');

      const held = await call<{ _entities: Array<{ id: string; assets: Array<{ id: string }> | null }> }>(EMPLOYEE_ASSETS, { r: [alice, bob].map((who) => ({ __typename: 'Employee', id: idOf(who) })) }, holder);
      expect(held.data?._entities[0]!.assets?.map((asset) => asset.id)).toContain(mine.id);
      expect(held.data?._entities[1]).toEqual({ id: idOf(bob), assets: null });
      expect(held.errors?.map((error) => [error.path?.join('.'), error.extensions?.code])).toEqual([['_entities.1.assets', 'FORBIDDEN']]);

      const department = await call<{ _entities: Array<{ assetsInUse: null }> }>(IN_USE, { r: [{ __typename: 'Department', id: sales }] }, holder);
      expect(codeOf(department)).toBe('FORBIDDEN');
      expect(department.data?._entities[0]?.assetsInUse).toBeNull();

      // MANAGER sees the inventory like IT.
      expect(ok(await call<{ asset: { notes: string } }>(`query N($id: ID!) { asset(id: $id) { notes } }`, { id: mine.id }, manager)).asset.notes).toBe('BIOS password in the vault');
    });

    it('only IT and MANAGER run asset commands: EMPLOYEE, HR and ACCOUNTING get FORBIDDEN for each, and nothing is written', async () => {
      const inStock = await register();
      const assigned = ok(await assign(await register(), bob)).assignAsset;
      const before = await written();
      let seen = 0;
      for (const roles of [['EMPLOYEE'], ['HR'], ['ACCOUNTING']] as Array<Principal['roles']>) {
        const caller: Principal = { employeeId: idOf(alice), roles };
        const answers = [
          await registerAnswer({}, caller),
          await assign(inStock, alice, {}, caller),
          await giveBack(assigned, 'GOOD', {}, caller),
          await repair(assigned, {}, caller),
          await lose(assigned, {}, caller),
          await retire(inStock, {}, caller),
        ];
        for (const answer of answers) {
          expect({ roles, code: codeOf(answer) }).toEqual({ roles, code: 'FORBIDDEN' });
          seen += 1;
        }
      }
      expect(seen).toBe(18);
      expect(await written()).toEqual(before);
      expect(await reload(inStock)).toEqual(inStock);
      expect(await reload(assigned)).toEqual(assigned);
    });
  });
});

describe('equipment under a frozen business clock', () => {
  let frozen: ItForTest;
  const itAdmin: Principal = { employeeId: randomUUID(), roles: ['IT'] };

  beforeAll(async () => {
    frozen = await startItForTest(testEnvironment({ CLOCK_AT: '2026-06-30T12:00:00Z' }));
  });

  afterAll(async () => {
    await frozen?.stop();
  });

  // Business time dates the changes; when a row was written stays real time, so "newest first"
  // holds even when every registration happens at the same business instant.
  it('assets list newest first by when they were registered, not by the business clock', async () => {
    const tags: string[] = [];
    for (const n of [1, 2, 3, 4, 5]) {
      const answer = await frozen.call<{ registerAsset: { tag: string } }>(
        REGISTER,
        { input: { category: 'MONITOR', manufacturer: 'Dell', model: 'P2723D', serialNumber: `FROZEN-${randomBytes(4).toString('hex')}-${n}`, purchaseDate: '2026-06-01', purchaseCost: '289.00', currency: 'EUR' } },
        itAdmin,
      );
      expect(answer.errors).toBeUndefined();
      tags.push(answer.data!.registerAsset.tag);
    }
    const page = await frozen.call<{ assets: { edges: Array<{ node: { tag: string } }> } }>(`{ assets(first: 10) { edges { node { tag } } } }`, {}, itAdmin);
    expect(page.data!.assets.edges.map((edge) => edge.node.tag)).toEqual([...tags].reverse());
  });
});
