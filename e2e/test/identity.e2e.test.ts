import { randomUUID } from 'node:crypto';
import { postGraphQL } from '@backoffice/testkit/graphql-client';
import type { ServiceProcess } from '@backoffice/testkit/service-process';
import { startCountingSubgraph, type CountingSubgraph } from '../src/counting-subgraph';
import { asCaller, createDepartment, hireEmployee, newHires, type HiredEmployee } from '../src/graph';
import { gatewayProcess, startStack, type Stack } from '../src/stack';
import { bearer, expiredToken, signToken, unsignedToken, type Caller } from '../src/tokens';

jest.setTimeout(120_000);

const manager: Caller = { employeeId: randomUUID(), roles: ['MANAGER'] };
const anyQuery = `{ employees(first: 1) { totalCount } }`;

describe('the gateway turns away callers without a valid token before calling any subgraph', () => {
  let subgraph: CountingSubgraph;
  let gateway: ServiceProcess;

  beforeAll(async () => {
    subgraph = await startCountingSubgraph();
    gateway = await gatewayProcess({ hr: subgraph.url, accounting: subgraph.url, it: subgraph.url });
    await gateway.start();
  });

  afterAll(async () => {
    await gateway?.stop();
    await subgraph?.stop();
  });

  it.each([
    ['no token', {}],
    ['a header that is not a bearer token', { authorization: 'Basic dXNlcjpwYXNz' }],
    ['a malformed token', bearer('not.a.jwt')],
    ['a token signed with another secret', bearer(signToken(manager, 'someone-elses-secret-of-enough-length'))],
    ['an expired token', bearer(expiredToken(manager))],
    ['an unsigned token (alg: none)', bearer(unsignedToken(manager))],
  ])('%s is refused as UNAUTHENTICATED with HTTP 401 and no subgraph is called', async (_case, headers: Record<string, string>) => {
    const response = await postGraphQL(gateway.graphqlUrl, anyQuery, {}, headers);
    expect(response.status).toBe(401);
    expect(response.errors?.map((error) => error.extensions?.code)).toEqual(['UNAUTHENTICATED']);
    expect(response.data ?? null).toBeNull();
    expect(subgraph.graphqlRequests()).toBe(0);
  });

  it('a valid token does reach the subgraphs, so the count above means something', async () => {
    await postGraphQL(gateway.graphqlUrl, anyQuery, {}, bearer(signToken(manager)));
    expect(subgraph.graphqlRequests()).toBeGreaterThan(0);
  });
});

describe('the principal reaches a resolver intact through the gateway', () => {
  let stack: Stack;
  let ada: HiredEmployee;
  let grace: HiredEmployee;

  beforeAll(async () => {
    stack = await startStack();
    const token = stack.token(manager);
    const departmentId = await createDepartment(stack.gatewayUrl, token, 'ENG', 'Engineering');
    ada = await hireEmployee(stack.gatewayUrl, token, { ...newHires.ada, departmentId });
    grace = await hireEmployee(stack.gatewayUrl, token, { ...newHires.grace, departmentId });
  });

  afterAll(async () => {
    await stack?.stop();
  });

  const salaryOf = async (caller: Caller, id: string) => {
    const response = await asCaller<{ employee: { id: string; salary: { amount: string } | null } }>(
      stack.gatewayUrl,
      stack.token(caller),
      `query Salary($id: ID!) { employee(id: $id) { id salary { amount } } }`,
      { id },
    );
    // A salary the caller may not see is null with FORBIDDEN at its path; nothing else fails.
    const denied = (response.errors ?? []).map((error) => ({ code: error.extensions?.code, path: error.path }));
    expect(denied).toEqual(response.data!.employee.salary === null ? [{ code: 'FORBIDDEN', path: ['employee', 'salary'] }] : []);
    return response.data!.employee.salary;
  };

  it("an employee sees their own salary; a colleague's is null with FORBIDDEN; HR sees both", async () => {
    const adaAsEmployee: Caller = { employeeId: ada.id, roles: ['EMPLOYEE'] };
    expect(await salaryOf(adaAsEmployee, ada.id)).toEqual({ amount: '72000.00' });
    expect(await salaryOf(adaAsEmployee, grace.id)).toBeNull();
    expect(await salaryOf({ employeeId: randomUUID(), roles: ['HR'] }, grace.id)).toEqual({ amount: '81000.00' });
  });

  it("an employee asking for a colleague's IT accounts is refused as FORBIDDEN, but may see their own", async () => {
    const token = stack.token({ employeeId: ada.id, roles: ['EMPLOYEE'] });
    const query = `query Accounts($id: ID!) { employee(id: $id) { id accounts { system } } }`;

    const colleague = await asCaller(stack.gatewayUrl, token, query, { id: grace.id });
    expect(colleague.errors?.map((error) => error.extensions?.code)).toEqual(['FORBIDDEN']);
    expect(colleague.errors?.[0]?.path).toEqual(['employee', 'accounts']);

    const own = await asCaller(stack.gatewayUrl, token, query, { id: ada.id });
    expect(own.errors).toBeUndefined();
  });
});
