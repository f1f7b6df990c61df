import { randomUUID } from 'node:crypto';
import { getIntrospectionQuery } from 'graphql';
import jwt from 'jsonwebtoken';
import { postGraphQL, type GraphQLResponse } from '@backoffice/testkit/graphql-client';
import type { ServiceProcess } from '@backoffice/testkit/service-process';
import { startCountingSubgraph, type CountingSubgraph } from '../src/counting-subgraph';
import { asCaller, createDepartment, hireEmployee, newHires } from '../src/graph';
import { gatewayProcess, stackEnvironment, startStack, type Stack } from '../src/stack';
import { bearer, DEV_JWT_SECRET, signToken, type Caller } from '../src/tokens';

jest.setTimeout(180_000);

// The gateway's limits through a real gateway process: what breaks one is refused with HTTP 400
// before any subgraph hears of it; a caller over their rate gets HTTP 429 with Retry-After; and a
// frozen subgraph costs its own fields, not the whole response.

const employee: Caller = { employeeId: randomUUID(), roles: ['EMPLOYEE'] };
const manager: Caller = { employeeId: randomUUID(), roles: ['MANAGER'] };

// A service account's token: the SERVICE role and its name as `sub`.
const serviceAccountToken = (name: string) => jwt.sign({ roles: ['SERVICE'] }, DEV_JWT_SECRET, { algorithm: 'HS256', expiresIn: 3600, subject: name });

const someoneId = '00000000-0000-4000-8000-000000000001';
const managerChain = (levels: number) => `query Chain { employee(id: "${someoneId}") { ${'manager { '.repeat(levels - 2)}id${' }'.repeat(levels - 2)} } }`;
const employeePage = `edges { node { id directReports { id } reportingChain { id } } }`;

type Limit = { name: string; maximum: number; found?: number };
const refusalsOf = (response: GraphQLResponse) => (response.errors ?? []).map((error) => ({ code: error.extensions?.code, limit: error.extensions?.limit as Limit | undefined }));

describe('operations over the default limits are refused before any subgraph is called', () => {
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

  const refused = async (query: string, variables: Record<string, unknown> = {}) => {
    const response = await postGraphQL(gateway.graphqlUrl, query, variables, bearer(signToken(employee)));
    expect(response.status).toBe(400);
    expect(response.data ?? null).toBeNull();
    for (const error of response.errors ?? []) expect(error.message).toMatch(/at most \d+ .*allowed/);
    expect(subgraph.graphqlRequests()).toBe(0);
    return refusalsOf(response);
  };

  it('the issue’s first attack: 200 aliased employees(first: 200) with directReports and reportingChain', async () => {
    const query = `query Pages { ${Array.from({ length: 200 }, (_, index) => `page${index}: employees(first: 200) { ${employeePage} }`).join(' ')} }`;
    expect(await refused(query)).toEqual([{ code: 'GRAPHQL_VALIDATION_FAILED', limit: { name: 'tokens', maximum: 1000 } }]);
  });

  it('the same attack packed into a fragment and a variable, under the token limit, is refused for its aliases', async () => {
    const query = `query Pages($size: Int) { ${Array.from({ length: 60 }, (_, index) => `p${index}: employees(first: $size) { ...Page }`).join(' ')} } fragment Page on EmployeeConnection { ${employeePage} }`;
    expect(await refused(query, { size: 200 })).toEqual([{ code: 'GRAPHQL_VALIDATION_FAILED', limit: { name: 'aliases', maximum: 15, found: 60 } }]);
  });

  it('and with no more aliases than allowed, for its cost, whose page size comes from a variable', async () => {
    const query = `query Pages($size: Int) { ${Array.from({ length: 15 }, (_, index) => `p${index}: employees(first: $size) { ...Page }`).join(' ')} } fragment Page on EmployeeConnection { ${employeePage} }`;
    expect(await refused(query, { size: 200 })).toEqual([{ code: 'QUERY_TOO_COMPLEX', limit: { name: 'cost', maximum: 5000, found: 15 * 200 * 23 } }]);
  });

  it('the issue’s second attack: a depth-21 manager chain', async () => {
    expect(await refused(managerChain(21))).toEqual([{ code: 'GRAPHQL_VALIDATION_FAILED', limit: { name: 'depth', maximum: 10, found: 21 } }]);
  });

  it('the manager chain hidden in fragments', async () => {
    const fragments = Array.from({ length: 19 }, (_, index) => `fragment L${index} on Employee { manager { ${index === 18 ? 'id' : `...L${index + 1}`} } }`).join(' ');
    expect(await refused(`query Chain { employee(id: "${someoneId}") { ...L0 } } ${fragments}`)).toEqual([
      { code: 'GRAPHQL_VALIDATION_FAILED', limit: { name: 'depth', maximum: 10, found: 21 } },
    ]);
  });

  it('too many directives', async () => {
    const query = `query Flags($on: Boolean!) { employee(id: "${someoneId}") { ${Array.from({ length: 21 }, () => 'id @include(if: $on)').join(' ')} } }`;
    expect(await refused(query, { on: true })).toEqual([{ code: 'GRAPHQL_VALIDATION_FAILED', limit: { name: 'directives', maximum: 20, found: 21 } }]);
  });

  it('too many tokens', async () => {
    expect(await refused(`{ employee(id: "${someoneId}") { ${Array.from({ length: 1000 }, () => 'id').join(' ')} } }`)).toEqual([
      { code: 'GRAPHQL_VALIDATION_FAILED', limit: { name: 'tokens', maximum: 1000 } },
    ]);
  });

  it('a page too large for its nested lists, with `first` in the query', async () => {
    expect(await refused(`{ employees(first: 2000) { ${employeePage} } }`)).toEqual([{ code: 'QUERY_TOO_COMPLEX', limit: { name: 'cost', maximum: 5000, found: 2000 * 23 } }]);
  });

  it('introspection that nests a list inside itself', async () => {
    expect(await refused(`{ __schema { types { fields { type { fields { name } } } } } }`)).toEqual([
      { code: 'GRAPHQL_VALIDATION_FAILED', limit: { name: 'introspectionNesting', maximum: 3 } },
    ]);
  });

  it('the standard introspection query and an ordinary page do reach the gateway and a subgraph, so the count above means something', async () => {
    const introspection = await postGraphQL<{ __schema: { types: unknown[] } }>(gateway.graphqlUrl, getIntrospectionQuery(), {}, bearer(signToken(employee)));
    expect(introspection.errors).toBeUndefined();
    expect(introspection.data?.__schema.types.length).toBeGreaterThan(0);
    await postGraphQL(gateway.graphqlUrl, `{ employees(first: 200) { ${employeePage} } }`, {}, bearer(signToken(employee)));
    expect(subgraph.graphqlRequests()).toBeGreaterThan(0);
  });
});

describe('the per-caller rate limit', () => {
  let subgraph: CountingSubgraph;
  let gateway: ServiceProcess;
  const query = `{ employees(first: 1) { totalCount } }`;

  beforeAll(async () => {
    subgraph = await startCountingSubgraph();
    const env = stackEnvironment({ RATE_LIMIT_REQUESTS: '3', RATE_LIMIT_WINDOW_SECONDS: '60', RATE_LIMIT_EXEMPT_SERVICE_ACCOUNTS: 'bench,import' });
    gateway = await gatewayProcess({ hr: subgraph.url, accounting: subgraph.url, it: subgraph.url }, env);
    await gateway.start();
  });

  afterAll(async () => {
    await gateway?.stop();
    await subgraph?.stop();
  });

  const send = (token: string) =>
    fetch(gateway.graphqlUrl, { method: 'POST', headers: { 'content-type': 'application/json', ...bearer(token) }, body: JSON.stringify({ query }) });

  it('an EMPLOYEE token over its rate gets HTTP 429 with Retry-After and RATE_LIMITED, and no subgraph call', async () => {
    const token = signToken({ employeeId: randomUUID(), roles: ['EMPLOYEE'] });
    for (let request = 0; request < 3; request++) expect((await send(token)).status).not.toBe(429);
    const callsBefore = subgraph.graphqlRequests();
    const response = await send(token);
    expect(response.status).toBe(429);
    // 3 requests per 60 s: the next one in 20 s.
    expect(response.headers.get('retry-after')).toBe('20');
    const body = (await response.json()) as GraphQLResponse;
    expect(body.errors?.map((error) => error.extensions?.code)).toEqual(['RATE_LIMITED']);
    expect(body.errors?.[0]?.message).toMatch(/3 every 60 s .*Retry after 20 s/);
    expect(subgraph.graphqlRequests()).toBe(callsBefore);
    // Someone else is not slowed down by it.
    expect((await send(signToken({ employeeId: randomUUID(), roles: ['EMPLOYEE'] }))).status).not.toBe(429);
  });

  it('an exempt service account is never limited; one that is not exempt is', async () => {
    const statuses = async (token: string, count: number) => {
      const seen: number[] = [];
      for (let request = 0; request < count; request++) seen.push((await send(token)).status);
      return seen;
    };
    expect(await statuses(serviceAccountToken('bench'), 10)).not.toContain(429);
    expect(await statuses(serviceAccountToken('reports'), 4)).toContain(429);
  });
});

describe('a frozen subgraph costs its own fields, not the whole response', () => {
  let stack: Stack;
  let token: string;
  const query = `{ employees(first: 10) { edges { node { id firstName accounts { system } } } } }`;
  type Page = { employees: { edges: Array<{ node: { id: string; firstName: string; accounts: Array<{ system: string }> | null } }> } };

  beforeAll(async () => {
    stack = await startStack();
    token = stack.token(manager);
    const departmentId = await createDepartment(stack.gatewayUrl, token, 'FRZ', 'Frozen');
    await hireEmployee(stack.gatewayUrl, token, { ...newHires.ada, departmentId });
    await hireEmployee(stack.gatewayUrl, token, { ...newHires.grace, departmentId });
  });

  afterAll(async () => {
    stack?.resume('it');
    await stack?.stop();
  });

  it("with IT stopped (SIGSTOP), employees come back with HR's fields and IT's accounts null, SUBGRAPH_TIMEOUT at each path", async () => {
    const before = await asCaller<Page>(stack.gatewayUrl, token, query);
    expect(before.errors).toBeUndefined();
    expect(before.data!.employees.edges.every(({ node }) => Array.isArray(node.accounts))).toBe(true);

    stack.pause('it');
    let frozen: GraphQLResponse<Page>;
    const started = Date.now();
    try {
      frozen = await asCaller<Page>(stack.gatewayUrl, token, query);
    } finally {
      console.log(`gateway answered in ${Date.now() - started} ms with IT frozen (SUBGRAPH_TIMEOUT_MS default 5000)`);
    }
    const edges = frozen.data!.employees.edges;
    expect(edges.map(({ node }) => node.firstName).sort()).toEqual(['Ada', 'Grace']);
    expect(edges.map(({ node }) => node.accounts)).toEqual([null, null]);
    expect(frozen.errors?.map((error) => ({ path: error.path, code: error.extensions?.code }))).toEqual(
      edges.map((_edge, index) => ({ path: ['employees', 'edges', index, 'node', 'accounts'], code: 'SUBGRAPH_TIMEOUT' })),
    );
    expect(frozen.errors?.[0]?.message).toMatch(/^IT did not answer within 5000 ms/);
    // Nothing tells the client where IT runs.
    const itAddress = new URL(stack.subgraphUrls.it);
    expect(JSON.stringify(frozen)).not.toContain(itAddress.host);
    expect(JSON.stringify(frozen)).not.toContain(`:${itAddress.port}`);

    stack.resume('it');
    const after = await asCaller<Page>(stack.gatewayUrl, token, query);
    expect(after.errors).toBeUndefined();
    expect(after.data!.employees.edges.every(({ node }) => Array.isArray(node.accounts))).toBe(true);
  });
});
