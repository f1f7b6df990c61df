import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import type { EventMetadata } from '@backoffice/platform/outbox';
import type { Principal } from '@backoffice/platform/identity';
import { eventually } from '@backoffice/testkit/kafka-observer';
import { statementCounter } from '@backoffice/testkit/statement-counter';
import { assignAsset } from '../src/assets/asset.commands/assign-asset';
import { registerAsset } from '../src/assets/asset.commands/register-asset';
import { loadItConfig } from '../src/config';
import { itModulesOf } from '../src/it-modules';
import { assignSeat } from '../src/licenses/license.commands/assign-seat';
import { registerLicense } from '../src/licenses/license.commands/register-license';
import { startItForTest, type ItForTest } from './support/it-test-service';
import { ok } from './support/graphql-answers';

jest.setTimeout(120_000);

// What IT's equipment and licence fields cost in SQL statements: the gateway asks for them for a
// whole page of employees (or departments) at once, and that must cost what one costs.

type HeldByEmployee = {
  id: string;
  assets: Array<{ tag: string; model: { name: string }; category: { code: string }; currentAssignment: { assignedOn: string }; holder: { id: string } }>;
  licenses: Array<{ license: { product: string; seatsUsed: number; seatsFree: number }; assignedOn: string }>;
};
type InUse = { id: string; assetsInUse: { count: number; purchaseCost: Array<{ amount: string; currency: string }> } };

const EMPLOYEES = `query Employees($r: [_Any!]!) { _entities(representations: $r) { ... on Employee { id
  assets { tag model { name } category { code } currentAssignment { assignedOn } holder { id } }
  licenses { license { product seatsUsed seatsFree } assignedOn } } } }`;
const DEPARTMENTS = `query Departments($r: [_Any!]!) { _entities(representations: $r) { ... on Department { id assetsInUse { count purchaseCost { amount currency } } } } }`;
const PAGE = `query Page($first: Int!) { assets(first: $first) { totalCount edges { node { tag model { name } holder { id }
  currentAssignment { assignedOn handedOverBy } assignments { assignedOn } history { action occurredOn } } } } }`;

const PEOPLE = 100;
const DEPARTMENT_COUNT = 4;
const CATEGORIES = ['LAPTOP', 'MONITOR', 'PHONE'] as const;


describe('statements per request (equipment and licences)', () => {
  let it_: ItForTest;
  let today: string;
  const itAdmin: Principal = { employeeId: randomUUID(), roles: ['IT'] };
  const departments = Array.from({ length: DEPARTMENT_COUNT }, () => randomUUID());
  const people = Array.from({ length: PEOPLE }, (_, index) => ({ employeeId: randomUUID(), departmentId: departments[index % DEPARTMENT_COUNT]! }));
  const call = <T>(query: string, variables: Record<string, unknown>) => it_.call<T>(query, variables, itAdmin);

  beforeAll(async () => {
    it_ = await startItForTest();
    today = (await it_.service.dataSource.query<Array<{ today: string }>>('SELECT business_today()::text AS today'))[0]!.today;
    const startDate = new Date(Date.parse(`${today}T00:00:00Z`) - 100 * 86_400_000).toISOString().slice(0, 10);
    await it_.hire(people.map((who) => ({ ...who, managerId: null, startDate })));
    // IT provisions an account for each hire on its own consumer: let it finish, so its writes
    // cannot land in a count.
    const ids = people.map((who) => who.employeeId);
    await eventually(async () => (await it_.admin.query<{ n: number }>(`SELECT count(DISTINCT employee_id)::int AS n FROM system_accounts WHERE employee_id = ANY($1::uuid[])`, [ids])).rows[0]!.n === PEOPLE, 30_000);

    // Each person one asset and one seat, through the commands themselves (faster than HTTP).
    const modules = itModulesOf({ dataSource: it_.service.dataSource, config: loadItConfig(it_.env) });
    const metadata = (): EventMetadata => ({ actor: itAdmin.employeeId!, correlationId: randomUUID() });
    const licenses = [];
    for (const product of ['Slack', 'Figma', '1Password']) {
      licenses.push(await registerLicense(modules, { product, vendor: `${product} Inc.`, seats: 40, costPerPeriod: '8.00', currency: 'EUR', billingPeriod: 'MONTHLY', renewalDate: today }, metadata()));
    }
    for (const [index, who] of people.entries()) {
      const asset = await registerAsset(
        modules,
        {
          category: CATEGORIES[index % CATEGORIES.length],
          manufacturer: 'Acme',
          model: `Model ${index % CATEGORIES.length}`,
          serialNumber: `ACME-${index}`,
          purchaseDate: startDate,
          purchaseCost: '100.00',
          currency: Math.floor(index / DEPARTMENT_COUNT) % 2 ? 'USD' : 'EUR',
        },
        metadata(),
      );
      await assignAsset(modules, { assetId: asset.id, expectedVersion: asset.version, employeeId: who.employeeId }, metadata());
      await assignSeat(modules, { licenseId: licenses[index % licenses.length]!.id, employeeId: who.employeeId }, metadata());
    }

    // The relay and the job runner share the pool; stopped, they cannot add their polls and
    // ticks to a request's count.
    await it_.service.relay.stop();
    await it_.service.jobs.stop();
  });

  afterAll(async () => {
    await it_?.stop();
  });

  it('fetching 100 employees with their assets and licences costs the same number of SQL statements as fetching 1', async () => {
    const counter = statementCounter(it_.service.dataSource);
    const representations = (n: number) => people.slice(0, n).map((who) => ({ __typename: 'Employee', id: who.employeeId }));
    const one = await counter.during(() => call<{ _entities: HeldByEmployee[] }>(EMPLOYEES, { r: representations(1) }));
    const hundred = await counter.during(() => call<{ _entities: HeldByEmployee[] }>(EMPLOYEES, { r: representations(PEOPLE) }));

    const employees = ok(hundred.result)._entities;
    expect(employees).toHaveLength(PEOPLE);
    let seen = 0;
    for (const [index, employee] of employees.entries()) {
      expect(employee.id).toBe(people[index]!.employeeId);
      expect(employee.assets).toEqual([
        { tag: expect.stringMatching(/^AST-\d{6}$/), model: { name: `Model ${index % 3}` }, category: { code: CATEGORIES[index % 3] }, currentAssignment: { assignedOn: today }, holder: { id: employee.id } },
      ]);
      expect(employee.licenses).toHaveLength(1);
      expect(employee.licenses[0]!.license.seatsUsed + employee.licenses[0]!.license.seatsFree).toBe(40);
      seen += 1;
    }
    expect(seen).toBe(PEOPLE);
    expect(ok(one.result)._entities).toEqual([employees[0]]);

    expect(one.statements).toBeGreaterThan(0);
    expect(hundred.statements).toBe(one.statements);
  });

  it('Department.assetsInUse for several departments costs the same number of SQL statements as for one', async () => {
    const counter = statementCounter(it_.service.dataSource);
    const representations = (ids: string[]) => ids.map((id) => ({ __typename: 'Department', id }));
    const one = await counter.during(() => call<{ _entities: InUse[] }>(DEPARTMENTS, { r: representations(departments.slice(0, 1)) }));
    const several = await counter.during(() => call<{ _entities: InUse[] }>(DEPARTMENTS, { r: representations(departments) }));

    // 25 people each, every one holding an asset of 100.00: 13 bought in EUR, 12 in USD.
    const byDepartment = ok(several.result)._entities;
    expect(byDepartment).toEqual(
      departments.map((id) => ({ id, assetsInUse: { count: 25, purchaseCost: [{ amount: '1300.00', currency: 'EUR' }, { amount: '1200.00', currency: 'USD' }] } })),
    );
    expect(ok(one.result)._entities).toEqual([byDepartment[0]]);

    expect(one.statements).toBeGreaterThan(0);
    expect(several.statements).toBe(one.statements);
  });

  it('a page of 100 assets with their holders, hand-overs and history costs the same number of SQL statements as a page of 1', async () => {
    const counter = statementCounter(it_.service.dataSource);
    type Node = { tag: string; holder: { id: string }; assignments: unknown[]; history: Array<{ action: string }> };
    const one = await counter.during(() => call<{ assets: { totalCount: number; edges: Array<{ node: Node }> } }>(PAGE, { first: 1 }));
    const hundred = await counter.during(() => call<{ assets: { totalCount: number; edges: Array<{ node: Node }> } }>(PAGE, { first: PEOPLE }));

    const page = ok(hundred.result).assets;
    expect(page.totalCount).toBe(PEOPLE);
    expect(page.edges).toHaveLength(PEOPLE);
    expect(page.edges.every(({ node }) => node.assignments.length === 1 && node.history.map((entry) => entry.action).join() === 'REGISTERED,ASSIGNED')).toBe(true);
    expect(ok(one.result).assets.edges).toHaveLength(1);

    expect(one.statements).toBeGreaterThan(0);
    expect(hundred.statements).toBe(one.statements);
  });
});
