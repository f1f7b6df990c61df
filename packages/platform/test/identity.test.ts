import { createHmac, generateKeyPairSync, sign } from 'node:crypto';
import { DEVELOPMENT_IDENTITY_PUBLIC_KEY, identityVerifyEnvModel, parseConfig } from '../src/config';
import { IdentityRejected, identityPublicKeyFrom, requestDigest, signIdentity, verifyIdentity, type BoundRequest, type IdentitySigningKey, type IdentityVerifyKeys, type Principal } from '../src/identity';

const pair = (id: string) => {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  return { signing: { id, privateKey } satisfies IdentitySigningKey, publicDer: publicKey.export({ format: 'der', type: 'spki' }).toString('base64url') };
};
const k1 = pair('k1');
const k2 = pair('k2');
const keysFrom = (value: string): IdentityVerifyKeys => parseConfig(identityVerifyEnvModel, { IDENTITY_VERIFY_KEYS: value }).IDENTITY_VERIFY_KEYS.keys;
const keys = keysFrom(`k1:${k1.publicDer}`);

const principal: Principal = { employeeId: '5b0f3a52-8f64-4a1b-9f0e-2a8b1d7c6e11', roles: ['HR', 'EMPLOYEE'] };
const request: BoundRequest = { query: 'query($id: ID!) { employee(id: $id) { salary { amount } } }', variables: { id: principal.employeeId } };
const now = Date.parse('2025-06-01T12:00:00Z');
const headerFor = (options: Partial<Parameters<typeof signIdentity>[1]> = {}, who: Principal = principal) =>
  signIdentity(who, { key: k1.signing, audience: 'hr', request, ttlSeconds: 30, now, ...options });
const verify = (header: string | undefined, options: Partial<Parameters<typeof verifyIdentity>[1]> = {}) => verifyIdentity(header, { keys, audience: 'hr', request, now, ...options });

function rejection(check: () => unknown): IdentityRejected['reason'] {
  try {
    check();
  } catch (error) {
    if (error instanceof IdentityRejected) return error.reason;
    throw error;
  }
  throw new Error('expected the identity to be rejected');
}

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
// Correctly signed by k1 over any claims, so only the claims can be at fault.
const signedClaims = (claims: unknown) => {
  const signed = `v2.k1.${b64(claims)}`;
  return `${signed}.${sign(null, Buffer.from(signed), k1.signing.privateKey).toString('base64url')}`;
};
const validClaims = () => ({ sub: principal.employeeId, svc: null, roles: principal.roles, aud: 'hr', iat: now / 1000, exp: now / 1000 + 30, req: requestDigest(request) });

describe('gateway identity header (Ed25519, bound to audience and request)', () => {
  it('a header round-trips the principal, and a service account keeps its name', () => {
    expect(verify(headerFor())).toEqual({ ...principal, serviceAccount: null });
    const service: Principal = { employeeId: null, roles: ['SERVICE', 'HR'], serviceAccount: 'bench' };
    expect(verify(headerFor({}, service))).toEqual(service);
  });

  it('is refused for another subgraph (audience)', () => {
    expect(rejection(() => verify(headerFor({ audience: 'it' })))).toBe('wrong-audience');
  });

  it('is refused with another operation, another operation name or other variables', () => {
    const header = headerFor();
    expect(rejection(() => verify(header, { request: { ...request, query: '{ _service { sdl } }' } }))).toBe('wrong-request');
    expect(rejection(() => verify(header, { request: { ...request, operationName: 'Other' } }))).toBe('wrong-request');
    expect(rejection(() => verify(header, { request: { ...request, variables: { id: '00000000-0000-4000-8000-000000000000' } } }))).toBe('wrong-request');
    expect(rejection(() => verify(header, { request: { ...request, variables: { id: principal.employeeId, extra: 1 } } }))).toBe('wrong-request');
  });

  it('binds variables by value, not by key order or by how JSON spelled them', () => {
    const nested: BoundRequest = { query: 'q', variables: { b: { y: [1, { d: 2, c: 3 }], x: null }, a: 'é' } };
    const reparsed = JSON.parse(JSON.stringify({ a: 'é', b: { x: null, y: [1, { c: 3, d: 2 }] } })) as Record<string, unknown>;
    expect(requestDigest({ query: 'q', variables: reparsed })).toBe(requestDigest(nested));
    // No variables and empty variables are the same request.
    expect(requestDigest({ query: 'q' })).toBe(requestDigest({ query: 'q', variables: {} }));
  });

  it('is refused once expired, and before it was issued (beyond the clock skew)', () => {
    const header = headerFor();
    expect(verify(header, { now: now + 29_000 })).toMatchObject(principal);
    expect(rejection(() => verify(header, { now: now + 30_000 }))).toBe('expired');
    expect(rejection(() => verify(header, { now: now - 10_000 }))).toBe('not-yet-valid');
  });

  it('is refused when its lifetime exceeds the maximum, even if signed by the gateway key', () => {
    expect(rejection(() => verify(signedClaims({ ...validClaims(), exp: now / 1000 + 3600 })))).toBe('too-long-lived');
  });

  it('is refused when forged: altered claims, another key under the same key id, an unknown key id, an HMAC', () => {
    const [version, kid, , signature] = headerFor().split('.');
    expect(rejection(() => verify(`${version}.${kid}.${b64({ ...validClaims(), roles: ['MANAGER'] })}.${signature}`))).toBe('bad-signature');
    expect(rejection(() => verify(headerFor({ key: { id: 'k1', privateKey: k2.signing.privateKey } })))).toBe('bad-signature');
    expect(rejection(() => verify(headerFor({ key: k2.signing })))).toBe('unknown-key');
    // What a subgraph's configuration holds is a public key: using it as an HMAC secret (the old
    // scheme) gets nowhere.
    const signed = `v2.k1.${b64(validClaims())}`;
    const hmac = createHmac('sha256', k1.publicDer).update(signed).digest('base64url');
    expect(rejection(() => verify(`${signed}.${hmac}`))).toBe('bad-signature');
    expect(rejection(() => verify(`${signed}.`))).toBe('bad-signature');
  });

  it('is refused when missing or of the wrong shape (including the old v1 format)', () => {
    expect(rejection(() => verify(undefined))).toBe('missing');
    expect(rejection(() => verify(''))).toBe('missing');
    expect(rejection(() => verify('not-a-header'))).toBe('malformed');
    expect(rejection(() => verify(`${headerFor()}.extra`))).toBe('malformed');
    const [, kid, payload, signature] = headerFor().split('.');
    expect(rejection(() => verify(`v1.${kid}.${payload}.${signature}`))).toBe('malformed');
  });

  it('correctly signed claims that are not JSON, not a principal or name nobody are refused', () => {
    expect(rejection(() => verify(`v2.k1.${Buffer.from('{not json').toString('base64url')}.${sign(null, Buffer.from(`v2.k1.${Buffer.from('{not json').toString('base64url')}`), k1.signing.privateKey).toString('base64url')}`))).toBe('malformed');
    expect(rejection(() => verify(signedClaims({ ...validClaims(), roles: ['ROOT'] })))).toBe('malformed');
    expect(rejection(() => verify(signedClaims({ ...validClaims(), sub: 42 })))).toBe('malformed');
    expect(rejection(() => verify(signedClaims({ ...validClaims(), exp: undefined })))).toBe('malformed');
    // A person must be named by their employee id; a service account by its name.
    expect(rejection(() => verify(signedClaims({ ...validClaims(), sub: null })))).toBe('no-caller');
    expect(rejection(() => verify(signedClaims({ ...validClaims(), sub: 'not-an-id' })))).toBe('no-caller');
    expect(rejection(() => verify(signedClaims({ ...validClaims(), sub: null, roles: ['SERVICE'], svc: null })))).toBe('no-caller');
  });

  it('after a key rotation headers signed with either listed key verify', () => {
    const rotated = keysFrom(`k2:${k2.publicDer},k1:${k1.publicDer}`);
    expect(verify(headerFor(), { keys: rotated })).toMatchObject(principal);
    expect(verify(headerFor({ key: k2.signing }), { keys: rotated })).toMatchObject(principal);
    // A replica still on the old list does not know k2 yet.
    expect(rejection(() => verify(headerFor({ key: k2.signing }), { keys }))).toBe('unknown-key');
  });

  it('verify keys are parsed from configuration and refused when not Ed25519 public keys', () => {
    expect(keysFrom(`dev:${DEVELOPMENT_IDENTITY_PUBLIC_KEY}`).get('dev')).toEqual(identityPublicKeyFrom(DEVELOPMENT_IDENTITY_PUBLIC_KEY));
    expect(() => keysFrom('k1:not-a-key')).toThrow(/IDENTITY_VERIFY_KEYS/);
    expect(() => keysFrom('k1:backoffice-dev-identity-secret')).toThrow(/SPKI Ed25519 public key/);
    expect(() => keysFrom(':' + k1.publicDer)).toThrow(/IDENTITY_VERIFY_KEYS/);
  });
});
