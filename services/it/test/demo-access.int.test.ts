import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import type { Principal } from '@backoffice/platform/identity';
import { createLogger } from '@backoffice/platform/logger';
import { eventually } from '@backoffice/testkit/kafka-observer';
import { testEnvironment } from '@backoffice/testkit/isolation';
import { loadItConfig } from '../src/config';
import { addDays } from '../src/dates';
import { DEMO_ACCESS_CORRELATION_ID } from '../src/demo/demo.repository';
import { planDemoAccess, type DemoAccessPerson } from '../src/demo/plan-demo-access';
import { accessLifecycleCaughtUp, seedDemoAccess } from '../src/demo/seed-demo-access';
import { demoCompanyFromWorkforce } from '../src/demo/seed-demo-inventory-on-start';
import type { DemoInventoryInput } from '../src/demo/seed-demo-inventory';
import { itModulesOf, type ItModules } from '../src/it-modules';
import { hrPeople, type HrPeople, type Person } from './support/hr-people';
import { startItForTest, type ItForTest } from './support/it-test-service';

jest.setTimeout(180_000);

// The demo access, seeded through the commands for a small company whose people reach IT the way
// HR's do (hires and a termination on hr.employee.v1, before any bundle of theirs exists), then
// read back through IT's schema. A fixed business clock: nothing depends on the day the test runs.
const CLOCK_AT = '2026-06-17T10:00:00Z';
const today = CLOCK_AT.slice(0, 10);
const daysAgo = (days: number) => addDays(today, -days);

type Account = { system: string; status: string; activeFrom: string; origin: string; revokedOn: string | null; history: Array<{ status: string; effectiveOn: string; reason: string | null; actor: string }> };
type Bundle = { department: { id: string }; systems: Array<{ code: string }>; equipment: Array<{ category: { code: string }; quantity: number }>; version: number; updatedBy: string | null };
type Finding = { kind: string; account: { system: string; status: string; origin: string }; employee: { id: string }; department: { id: string } | null };

const ACCOUNTS = `query Accounts($r: [_Any!]!) { _entities(representations: $r) { ... on Employee { id accounts {
  system status activeFrom origin revokedOn history { status effectiveOn reason actor } } } } }`;
const BUNDLES = `{ accessBundles { department { id } systems { code } equipment { category { code } quantity } version updatedBy } }`;
const REVIEW = `query Review($departmentId: ID) { accessReview(departmentId: $departmentId) { kind account { system status origin } employee { id } department { id } } }`;
const SET_BUNDLE = `mutation Set($input: SetAccessBundleInput!) { setAccessBundle(input: $input) { version } }`;

describe('the demo access', () => {
  let it_: ItForTest;
  let hr: HrPeople;
  let modules: ItModules;
  let input: DemoInventoryInput;
  const env = testEnvironment({ CLOCK_AT });
  const itStaff: Principal = { employeeId: randomUUID(), roles: ['IT'] };
  const logger = createLogger({ test: 'demo-access' }, 'warn');

  const department = { engineering: randomUUID(), it: randomUUID(), people: randomUUID(), finance: randomUUID(), sales: randomUUID(), operations: randomUUID(), logistics: randomUUID() };
  const hire = (departmentId: string, title: string, startDate: string, lastDay?: string): Person => ({ employeeId: randomUUID(), departmentId, title, startDate, ...(lastDay ? { lastDay } : {}) });
  const headOfEngineering = hire(department.engineering, 'Head of Engineering', '2019-03-04');
  const engineer = hire(department.engineering, 'Software Engineer', '2021-05-03');
  const designer = hire(department.engineering, 'Designer', '2022-09-05');
  // Starts in three weeks.
  const futureEngineer = hire(department.engineering, 'Software Engineer', addDays(today, 20));
  const serviceDesk = hire(department.it, 'Service Desk Analyst', '2021-06-07');
  const sysadmin = hire(department.it, 'Systems Administrator', '2020-01-06');
  const headOfPeople = hire(department.people, 'Head of People', '2018-02-05');
  const recruiter = hire(department.people, 'Recruiter', '2023-03-06');
  const accountant = hire(department.finance, 'Accountant', '2019-10-07');
  const payroll = [hire(department.finance, 'Payroll Specialist', '2020-04-06'), hire(department.finance, 'Payroll Specialist', '2022-11-07')];
  // Sales has a bundle of its own (the CRM alone) before anyone is hired there.
  const accountExecutive = hire(department.sales, 'Account Executive', '2021-02-01');
  const salesEngineer = hire(department.sales, 'Sales Engineer', '2022-06-06');
  const facilities = hire(department.operations, 'Facilities Manager', '2019-05-06');
  const officeAssistant = hire(department.operations, 'Office Assistant', '2023-08-07');
  const warehouse = hire(department.logistics, 'Warehouse Operative', '2022-02-14');
  const dispatcher = hire(department.logistics, 'Dispatcher', '2021-09-06');
  // Left six weeks ago.
  const leaver = hire(department.logistics, 'Warehouse Operative', '2020-01-13', daysAgo(42));
  const employed = [headOfEngineering, engineer, designer, serviceDesk, sysadmin, headOfPeople, recruiter, accountant, ...payroll, accountExecutive, salesEngineer, facilities, officeAssistant, warehouse, dispatcher];
  const firstPayroll = [...payroll].sort((a, b) => a.employeeId.localeCompare(b.employeeId))[0]!;

  // The department's bundle the demo gives, by what its people do (email, sso and chat for everyone).
  const forEveryone = ['chat', 'email', 'sso'];
  const expectedSystems: Record<keyof typeof department, string[]> = {
    engineering: ['source-control', 'vpn'],
    it: ['it-admin', 'source-control', 'vpn'],
    people: ['hr-system', 'vpn'],
    finance: ['accounting-system', 'vpn'],
    sales: ['crm'],
    operations: [],
    logistics: [],
  };
  const bundleOf = (person: Person) => [...forEveryone, ...expectedSystems[(Object.keys(department) as Array<keyof typeof department>).find((key) => department[key] === person.departmentId)!]].sort();

  const ok = async <T>(query: string, variables: Record<string, unknown> = {}): Promise<T> => {
    const response = await it_.call<T>(query, variables, itStaff);
    expect(response.errors).toBeUndefined();
    return response.data!;
  };
  const accountsOf = async (person: Person): Promise<Account[]> =>
    (await ok<{ _entities: Array<{ accounts: Account[] }> }>(ACCOUNTS, { r: [{ __typename: 'Employee', id: person.employeeId }] }))._entities[0]!.accounts;
  const live = (accounts: Account[]) => accounts.filter((account) => account.status !== 'REVOKED');
  const counts = async () =>
    (
      await it_.admin.query(`
        SELECT (SELECT count(*)::int FROM system_accounts) AS accounts, (SELECT count(*)::int FROM system_account_history) AS history,
               (SELECT count(*)::int FROM access_bundles) AS bundles, (SELECT count(*)::int FROM access_bundle_systems) AS "bundleSystems",
               (SELECT count(*)::int FROM outbox_events) AS events, (SELECT count(*)::int FROM audit_log) AS audits`)
    ).rows[0] as Record<string, number>;

  beforeAll(async () => {
    it_ = await startItForTest(env);
    expect((await it_.call(SET_BUNDLE, { input: { departmentId: department.sales, expectedVersion: 0, systems: ['crm'], equipment: [] } }, itStaff)).errors).toBeUndefined();
    hr = await hrPeople(env.KAFKA_PREFIX!, it_.service.dataSource);
    await hr.publish([...employed, futureEngineer, leaver]);
    modules = itModulesOf({ dataSource: it_.service.dataSource, config: loadItConfig(env) });
    input = await demoCompanyFromWorkforce(modules);
    // The access-lifecycle consumer has seen every hire and the last day, as the start-up waits for.
    await eventually(() => accessLifecycleCaughtUp(modules, input.people), 30_000);
  });

  afterAll(async () => {
    await hr?.stop();
    await it_?.stop();
  });

  it('before the demo, the hires hold only the systems for everyone (and sales its CRM), and the leaver nothing', async () => {
    expect(input.people).toHaveLength(employed.length + 2);
    for (const person of [engineer, facilities, futureEngineer]) expect(live(await accountsOf(person)).map((account) => account.system).sort()).toEqual(forEveryone);
    expect(live(await accountsOf(salesEngineer)).map((account) => account.system).sort()).toEqual(['chat', 'crm', 'email', 'sso']);
    expect(live(await accountsOf(leaver))).toEqual([]);
  });

  it('sets a bundle for each department by what its people do, brings everyone in line through the commands once, even with two seeds at once, and leaves four exceptions', async () => {
    const [first, second] = await Promise.all([seedDemoAccess(modules, input, logger), seedDemoAccess(modules, input, logger)]);
    const seeded = first.bundles ? first : second;
    expect([first, second]).toContainEqual({ bundles: 0, bundleGrants: 0, extraGrants: 0, suspended: 0, activeAfterLastDay: 0 });
    // Six bundles (sales keeps the one it had); engineering 3 × 2 plus the joiner's 2, IT 2 × 3,
    // people 2 × 2, finance 3 × 2.
    expect(seeded).toEqual({ bundles: 6, bundleGrants: 24, extraGrants: 2, suspended: 1, activeAfterLastDay: 1 });
    // Every change under the demo's correlation id: each bundle, grant and suspension has its audit row.
    const audits = await it_.admin.query(`SELECT count(*)::int AS n FROM audit_log WHERE correlation_id = $1`, [DEMO_ACCESS_CORRELATION_ID]);
    expect(audits.rows[0].n).toBe(6 + 24 + 2 + 2 + 1);

    const { accessBundles } = await ok<{ accessBundles: Bundle[] }>(BUNDLES);
    expect(accessBundles).toHaveLength(Object.keys(department).length);
    for (const [kind, departmentId] of Object.entries(department) as Array<[keyof typeof department, string]>) {
      const bundle = accessBundles.find((candidate) => candidate.department.id === departmentId)!;
      expect(bundle.systems.map((system) => system.code).sort()).toEqual([...forEveryone, ...expectedSystems[kind]].sort());
      expect(bundle.version).toBe(1);
      expect(bundle.updatedBy).toBe(kind === 'sales' ? itStaff.employeeId : serviceDesk.employeeId);
      if (kind === 'logistics') expect(bundle.equipment).toEqual([{ category: { code: 'PHONE' }, quantity: 1 }]);
      if (kind === 'engineering') expect(bundle.equipment.map((item) => `${item.quantity} ${item.category.code}`).sort()).toEqual(['1 LAPTOP', '1 MONITOR', '1 PHONE', '2 PERIPHERAL']);
    }

    // Everyone employed holds their bundle (and an exception, for three of them), active; what
    // the demo added says so in its history, by the service desk, today.
    const exceptions = new Map([
      [firstPayroll.employeeId, 'hr-system'],
      [salesEngineer.employeeId, 'source-control'],
      [facilities.employeeId, 'vpn'],
    ]);
    for (const person of employed) {
      const accounts = live(await accountsOf(person));
      const extra = exceptions.get(person.employeeId);
      expect(accounts.map((account) => account.system).sort()).toEqual([...bundleOf(person), ...(extra ? [extra] : [])].sort());
      for (const account of accounts) {
        expect(account).toMatchObject({ status: account.system === 'vpn' && person === facilities ? 'SUSPENDED' : 'ACTIVE', origin: account.system === extra ? 'INDIVIDUAL' : 'BUNDLE' });
        if (account.system === extra) expect(account.history[0]).toMatchObject({ status: 'ACTIVE', effectiveOn: today, reason: expect.stringMatching(/^demo: /), actor: serviceDesk.employeeId });
        else if (!forEveryone.includes(account.system) && person.departmentId !== department.sales) {
          expect(account.history).toEqual([{ status: 'ACTIVE', effectiveOn: today, reason: 'demo: department bundle', actor: serviceDesk.employeeId }]);
        }
      }
    }
    expect((await accountsOf(facilities)).find((account) => account.system === 'vpn')!.history.map((change) => change.status)).toEqual(['ACTIVE', 'SUSPENDED']);

    // The joiner's whole bundle waits for their first day.
    const joiners = await accountsOf(futureEngineer);
    expect(joiners.map((account) => account.system).sort()).toEqual(bundleOf(futureEngineer));
    for (const account of joiners) expect(account).toMatchObject({ status: 'SCHEDULED', activeFrom: futureEngineer.startDate, origin: 'BUNDLE' });

    // The leaver's accounts were revoked when their last day ended; one was opened again since.
    const leavers = await accountsOf(leaver);
    expect(leavers.filter((account) => account.status === 'REVOKED').map((account) => [account.system, account.revokedOn]).sort()).toEqual(forEveryone.map((system) => [system, addDays(leaver.lastDay!, 1)]));
    expect(live(leavers)).toEqual([expect.objectContaining({ system: 'email', status: 'ACTIVE', origin: 'INDIVIDUAL', activeFrom: today })]);
  });

  it('the access review finds the four exceptions, and a department review its own', async () => {
    const { accessReview } = await ok<{ accessReview: Finding[] }>(REVIEW);
    const seen = accessReview.map((finding) => `${finding.kind} ${finding.employee.id} ${finding.account.system} ${finding.account.status} ${finding.account.origin} ${finding.department?.id}`).sort();
    expect(seen).toEqual(
      [
        `EXTRA_GRANT ${firstPayroll.employeeId} hr-system ACTIVE INDIVIDUAL ${department.finance}`,
        `EXTRA_GRANT ${salesEngineer.employeeId} source-control ACTIVE INDIVIDUAL ${department.sales}`,
        `EXTRA_GRANT ${facilities.employeeId} vpn SUSPENDED INDIVIDUAL ${department.operations}`,
        `ACTIVE_AFTER_LAST_DAY ${leaver.employeeId} email ACTIVE INDIVIDUAL ${department.logistics}`,
      ].sort(),
    );
    const logistics = await ok<{ accessReview: Finding[] }>(REVIEW, { departmentId: department.logistics });
    expect(logistics.accessReview.map((finding) => finding.kind)).toEqual(['ACTIVE_AFTER_LAST_DAY']);
    const engineering = await ok<{ accessReview: Finding[] }>(REVIEW, { departmentId: department.engineering });
    expect(engineering.accessReview).toEqual([]);
  });

  it('seeding again grants, sets and records nothing more', async () => {
    const before = await counts();
    expect(await seedDemoAccess(modules, input, logger)).toEqual({ bundles: 0, bundleGrants: 0, extraGrants: 0, suspended: 0, activeAfterLastDay: 0 });
    expect(await counts()).toEqual(before);
  });

  it('plans the same access whatever order the people are listed in', () => {
    const people: DemoAccessPerson[] = [...employed, futureEngineer, leaver].map((person) => ({ ...person, lastDay: person.lastDay ?? null }));
    const plan = planDemoAccess(people, today);
    expect(planDemoAccess([...people].reverse(), today)).toEqual(plan);
    expect(plan.bundles.map((bundle) => bundle.kind).sort()).toEqual(['engineering', 'finance', 'it', 'logistics', 'operations', 'people', 'sales']);
  });
});
