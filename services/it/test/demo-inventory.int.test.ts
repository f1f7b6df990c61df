import 'reflect-metadata';
import { generateKeyPairSync, randomUUID } from 'node:crypto';
import { ConfigError } from '@backoffice/platform/config';
import type { Principal } from '@backoffice/platform/identity';
import { createLogger } from '@backoffice/platform/logger';
import { testEnvironment } from '@backoffice/testkit/isolation';
import { loadItConfig } from '../src/config';
import { addDays } from '../src/dates';
import { planDemoInventory } from '../src/demo/plan-demo-inventory';
import { seedDemoInventory, type DemoInventoryInput } from '../src/demo/seed-demo-inventory';
import { demoCompanyFromWorkforce } from '../src/demo/seed-demo-inventory-on-start';
import { itModulesOf, type ItModules } from '../src/it-modules';
import { hrPeople, type HrPeople, type Person } from './support/hr-people';
import { startItForTest, type ItForTest } from './support/it-test-service';

jest.setTimeout(180_000);

// The demo inventory, seeded through the commands for a small company whose people reach IT the
// way HR's do: hires (and a termination) published on hr.employee.v1 and applied by the workforce
// projection. Then read back as IT reads it. A fixed business clock: nothing depends on the day
// the test runs.
const CLOCK_AT = '2026-06-17T10:00:00Z';
const today = CLOCK_AT.slice(0, 10);
const daysAgo = (days: number) => addDays(today, -days);

type Assignment = { employee: { id: string }; assignedOn: string; expectedReturnOn: string | null; returnedOn: string | null; endedAs: string | null };
type HistoryEntry = { action: string; status: string; occurredOn: string; actor: string; employee: { id: string } | null };
type Asset = {
  tag: string;
  serialNumber: string;
  status: string;
  notes: string | null;
  category: { code: string };
  model: { manufacturer: string; name: string };
  purchaseDate: string;
  purchaseCost: { amount: string; currency: string };
  supplier: string | null;
  warrantyEndsOn: string | null;
  holder: { id: string } | null;
  assignments: Assignment[];
  history: HistoryEntry[];
};
type AssetPage = { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: Array<{ node: Asset }> };
type License = { product: string; seats: number; seatsUsed: number; seatsFree: number; renewalDate: string; costPerPeriod: { amount: string; currency: string }; holders: Array<{ employee: { id: string } }> };

const ASSETS = `query Assets($after: String) { assets(first: 200, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node {
  tag serialNumber status notes category { code } model { manufacturer name } purchaseDate purchaseCost { amount currency } supplier warrantyEndsOn holder { id }
  assignments { employee { id } assignedOn expectedReturnOn returnedOn endedAs }
  history { action status occurredOn actor employee { id } }
} } } }`;
const LICENSES = `{ licenses { product seats seatsUsed seatsFree renewalDate costPerPeriod { amount currency } holders { employee { id } } }
  renewingSoon: licenses(expiringWithinDays: 30) { product } }`;

describe('the demo inventory', () => {
  let it_: ItForTest;
  let hr: HrPeople;
  let modules: ItModules;
  let input: DemoInventoryInput;
  const env = testEnvironment({ CLOCK_AT });
  const itStaff: Principal = { employeeId: randomUUID(), roles: ['IT'] };
  const logger = createLogger({ test: 'demo-inventory' }, 'warn');
  const departmentId = randomUUID();

  // Ten analysts employed for years, one who joined three weeks ago and one who starts in three
  // weeks (plain hires); an engineer, a designer, someone on the service desk and a warehouse
  // operative (hired with their title); and an account executive who left six weeks ago.
  const analysts = ['2019-01-07', '2019-04-01', '2019-09-02', '2020-02-03', '2020-06-01', '2021-03-01', '2021-10-04', '2022-05-02', '2023-01-09', '2024-08-05'].map((startDate) => ({
    employeeId: randomUUID(),
    departmentId,
    managerId: null,
    startDate,
  }));
  const newJoiner = { employeeId: randomUUID(), departmentId, managerId: null, startDate: daysAgo(20) };
  const futureJoiner = { employeeId: randomUUID(), departmentId, managerId: null, startDate: addDays(today, 20) };
  const titled = (title: string, startDate: string, lastDay?: string): Person => ({ employeeId: randomUUID(), departmentId, title, startDate, ...(lastDay ? { lastDay } : {}) });
  const engineer = titled('Software Engineer', '2018-11-05');
  const designer = titled('Designer', '2020-09-14');
  const serviceDesk = titled('Service Desk Analyst', '2021-06-07');
  const warehouse = titled('Warehouse Operative', '2022-02-14');
  const leaver = titled('Account Executive', '2021-01-11', daysAgo(42));
  const employed = [...analysts, newJoiner, engineer, designer, serviceDesk, warehouse];
  const startOf = new Map([...employed, futureJoiner, leaver].map((person) => [person.employeeId, person.startDate]));

  const ok = async <T>(query: string, variables: Record<string, unknown> = {}): Promise<T> => {
    const response = await it_.call<T>(query, variables, itStaff);
    expect(response.errors).toBeUndefined();
    return response.data!;
  };
  const allAssets = async (): Promise<Asset[]> => {
    const found: Asset[] = [];
    let after: string | null = null;
    for (;;) {
      const { assets }: { assets: AssetPage } = await ok<{ assets: AssetPage }>(ASSETS, { after });
      found.push(...assets.edges.map((edge) => edge.node));
      if (!assets.pageInfo.hasNextPage) {
        expect(found).toHaveLength(assets.totalCount);
        return found;
      }
      after = assets.pageInfo.endCursor;
    }
  };
  const counts = async () =>
    (
      await it_.admin.query(`
        SELECT (SELECT count(*)::int FROM assets) AS assets, (SELECT count(*)::int FROM asset_history) AS history, (SELECT count(*)::int FROM asset_assignments) AS assignments,
               (SELECT count(*)::int FROM licenses) AS licenses, (SELECT count(*)::int FROM license_seats) AS seats,
               (SELECT count(*)::int FROM outbox_events) AS events, (SELECT count(*)::int FROM audit_log) AS audits`)
    ).rows[0] as Record<string, number>;

  beforeAll(async () => {
    it_ = await startItForTest(env);
    await it_.hire([...analysts, newJoiner, futureJoiner]);
    hr = await hrPeople(env.KAFKA_PREFIX!, it_.service.dataSource);
    await hr.publish([engineer, designer, serviceDesk, warehouse, leaver]);
    modules = itModulesOf({ dataSource: it_.service.dataSource, config: loadItConfig(env) });
    input = await demoCompanyFromWorkforce(modules);
  });

  afterAll(async () => {
    await hr?.stop();
    await it_?.stop();
  });

  it('reads the company from the workforce projection, and the service desk hands the equipment out', () => {
    expect(input.people).toHaveLength(employed.length + 2);
    expect(input.people.find((person) => person.employeeId === leaver.employeeId)).toMatchObject({ title: 'Account Executive', lastDay: leaver.lastDay });
    expect(input.actor).toBe(serviceDesk.employeeId);
  });

  it('hands out equipment and seats through the commands, once even when two seeds run at once, with every status and a history that reads in order', async () => {
    const [first, second] = await Promise.all([seedDemoInventory(modules, input, logger), seedDemoInventory(modules, input, logger)]);
    const seeded = first.assets ? first : second;
    expect([first, second]).toContainEqual({ assets: 0, changes: 0, licenses: 0, seats: 0 });
    expect(seeded.assets).toBeGreaterThan(50);

    const assets = await allAssets();
    expect(assets).toHaveLength(seeded.assets);
    const withStatus = (status: string) => assets.filter((asset) => asset.status === status);
    // Three laptops refreshed and one monitor beyond repair in the past year, one lost phone
    // written off; one phone still lost; a laptop and a phone with their holders sent to repair
    // and a monitor sent back from stock.
    expect(withStatus('RETIRED').map((asset) => asset.category.code).sort()).toEqual(['LAPTOP', 'LAPTOP', 'LAPTOP', 'MONITOR', 'PHONE']);
    expect(withStatus('LOST').map((asset) => asset.category.code)).toEqual(['PHONE']);
    expect(withStatus('IN_REPAIR').map((asset) => asset.category.code).sort()).toEqual(['LAPTOP', 'MONITOR', 'PHONE']);
    expect(withStatus('IN_STOCK').length).toBeGreaterThanOrEqual(20);
    expect(withStatus('ASSIGNED').length).toBeGreaterThan(employed.length * 2);

    for (const asset of assets) {
      // Bought in the last three years, in euros, from a supplier, under a warranty that starts then.
      expect(asset.purchaseDate >= daysAgo(3 * 365) && asset.purchaseDate <= today).toBe(true);
      expect(asset.purchaseCost.currency).toBe('EUR');
      expect(Number(asset.purchaseCost.amount)).toBeGreaterThan(100);
      expect(asset.supplier).toBeTruthy();
      expect(asset.warrantyEndsOn! > asset.purchaseDate).toBe(true);

      // One holder at a time: the holder is the one open hand-over's employee, exactly while ASSIGNED.
      const open = asset.assignments.filter((assignment) => assignment.returnedOn === null);
      expect(open.length).toBe(asset.status === 'ASSIGNED' ? 1 : 0);
      expect(asset.holder?.id ?? null).toBe(open[0]?.employee.id ?? null);

      // Handed over only to people the projection has employed then, never before their start
      // nor after their last day, and one hand-over after another.
      for (const [index, assignment] of asset.assignments.entries()) {
        const startDate = startOf.get(assignment.employee.id);
        expect(startDate).toBeDefined();
        expect(assignment.assignedOn >= startDate!).toBe(true);
        expect(assignment.assignedOn <= today).toBe(true);
        if (assignment.employee.id === leaver.employeeId) expect(assignment.returnedOn).toBe(leaver.lastDay);
        if (assignment.employee.id === futureJoiner.employeeId) throw new Error(`${asset.tag} was handed to someone who has not started`);
        if (index > 0) expect(assignment.assignedOn >= asset.assignments[index - 1]!.returnedOn!).toBe(true);
      }

      // Registered on the purchase date; every change dated in order, none after today, by the service desk.
      expect(asset.history[0]).toMatchObject({ action: 'REGISTERED', status: 'IN_STOCK', occurredOn: asset.purchaseDate });
      for (const [index, entry] of asset.history.entries()) {
        expect(entry.actor).toBe(serviceDesk.employeeId);
        expect(entry.occurredOn <= today).toBe(true);
        if (index > 0) expect(entry.occurredOn >= asset.history[index - 1]!.occurredOn).toBe(true);
      }
      expect(asset.history.at(-1)!.status).toBe(asset.status);
    }

    // What went wrong, went wrong in the past year, in the order a history can have it.
    const story = (asset: Asset) => asset.history.map((entry) => entry.action).join(' → ');
    for (const asset of [...withStatus('RETIRED'), ...withStatus('LOST')]) expect(asset.history.at(-1)!.occurredOn >= daysAgo(365)).toBe(true);
    expect(withStatus('RETIRED').map(story).sort()).toEqual([
      'REGISTERED → ASSIGNED → LOST → RETIRED',
      'REGISTERED → ASSIGNED → RETURNED → RETIRED',
      'REGISTERED → ASSIGNED → RETURNED → RETIRED',
      'REGISTERED → ASSIGNED → RETURNED → RETIRED',
      'REGISTERED → ASSIGNED → SENT_TO_REPAIR → RETIRED',
    ]);
    expect(withStatus('LOST').map(story)).toEqual(['REGISTERED → ASSIGNED → LOST']);

    // Whoever lost or broke something got a replacement: everyone employed holds a computer
    // (but the warehouse operative) and most a phone; many a monitor.
    const held = (employeeId: string, category: string) => withStatus('ASSIGNED').filter((asset) => asset.holder!.id === employeeId && asset.category.code === category).length;
    for (const person of employed) {
      if (person === warehouse) expect(held(person.employeeId, 'LAPTOP') + held(person.employeeId, 'DESKTOP')).toBe(0);
      else expect(held(person.employeeId, 'LAPTOP') + held(person.employeeId, 'DESKTOP')).toBeGreaterThanOrEqual(1);
    }
    expect(employed.filter((person) => held(person.employeeId, 'PHONE') > 0).length).toBeGreaterThanOrEqual(Math.ceil((employed.length * 2) / 3));
    expect(employed.filter((person) => held(person.employeeId, 'MONITOR') > 0).length).toBeGreaterThanOrEqual(Math.ceil(employed.length * 0.5));
    // The new joiner's laptop was bought before their first day and handed over on it.
    const joinersLaptop = withStatus('ASSIGNED').find((asset) => asset.holder!.id === newJoiner.employeeId && asset.category.code === 'LAPTOP')!;
    expect(joinersLaptop.assignments).toEqual([expect.objectContaining({ assignedOn: newJoiner.startDate })]);
    expect(joinersLaptop.purchaseDate < newJoiner.startDate).toBe(true);

    // The holder of the laptop in repair has a loaner, due back in two weeks.
    const laptopInRepair = withStatus('IN_REPAIR').find((asset) => asset.category.code === 'LAPTOP')!;
    const loans = withStatus('ASSIGNED').filter((asset) => asset.assignments.at(-1)!.expectedReturnOn !== null);
    expect(loans).toHaveLength(1);
    expect(loans[0]!.holder!.id).toBe(laptopInRepair.assignments.at(-1)!.employee.id);
    expect(loans[0]!.assignments.at(-1)!.expectedReturnOn).toBe(addDays(today, 14));
    expect(laptopInRepair.assignments.at(-1)!.endedAs).toBe('SENT_TO_REPAIR');

    // The leaver's laptop and phone came back on their last day; the joiner's laptop waits in stock.
    const leaversKit = withStatus('IN_STOCK').filter((asset) => asset.assignments.some((assignment) => assignment.employee.id === leaver.employeeId));
    expect(leaversKit.map((asset) => asset.category.code).sort()).toEqual(['LAPTOP', 'PHONE']);
    expect(withStatus('IN_STOCK').filter((asset) => asset.notes === `Set up for a joiner starting on ${futureJoiner.startDate}`)).toHaveLength(1);
    expect(new Set(assets.map((asset) => asset.serialNumber.toUpperCase())).size).toBe(assets.length);
  });

  it('gives seats to the people whose work needs them, leaves seats free in every licence, and has one renewal within 30 days', async () => {
    const { licenses, renewingSoon } = await ok<{ licenses: License[]; renewingSoon: Array<{ product: string }> }>(LICENSES);
    expect(licenses.map((license) => license.product).sort()).toEqual([
      '1Password Business',
      'Creative Cloud All Apps',
      'Figma Organization',
      'GitHub Enterprise Cloud',
      'Jira Software Cloud Standard',
      'Microsoft 365 Business Premium',
      'Sales Cloud Enterprise',
      'Slack Business+',
      'Zoom Workplace Business',
    ]);
    expect(renewingSoon).toEqual([{ product: 'Zoom Workplace Business' }]);
    for (const license of licenses) {
      expect(license.renewalDate > today).toBe(true);
      expect(license.seatsFree).toBeGreaterThanOrEqual(2);
      expect(license.seatsUsed).toBe(license.holders.length);
      expect(license.costPerPeriod.currency).toBe('EUR');
      expect(Number(license.costPerPeriod.amount)).toBeGreaterThan(0);
    }
    const holdersOf = (product: string) => licenses.find((license) => license.product === product)!.holders.map((seat) => seat.employee.id).sort();
    const ids = (...people: Array<{ employeeId: string }>) => people.map((person) => person.employeeId).sort();
    expect(holdersOf('Microsoft 365 Business Premium')).toEqual(ids(...employed));
    expect(holdersOf('Slack Business+')).toEqual(ids(...employed.filter((person) => person !== warehouse)));
    expect(holdersOf('GitHub Enterprise Cloud')).toEqual(ids(engineer));
    expect(holdersOf('Jira Software Cloud Standard')).toEqual(ids(engineer, designer, serviceDesk));
    expect(holdersOf('Figma Organization')).toEqual(ids(designer));
    expect(holdersOf('Creative Cloud All Apps')).toEqual(ids(designer));
    expect(holdersOf('Zoom Workplace Business')).toEqual([]);
  });

  it('seeding again hands out, registers and records nothing more', async () => {
    const before = await counts();
    expect(await seedDemoInventory(modules, input, logger)).toEqual({ assets: 0, changes: 0, licenses: 0, seats: 0 });
    expect(await counts()).toEqual(before);
  });

  it('plans the same inventory whatever order the people are listed in', () => {
    const reversed = { ...input, people: [...input.people].reverse() };
    expect(planDemoInventory(reversed.people, today)).toEqual(planDemoInventory(input.people, today));
  });
});

describe("IT's configuration", () => {
  const production = {
    NODE_ENV: 'production',
    IDENTITY_VERIFY_KEYS: `prod:${generateKeyPairSync('ed25519').publicKey.export({ format: 'der', type: 'spki' }).toString('base64url')}`,
    IT_DATABASE_URL: 'postgres://it_app:secret@db/it',
    KAFKA_SASL_MECHANISM: 'scram-sha-512',
    KAFKA_USERNAME: 'it',
    KAFKA_PASSWORD: 'a-real-kafka-password',
  };

  it('production refuses the demo inventory; development seeds it when asked', () => {
    expect(() => loadItConfig({ ...production, SEED_DEMO_DATA: 'true' })).toThrow(ConfigError);
    expect(() => loadItConfig({ ...production, SEED_DEMO_DATA: 'true' })).toThrow(/SEED_DEMO_DATA/);
    expect(loadItConfig(production).extra.SEED_DEMO_DATA).toBe(false);
    expect(loadItConfig({ NODE_ENV: 'development', SEED_DEMO_DATA: 'true' }).extra.SEED_DEMO_DATA).toBe(true);
  });
});
