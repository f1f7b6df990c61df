import type { SigningKeys } from '@backoffice/platform/config';
import { IDENTITY_HEADER, signIdentity } from '@backoffice/platform/identity';
import { DEV_SIGNING_KEYS, postGraphQL } from '@backoffice/testkit/graphql-client';
import { testEnvironment } from '@backoffice/testkit/isolation';
import { hrAdmin, startHrForTest, type HrForTest } from './support/hr-test-harness';

jest.setTimeout(60_000);

const entitiesQuery = `query Entities($representations: [_Any!]!) { _entities(representations: $representations) { ... on Employee { id } } }`;

describe('HR admits only callers the gateway signed for', () => {
  let hr: HrForTest;
  let employeeId: string;

  beforeAll(async () => {
    hr = await startHrForTest();
    employeeId = await hr.hire({ departmentId: await hr.createDepartment('OPS', { name: 'Operations' }) });
  });

  afterAll(async () => {
    await hr?.stop();
  });

  const valid = () => signIdentity(hrAdmin, DEV_SIGNING_KEYS);
  const tamper = (header: string) => {
    // Same signature, but the claims now say MANAGER.
    const [version, keyId, , signature] = header.split('.');
    const claims = Buffer.from(JSON.stringify({ sub: null, roles: ['MANAGER'], exp: Math.floor(Date.now() / 1000) + 60 })).toString('base64url');
    return [version, keyId, claims, signature].join('.');
  };
  const otherKeys: SigningKeys = { current: { id: 'other', secret: 'someone-elses-identity-secret' }, all: new Map([['other', 'someone-elses-identity-secret']]) };
  const devIdOtherSecret: SigningKeys = { current: { id: 'dev', secret: 'a-different-secret-under-dev' }, all: new Map([['dev', 'a-different-secret-under-dev']]) };

  const refusedHeaders: Array<[string, () => Record<string, string>]> = [
    ['no identity header', () => ({})],
    ['a tampered identity header', () => ({ [IDENTITY_HEADER]: tamper(valid()) })],
    ['an expired identity header', () => ({ [IDENTITY_HEADER]: signIdentity(hrAdmin, DEV_SIGNING_KEYS, 60, Date.now() - 120_000) })],
    ['a header signed with an unknown key id', () => ({ [IDENTITY_HEADER]: signIdentity(hrAdmin, otherKeys) })],
    ['a header signed with the wrong secret for a known key id', () => ({ [IDENTITY_HEADER]: signIdentity(hrAdmin, devIdOtherSecret) })],
    ['a header that is not an identity at all', () => ({ [IDENTITY_HEADER]: 'Bearer something' })],
  ];

  const operations: Array<[string, string, () => Record<string, unknown>]> = [
    ['a query', `{ employees(first: 5) { totalCount } }`, () => ({})],
    ['_service', `{ _service { sdl } }`, () => ({})],
    ['_entities', entitiesQuery, () => ({ representations: [{ __typename: 'Employee', id: employeeId }] })],
  ];

  describe.each(refusedHeaders)('with %s', (_name, headers) => {
    it.each(operations)('%s is refused with HTTP 401 and UNAUTHENTICATED', async (_operation, query, variables) => {
      const response = await postGraphQL(hr.url, query, variables(), headers());
      expect(response.status).toBe(401);
      expect(response.errors?.map((error) => error.extensions?.code)).toEqual(['UNAUTHENTICATED']);
      expect(response.data ?? null).toBeNull();
    });
  });

  it('_service answers a caller the gateway signed for', async () => {
    const response = await postGraphQL<{ _service: { sdl: string } }>(hr.url, `{ _service { sdl } }`, {}, { [IDENTITY_HEADER]: valid() });
    expect(response.status).toBe(200);
    expect(response.data?._service.sdl).toContain('type Employee');
  });

  it('_entities answers a caller the gateway signed for', async () => {
    const response = await postGraphQL(hr.url, entitiesQuery, { representations: [{ __typename: 'Employee', id: employeeId }] }, { [IDENTITY_HEADER]: valid() });
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({ _entities: [{ id: employeeId }] });
  });

  it('a key that is still listed for verification is accepted while keys rotate', async () => {
    const rotated = await startHrForTest(testEnvironment({ IDENTITY_SIGNING_KEYS: 'next:the-next-identity-secret,dev:backoffice-dev-identity-secret' }));
    try {
      const response = await rotated.call(`{ employees(first: 1) { totalCount } }`);
      expect(response.errors).toBeUndefined();
    } finally {
      await rotated.stop();
    }
  });

  it('/healthz answers without an identity header', async () => {
    const response = await fetch(new URL('/healthz', hr.url));
    expect(response.status).toBe(200);
  });
});
