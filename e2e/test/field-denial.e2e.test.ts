import { randomUUID } from 'node:crypto';
import { asCaller, createDepartment, hireEmployee, newHires } from '../src/graph';
import { startStack, type Stack } from '../src/stack';

jest.setTimeout(120_000);

// One rule in every subgraph: a field the caller may not see resolves to null with a FORBIDDEN
// error at its path in the client's query, and the rest of the response survives. Pinned here
// through the gateway for a field of each subgraph, reached the way a client reaches it.

type Denial = { path: string; code: unknown };
const denials = (errors: Array<{ path?: ReadonlyArray<string | number>; extensions?: Record<string, unknown> }> | undefined): Denial[] =>
  (errors ?? []).map((error) => ({ path: (error.path ?? []).join('.'), code: error.extensions?.code })).sort((a, b) => a.path.localeCompare(b.path));

describe('a field the caller may not see, through the gateway', () => {
  let stack: Stack;
  let managerToken: string;
  let employeeToken: string;
  let selfId: string;

  beforeAll(async () => {
    stack = await startStack();
    managerToken = stack.token({ employeeId: randomUUID(), roles: ['MANAGER'] });
    const departmentId = await createDepartment(stack.gatewayUrl, managerToken, 'DEN', 'Denials');
    const ada = await hireEmployee(stack.gatewayUrl, managerToken, { ...newHires.ada, departmentId });
    await hireEmployee(stack.gatewayUrl, managerToken, { ...newHires.grace, departmentId });
    await hireEmployee(stack.gatewayUrl, managerToken, { firstName: 'Alan', lastName: 'Turing', email: 'alan@example.com', departmentId, salary: { amount: '90000.00', currency: 'EUR' } });
    selfId = ada.id;
    employeeToken = stack.token({ employeeId: selfId, roles: ['EMPLOYEE'] });
  });

  afterAll(async () => {
    await stack?.stop();
  });

  type Node = { id: string; firstName: string; salary?: { amount: string } | null; accounts?: Array<{ system: string }> | null };
  const directory = (token: string, fields: string) =>
    asCaller<{ employees: { edges: Array<{ node: Node }> } }>(stack.gatewayUrl, token, `{ employees(first: 3) { edges { node { id firstName ${fields} } } } }`);

  // The colleagues' positions in the page, where the denials must be.
  const colleagueIndexes = (edges: Array<{ node: Node }>) => edges.flatMap(({ node }, index) => (node.id === selfId ? [] : [index]));

  it('hr: an EMPLOYEE listing the directory gets colleagues without salary, each with FORBIDDEN at its path', async () => {
    const response = await directory(employeeToken, 'salary { amount }');
    const edges = response.data!.employees.edges;
    expect(edges).toHaveLength(3);
    expect(edges.map(({ node }) => node.firstName).sort()).toEqual(['Ada', 'Alan', 'Grace']);
    expect(edges.find(({ node }) => node.id === selfId)!.node.salary).toEqual({ amount: newHires.ada.salary.amount });
    const colleagues = colleagueIndexes(edges);
    expect(colleagues).toHaveLength(2);
    for (const index of colleagues) expect(edges[index]!.node.salary).toBeNull();
    expect(denials(response.errors)).toEqual(colleagues.map((index) => ({ path: `employees.edges.${index}.node.salary`, code: 'FORBIDDEN' })));
  });

  it('it: an EMPLOYEE listing the directory with system accounts keeps the directory; colleagues’ accounts are null with FORBIDDEN', async () => {
    const response = await directory(employeeToken, 'accounts { system }');
    expect(response.data).not.toBeNull();
    const edges = response.data!.employees.edges;
    expect(edges).toHaveLength(3);
    expect(edges.find(({ node }) => node.id === selfId)!.node.accounts).toEqual(expect.any(Array));
    const colleagues = colleagueIndexes(edges);
    expect(colleagues).toHaveLength(2);
    for (const index of colleagues) expect(edges[index]!.node.accounts).toBeNull();
    expect(denials(response.errors)).toEqual(colleagues.map((index) => ({ path: `employees.edges.${index}.node.accounts`, code: 'FORBIDDEN' })));
  });

  it('accounting: an EMPLOYEE listing departments gets them, each budget null with FORBIDDEN at its path', async () => {
    const response = await asCaller<{ departments: Array<{ code: string; budget: unknown }> }>(stack.gatewayUrl, employeeToken, `{ departments { code budget { fiscalYear } } }`);
    const departments = response.data!.departments;
    expect(departments.map((department) => department.code)).toEqual(['DEN']);
    expect(departments[0]!.budget).toBeNull();
    expect(denials(response.errors)).toEqual([{ path: 'departments.0.budget', code: 'FORBIDDEN' }]);
  });

  it('the MANAGER asking the same three things gets every field and no error', async () => {
    const pay = await directory(managerToken, 'salary { amount }');
    expect(pay.errors).toBeUndefined();
    expect(pay.data!.employees.edges.every(({ node }) => node.salary !== null)).toBe(true);
    const accounts = await directory(managerToken, 'accounts { system }');
    expect(accounts.errors).toBeUndefined();
    expect(accounts.data!.employees.edges.every(({ node }) => Array.isArray(node.accounts))).toBe(true);
    const budgets = await asCaller(stack.gatewayUrl, managerToken, `{ departments { code budget { fiscalYear } } }`);
    expect(budgets.errors).toBeUndefined();
  });
});
