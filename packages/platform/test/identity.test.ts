import { createHmac } from 'node:crypto';
import { identityEnvModel, parseConfig, type SigningKeys } from '../src/config';
import { IdentityRejected, signIdentity, verifyIdentity, type Principal } from '../src/identity';

const keysFrom = (value: string): SigningKeys => parseConfig(identityEnvModel, { IDENTITY_SIGNING_KEYS: value }).IDENTITY_SIGNING_KEYS;

const keys = keysFrom('k1:first-secret-0123456789');
const principal: Principal = { employeeId: '5b0f3a52-8f64-4a1b-9f0e-2a8b1d7c6e11', roles: ['HR', 'EMPLOYEE'] };
const now = Date.parse('2025-06-01T12:00:00Z');

function rejection(verify: () => unknown): IdentityRejected['reason'] {
  try {
    verify();
  } catch (error) {
    if (error instanceof IdentityRejected) return error.reason;
    throw error;
  }
  throw new Error('expected the identity to be rejected');
}

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

describe('signed identity header', () => {
  it('a signed header round-trips the principal', () => {
    expect(verifyIdentity(signIdentity(principal, keys, 60, now), keys, now)).toEqual(principal);
  });

  it('a service account without an employee id round-trips', () => {
    const service: Principal = { employeeId: null, roles: ['IT'] };
    expect(verifyIdentity(signIdentity(service, keys, 60, now), keys, now)).toEqual(service);
  });

  it('a missing header is rejected as missing', () => {
    expect(rejection(() => verifyIdentity(undefined, keys, now))).toBe('missing');
    expect(rejection(() => verifyIdentity('', keys, now))).toBe('missing');
  });

  it('claims changed after signing are rejected as a bad signature', () => {
    const [version, kid, , signature] = signIdentity(principal, keys, 60, now).split('.');
    const tampered = b64({ sub: principal.employeeId, roles: ['MANAGER'], exp: Math.floor(now / 1000) + 60 });
    expect(rejection(() => verifyIdentity(`${version}.${kid}.${tampered}.${signature}`, keys, now))).toBe('bad-signature');
  });

  it('a header signed with another secret under the same key id is rejected as a bad signature', () => {
    const forged = signIdentity(principal, keysFrom('k1:attacker-secret-0123456789'), 60, now);
    expect(rejection(() => verifyIdentity(forged, keys, now))).toBe('bad-signature');
    const truncated = signIdentity(principal, keys, 60, now).slice(0, -4);
    expect(rejection(() => verifyIdentity(truncated, keys, now))).toBe('bad-signature');
  });

  it('a header signed with an unknown key id is rejected as unknown-key', () => {
    const other = signIdentity(principal, keysFrom('k9:some-other-secret-012345'), 60, now);
    expect(rejection(() => verifyIdentity(other, keys, now))).toBe('unknown-key');
  });

  it('an expired header is rejected as expired', () => {
    const header = signIdentity(principal, keys, 60, now);
    expect(verifyIdentity(header, keys, now + 59_000)).toEqual(principal);
    expect(rejection(() => verifyIdentity(header, keys, now + 60_000))).toBe('expired');
  });

  it('headers of the wrong shape are rejected as malformed', () => {
    const header = signIdentity(principal, keys, 60, now);
    const [, kid, payload, signature] = header.split('.') as [string, string, string, string];
    expect(rejection(() => verifyIdentity('not-a-header', keys, now))).toBe('malformed');
    expect(rejection(() => verifyIdentity(`${header}.extra`, keys, now))).toBe('malformed');
    expect(rejection(() => verifyIdentity(`v2.${kid}.${payload}.${signature}`, keys, now))).toBe('malformed');
  });

  it('correctly signed claims that are not JSON or not a principal are rejected as malformed', () => {
    // Signed with the real key, so only the claims' content can be at fault.
    const signWith = (payload: string) => {
      const signed = `v1.k1.${payload}`;
      return `${signed}.${createHmac('sha256', 'first-secret-0123456789').update(signed).digest('base64url')}`;
    };
    const exp = Math.floor(now / 1000) + 60;
    expect(rejection(() => verifyIdentity(signWith(Buffer.from('{not json').toString('base64url')), keys, now))).toBe('malformed');
    expect(rejection(() => verifyIdentity(signWith(b64({ sub: 'x', roles: ['ROOT'], exp })), keys, now))).toBe('malformed');
    expect(rejection(() => verifyIdentity(signWith(b64({ sub: 42, roles: [], exp })), keys, now))).toBe('malformed');
    expect(rejection(() => verifyIdentity(signWith(b64({ sub: 'x', roles: [] })), keys, now))).toBe('expired');
  });

  it('after a key rotation a header signed with the old key still verifies and new headers use the new key', () => {
    const oldKeys = keysFrom('k1:first-secret-0123456789');
    const rotated = keysFrom('k2:second-secret-0123456789,k1:first-secret-0123456789');
    const signedBeforeRotation = signIdentity(principal, oldKeys, 60, now);
    expect(verifyIdentity(signedBeforeRotation, rotated, now)).toEqual(principal);
    const signedAfterRotation = signIdentity(principal, rotated, 60, now);
    expect(signedAfterRotation.split('.')[1]).toBe('k2');
    expect(verifyIdentity(signedAfterRotation, rotated, now)).toEqual(principal);
    // A replica still on the old key set does not know k2 yet.
    expect(rejection(() => verifyIdentity(signedAfterRotation, oldKeys, now))).toBe('unknown-key');
  });
});
