import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { employeeHired, employeeTerminated } from '@backoffice/events/hr-events';
import { accessGranted, accessRevoked, accessScheduled, accessSuspended } from '@backoffice/events/it-events';
import type { Principal } from '@backoffice/platform/identity';
import type { GraphQLResponse } from '@backoffice/testkit/graphql-client';
import { hrEvents, type HrEvents } from '@backoffice/testkit/hr-events';
import { eventually } from '@backoffice/testkit/kafka-observer';
import { employmentHistory } from '@backoffice/workforce/workforce.queries';
import { startItForTest, type ItForTest } from './support/it-test-service';
import { codeOf, errorOf, fieldsOf, ok } from './support/graphql-answers';

jest.setTimeout(120_000);

// Access management end to end on the real service: the catalogue of systems, each department's
// bundle, accounts granted, scheduled, suspended, resumed and revoked for people HR employs (hires
// and last days published for real to the workforce projection), what each command writes, who
// may see what, and the access review finding each kind of exception, with callers racing.

type ItSystem = { code: string; name: string; description: string | null; forEveryone: boolean };
type Bundle = {
  department: { id: string };
  systems: Array<{ code: string; forEveryone: boolean }>;
  equipment: Array<{ category: { code: string; name: string; usefulLifeMonths: number }; quantity: number }>;
  version: number;
  updatedBy: string | null;
  updatedAt: string | null;
};
type Account = { id: string; system: string; username: string; status: string; activeFrom: string; origin: string; revokedOn: string | null; employee: { id: string }; version: number };
type Finding = { kind: string; account: { id: string; system: string; status: string; revokedOn: string | null }; employee: { id: string }; department: { id: string } | null; detail: string };
type Written = { accounts: number; versions: number; history: number; audits: number; events: number; decisions: number };

const SYSTEM = 'code name description forEveryone';
const ADD_SYSTEM = `mutation Add($input: AddSystemInput!) { addSystem(input: $input) { ${SYSTEM} } }`;
const SYSTEMS = `query Systems { systems { ${SYSTEM} } }`;
const BUNDLE = 'department { id } systems { code forEveryone } equipment { category { code name usefulLifeMonths } quantity } version updatedBy updatedAt';
const SET_BUNDLE = `mutation SetBundle($input: SetAccessBundleInput!) { setAccessBundle(input: $input) { ${BUNDLE} } }`;
const BUNDLES = `query Bundles { accessBundles { department { id } version } }`;
const DEPARTMENT_BUNDLE = `query DepartmentBundle($r: [_Any!]!) { _entities(representations: $r) { ... on Department { id accessBundle { ${BUNDLE} } } } }`;
const CATEGORIES = `query Categories { assetCategories { code name usefulLifeMonths } }`;
const ACCOUNT = 'id system username status activeFrom origin revokedOn employee { id } version';
const GRANT = `mutation Grant($input: GrantAccessInput!) { grantAccess(input: $input) { ${ACCOUNT} } }`;
const SUSPEND = `mutation Suspend($input: AccountChangeInput!) { suspendAccess(input: $input) { ${ACCOUNT} } }`;
const REVOKE = `mutation Revoke($input: AccountChangeInput!) { revokeAccess(input: $input) { ${ACCOUNT} } }`;
const ACCOUNTS = `query Accounts($r: [_Any!]!) { _entities(representations: $r) { ... on Employee { id accounts { id system status history { status effectiveOn reason actor } } } } }`;
const FINDING = 'kind account { id system status revokedOn } employee { id } department { id } detail';
const REVIEW = `query Review($departmentId: ID) { accessReview(departmentId: $departmentId) { ${FINDING} } }`;
const DECIDE = `mutation Decide($input: ReviewAccessInput!) { reviewAccess(input: $input) { ${FINDING} } }`;

const DAY_MS = 86_400_000;
const shift = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
const person = (roles: Principal['roles'] = ['EMPLOYEE']): Principal => ({ employeeId: randomUUID(), roles });
const idOf = (who: Principal) => who.employeeId!;
const localPart = (who: Principal) => `person-${idOf(who).slice(0, 8)}`;

// Each field named once (a field breaking two rules is named twice).
const distinctFieldsOf = (answer: GraphQLResponse<unknown>) => [...new Set(fieldsOf(answer))];
const byAccount = (a: Finding, b: Finding) => a.account.id.localeCompare(b.account.id);

describe('access management', () => {
  let it_: ItForTest;
  let hr: HrEvents;
  let today: string;
  const d = (days: number) => shift(today, days);

  const itAdmin = person(['IT']);
  const manager = person(['MANAGER']);
  const hrOfficer = person(['HR']);
  const employee = person();

  // Engineering: hired with the systems for everyone, then given a bundle of its own.
  const engineering = randomUUID();
  const grantee = person();
  const suspendee = person();
  const revokee = person();
  const racer = person();
  // Starts in ten days.
  const starter = person();

  // Reviewed: a bundle of vpn and crm before anyone was hired there.
  const reviewed = randomUUID();
  // Holds source-control, which the bundle lacks.
  const extra = person();
  // Holds exactly the bundle.
  const exact = person();
  // Left three days ago; an account was left ACTIVE.
  const lateLeaver = person();
  // Left three days ago; everything was revoked.
  const goneLeaver = person();
  // Never employed, as far as IT knows, yet holds an account.
  const ghost = person();
  let ghostAccount: string;
  let lateLeaverAccount: string;
  let extraAccount: string;

  // Elsewhere: the systems for everyone only; its one person holds vpn too.
  const elsewhere = randomUUID();
  const outsider = person();
  let outsiderAccount: string;

  // Decided: findings made for reviewAccess, one per test.
  const decided = randomUUID();
  const decidee = person();
  let freshSystems = 0;

  const call = <T>(query: string, variables: Record<string, unknown>, who: Principal = itAdmin) => it_.call<T>(query, variables, who);
  const addSystem = (input: Record<string, unknown>, who: Principal = itAdmin) => call<{ addSystem: ItSystem }>(ADD_SYSTEM, { input }, who);
  const setBundle = (input: Record<string, unknown>, who: Principal = itAdmin) =>
    call<{ setAccessBundle: Bundle }>(SET_BUNDLE, { input: { systems: [], equipment: [], ...input } }, who);
  const departmentBundle = (departmentId: string, who: Principal = itAdmin) =>
    call<{ _entities: Array<{ id: string; accessBundle: Bundle | null }> }>(DEPARTMENT_BUNDLE, { r: [{ __typename: 'Department', id: departmentId }] }, who);
  const grant = (who: Principal, system: string, fields: Record<string, unknown> = {}, by: Principal = itAdmin) =>
    call<{ grantAccess: Account }>(GRANT, { input: { employeeId: idOf(who), system, reason: 'needs it for the job', ...fields } }, by);
  const suspend = (who: Principal, system: string, reason = 'laptop reported stolen', by: Principal = itAdmin) =>
    call<{ suspendAccess: Account }>(SUSPEND, { input: { employeeId: idOf(who), system, reason } }, by);
  const revoke = (who: Principal, system: string, reason = 'no longer needed', by: Principal = itAdmin) =>
    call<{ revokeAccess: Account }>(REVOKE, { input: { employeeId: idOf(who), system, reason } }, by);
  const review = (departmentId: string | null, who: Principal = manager) => call<{ accessReview: Finding[] }>(REVIEW, { departmentId }, who);
  const decide = (accountId: string, decision: 'CONFIRM' | 'REVOKE', reason = 'checked with the team lead', who: Principal = manager) =>
    call<{ reviewAccess: Finding }>(DECIDE, { input: { accountId, decision, reason } }, who);
  const findingsOf = async (departmentId: string | null, accountIds: readonly string[]) => ok(await review(departmentId)).accessReview.filter((finding) => accountIds.includes(finding.account.id));

  const forEveryone = async () => ok(await call<{ systems: ItSystem[] }>(SYSTEMS, {})).systems.filter((system) => system.forEveryone).map((system) => system.code).sort();
  // A system no bundle has, added for one test.
  const freshSystem = async () => {
    const code = `tool-${++freshSystems}`;
    ok(await addSystem({ code, name: `Tool ${freshSystems}` }));
    return code;
  };

  const trailOf = async (accountId: string) => {
    const [history, audits, events] = await Promise.all([
      it_.admin.query<{ status: string; effectiveOn: string; reason: string | null; actor: string }>(
        `SELECT status, effective_on::text AS "effectiveOn", reason, actor FROM system_account_history WHERE account_id = $1 ORDER BY id`,
        [accountId],
      ),
      it_.admin.query<{ action: string; actor: string; changes: Record<string, unknown> }>(`SELECT action, actor, changes FROM audit_log WHERE entity_type = 'system_account' AND entity_id = $1 ORDER BY id`, [accountId]),
      it_.admin.query<{ type: string; actor: string; data: Record<string, unknown> }>(
        `SELECT event_type AS type, envelope->>'actor' AS actor, envelope->'data' AS data FROM outbox_events WHERE topic = 'it.access.v1' AND message_key = $1 ORDER BY id`,
        [accountId],
      ),
    ]);
    return { history: history.rows, audits: audits.rows, events: events.rows };
  };
  // Everything the access commands write, counted: a refused command must leave it as it was.
  const written = async () =>
    (
      await it_.admin.query<Written>(
        `SELECT (SELECT count(*)::int FROM system_accounts) AS accounts, (SELECT coalesce(sum(version), 0)::int FROM system_accounts) AS versions,
                (SELECT count(*)::int FROM system_account_history) AS history, (SELECT count(*)::int FROM audit_log WHERE entity_type = 'system_account') AS audits,
                (SELECT count(*)::int FROM outbox_events WHERE topic = 'it.access.v1') AS events, (SELECT count(*)::int FROM access_review_decisions) AS decisions`,
      )
    ).rows[0]!;
  const bundleWritten = async () =>
    (
      await it_.admin.query<{ versions: number; systems: number; equipment: number; audits: number }>(
        `SELECT (SELECT coalesce(sum(version), 0)::int FROM access_bundles) AS versions, (SELECT count(*)::int FROM access_bundle_systems) AS systems,
                (SELECT count(*)::int FROM access_bundle_equipment) AS equipment, (SELECT count(*)::int FROM audit_log WHERE entity_type = 'access_bundle') AS audits`,
      )
    ).rows[0]!;
  const accountRows = async (who: Principal, system: string) =>
    (await it_.admin.query<{ id: string; status: string }>(`SELECT id, status FROM system_accounts WHERE employee_id = $1 AND system = $2 ORDER BY created_at`, [idOf(who), system])).rows;
  const liveSystemsOf = async (who: Principal) =>
    (await it_.admin.query<{ system: string }>(`SELECT system FROM system_accounts WHERE employee_id = $1 AND status <> 'REVOKED' ORDER BY system`, [idOf(who)])).rows.map((row) => row.system);
  // An account written straight to the table: what a failed leave or a hand-made account leaves.
  const insertAccount = async (employeeId: string, system: string, activeFrom: string) =>
    (
      await it_.admin.query<{ id: string }>(`INSERT INTO system_accounts (employee_id, system, username, status, active_from, origin) VALUES ($1, $2, $3, 'ACTIVE', $4, 'INDIVIDUAL') RETURNING id`, [
        employeeId,
        system,
        `user-${employeeId.slice(0, 8)}`,
        activeFrom,
      ])
    ).rows[0]!.id;

  beforeAll(async () => {
    it_ = await startItForTest();
    today = (await it_.service.dataSource.query<Array<{ today: string }>>('SELECT business_today()::text AS today'))[0]!.today;
    ok(await setBundle({ departmentId: reviewed, expectedVersion: 0, systems: ['vpn', 'crm'] }));

    const longAgo = d(-300);
    hr = await hrEvents(it_.env.KAFKA_PREFIX!, 'access-management-test-hr', [employeeHired.topic]);
    const hireAndLetGo = async (who: Principal) => {
      await hr.publish(employeeHired, {
        employeeId: idOf(who),
        employeeNumber: `E-${idOf(who).slice(0, 8)}`,
        firstName: 'Test',
        lastName: 'Leaver',
        email: `${localPart(who)}@example.com`,
        title: 'Analyst',
        departmentId: reviewed,
        managerId: null,
        employmentType: 'FULL_TIME',
        startDate: longAgo,
      });
      await hr.publish(employeeTerminated, { employeeId: idOf(who), terminationDate: d(-3) });
    };
    await Promise.all([
      it_.hire([
        ...[grantee, suspendee, revokee, racer].map((who) => ({ employeeId: idOf(who), departmentId: engineering, managerId: null, startDate: longAgo })),
        { employeeId: idOf(starter), departmentId: engineering, managerId: null, startDate: d(10) },
        ...[extra, exact].map((who) => ({ employeeId: idOf(who), departmentId: reviewed, managerId: null, startDate: longAgo })),
        { employeeId: idOf(outsider), departmentId: elsewhere, managerId: null, startDate: longAgo },
        { employeeId: idOf(decidee), departmentId: decided, managerId: null, startDate: longAgo },
      ]),
      hireAndLetGo(lateLeaver).then(() => hireAndLetGo(goneLeaver)),
    ]);
    // The joiners' bundles opened (the access-lifecycle consumer), the leavers' last day applied.
    const opened = async (who: Principal, count: number) =>
      eventually(async () => (await it_.admin.query<{ n: number }>(`SELECT count(*)::int AS n FROM system_accounts WHERE employee_id = $1`, [idOf(who)])).rows[0]!.n === count, 30_000);
    await Promise.all([
      ...[grantee, suspendee, revokee, racer, starter, outsider, decidee].map((who) => opened(who, 3)),
      ...[extra, exact].map((who) => opened(who, 5)),
      ...[lateLeaver, goneLeaver].map(async (who) => {
        await eventually(async () => (await employmentHistory(it_.service.dataSource, idOf(who))).at(-1)?.lastDay === d(-3), 30_000);
        await opened(who, 5);
        await eventually(async () => (await liveSystemsOf(who)).length === 0, 30_000);
      }),
    ]);
    ok(await setBundle({ departmentId: engineering, expectedVersion: 0, systems: ['source-control', 'it-admin'] }));

    extraAccount = ok(await grant(extra, 'source-control')).grantAccess.id;
    outsiderAccount = ok(await grant(outsider, 'vpn')).grantAccess.id;
    lateLeaverAccount = await insertAccount(idOf(lateLeaver), 'vpn', d(-30));
    ghostAccount = await insertAccount(idOf(ghost), 'vpn', d(-30));
  });

  afterAll(async () => {
    await hr?.stop();
    await it_?.stop();
  });

  describe('the catalogue of systems', () => {
    it('adding a system puts it in the catalogue everyone signed in reads, with one audit row', async () => {
      const added = ok(await addSystem({ code: 'design-tool', name: 'Design tool', description: 'Mock-ups and prototypes' }, manager)).addSystem;
      expect(added).toEqual({ code: 'design-tool', name: 'Design tool', description: 'Mock-ups and prototypes', forEveryone: false });

      const catalogue = ok(await call<{ systems: ItSystem[] }>(SYSTEMS, {}, employee)).systems;
      expect(catalogue).toContainEqual(added);
      expect(catalogue.map((system) => system.code)).toEqual(expect.arrayContaining(['email', 'sso', 'chat', 'vpn', 'source-control', 'crm']));
      expect(catalogue.filter((system) => system.code === 'design-tool')).toHaveLength(1);

      const audits = (await it_.admin.query(`SELECT action, actor FROM audit_log WHERE entity_type = 'it_system' AND entity_id = 'design-tool'`)).rows;
      expect(audits).toEqual([{ action: 'system.added', actor: idOf(manager) }]);
    });

    it.each([['Billing'], ['x'], ['billing_tool'], ['-billing'], ['2fa']])('the code %p is refused naming input.code: codes are lower-case letters, digits and dashes', async (code) => {
      const answer = await addSystem({ code, name: 'Billing' });
      expect(codeOf(answer)).toBe('BAD_USER_INPUT');
      expect(distinctFieldsOf(answer)).toEqual(['input.code']);
      expect(ok(await call<{ systems: ItSystem[] }>(SYSTEMS, {})).systems.map((system) => system.code)).not.toContain(code);
    });

    it('a code already in the catalogue is refused naming input.code, and the system stays as it was', async () => {
      ok(await addSystem({ code: 'wiki', name: 'Wiki' }));
      const audits = async () => (await it_.admin.query<{ n: number }>(`SELECT count(*)::int AS n FROM audit_log WHERE entity_type = 'it_system'`)).rows[0]!.n;
      const before = await audits();
      const again = await addSystem({ code: 'wiki', name: 'Another wiki', forEveryone: true });
      expect(codeOf(again)).toBe('BAD_USER_INPUT');
      expect(distinctFieldsOf(again)).toEqual(['input.code']);
      expect(await audits()).toBe(before);
      expect(ok(await call<{ systems: ItSystem[] }>(SYSTEMS, {})).systems.filter((system) => system.code === 'wiki')).toEqual([{ code: 'wiki', name: 'Wiki', description: null, forEveryone: false }]);
    });

    it('only IT and MANAGER add systems: HR and an employee get FORBIDDEN', async () => {
      for (const who of [hrOfficer, employee]) {
        expect(codeOf(await addSystem({ code: 'forbidden-tool', name: 'Forbidden' }, who))).toBe('FORBIDDEN');
      }
      expect(ok(await call<{ systems: ItSystem[] }>(SYSTEMS, {})).systems.map((system) => system.code)).not.toContain('forbidden-tool');
    });

    it('a system for everyone joins every bundle at once: a department with a bundle of its own and one without', async () => {
      const lonely = randomUUID();
      ok(await addSystem({ code: 'intranet', name: 'Intranet', forEveryone: true }));
      const own = ok(await departmentBundle(reviewed))._entities[0]!.accessBundle!;
      const none = ok(await departmentBundle(lonely))._entities[0]!.accessBundle!;
      expect(own.systems.map((system) => system.code)).toContain('intranet');
      expect(none).toEqual({ department: { id: lonely }, systems: (await forEveryone()).map((code) => ({ code, forEveryone: true })), equipment: [], version: 0, updatedBy: null, updatedAt: null });
      expect(none.systems.map((system) => system.code)).toContain('intranet');
    });
  });

  describe('bundles', () => {
    it('a first bundle is saved at expectedVersion 0 as version 1, with the systems for everyone first and the kit with its categories; the next at version 1 replaces it whole', async () => {
      const department = randomUUID();
      const categories = ok(await call<{ assetCategories: Array<{ code: string; name: string; usefulLifeMonths: number }> }>(CATEGORIES, {})).assetCategories;
      const category = (code: string) => categories.find((candidate) => candidate.code === code)!;
      const everyone = await forEveryone();

      const first = ok(
        await setBundle({ departmentId: department, expectedVersion: 0, systems: ['vpn', 'source-control'], equipment: [{ category: 'MONITOR', quantity: 2 }, { category: 'LAPTOP', quantity: 1 }] }),
      ).setAccessBundle;
      expect(first).toEqual({
        department: { id: department },
        systems: [...everyone.map((code) => ({ code, forEveryone: true })), { code: 'source-control', forEveryone: false }, { code: 'vpn', forEveryone: false }],
        equipment: [
          { category: category('LAPTOP'), quantity: 1 },
          { category: category('MONITOR'), quantity: 2 },
        ],
        version: 1,
        updatedBy: idOf(itAdmin),
        updatedAt: expect.any(String),
      });
      expect(category('LAPTOP')).toEqual({ code: 'LAPTOP', name: 'Laptop', usefulLifeMonths: 36 });

      const second = ok(await setBundle({ departmentId: department, expectedVersion: 1, systems: ['crm'], equipment: [{ category: 'PHONE', quantity: 1 }] }, manager)).setAccessBundle;
      expect(second).toMatchObject({
        systems: [...everyone.map((code) => ({ code, forEveryone: true })), { code: 'crm', forEveryone: false }],
        equipment: [{ category: category('PHONE'), quantity: 1 }],
        version: 2,
        updatedBy: idOf(manager),
      });
      expect(ok(await departmentBundle(department, hrOfficer))._entities[0]!.accessBundle).toEqual(second);

      const audits = (await it_.admin.query(`SELECT action, actor, changes FROM audit_log WHERE entity_type = 'access_bundle' AND entity_id = $1 ORDER BY id`, [department])).rows;
      expect(audits).toEqual([
        {
          action: 'access-bundle.set',
          actor: idOf(itAdmin),
          changes: {
            systems: { from: everyone, to: [...everyone, 'source-control', 'vpn'] },
            equipment: {
              from: [],
              to: [
                { category: 'LAPTOP', quantity: 1 },
                { category: 'MONITOR', quantity: 2 },
              ],
            },
          },
        },
        {
          action: 'access-bundle.set',
          actor: idOf(manager),
          changes: { systems: { from: [...everyone, 'source-control', 'vpn'], to: [...everyone, 'crm'] }, equipment: { from: expect.any(Array), to: [{ category: 'PHONE', quantity: 1 }] } },
        },
      ]);
    });

    it('a bundle saved against a version that is not the current one is refused with CONFLICT naming both versions, and nothing changes', async () => {
      const department = randomUUID();
      ok(await setBundle({ departmentId: department, expectedVersion: 0, systems: ['vpn'] }));
      const saved = ok(await setBundle({ departmentId: department, expectedVersion: 1, systems: ['crm'] })).setAccessBundle;
      const before = await bundleWritten();

      for (const expectedVersion of [1, 0, 3]) {
        const stale = await setBundle({ departmentId: department, expectedVersion, systems: ['it-admin'] });
        expect(codeOf(stale)).toBe('CONFLICT');
        expect(errorOf(stale).extensions).toMatchObject({ expectedVersion, currentVersion: 2 });
      }
      expect(await bundleWritten()).toEqual(before);
      expect(ok(await departmentBundle(department))._entities[0]!.accessBundle).toEqual(saved);
    });

    it('a system not in the catalogue is refused naming input.systems, and nothing is written', async () => {
      const department = randomUUID();
      const before = await bundleWritten();
      const answer = await setBundle({ departmentId: department, expectedVersion: 0, systems: ['vpn', 'no-such-system'] });
      expect(codeOf(answer)).toBe('BAD_USER_INPUT');
      expect(distinctFieldsOf(answer)).toEqual(['input.systems']);
      expect(errorOf(answer).message).toContain('no-such-system');
      expect(await bundleWritten()).toEqual(before);
      expect(ok(await departmentBundle(department))._entities[0]!.accessBundle!.version).toBe(0);
    });

    it('a system or an equipment category named twice is refused naming the field, and nothing is written', async () => {
      const department = randomUUID();
      const before = await bundleWritten();
      const twiceSystem = await setBundle({ departmentId: department, expectedVersion: 0, systems: ['vpn', 'crm', 'vpn'] });
      expect(codeOf(twiceSystem)).toBe('BAD_USER_INPUT');
      expect(distinctFieldsOf(twiceSystem)).toEqual(['input.systems']);
      const twiceCategory = await setBundle({ departmentId: department, expectedVersion: 0, equipment: [{ category: 'LAPTOP', quantity: 1 }, { category: 'LAPTOP', quantity: 2 }] });
      expect(codeOf(twiceCategory)).toBe('BAD_USER_INPUT');
      expect(distinctFieldsOf(twiceCategory)).toEqual(['input.equipment']);
      expect(await bundleWritten()).toEqual(before);
    });

    it('the systems for everyone are in the bundle whatever is saved: named in it, they are listed once; left out, they are there anyway', async () => {
      const named = randomUUID();
      const left = randomUUID();
      const everyone = await forEveryone();
      const withEmail = ok(await setBundle({ departmentId: named, expectedVersion: 0, systems: ['email', 'vpn'] })).setAccessBundle;
      expect(withEmail.systems.map((system) => system.code)).toEqual([...everyone, 'vpn']);
      const empty = ok(await setBundle({ departmentId: left, expectedVersion: 0, systems: [] })).setAccessBundle;
      expect(empty.systems.map((system) => system.code)).toEqual(everyone);
      expect(empty.version).toBe(1);
    });

    it('Department.accessBundle is for IT, MANAGER and HR: an employee gets null with FORBIDDEN at that path; accessBundles lists the departments with a bundle of their own', async () => {
      for (const who of [itAdmin, manager, hrOfficer]) {
        expect(ok(await departmentBundle(reviewed, who))._entities[0]!.accessBundle).toMatchObject({ department: { id: reviewed }, version: 1 });
      }
      const denied = await departmentBundle(reviewed, employee);
      expect(denied.data?._entities).toEqual([{ id: reviewed, accessBundle: null }]);
      expect(errorOf(denied)).toMatchObject({ path: ['_entities', 0, 'accessBundle'], extensions: { code: 'FORBIDDEN' } });

      const listed = ok(await call<{ accessBundles: Array<{ department: { id: string }; version: number }> }>(BUNDLES, {}, hrOfficer)).accessBundles;
      expect(listed).toEqual(expect.arrayContaining([{ department: { id: reviewed }, version: 1 }, { department: { id: engineering }, version: 1 }]));
      expect(listed.map((bundle) => bundle.department.id)).not.toContain(elsewhere);
      expect(codeOf(await call(BUNDLES, {}, employee))).toBe('FORBIDDEN');
      expect(codeOf(await setBundle({ departmentId: randomUUID(), expectedVersion: 0 }, hrOfficer))).toBe('FORBIDDEN');
    });

    it('two bundles saved at once against the same version: one is saved, the other gets CONFLICT, and one audit row is written', async () => {
      const department = randomUUID();
      for (const expectedVersion of [0, 1, 2]) {
        const answers = await Promise.all([
          setBundle({ departmentId: department, expectedVersion, systems: ['vpn'] }),
          setBundle({ departmentId: department, expectedVersion, systems: ['crm'] }, manager),
        ]);
        const saved = answers.filter((answer) => !answer.errors);
        const refusedOnes = answers.filter((answer) => answer.errors);
        expect(saved).toHaveLength(1);
        expect(refusedOnes.map(codeOf)).toEqual(['CONFLICT']);
        expect(saved[0]!.data!.setAccessBundle.version).toBe(expectedVersion + 1);
      }
      const audits = (await it_.admin.query(`SELECT count(*)::int AS n FROM audit_log WHERE entity_type = 'access_bundle' AND entity_id = $1`, [department])).rows[0];
      expect(audits).toEqual({ n: 3 });
    });
  });

  describe('granting, suspending and revoking', () => {
    it('access from today is ACTIVE: BUNDLE when the department bundle has the system, INDIVIDUAL otherwise, each with one history row, one audit row and a granted event', async () => {
      const before = await written();
      const bundled = ok(await grant(grantee, 'source-control', { reason: 'joins the platform team' })).grantAccess;
      const individual = ok(await grant(grantee, 'vpn', { from: today, reason: 'works from home' }, manager)).grantAccess;
      expect(bundled).toMatchObject({ system: 'source-control', username: localPart(grantee), status: 'ACTIVE', activeFrom: today, origin: 'BUNDLE', revokedOn: null, employee: { id: idOf(grantee) }, version: 1 });
      expect(individual).toMatchObject({ system: 'vpn', username: localPart(grantee), status: 'ACTIVE', activeFrom: today, origin: 'INDIVIDUAL', revokedOn: null, version: 1 });

      expect(await trailOf(individual.id)).toEqual({
        history: [{ status: 'ACTIVE', effectiveOn: today, reason: 'works from home', actor: idOf(manager) }],
        audits: [{ action: 'access.granted', actor: idOf(manager), changes: { employeeId: idOf(grantee), system: 'vpn', activeFrom: today, origin: 'INDIVIDUAL', reason: 'works from home' } }],
        events: [{ type: accessGranted.type, actor: idOf(manager), data: { accountId: individual.id, employeeId: idOf(grantee), system: 'vpn', username: localPart(grantee) } }],
      });
      const bundledTrail = await trailOf(bundled.id);
      expect(bundledTrail.history).toHaveLength(1);
      expect(bundledTrail.audits).toHaveLength(1);
      expect(bundledTrail.events.map((event) => event.type)).toEqual([accessGranted.type]);
      expect(await written()).toEqual({ ...before, accounts: before.accounts + 2, versions: before.versions + 2, history: before.history + 2, audits: before.audits + 2, events: before.events + 2 });
    });

    it('access from a later date is SCHEDULED from that date, with a scheduled event; for a joiner, from their start date', async () => {
      const later = ok(await grant(grantee, 'crm', { from: d(7) })).grantAccess;
      expect(later).toMatchObject({ system: 'crm', status: 'SCHEDULED', activeFrom: d(7), origin: 'INDIVIDUAL' });
      expect(await trailOf(later.id)).toEqual({
        history: [{ status: 'SCHEDULED', effectiveOn: today, reason: 'needs it for the job', actor: idOf(itAdmin) }],
        audits: [{ action: 'access.scheduled', actor: idOf(itAdmin), changes: { employeeId: idOf(grantee), system: 'crm', activeFrom: d(7), origin: 'INDIVIDUAL', reason: 'needs it for the job' } }],
        events: [{ type: accessScheduled.type, actor: idOf(itAdmin), data: { accountId: later.id, employeeId: idOf(grantee), system: 'crm', activeFrom: d(7) } }],
      });

      const joiner = ok(await grant(starter, 'it-admin', { from: d(10) })).grantAccess;
      expect(joiner).toMatchObject({ status: 'SCHEDULED', activeFrom: d(10), origin: 'BUNDLE' });
    });

    it('access from a past date, for someone not employed on that date, or on a system not in the catalogue is refused naming the field, and nothing is written', async () => {
      const before = await written();
      const past = await grant(grantee, 'hr-system', { from: d(-1) });
      expect(codeOf(past)).toBe('BAD_USER_INPUT');
      expect(distinctFieldsOf(past)).toEqual(['input.from']);

      for (const [who, from] of [
        [ghost, today],
        [starter, today],
        [goneLeaver, today],
      ] as const) {
        const notEmployed = await grant(who, 'hr-system', { from });
        expect(codeOf(notEmployed)).toBe('BAD_USER_INPUT');
        expect(distinctFieldsOf(notEmployed)).toEqual(['input.employeeId']);
      }

      const unknown = await grant(grantee, 'no-such-system');
      expect(codeOf(unknown)).toBe('BAD_USER_INPUT');
      expect(distinctFieldsOf(unknown)).toEqual(['input.system']);
      const malformed = await grant(grantee, 'HR System');
      expect(codeOf(malformed)).toBe('BAD_USER_INPUT');
      expect(distinctFieldsOf(malformed)).toEqual(['input.system']);

      expect(await written()).toEqual(before);
      expect(await accountRows(ghost, 'hr-system')).toEqual([]);
      expect(await accountRows(grantee, 'hr-system')).toEqual([]);
    });

    it('access someone already holds live (active or scheduled) is refused with CONFLICT naming the account, and nothing is written', async () => {
      const [email] = await accountRows(grantee, 'email');
      const [scheduledEmail] = await accountRows(starter, 'email');
      const before = await written();
      const active = await grant(grantee, 'email');
      expect(codeOf(active)).toBe('CONFLICT');
      expect(errorOf(active).extensions).toMatchObject({ accountId: email!.id, status: 'ACTIVE' });
      const scheduled = await grant(starter, 'email', { from: d(10) });
      expect(codeOf(scheduled)).toBe('CONFLICT');
      expect(errorOf(scheduled).extensions).toMatchObject({ accountId: scheduledEmail!.id, status: 'SCHEDULED' });
      expect(await written()).toEqual(before);
    });

    it('two grants of the same system for one person at once open one account: the other caller gets CONFLICT', async () => {
      for (const system of ['vpn', 'crm', 'hr-system', 'accounting-system']) {
        const answers = await Promise.all([grant(racer, system), grant(racer, system, {}, manager)]);
        const granted = answers.filter((answer) => !answer.errors);
        const rows = await accountRows(racer, system);
        expect({ system, accounts: rows.length, granted: granted.map((answer) => answer.data!.grantAccess.id), refused: answers.filter((answer) => answer.errors).map(codeOf) }).toEqual({
          system,
          accounts: 1,
          granted: [rows[0]!.id],
          refused: ['CONFLICT'],
        });
        expect(rows).toEqual([{ id: rows[0]!.id, status: 'ACTIVE' }]);
        const trail = await trailOf(rows[0]!.id);
        expect([trail.history.length, trail.audits.length, trail.events.length]).toEqual([1, 1, 1]);
      }
    });

    it('suspending an ACTIVE account makes it SUSPENDED with the reason in its history and a suspended event; granting it again resumes the same account', async () => {
      const [account] = await accountRows(suspendee, 'chat');
      const suspended = ok(await suspend(suspendee, 'chat', 'laptop reported stolen', manager)).suspendAccess;
      expect(suspended).toMatchObject({ id: account!.id, system: 'chat', status: 'SUSPENDED', version: 2, revokedOn: null });
      let trail = await trailOf(account!.id);
      expect(trail.history.at(-1)).toEqual({ status: 'SUSPENDED', effectiveOn: today, reason: 'laptop reported stolen', actor: idOf(manager) });
      expect(trail.audits.at(-1)).toEqual({ action: 'access.suspended', actor: idOf(manager), changes: { from: 'ACTIVE', reason: 'laptop reported stolen' } });
      expect(trail.events.at(-1)).toEqual({ type: accessSuspended.type, actor: idOf(manager), data: { accountId: account!.id, employeeId: idOf(suspendee), system: 'chat' } });
      const counts = [trail.history.length, trail.audits.length, trail.events.length];

      const before = await written();
      // A suspended account resumes when granted again, today: not from a later date.
      const later = await grant(suspendee, 'chat', { reason: 'laptop found', from: d(3) });
      expect(codeOf(later)).toBe('BAD_USER_INPUT');
      expect(distinctFieldsOf(later)).toEqual(['input.from']);
      expect(await written()).toEqual(before);
      const resumed = ok(await grant(suspendee, 'chat', { reason: 'laptop found' })).grantAccess;
      expect(resumed).toMatchObject({ id: account!.id, status: 'ACTIVE', version: 3 });
      trail = await trailOf(account!.id);
      expect([trail.history.length, trail.audits.length, trail.events.length]).toEqual(counts.map((count) => count + 1));
      expect(trail.history.at(-1)).toEqual({ status: 'ACTIVE', effectiveOn: today, reason: 'laptop found', actor: idOf(itAdmin) });
      expect(trail.audits.at(-1)).toMatchObject({ action: 'access.granted', changes: { from: 'SUSPENDED', reason: 'laptop found' } });
      expect(trail.events.at(-1)).toEqual({ type: accessGranted.type, actor: idOf(itAdmin), data: { accountId: account!.id, employeeId: idOf(suspendee), system: 'chat', username: localPart(suspendee) } });
      expect(await written()).toEqual({ ...before, versions: before.versions + 1, history: before.history + 1, audits: before.audits + 1, events: before.events + 1 });
      expect(await accountRows(suspendee, 'chat')).toEqual([{ id: account!.id, status: 'ACTIVE' }]);
    });

    it('only an ACTIVE account is suspended, and only with a reason: a SCHEDULED or SUSPENDED one gets CONFLICT, none at all or no reason is refused, and nothing is written', async () => {
      ok(await suspend(suspendee, 'sso'));
      const before = await written();
      const again = await suspend(suspendee, 'sso');
      expect(codeOf(again)).toBe('CONFLICT');
      expect(errorOf(again).extensions).toMatchObject({ status: 'SUSPENDED' });
      const scheduled = await suspend(starter, 'email');
      expect(codeOf(scheduled)).toBe('CONFLICT');
      expect(errorOf(scheduled).extensions).toMatchObject({ status: 'SCHEDULED' });
      const none = await suspend(suspendee, 'crm');
      expect(codeOf(none)).toBe('BAD_USER_INPUT');
      expect(distinctFieldsOf(none)).toEqual(['input.system']);
      for (const reason of ['', '   ', 'no']) {
        const unexplained = await suspend(suspendee, 'email', reason);
        expect(codeOf(unexplained)).toBe('BAD_USER_INPUT');
        expect(distinctFieldsOf(unexplained)).toEqual(['input.reason']);
      }
      expect(codeOf(await suspend(suspendee, 'email', 'a reason', hrOfficer))).toBe('FORBIDDEN');
      expect(await written()).toEqual(before);
      expect((await accountRows(suspendee, 'email'))[0]!.status).toBe('ACTIVE');
    });

    it('revoking a live account makes it REVOKED today with a revoked event of cause MANUAL; revoking it again finds no live account and writes nothing', async () => {
      const [account] = await accountRows(revokee, 'sso');
      const before = await written();
      const revoked = ok(await revoke(revokee, 'sso', 'moved to a contractor login')).revokeAccess;
      expect(revoked).toMatchObject({ id: account!.id, status: 'REVOKED', revokedOn: today, version: 2 });
      const trail = await trailOf(account!.id);
      expect(trail.history.at(-1)).toEqual({ status: 'REVOKED', effectiveOn: today, reason: 'moved to a contractor login', actor: idOf(itAdmin) });
      expect(trail.audits.at(-1)).toEqual({ action: 'access.revoked', actor: idOf(itAdmin), changes: { from: 'ACTIVE', cause: 'MANUAL', reason: 'moved to a contractor login' } });
      expect(trail.events.at(-1)).toEqual({ type: accessRevoked.type, actor: idOf(itAdmin), data: { accountId: account!.id, employeeId: idOf(revokee), system: 'sso', cause: 'MANUAL' } });
      expect(await written()).toEqual({ ...before, versions: before.versions + 1, history: before.history + 1, audits: before.audits + 1, events: before.events + 1 });

      const again = await revoke(revokee, 'sso');
      expect(codeOf(again)).toBe('BAD_USER_INPUT');
      expect(distinctFieldsOf(again)).toEqual(['input.system']);
      expect(codeOf(await revoke(revokee, 'chat', 'no longer needed', employee))).toBe('FORBIDDEN');
      expect(await written()).toEqual({ ...before, versions: before.versions + 1, history: before.history + 1, audits: before.audits + 1, events: before.events + 1 });

      const regranted = ok(await grant(revokee, 'sso')).grantAccess;
      expect(regranted.id).not.toBe(account!.id);
      expect(await accountRows(revokee, 'sso')).toEqual([
        { id: account!.id, status: 'REVOKED' },
        { id: regranted.id, status: 'ACTIVE' },
      ]);
    });

    it('a scheduled or suspended account is revoked too', async () => {
      const scheduled = ok(await grant(revokee, 'crm', { from: d(3) })).grantAccess;
      expect(ok(await revoke(revokee, 'crm')).revokeAccess).toMatchObject({ id: scheduled.id, status: 'REVOKED', revokedOn: today });
      ok(await suspend(revokee, 'email'));
      expect(ok(await revoke(revokee, 'email')).revokeAccess).toMatchObject({ status: 'REVOKED', revokedOn: today });
      const [event] = (await trailOf(scheduled.id)).events.filter((candidate) => candidate.type === accessRevoked.type);
      expect(event!.data).toMatchObject({ cause: 'MANUAL' });
    });

    it('an employee sees their own accounts without the history, as does HR; IT and MANAGER see the history with its reasons', async () => {
      const self: Principal = { employeeId: idOf(suspendee), roles: ['EMPLOYEE'] };
      const representations = { r: [{ __typename: 'Employee', id: idOf(suspendee) }] };
      type Seen = { _entities: Array<{ id: string; accounts: Array<{ id: string; system: string; status: string; history: Array<{ status: string; reason: string | null }> | null }> | null }> };
      const expected = (await it_.admin.query<{ id: string }>(`SELECT id FROM system_accounts WHERE employee_id = $1`, [idOf(suspendee)])).rows.map((row) => row.id).sort();
      expect(expected).toHaveLength(3);

      for (const who of [self, hrOfficer]) {
        const answer = await call<Seen>(ACCOUNTS, representations, who);
        const accounts = answer.data!._entities[0]!.accounts!;
        expect(accounts.map((account) => account.id).sort()).toEqual(expected);
        expect(accounts.map((account) => account.history)).toEqual([null, null, null]);
        expect(answer.errors).toHaveLength(3);
        expect(answer.errors!.map((error) => [error.path?.slice(0, 3), error.path?.[4], error.extensions?.code])).toEqual(Array(3).fill([['_entities', 0, 'accounts'], 'history', 'FORBIDDEN']));
      }

      for (const who of [itAdmin, manager]) {
        const accounts = ok(await call<Seen>(ACCOUNTS, representations, who))._entities[0]!.accounts!;
        const chat = accounts.find((account) => account.system === 'chat')!;
        expect(chat.history!.map((change) => [change.status, change.reason])).toEqual([
          ['ACTIVE', "joiner: the department's bundle"],
          ['SUSPENDED', 'laptop reported stolen'],
          ['ACTIVE', 'laptop found'],
        ]);
      }

      const stranger = await call<Seen>(ACCOUNTS, representations, employee);
      expect(stranger.data!._entities[0]!.accounts).toBeNull();
      expect(errorOf(stranger)).toMatchObject({ path: ['_entities', 0, 'accounts'], extensions: { code: 'FORBIDDEN' } });
    });
  });

  describe('the access review', () => {
    it('finds each kind of exception and not its clean twin: an extra grant, a live account after the last day, an account with no person', async () => {
      const findings = ok(await review(null)).accessReview;
      const accountsOf = (who: Principal) => findings.filter((finding) => finding.employee.id === idOf(who));

      expect(accountsOf(extra)).toEqual([
        { kind: 'EXTRA_GRANT', account: { id: extraAccount, system: 'source-control', status: 'ACTIVE', revokedOn: null }, employee: { id: idOf(extra) }, department: { id: reviewed }, detail: expect.any(String) },
      ]);
      expect(accountsOf(exact)).toEqual([]);
      expect(await liveSystemsOf(exact)).toEqual(['chat', 'crm', 'email', 'sso', 'vpn']);

      expect(accountsOf(lateLeaver)).toEqual([
        { kind: 'ACTIVE_AFTER_LAST_DAY', account: { id: lateLeaverAccount, system: 'vpn', status: 'ACTIVE', revokedOn: null }, employee: { id: idOf(lateLeaver) }, department: { id: reviewed }, detail: expect.stringContaining(d(-3)) },
      ]);
      expect(accountsOf(goneLeaver)).toEqual([]);
      expect((await it_.admin.query(`SELECT count(*)::int AS n FROM system_accounts WHERE employee_id = $1 AND status = 'REVOKED' AND revoked_on = $2`, [idOf(goneLeaver), d(-2)])).rows[0]).toEqual({ n: 5 });

      expect(accountsOf(ghost)).toEqual([{ kind: 'NO_PERSON', account: { id: ghostAccount, system: 'vpn', status: 'ACTIVE', revokedOn: null }, employee: { id: idOf(ghost) }, department: null, detail: expect.any(String) }]);
      expect(findings.filter((finding) => finding.kind === 'NO_PERSON').map((finding) => finding.employee.id)).toEqual([idOf(ghost)]);
      expect(findings.filter((finding) => finding.account.id === outsiderAccount).map((finding) => finding.kind)).toEqual(['EXTRA_GRANT']);
    });

    it("a department's review lists only its people's findings, a leaver's by their last department; the company-wide one adds other departments and accounts of no one", async () => {
      const department = ok(await review(reviewed)).accessReview;
      expect([...department].sort(byAccount)).toEqual(
        [
          { kind: 'EXTRA_GRANT', account: { id: extraAccount, system: 'source-control', status: 'ACTIVE', revokedOn: null }, employee: { id: idOf(extra) }, department: { id: reviewed }, detail: expect.any(String) },
          { kind: 'ACTIVE_AFTER_LAST_DAY', account: { id: lateLeaverAccount, system: 'vpn', status: 'ACTIVE', revokedOn: null }, employee: { id: idOf(lateLeaver) }, department: { id: reviewed }, detail: expect.any(String) },
        ].sort(byAccount),
      );
      expect(ok(await review(elsewhere, itAdmin)).accessReview.map((finding) => [finding.kind, finding.account.id])).toEqual([['EXTRA_GRANT', outsiderAccount]]);
      expect(ok(await review(randomUUID())).accessReview).toEqual([]);

      const company = ok(await review(null)).accessReview.map((finding) => finding.account.id);
      expect(company).toEqual(expect.arrayContaining([extraAccount, lateLeaverAccount, ghostAccount, outsiderAccount]));
    });

    it('a suspended account on a system outside the bundle is an extra grant too; a scheduled one is not yet', async () => {
      const suspendedOne = ok(await grant(decidee, await freshSystem())).grantAccess;
      ok(await suspend(decidee, suspendedOne.system));
      const scheduledOne = ok(await grant(decidee, await freshSystem(), { from: d(5) })).grantAccess;
      expect((await findingsOf(decided, [suspendedOne.id, scheduledOne.id])).map((finding) => [finding.kind, finding.account.id, finding.account.status])).toEqual([
        ['EXTRA_GRANT', suspendedOne.id, 'SUSPENDED'],
      ]);
    });

    it('confirming a finding records the decision with its reason and who took it; the review no longer lists it and the account stays', async () => {
      const account = ok(await grant(decidee, await freshSystem())).grantAccess;
      expect((await findingsOf(decided, [account.id])).map((finding) => finding.kind)).toEqual(['EXTRA_GRANT']);
      const before = await written();

      const confirmed = ok(await decide(account.id, 'CONFIRM', 'runs the release process')).reviewAccess;
      expect(confirmed).toMatchObject({ kind: 'EXTRA_GRANT', account: { id: account.id, status: 'ACTIVE' }, employee: { id: idOf(decidee) }, department: { id: decided } });
      const decisions = (await it_.admin.query(`SELECT finding, decision, reason, decided_by AS "decidedBy" FROM access_review_decisions WHERE account_id = $1`, [account.id])).rows;
      expect(decisions).toEqual([{ finding: 'EXTRA_GRANT', decision: 'CONFIRMED', reason: 'runs the release process', decidedBy: idOf(manager) }]);
      expect(await written()).toEqual({ ...before, decisions: before.decisions + 1 });

      expect(await findingsOf(decided, [account.id])).toEqual([]);
      expect(await findingsOf(null, [account.id])).toEqual([]);
      expect(await accountRows(decidee, account.system)).toEqual([{ id: account.id, status: 'ACTIVE' }]);

      const again = await decide(account.id, 'REVOKE');
      expect(codeOf(again)).toBe('CONFLICT');
      expect(await written()).toEqual({ ...before, decisions: before.decisions + 1 });
    });

    it('revoking a finding revokes the account today with a revoked event of cause REVIEW and records the decision', async () => {
      const account = ok(await grant(decidee, await freshSystem())).grantAccess;
      const before = await written();
      const revoked = ok(await decide(account.id, 'REVOKE', 'nobody asked for it', itAdmin)).reviewAccess;
      expect(revoked).toMatchObject({ kind: 'EXTRA_GRANT', account: { id: account.id, status: 'REVOKED', revokedOn: today } });
      const trail = await trailOf(account.id);
      expect(trail.history.at(-1)).toEqual({ status: 'REVOKED', effectiveOn: today, reason: 'access review: nobody asked for it', actor: idOf(itAdmin) });
      expect(trail.audits.at(-1)).toMatchObject({ action: 'access.revoked', actor: idOf(itAdmin), changes: { cause: 'REVIEW' } });
      expect(trail.events.at(-1)).toEqual({ type: accessRevoked.type, actor: idOf(itAdmin), data: { accountId: account.id, employeeId: idOf(decidee), system: account.system, cause: 'REVIEW' } });
      expect((await it_.admin.query(`SELECT decision, reason FROM access_review_decisions WHERE account_id = $1`, [account.id])).rows).toEqual([{ decision: 'REVOKED', reason: 'nobody asked for it' }]);
      expect(await written()).toEqual({ ...before, versions: before.versions + 1, history: before.history + 1, audits: before.audits + 1, events: before.events + 1, decisions: before.decisions + 1 });
      expect(await findingsOf(null, [account.id])).toEqual([]);
    });

    it('an account of no one can be revoked by the review as well', async () => {
      const orphan = await insertAccount(randomUUID(), 'crm', d(-10));
      expect((await findingsOf(null, [orphan])).map((finding) => finding.kind)).toEqual(['NO_PERSON']);
      const revoked = ok(await decide(orphan, 'REVOKE', 'no such person')).reviewAccess;
      expect(revoked).toMatchObject({ kind: 'NO_PERSON', account: { id: orphan, status: 'REVOKED', revokedOn: today }, department: null });
      expect(await findingsOf(null, [orphan])).toEqual([]);
    });

    it('a decision on an account that is not a finding is refused with CONFLICT, an unknown account with NOT_FOUND, and nothing is written', async () => {
      const [clean] = await accountRows(exact, 'vpn');
      const [revokedAccount] = await accountRows(goneLeaver, 'email');
      const before = await written();
      for (const accountId of [clean!.id, revokedAccount!.id]) {
        for (const decision of ['CONFIRM', 'REVOKE'] as const) {
          expect(codeOf(await decide(accountId, decision))).toBe('CONFLICT');
        }
      }
      expect(codeOf(await decide(randomUUID(), 'CONFIRM'))).toBe('NOT_FOUND');
      const unexplained = await decide(extraAccount, 'CONFIRM', ' ');
      expect(codeOf(unexplained)).toBe('BAD_USER_INPUT');
      expect(distinctFieldsOf(unexplained)).toEqual(['input.reason']);
      expect(await written()).toEqual(before);
    });

    it('two decisions on one finding at once: one is taken, the other gets CONFLICT, and one decision is recorded', async () => {
      for (const decisions of [
        ['CONFIRM', 'CONFIRM'],
        ['REVOKE', 'REVOKE'],
        ['CONFIRM', 'REVOKE'],
      ] as const) {
        const account = ok(await grant(decidee, await freshSystem())).grantAccess;
        const answers = await Promise.all([decide(account.id, decisions[0], 'first reviewer'), decide(account.id, decisions[1], 'second reviewer', itAdmin)]);
        expect(answers.filter((answer) => !answer.errors)).toHaveLength(1);
        expect(answers.filter((answer) => answer.errors).map(codeOf)).toEqual(['CONFLICT']);
        const recorded = (await it_.admin.query(`SELECT count(*)::int AS n FROM access_review_decisions WHERE account_id = $1`, [account.id])).rows[0];
        expect(recorded).toEqual({ n: 1 });
        const revokedEvents = (await trailOf(account.id)).events.filter((event) => event.type === accessRevoked.type);
        expect(revokedEvents.length).toBeLessThanOrEqual(1);
      }
    });

    it('only IT and MANAGER review access: an employee and HR get FORBIDDEN and decide nothing', async () => {
      const before = await written();
      for (const who of [employee, hrOfficer]) {
        const answer = await review(null, who);
        expect(codeOf(answer)).toBe('FORBIDDEN');
        expect(answer.data?.accessReview ?? null).toBeNull();
        expect(codeOf(await review(reviewed, who))).toBe('FORBIDDEN');
        expect(codeOf(await decide(extraAccount, 'REVOKE', 'not allowed to', who))).toBe('FORBIDDEN');
      }
      expect(await written()).toEqual(before);
      expect((await findingsOf(reviewed, [extraAccount])).map((finding) => finding.kind)).toEqual(['EXTRA_GRANT']);
    });
  });
});
