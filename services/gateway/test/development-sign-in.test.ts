import { generateKeyPairSync, randomUUID } from 'node:crypto';
import type { RunningHttpServer } from '@backoffice/platform/graphql-http-server';
import { createLogger } from '@backoffice/platform/logger';
import { createTokenVerifier } from '../src/authenticate';
import { loadGatewayConfig, type GatewayConfig } from '../src/config';
import { DEVELOPMENT_SIGN_IN_PATHS } from '../src/development-sign-in';
import { startGateway } from '../src/gateway';
import { answerWith, startStubSubgraph, type StubSubgraph } from './support/stub-subgraph';

// The dashboard's development sign-in: demo people listed through the gateway itself, a token
// for the one chosen; and none of it on a production gateway.

const silent = createLogger({ service: 'gateway' }, 'silent');
const person = (title: string, firstName: string, manager: { id: string } | null = null) => ({ id: randomUUID(), firstName, lastName: 'Demo', title, department: { name: 'Somewhere' }, lineManager: manager });
const headOfOperations = person('Head of Operations', 'Mia');
const company = [headOfOperations, person('Head of People', 'Ola', headOfOperations), person('Software Engineer', 'Sam'), person('Accountant', 'Kit'), person('Office Assistant', 'Lou', headOfOperations)];

describe('development sign-in', () => {
  let hr: StubSubgraph;
  let gateway: RunningHttpServer;
  let config: GatewayConfig;
  let origin: string;

  beforeAll(async () => {
    hr = await startStubSubgraph(answerWith({ data: { employees: { edges: company.map((node) => ({ node })), pageInfo: { hasNextPage: false, endCursor: null } } } }));
    config = loadGatewayConfig({ NODE_ENV: 'development', PORT: '0', HOST: '127.0.0.1', HR_URL: hr.url, ACCOUNTING_URL: hr.url, IT_URL: hr.url });
    gateway = await startGateway(config, silent);
    origin = new URL(gateway.url).origin;
  });

  afterAll(async () => {
    await gateway?.stop();
    await hr?.stop();
  });

  it('lists the demo role holders and employees with the roles their token will carry', async () => {
    const response = await fetch(origin + DEVELOPMENT_SIGN_IN_PATHS.people);
    expect(response.status).toBe(200);
    const { people } = (await response.json()) as { people: Array<{ name: string; roles: string[]; reportsTo: string | null }> };
    expect(people.map((entry) => [entry.name, entry.roles, entry.reportsTo])).toEqual([
      ['Mia Demo', ['MANAGER', 'EMPLOYEE'], null],
      ['Ola Demo', ['HR', 'EMPLOYEE'], 'Mia Demo'],
      // Someone whose leave and claims the manager decides (a department head is not offered twice).
      ['Lou Demo', ['EMPLOYEE'], 'Mia Demo'],
      ['Sam Demo', ['EMPLOYEE'], null],
    ]);
  });

  it('signs a token for the person chosen, which the gateway accepts', async () => {
    const employeeId = company[2]!.id;
    const response = await fetch(origin + DEVELOPMENT_SIGN_IN_PATHS.token, { method: 'POST', body: JSON.stringify({ employeeId, roles: ['EMPLOYEE'] }) });
    expect(response.status).toBe(200);
    const { token } = (await response.json()) as { token: string };
    await expect(createTokenVerifier(config.tokens)(`Bearer ${token}`)).resolves.toMatchObject({ employeeId, roles: ['EMPLOYEE'] });
  });

  it.each([
    ['a service role', { employeeId: randomUUID(), roles: ['SERVICE'] }],
    ['an unknown role', { employeeId: randomUUID(), roles: ['EMPLOYEE', 'ROOT'] }],
    ['no roles', { employeeId: randomUUID(), roles: [] }],
    ['no person', { roles: ['MANAGER'] }],
  ])('refuses %s with a 400 that says what to send', async (_case, body) => {
    const response = await fetch(origin + DEVELOPMENT_SIGN_IN_PATHS.token, { method: 'POST', body: JSON.stringify(body) });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: string }).error).toMatch(/employeeId and one or more of MANAGER/);
  });
});

describe('a production gateway', () => {
  it('has no development sign-in', async () => {
    const hr = await startStubSubgraph();
    const ownKey = `k2026:${generateKeyPairSync('ed25519').privateKey.export({ format: 'der', type: 'pkcs8' }).toString('base64url')}`;
    const config = loadGatewayConfig({
      NODE_ENV: 'production',
      PORT: '0',
      HOST: '127.0.0.1',
      HR_URL: hr.url,
      ACCOUNTING_URL: hr.url,
      IT_URL: hr.url,
      IDENTITY_SIGNING_KEY: ownKey,
      AUTH_JWKS_URL: 'https://id.example.test/.well-known/jwks.json',
      AUTH_ISSUER: 'https://id.example.test/',
      AUTH_AUDIENCE: 'backoffice',
    });
    const gateway = await startGateway(config, silent);
    try {
      const origin = new URL(gateway.url).origin;
      expect((await fetch(origin + DEVELOPMENT_SIGN_IN_PATHS.people)).status).toBe(404);
      expect((await fetch(origin + DEVELOPMENT_SIGN_IN_PATHS.token, { method: 'POST', body: JSON.stringify({ employeeId: randomUUID(), roles: ['MANAGER'] }) })).status).toBe(404);
    } finally {
      await gateway.stop();
      await hr.stop();
    }
  });
});
