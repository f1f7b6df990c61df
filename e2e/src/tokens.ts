import jwt from 'jsonwebtoken';

// Client tokens as a person would hold them. Signed here, with the gateway's development
// secret, rather than with the gateway's own code: the tests check the gateway, not reuse it.

export const DEV_JWT_SECRET = 'backoffice-dev-jwt-secret-change-me';

export type Role = 'MANAGER' | 'HR' | 'ACCOUNTING' | 'IT' | 'EMPLOYEE' | 'SERVICE';
export type Caller = { employeeId: string | null; roles: Role[] };

export function signToken(caller: Caller, secret = DEV_JWT_SECRET, expiresInSeconds = 3600): string {
  return jwt.sign({ roles: caller.roles }, secret, {
    algorithm: 'HS256',
    expiresIn: expiresInSeconds,
    ...(caller.employeeId ? { subject: caller.employeeId } : {}),
  });
}

// A token whose `exp` is already in the past, correctly signed.
export function expiredToken(caller: Caller, secret = DEV_JWT_SECRET): string {
  const now = Math.floor(Date.now() / 1000);
  return jwt.sign({ roles: caller.roles, iat: now - 7200, exp: now - 3600, ...(caller.employeeId ? { sub: caller.employeeId } : {}) }, secret, {
    algorithm: 'HS256',
  });
}

// An unsigned token (`alg: none`), built by hand since no library should produce one.
export function unsignedToken(caller: Caller): string {
  const encode = (value: object) => Buffer.from(JSON.stringify(value), 'utf8').toString('base64url');
  const now = Math.floor(Date.now() / 1000);
  const claims = { roles: caller.roles, iat: now, exp: now + 3600, ...(caller.employeeId ? { sub: caller.employeeId } : {}) };
  return `${encode({ alg: 'none', typ: 'JWT' })}.${encode(claims)}.`;
}

export const bearer = (token: string): Record<string, string> => ({ authorization: `Bearer ${token}` });
