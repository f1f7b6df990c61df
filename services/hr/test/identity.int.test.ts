import { createHmac, generateKeyPairSync } from 'node:crypto';
import { DEVELOPMENT_IDENTITY_PUBLIC_KEY } from '@backoffice/platform/config';
import { IDENTITY_HEADER, requestDigest, signIdentity, type BoundRequest, type Principal } from '@backoffice/platform/identity';
import { DEV_GATEWAY_KEY, postGraphQL, type RequestHeaders } from '@backoffice/testkit/graphql-client';
import { testEnvironment } from '@backoffice/testkit/isolation';
import { hrAdmin, startHrForTest, type HrForTest } from './support/hr-test-harness';

jest.setTimeout(60_000);

const entitiesQuery = `query Entities($representations: [_Any!]!) { _entities(representations: $representations) { ... on Employee { id } } }`;
const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

describe('HR admits only requests the gateway signed for HR, for that exact request', () => {
  let hr: HrForTest;
  let employeeId: string;

  beforeAll(async () => {
    hr = await startHrForTest();
    employeeId = await hr.hire({ departmentId: await hr.createDepartment('OPS', { name: 'Operations' }) });
  });

  afterAll(async () => {
    await hr?.stop();
  });

  // As the gateway signs: for HR, for this request, now.
  const signedFor =
    (options: { audience?: 'hr' | 'it' | 'accounting'; now?: number; key?: typeof DEV_GATEWAY_KEY; bind?: (request: { query: string; variables: Record<string, unknown> }) => BoundRequest; who?: Principal } = {}) =>
    (request: { query: string; variables: Record<string, unknown> }): Record<string, string> => ({
      [IDENTITY_HEADER]: signIdentity(options.who ?? hrAdmin, { key: options.key ?? DEV_GATEWAY_KEY, audience: options.audience ?? 'hr', request: options.bind ? options.bind(request) : request, now: options.now }),
    });
  const strangerKey = { id: 'dev', privateKey: generateKeyPairSync('ed25519').privateKey };
  const tampered: RequestHeaders = (request) => {
    // The gateway's signature over HR claims, with the claims swapped for MANAGER ones.
    const [version, keyId, , signature] = signedFor()(request)[IDENTITY_HEADER]!.split('.');
    const now = Math.floor(Date.now() / 1000);
    const claims = { sub: hrAdmin.employeeId, svc: null, roles: ['MANAGER'], aud: 'hr', iat: now, exp: now + 30, req: requestDigest(request) };
    return { [IDENTITY_HEADER]: [version, keyId, b64(claims), signature].join('.') };
  };
  // Everything a subgraph's configuration holds is the gateway's public key: "signing" with it
  // as if it were a secret is what a compromised subgraph could try.
  const mintedFromSubgraphConfig: RequestHeaders = (request) => {
    const now = Math.floor(Date.now() / 1000);
    const signed = `v2.dev.${b64({ sub: hrAdmin.employeeId, svc: null, roles: ['HR', 'MANAGER'], aud: 'hr', iat: now, exp: now + 30, req: requestDigest(request) })}`;
    return { [IDENTITY_HEADER]: `${signed}.${createHmac('sha256', DEVELOPMENT_IDENTITY_PUBLIC_KEY).update(signed).digest('base64url')}` };
  };
  const unsigned: RequestHeaders = (request) => {
    const now = Math.floor(Date.now() / 1000);
    return { [IDENTITY_HEADER]: `v2.dev.${b64({ sub: hrAdmin.employeeId, svc: null, roles: ['HR'], aud: 'hr', iat: now, exp: now + 30, req: requestDigest(request) })}.` };
  };

  const refusedHeaders: Array<[string, RequestHeaders]> = [
    ['no identity header', {}],
    ['a tampered identity header', tampered],
    ['an expired identity header', signedFor({ now: Date.now() - 120_000 })],
    ['a header issued in the future', signedFor({ now: Date.now() + 120_000 })],
    ['a header signed for IT (another audience)', signedFor({ audience: 'it' })],
    ['a header signed for another operation', signedFor({ bind: (request) => ({ ...request, query: '{ departments { id } }' }) })],
    ['a header signed for other variables', signedFor({ bind: (request) => ({ ...request, variables: { ...request.variables, representations: [{ __typename: 'Employee', id: '00000000-0000-4000-8000-000000000000' }] } }) })],
    ['a header signed by a stranger key under the gateway key id', signedFor({ key: strangerKey })],
    ['a header minted from a subgraph configuration', mintedFromSubgraphConfig],
    ['an unsigned header', unsigned],
    ['a header naming nobody', signedFor({ who: { employeeId: null, roles: ['HR'] } })],
    ['a header that is not an identity at all', { [IDENTITY_HEADER]: 'Bearer something' }],
  ];

  const operations: Array<[string, string, () => Record<string, unknown>]> = [
    ['a query', `{ employees(first: 5) { totalCount } }`, () => ({})],
    ['_service', `{ _service { sdl } }`, () => ({})],
    ['_entities', entitiesQuery, () => ({ representations: [{ __typename: 'Employee', id: employeeId }] })],
  ];

  describe.each(refusedHeaders)('with %s', (_name, headers) => {
    it.each(operations)('%s is refused with HTTP 401, UNAUTHENTICATED and no hint of which check failed', async (_operation, query, variables) => {
      const response = await postGraphQL(hr.url, query, variables(), headers);
      expect(response.status).toBe(401);
      expect(response.errors?.map((error) => [error.extensions?.code, error.message])).toEqual([['UNAUTHENTICATED', 'Requests must come through the gateway.']]);
      expect(response.data ?? null).toBeNull();
    });
  });

  it('a header seen on one request is refused when replayed with another operation', async () => {
    const seen = signedFor()({ query: `{ employees(first: 5) { totalCount } }`, variables: {} });
    expect((await postGraphQL(hr.url, `{ employees(first: 5) { totalCount } }`, {}, seen)).status).toBe(200);
    const replayed = await postGraphQL(hr.url, `{ _service { sdl } }`, {}, seen);
    expect(replayed.status).toBe(401);
  });

  it('_service and _entities answer a request the gateway signed for', async () => {
    const service = await postGraphQL<{ _service: { sdl: string } }>(hr.url, `{ _service { sdl } }`, {}, signedFor());
    expect(service.status).toBe(200);
    expect(service.data?._service.sdl).toContain('type Employee');
    const entities = await postGraphQL(hr.url, entitiesQuery, { representations: [{ __typename: 'Employee', id: employeeId }] }, signedFor());
    expect(entities.errors).toBeUndefined();
    expect(entities.data).toEqual({ _entities: [{ id: employeeId }] });
  });

  it('every public key still listed is accepted while keys rotate', async () => {
    const next = generateKeyPairSync('ed25519');
    const nextPublic = next.publicKey.export({ format: 'der', type: 'spki' }).toString('base64url');
    const rotated = await startHrForTest(testEnvironment({ IDENTITY_VERIFY_KEYS: `next:${nextPublic},dev:${DEVELOPMENT_IDENTITY_PUBLIC_KEY}` }));
    try {
      expect((await rotated.call(`{ employees(first: 1) { totalCount } }`)).errors).toBeUndefined();
      const withNextKey = await postGraphQL(rotated.url, `{ employees(first: 1) { totalCount } }`, {}, signedFor({ key: { id: 'next', privateKey: next.privateKey } }));
      expect(withNextKey.errors).toBeUndefined();
    } finally {
      await rotated.stop();
    }
    // The HR that does not list `next` refuses it.
    const refused = await postGraphQL(hr.url, `{ employees(first: 1) { totalCount } }`, {}, signedFor({ key: { id: 'next', privateKey: next.privateKey } }));
    expect(refused.status).toBe(401);
  });

  it('/healthz answers without an identity header', async () => {
    const response = await fetch(new URL('/healthz', hr.url));
    expect(response.status).toBe(200);
  });
});
