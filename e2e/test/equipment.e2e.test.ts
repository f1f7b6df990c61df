import { randomUUID } from 'node:crypto';
import type { GraphQLResponse } from '@backoffice/testkit/graphql-client';
import { asCaller, createDepartment, newHires, type HiredEmployee } from '../src/graph';
import { startStack, type Stack } from '../src/stack';

jest.setTimeout(120_000);

// Equipment and a licence seat from HR's hire to one query, through the gateway: HR hires the
// employee, IT learns of them from HR's events (its workforce projection), IT registers a laptop
// and a licence and hands both over; then one query returns the employee's HR record with what
// IT gave them. The employee sees their own laptop and seat but not what the licence costs; a
// colleague sees neither. Dates are relative to the day the test runs.

type GraphQLError = NonNullable<GraphQLResponse['errors']>[number];
type EmployeeWithEquipment = {
  firstName: string;
  lastName: string;
  department: { name: string };
  assets: Array<{ tag: string; status: string; category: { code: string }; model: { manufacturer: string; name: string }; currentAssignment: { assignedOn: string } | null }> | null;
  licenses: Array<{ assignedOn: string; license: { product: string; costPerPeriod: { amount: string; currency: string } | null } }> | null;
};

const EMPLOYEE_WITH_EQUIPMENT = `query Employee($id: ID!) { employee(id: $id) {
  firstName lastName department { name }
  assets { tag status category { code } model { manufacturer name } currentAssignment { assignedOn } }
  licenses { assignedOn license { product costPerPeriod { amount currency } } }
} }`;

const today = () => new Date().toISOString().slice(0, 10);
const daysFromToday = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
const denials = (errors: readonly GraphQLError[] | undefined) => (errors ?? []).map((error) => ({ path: (error.path ?? []).join('.'), code: error.extensions?.code })).sort((a, b) => a.path.localeCompare(b.path));

describe('equipment and licences through the gateway', () => {
  let stack: Stack;
  let managerToken: string;
  let itToken: string;
  let employee: HiredEmployee;
  let colleague: HiredEmployee;
  let laptop: { id: string; tag: string };
  let assignedOn: string;

  const serviceLogs = () => (['gateway', 'hr', 'it'] as const).map((name) => `--- ${name} ---\n${stack.logs(name)}`).join('\n');
  const ok = async <T>(token: string, query: string, variables: Record<string, unknown> = {}): Promise<T> => {
    const response = await asCaller<T>(stack.gatewayUrl, token, query, variables);
    if (response.errors?.length || !response.data) throw new Error(`${query.split('(')[0]} failed: ${JSON.stringify(response.errors ?? response)}\n${serviceLogs()}`);
    return response.data;
  };

  beforeAll(async () => {
    stack = await startStack();
    managerToken = stack.token({ employeeId: randomUUID(), roles: ['MANAGER'] });
    itToken = stack.token({ employeeId: randomUUID(), roles: ['IT'] });
    const departmentId = await createDepartment(stack.gatewayUrl, managerToken, 'DES', 'Design');
    // Hired a month ago (graph.ts's hireEmployee has a fixed start date).
    const hire = async (person: Record<string, unknown>) =>
      (await ok<{ hireEmployee: HiredEmployee }>(managerToken, `mutation Hire($input: HireEmployeeInput!) { hireEmployee(input: $input) { id email } }`, { input: { title: 'Designer', ...person, departmentId, startDate: daysFromToday(-30) } }))
        .hireEmployee;
    employee = await hire(newHires.ada);
    colleague = await hire(newHires.grace);

    laptop = (
      await ok<{ registerAsset: { id: string; tag: string } }>(itToken, `mutation Register($input: RegisterAssetInput!) { registerAsset(input: $input) { id tag } }`, {
        input: {
          category: 'LAPTOP',
          manufacturer: 'Apple',
          model: 'MacBook Pro 16-inch (M3 Pro, 18 GB, 512 GB)',
          serialNumber: `E2E${randomUUID().slice(0, 8).toUpperCase()}`,
          purchaseDate: daysFromToday(-10),
          purchaseCost: '2999.00',
          currency: 'EUR',
          supplier: 'Apple Business',
          warrantyEndsOn: daysFromToday(3 * 365),
        },
      })
    ).registerAsset;
    const license = (
      await ok<{ registerLicense: { id: string } }>(itToken, `mutation Register($input: RegisterLicenseInput!) { registerLicense(input: $input) { id } }`, {
        input: { product: 'Figma Organization', vendor: 'Figma', seats: 5, costPerPeriod: '2700.00', currency: 'EUR', billingPeriod: 'YEARLY', renewalDate: daysFromToday(200) },
      })
    ).registerLicense;

    assignedOn = await untilItKnowsTheEmployeeAndHandsOverTheLaptop();
    await ok(itToken, `mutation Seat($input: SeatInput!) { assignSeat(input: $input) { id } }`, { input: { licenseId: license.id, employeeId: employee.id } });
  });

  afterAll(async () => {
    await stack?.stop();
  });

  // IT hands equipment only to someone its workforce projection has employed, and the projection
  // fills from HR's hr.employee.v1 events after the hire returns: until then the hand-over is
  // refused (BAD_USER_INPUT naming input.employeeId) and changes nothing, so it is tried again.
  async function untilItKnowsTheEmployeeAndHandsOverTheLaptop(): Promise<string> {
    const deadline = Date.now() + 60_000;
    for (;;) {
      const response = await asCaller<{ assignAsset: { status: string; currentAssignment: { assignedOn: string } } }>(
        stack.gatewayUrl,
        itToken,
        `mutation Assign($input: AssignAssetInput!) { assignAsset(input: $input) { status currentAssignment { assignedOn } } }`,
        { input: { assetId: laptop.id, expectedVersion: 1, employeeId: employee.id } },
      );
      if (!response.errors && response.data) {
        expect(response.data.assignAsset.status).toBe('ASSIGNED');
        return response.data.assignAsset.currentAssignment.assignedOn;
      }
      const notYetKnown = response.errors?.every((error) => error.extensions?.code === 'BAD_USER_INPUT' && JSON.stringify(error.extensions).includes('input.employeeId'));
      if (!notYetKnown) throw new Error(`assignAsset failed: ${JSON.stringify(response.errors)}\n${serviceLogs()}`);
      if (Date.now() > deadline) throw new Error(`IT never learned that ${employee.id} is employed\n${serviceLogs()}`);
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }

  it("one query returns the employee's HR record with the laptop and the licence seat IT gave them", async () => {
    const { employee: view } = await ok<{ employee: EmployeeWithEquipment }>(itToken, EMPLOYEE_WITH_EQUIPMENT, { id: employee.id });
    expect(view).toEqual({
      firstName: 'Ada',
      lastName: 'Lovelace',
      department: { name: 'Design' },
      assets: [{ tag: laptop.tag, status: 'ASSIGNED', category: { code: 'LAPTOP' }, model: { manufacturer: 'Apple', name: 'MacBook Pro 16-inch (M3 Pro, 18 GB, 512 GB)' }, currentAssignment: { assignedOn } }],
      licenses: [{ assignedOn, license: { product: 'Figma Organization', costPerPeriod: { amount: '2700.00', currency: 'EUR' } } }],
    });
    // Handed over today, on IT's business calendar (the test's UTC day, give or take the time zone).
    expect([daysFromToday(-1), today(), daysFromToday(1)]).toContain(assignedOn);
  });

  it('the employee sees their own laptop and seat, but what the licence costs is FORBIDDEN at its path', async () => {
    const employeeToken = stack.token({ employeeId: employee.id, roles: ['EMPLOYEE'] });
    const response = await asCaller<{ employee: EmployeeWithEquipment }>(stack.gatewayUrl, employeeToken, EMPLOYEE_WITH_EQUIPMENT, { id: employee.id });
    const view = response.data!.employee;
    expect(view.firstName).toBe('Ada');
    expect(view.assets!.map((asset) => asset.tag)).toEqual([laptop.tag]);
    expect(view.licenses).toEqual([{ assignedOn, license: { product: 'Figma Organization', costPerPeriod: null } }]);
    expect(denials(response.errors)).toEqual([{ path: 'employee.licenses.0.license.costPerPeriod', code: 'FORBIDDEN' }]);
  });

  it("a colleague gets the employee's directory record, with their equipment and licences FORBIDDEN", async () => {
    const colleagueToken = stack.token({ employeeId: colleague.id, roles: ['EMPLOYEE'] });
    const response = await asCaller<{ employee: EmployeeWithEquipment }>(stack.gatewayUrl, colleagueToken, EMPLOYEE_WITH_EQUIPMENT, { id: employee.id });
    const view = response.data!.employee;
    expect(view).toMatchObject({ firstName: 'Ada', lastName: 'Lovelace', department: { name: 'Design' }, assets: null, licenses: null });
    expect(denials(response.errors)).toEqual([
      { path: 'employee.assets', code: 'FORBIDDEN' },
      { path: 'employee.licenses', code: 'FORBIDDEN' },
    ]);
  });
});
