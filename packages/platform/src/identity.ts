import { createHmac, timingSafeEqual } from 'node:crypto';
import type { SigningKeys } from './config';

// The gateway verifies the caller's JWT and forwards who they are to subgraphs in one
// signed header. Subgraphs trust only that header, so nobody reaches a subgraph (or its
// `_entities`) around the gateway.

export const IDENTITY_HEADER = 'x-backoffice-identity';

export const ROLES = ['MANAGER', 'HR', 'ACCOUNTING', 'IT', 'EMPLOYEE'] as const;
export type Role = (typeof ROLES)[number];

export type Principal = {
  // The caller's employee id (JWT `sub`); a service account may have none.
  employeeId: string | null;
  roles: Role[];
};

type IdentityClaims = { sub: string | null; roles: Role[]; exp: number };

export class IdentityRejected extends Error {
  constructor(readonly reason: 'missing' | 'malformed' | 'unknown-key' | 'bad-signature' | 'expired') {
    super(`identity header ${reason}`);
    this.name = 'IdentityRejected';
  }
}

const encode = (value: string) => Buffer.from(value, 'utf8').toString('base64url');
const sign = (secret: string, signed: string) => createHmac('sha256', secret).update(signed).digest('base64url');

// Format: v1.<key id>.<base64url claims>.<base64url HMAC-SHA256 over "v1.<key id>.<claims>">
export function signIdentity(principal: Principal, keys: SigningKeys, ttlSeconds = 60, now = Date.now()): string {
  const claims: IdentityClaims = { sub: principal.employeeId, roles: principal.roles, exp: Math.floor(now / 1000) + ttlSeconds };
  const signed = `v1.${keys.current.id}.${encode(JSON.stringify(claims))}`;
  return `${signed}.${sign(keys.current.secret, signed)}`;
}

export function verifyIdentity(header: string | undefined, keys: SigningKeys, now = Date.now()): Principal {
  if (!header) throw new IdentityRejected('missing');
  const parts = header.split('.');
  if (parts.length !== 4 || parts[0] !== 'v1') throw new IdentityRejected('malformed');
  const [version, keyId, payload, signature] = parts as [string, string, string, string];
  const secret = keys.all.get(keyId);
  if (!secret) throw new IdentityRejected('unknown-key');
  const expected = Buffer.from(sign(secret, `${version}.${keyId}.${payload}`));
  const given = Buffer.from(signature);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw new IdentityRejected('bad-signature');
  let claims: IdentityClaims;
  try {
    claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as IdentityClaims;
  } catch {
    throw new IdentityRejected('malformed');
  }
  if (typeof claims.exp !== 'number' || claims.exp * 1000 <= now) throw new IdentityRejected('expired');
  if (!Array.isArray(claims.roles) || !claims.roles.every(isRole)) throw new IdentityRejected('malformed');
  if (claims.sub !== null && typeof claims.sub !== 'string') throw new IdentityRejected('malformed');
  return { employeeId: claims.sub, roles: claims.roles };
}

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

export function hasAnyRole(principal: Principal, ...roles: Role[]): boolean {
  return principal.roles.some((role) => roles.includes(role));
}

export function isSelf(principal: Principal, employeeId: string): boolean {
  return principal.employeeId !== null && principal.employeeId === employeeId;
}
