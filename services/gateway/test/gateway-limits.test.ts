import { randomUUID } from 'node:crypto';
import { createLogger } from '@backoffice/platform/logger';
import type { RunningHttpServer } from '@backoffice/platform/graphql-http-server';
import type { Principal } from '@backoffice/platform/identity';
import { issueDevelopmentToken } from '../src/authenticate';
import { DEV_JWT_SECRET, loadGatewayConfig } from '../src/config';
import { startGateway } from '../src/gateway';
import { aliasedEmployeePages, managerChain } from './support/limits-fixtures';
import { answerWith, neverAnswer, startStubSubgraph, type StubSubgraph } from './support/stub-subgraph';

// The gateway in this process, in front of stub subgraphs: what a client gets back (HTTP status,
// headers, body) when an operation breaks a limit, and that no subgraph heard of it.

const silent = createLogger({ service: 'gateway' }, 'silent');
const employee: Principal = { employeeId: randomUUID(), roles: ['EMPLOYEE'] };

type Answer = { status: number; headers: Headers; body: { data?: unknown; errors?: Array<{ message: string; path?: Array<string | number>; extensions?: Record<string, unknown> }> } };

async function post(url: string, principal: Principal, query: string, variables: Record<string, unknown> = {}): Promise<Answer> {
  const token = await issueDevelopmentToken(principal, DEV_JWT_SECRET);
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, headers: response.headers, body: (await response.json()) as Answer['body'] };
}

async function gatewayInFrontOf(subgraphs: Record<'hr' | 'accounting' | 'it', StubSubgraph>, env: Record<string, string> = {}): Promise<RunningHttpServer> {
  const config = loadGatewayConfig({
    NODE_ENV: 'test',
    PORT: '0',
    HOST: '127.0.0.1',
    HR_URL: subgraphs.hr.url,
    ACCOUNTING_URL: subgraphs.accounting.url,
    IT_URL: subgraphs.it.url,
    ...env,
  });
  return startGateway(config, silent);
}

describe('operations over a limit are refused with HTTP 400 before any subgraph is called', () => {
  let subgraph: StubSubgraph;
  let gateway: RunningHttpServer;

  beforeAll(async () => {
    subgraph = await startStubSubgraph();
    gateway = await gatewayInFrontOf({ hr: subgraph, accounting: subgraph, it: subgraph });
  });

  afterAll(async () => {
    await gateway?.stop();
    await subgraph?.stop();
  });

  const aliases = (count: number) => `{ employee(id: "1") { ${Array.from({ length: count }, (_, index) => `a${index}: id`).join(' ')} } }`;

  it.each([
    ['a 21-level manager chain (depth)', managerChain(21), {}, 'GRAPHQL_VALIDATION_FAILED', { name: 'depth', maximum: 10, found: 21 }],
    ['16 aliases', aliases(16), {}, 'GRAPHQL_VALIDATION_FAILED', { name: 'aliases', maximum: 15, found: 16 }],
    ['21 directives', `{ employee(id: "1") { ${Array.from({ length: 21 }, () => 'id @include(if: true)').join(' ')} } }`, {}, 'GRAPHQL_VALIDATION_FAILED', { name: 'directives', maximum: 20, found: 21 }],
    ['1001 tokens', `{ employee(id: "1") { ${Array.from({ length: 991 }, () => 'id').join(' ')} } }`, {}, 'GRAPHQL_VALIDATION_FAILED', { name: 'tokens', maximum: 1000 }],
    ['200 aliased pages of 200 employees (the issue’s attack)', aliasedEmployeePages(200), {}, 'GRAPHQL_VALIDATION_FAILED', { name: 'tokens', maximum: 1000 }],
    ['a page of 2000 employees with their reports, `first` in the query', `{ employees(first: 2000) { edges { node { directReports { id } } } } }`, {}, 'QUERY_TOO_COMPLEX', { name: 'cost', maximum: 5000, found: 2000 * 13 }],
    [
      'a page of 2000 employees with their reports, `first` in a variable',
      `query Page($size: Int) { employees(first: $size) { edges { node { directReports { id } } } } }`,
      { size: 2000 },
      'QUERY_TOO_COMPLEX',
      { name: 'cost', maximum: 5000, found: 2000 * 13 },
    ],
    ['introspection nesting four lists', `{ __schema { types { fields { args { type { enumValues { name } } } } } } }`, {}, 'GRAPHQL_VALIDATION_FAILED', { name: 'introspectionNesting', maximum: 3, found: 4 }],
    ['introspection asking for a list inside itself', `{ __schema { types { fields { type { fields { name } } } } } }`, {}, 'GRAPHQL_VALIDATION_FAILED', { name: 'introspectionNesting', maximum: 3 }],
  ])('%s', async (_case, query, variables, code, limit) => {
    const answer = await post(gateway.url, employee, query, variables);
    expect(answer.status).toBe(400);
    expect(answer.body.data ?? null).toBeNull();
    expect(answer.body.errors?.map((error) => error.extensions)).toEqual([{ code, limit }]);
    expect(answer.body.errors?.[0]?.message).toMatch(/at most \d+ .*allowed/);
    expect(subgraph.graphqlRequests()).toBe(0);
  });

  it('the same cheap operation with a small page does reach the subgraph, so the count above means something', async () => {
    await post(gateway.url, employee, `query Page($size: Int) { employees(first: $size) { edges { node { directReports { id } } } } }`, { size: 20 });
    expect(subgraph.graphqlRequests()).toBeGreaterThan(0);
  });
});

describe('the rate limit through the gateway', () => {
  let subgraph: StubSubgraph;
  let gateway: RunningHttpServer;
  const query = `{ employees(first: 1) { totalCount } }`;

  beforeAll(async () => {
    subgraph = await startStubSubgraph(answerWith({ data: { employees: { totalCount: 1 } } }));
    gateway = await gatewayInFrontOf({ hr: subgraph, accounting: subgraph, it: subgraph }, { RATE_LIMIT_REQUESTS: '3', RATE_LIMIT_WINDOW_SECONDS: '60', RATE_LIMIT_EXEMPT_SERVICE_ACCOUNTS: 'bench' });
  });

  afterAll(async () => {
    await gateway?.stop();
    await subgraph?.stop();
  });

  it('answers a caller over the limit with HTTP 429, Retry-After and RATE_LIMITED, without calling a subgraph', async () => {
    const caller: Principal = { employeeId: randomUUID(), roles: ['EMPLOYEE'] };
    for (let request = 0; request < 3; request++) expect((await post(gateway.url, caller, query)).status).toBe(200);
    const before = subgraph.graphqlRequests();
    const refused = await post(gateway.url, caller, query);
    expect(refused.status).toBe(429);
    // 3 per 60 s: one more every 20 s.
    expect(refused.headers.get('retry-after')).toBe('20');
    expect(refused.body.errors?.map((error) => error.extensions?.code)).toEqual(['RATE_LIMITED']);
    expect(subgraph.graphqlRequests()).toBe(before);
  });

  it('does not limit the exempt service account', async () => {
    const bench: Principal = { employeeId: null, roles: ['SERVICE'], serviceAccount: 'bench' };
    for (let request = 0; request < 10; request++) expect((await post(gateway.url, bench, query)).status).toBe(200);
  });
});

describe('a subgraph that does not answer costs its own fields only', () => {
  let hr: StubSubgraph;
  let it_: StubSubgraph;
  let gateway: RunningHttpServer;

  beforeAll(async () => {
    const node = (id: string, firstName: string) => ({ node: { __typename: 'Employee', id, firstName } });
    hr = await startStubSubgraph(answerWith({ data: { employees: { edges: [node('e1', 'Ada'), node('e2', 'Grace')] } } }));
    it_ = await startStubSubgraph(neverAnswer);
    gateway = await gatewayInFrontOf({ hr, accounting: hr, it: it_ }, { SUBGRAPH_TIMEOUT_MS: '300' });
  });

  afterAll(async () => {
    await gateway?.stop();
    await hr?.stop();
    await it_?.stop();
  });

  it("HR's fields arrive, IT's are null with SUBGRAPH_TIMEOUT at each path, and nothing names IT's address", async () => {
    const answer = await post(gateway.url, employee, `{ employees(first: 2) { edges { node { id firstName accounts { system } } } } }`);
    expect(answer.status).toBe(200);
    expect(answer.body.data).toEqual({
      employees: {
        edges: [
          { node: { id: 'e1', firstName: 'Ada', accounts: null } },
          { node: { id: 'e2', firstName: 'Grace', accounts: null } },
        ],
      },
    });
    expect(answer.body.errors?.map((error) => ({ path: error.path, code: error.extensions?.code }))).toEqual([
      { path: ['employees', 'edges', 0, 'node', 'accounts'], code: 'SUBGRAPH_TIMEOUT' },
      { path: ['employees', 'edges', 1, 'node', 'accounts'], code: 'SUBGRAPH_TIMEOUT' },
    ]);
    expect(answer.body.errors?.[0]?.message).toBe('IT did not answer within 300 ms, so this field is missing; the rest of the response is complete. Try again later.');
    const port = new URL(it_.url).port;
    expect(JSON.stringify(answer.body)).not.toContain(port);
    expect(JSON.stringify(answer.body)).not.toContain('127.0.0.1');
    expect(it_.graphqlRequests()).toBe(1);
  });
});
