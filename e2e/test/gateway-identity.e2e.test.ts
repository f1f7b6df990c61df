import { createHmac, generateKeyPairSync, randomUUID, type KeyObject } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import jwt from 'jsonwebtoken';
import { DEVELOPMENT_IDENTITY_PUBLIC_KEY } from '@backoffice/platform/config';
import { IDENTITY_HEADER } from '@backoffice/platform/identity';
import { postGraphQL } from '@backoffice/testkit/graphql-client';
import type { ServiceProcess } from '@backoffice/testkit/service-process';
import { startCountingSubgraph, type CountingSubgraph } from '../src/counting-subgraph';
import { asCaller, createDepartment, hireEmployee, newHires, type HiredEmployee } from '../src/graph';
import { startRecordingProxy, type RecordedRequest, type RecordingProxy } from '../src/recording-proxy';
import { gatewayProcess, stackEnvironment, startStack, subgraphNames, type Stack } from '../src/stack';
import { bearer, type Caller } from '../src/tokens';

jest.setTimeout(180_000);

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// Sends a body exactly as captured, with the identity header given, straight to a subgraph.
async function replay(url: string, body: string, identity: string | undefined): Promise<{ status: number; body: { data?: unknown; errors?: Array<{ message: string; extensions?: { code?: string } }> } }> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...(identity ? { [IDENTITY_HEADER]: identity } : {}) }, body });
  return { status: response.status, body: (await response.json()) as never };
}

describe('a header the gateway sent is worthless for any other subgraph, operation, variables or time', () => {
  let stack: Stack;
  let proxy: RecordingProxy;
  let gateway: ServiceProcess;
  let ada: HiredEmployee;
  let grace: HiredEmployee;
  let captured: RecordedRequest;
  let capturedAt: number;
  const hrPerson: Caller = { employeeId: randomUUID(), roles: ['HR'] };
  const query = `query Person($id: ID!) { employee(id: $id) { id firstName } }`;

  beforeAll(async () => {
    stack = await startStack();
    const token = stack.token(hrPerson);
    const departmentId = await createDepartment(stack.gatewayUrl, token, 'ENG', 'Engineering');
    ada = await hireEmployee(stack.gatewayUrl, token, { ...newHires.ada, departmentId });
    grace = await hireEmployee(stack.gatewayUrl, token, { ...newHires.grace, departmentId });
    // A second gateway whose calls to HR pass through a recorder; its headers live 5 s.
    proxy = await startRecordingProxy(stack.subgraphUrls.hr);
    gateway = await gatewayProcess({ ...stack.subgraphUrls, hr: proxy.url }, { ...stack.env, IDENTITY_TTL_SECONDS: '5' });
    await gateway.start();
    const answer = await asCaller(gateway.graphqlUrl, token, query, { id: ada.id });
    capturedAt = Date.now();
    expect(answer.errors).toBeUndefined();
    captured = proxy.recorded.find((request) => request.body.includes(ada.id))!;
    expect(captured).toBeDefined();
  });

  afterAll(async () => {
    await gateway?.stop();
    await proxy?.stop();
    await stack?.stop();
  });

  const header = () => captured.headers[IDENTITY_HEADER] as string;
  const withBody = (change: (body: { query: string; variables?: Record<string, unknown>; operationName?: string }) => object) =>
    JSON.stringify(change(JSON.parse(captured.body) as { query: string; variables?: Record<string, unknown> }));

  it('replayed exactly, to HR, within its lifetime, it is accepted (so the refusals below are about what changed)', async () => {
    const answer = await replay(stack.subgraphUrls.hr, captured.body, header());
    expect(answer.status).toBe(200);
    expect(JSON.stringify(answer.body.data)).toContain(ada.id);
  });

  it.each(['accounting', 'it'] as const)('replayed to %s, it is refused', async (subgraph) => {
    const answer = await replay(stack.subgraphUrls[subgraph], captured.body, header());
    expect(answer.status).toBe(401);
    expect(answer.body.errors?.map((error) => [error.extensions?.code, error.message])).toEqual([['UNAUTHENTICATED', 'Requests must come through the gateway.']]);
  });

  it('replayed to HR with another operation, it is refused', async () => {
    const answer = await replay(stack.subgraphUrls.hr, withBody((body) => ({ ...body, query: '{ employees(first: 200) { edges { node { id salary { amount } } } } }' })), header());
    expect(answer.status).toBe(401);
  });

  it('replayed to HR with other variables (another person), it is refused', async () => {
    const answer = await replay(stack.subgraphUrls.hr, withBody((body) => ({ ...body, variables: JSON.parse(JSON.stringify(body.variables).replace(ada.id, grace.id)) })), header());
    expect(answer.status).toBe(401);
  });

  it('replayed once expired, it is refused', async () => {
    await sleep(Math.max(0, capturedAt + 6_000 - Date.now()));
    const answer = await replay(stack.subgraphUrls.hr, captured.body, header());
    expect(answer.status).toBe(401);
  });

  it.each(subgraphNames)("a header minted from %s's configuration (the gateway's public key) is refused", async (subgraph) => {
    const now = Math.floor(Date.now() / 1000);
    const body = JSON.stringify({ query: '{ _service { sdl } }', variables: {} });
    const signed = `v2.dev.${b64({ sub: hrPerson.employeeId, svc: null, roles: ['HR', 'MANAGER'], aud: subgraph, iat: now, exp: now + 30, req: 'any' })}`;
    const minted = `${signed}.${createHmac('sha256', DEVELOPMENT_IDENTITY_PUBLIC_KEY).update(signed).digest('base64url')}`;
    expect((await replay(stack.subgraphUrls[subgraph], body, minted)).status).toBe(401);
  });

  it.each(subgraphNames)('a client token sent straight to %s is refused', async (subgraph) => {
    const answer = await postGraphQL(stack.subgraphUrls[subgraph], '{ _service { sdl } }', {}, bearer(stack.token(hrPerson)));
    expect(answer.status).toBe(401);
    expect(answer.errors?.map((error) => error.extensions?.code)).toEqual(['UNAUTHENTICATED']);
  });

  it("when a subgraph refuses the gateway itself (a key it does not know), the client learns nothing of the subgraph's address", async () => {
    const strangerKey = generateKeyPairSync('ed25519').privateKey.export({ format: 'der', type: 'pkcs8' }).toString('base64url');
    const misconfigured = await gatewayProcess(stack.subgraphUrls, { ...stack.env, IDENTITY_SIGNING_KEY: `dev:${strangerKey}` });
    await misconfigured.start();
    try {
      const answer = await asCaller(misconfigured.graphqlUrl, stack.token(hrPerson), query, { id: ada.id });
      expect(answer.errors?.length).toBeGreaterThan(0);
      const text = JSON.stringify(answer);
      for (const leak of ['127.0.0.1', 'localhost', 'http://', 'Requests must come through the gateway', '"response"']) expect(text).not.toContain(leak);
    } finally {
      await misconfigured.stop();
    }
  });
});

describe("the gateway checks identity-provider tokens (RS256/ES256, JWKS) before calling any subgraph", () => {
  const issuer = 'https://id.example.test/';
  const audience = 'backoffice';
  const person = randomUUID();
  let jwks: Server;
  let subgraph: CountingSubgraph;
  let gateway: ServiceProcess;
  const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const stranger = generateKeyPairSync('rsa', { modulusLength: 2048 });

  beforeAll(async () => {
    const keys = [
      { ...rsa.publicKey.export({ format: 'jwk' }), kid: 'rsa-1', alg: 'RS256', use: 'sig' },
      { ...ec.publicKey.export({ format: 'jwk' }), kid: 'ec-1', alg: 'ES256', use: 'sig' },
    ];
    jwks = createServer((_request, response) => {
      response.setHeader('content-type', 'application/json');
      response.end(JSON.stringify({ keys }));
    });
    await new Promise<void>((resolve) => jwks.listen(0, '127.0.0.1', resolve));
    subgraph = await startCountingSubgraph();
    gateway = await gatewayProcess(
      { hr: subgraph.url, accounting: subgraph.url, it: subgraph.url },
      stackEnvironment({ AUTH_JWKS_URL: `http://127.0.0.1:${(jwks.address() as AddressInfo).port}/jwks.json`, AUTH_ISSUER: issuer, AUTH_AUDIENCE: audience, AUTH_MAX_TOKEN_LIFETIME_SECONDS: '3600' }),
    );
    await gateway.start();
  });

  afterAll(async () => {
    await gateway?.stop();
    await subgraph?.stop();
    await new Promise<void>((resolve) => jwks.close(() => resolve()));
  });

  type TokenOptions = { key?: KeyObject; algorithm?: jwt.Algorithm; kid?: string; claims?: Record<string, unknown>; omit?: string[] };
  const token = ({ key = rsa.privateKey, algorithm = 'RS256', kid = 'rsa-1', claims = {}, omit = [] }: TokenOptions = {}) => {
    const now = Math.floor(Date.now() / 1000);
    const all: Record<string, unknown> = { sub: person, roles: ['HR'], iss: issuer, aud: audience, iat: now, exp: now + 600, ...claims };
    for (const name of omit) delete all[name];
    return jwt.sign(all, key.export({ format: 'pem', type: 'pkcs8' }), { algorithm, keyid: kid });
  };
  const now = () => Math.floor(Date.now() / 1000);

  it.each([
    ['alg none', /signature, algorithm or format/, () => `${b64({ alg: 'none', kid: 'rsa-1' })}.${b64({ sub: person, roles: ['HR'], iss: issuer, aud: audience, iat: now(), exp: now() + 600 })}.`],
    ['the wrong key', /signature, algorithm or format/, () => token({ key: stranger.privateKey })],
    ['expired', /expired/, () => token({ claims: { iat: now() - 1200, exp: now() - 600 } })],
    ['not yet valid', /not valid yet/, () => token({ claims: { nbf: now() + 600, exp: now() + 1200 } })],
    ['the wrong issuer', /issued by or for someone else/, () => token({ claims: { iss: 'https://evil.example.test/' } })],
    ['the wrong audience', /issued by or for someone else/, () => token({ claims: { aud: 'another-app' } })],
    ['no sub', /`sub` must name the caller/, () => token({ omit: ['sub'] })],
    ['a lifetime beyond the maximum', /expired \(or lives longer than allowed\)/, () => token({ claims: { iat: now() - 7200, exp: now() + 600 } })],
    ['HS256 signed with the public key as a secret', /signature, algorithm or format/, () => jwt.sign({ sub: person, roles: ['HR'], iss: issuer, aud: audience, iat: now(), exp: now() + 600 }, rsa.publicKey.export({ format: 'pem', type: 'spki' }) as string, { algorithm: 'HS256' })],
  ])('a token with %s is refused with HTTP 401, saying why, and no subgraph is called', async (_case, reason, make) => {
    const before = subgraph.graphqlRequests();
    const answer = await postGraphQL(gateway.graphqlUrl, '{ employees(first: 1) { totalCount } }', {}, bearer(make()));
    expect(answer.status).toBe(401);
    expect(answer.errors?.map((error) => error.extensions?.code)).toEqual(['UNAUTHENTICATED']);
    expect(answer.errors?.[0]?.message).toMatch(reason);
    expect(subgraph.graphqlRequests()).toBe(before);
  });

  it.each([
    ['RS256', () => token()],
    ['ES256', () => token({ key: ec.privateKey, algorithm: 'ES256', kid: 'ec-1' })],
  ])('a valid %s token from the provider reaches the subgraphs', async (_case, make) => {
    const before = subgraph.graphqlRequests();
    const answer = await postGraphQL(gateway.graphqlUrl, '{ employees(first: 1) { totalCount } }', {}, bearer(make()));
    // The counting subgraph answers nothing, so the gateway reports its failure: not UNAUTHENTICATED.
    expect(answer.errors?.map((error) => error.extensions?.code)).not.toContain('UNAUTHENTICATED');
    expect(subgraph.graphqlRequests()).toBeGreaterThan(before);
  });
});
