import { createHash, createPrivateKey, createPublicKey, sign, verify, type KeyObject } from 'node:crypto';

// The gateway verifies the caller's token and forwards who they are to each subgraph in one
// header that only the gateway can sign (Ed25519: subgraphs hold public keys, so none of them,
// nor anyone who reads their configuration, can mint one). The header names its audience (one
// subgraph) and carries a digest of the exact operation, operation name and variables the
// gateway sends, and expires within seconds: seen on one request, it is worthless for another
// subgraph, another operation or another set of ids.

export const IDENTITY_HEADER = 'x-backoffice-identity';

// SERVICE marks a service account (benchmarks, imports): recorded by its name, never as a person.
export const ROLES = ['MANAGER', 'HR', 'ACCOUNTING', 'IT', 'EMPLOYEE', 'SERVICE'] as const;
export type Role = (typeof ROLES)[number];
export const HUMAN_ROLES = ROLES.filter((role) => role !== 'SERVICE');

export type Principal = {
  // The caller's employee id (the token's `sub`); null only for a service account.
  employeeId: string | null;
  roles: Role[];
  // A service account's name (its token's `sub`, with the SERVICE role).
  serviceAccount?: string | null;
};

export const AUDIENCES = ['hr', 'accounting', 'it'] as const;
export type Audience = (typeof AUDIENCES)[number];

// What a header is bound to: the GraphQL request as the subgraph receives it.
export type BoundRequest = { query?: unknown; operationName?: unknown; variables?: unknown };

export type IdentitySigningKey = { id: string; privateKey: KeyObject };
// Key id -> public key. Several during a rotation: the new key is added everywhere before the
// gateway signs with it, and the old one removed after the last header it signed has expired.
export type IdentityVerifyKeys = ReadonlyMap<string, KeyObject>;

type IdentityClaims = { sub: string | null; svc: string | null; roles: Role[]; aud: Audience; iat: number; exp: number; req: string };

// Kept for the subgraph's log; the caller is only told to come through the gateway.
export type IdentityRejectionReason = 'missing' | 'malformed' | 'unknown-key' | 'bad-signature' | 'expired' | 'not-yet-valid' | 'too-long-lived' | 'wrong-audience' | 'wrong-request' | 'no-caller';

export class IdentityRejected extends Error {
  constructor(readonly reason: IdentityRejectionReason) {
    super(`identity header refused (${reason})`);
    this.name = 'IdentityRejected';
  }
}

const VERSION = 'v2';
// Gateway and subgraph clocks may differ by this much.
const CLOCK_SKEW_SECONDS = 5;
// No header lives longer than this, whatever the gateway was configured with.
export const MAX_IDENTITY_TTL_SECONDS = 120;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const SERVICE_ACCOUNT_NAME = /^[a-z][a-z0-9-]{1,62}$/;

// JSON with object keys sorted, so the gateway's object and the subgraph's parsed body hash alike.
function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : inner,
  );
}

export function requestDigest(request: BoundRequest): string {
  const bound = [typeof request.query === 'string' ? request.query : null, typeof request.operationName === 'string' ? request.operationName : null, request.variables ?? {}];
  return createHash('sha256').update(canonicalJson(bound)).digest('base64url');
}

const encode = (value: string) => Buffer.from(value, 'utf8').toString('base64url');

// Format: v2.<key id>.<base64url claims>.<base64url Ed25519 signature over "v2.<key id>.<claims>">
export function signIdentity(
  principal: Principal,
  options: { key: IdentitySigningKey; audience: Audience; request: BoundRequest; ttlSeconds?: number; now?: number },
): string {
  const issuedAt = Math.floor((options.now ?? Date.now()) / 1000);
  const claims: IdentityClaims = {
    sub: principal.employeeId,
    svc: principal.serviceAccount ?? null,
    roles: principal.roles,
    aud: options.audience,
    iat: issuedAt,
    exp: issuedAt + Math.min(options.ttlSeconds ?? 30, MAX_IDENTITY_TTL_SECONDS),
    req: requestDigest(options.request),
  };
  const signed = `${VERSION}.${options.key.id}.${encode(JSON.stringify(claims))}`;
  return `${signed}.${sign(null, Buffer.from(signed), options.key.privateKey).toString('base64url')}`;
}

export function verifyIdentity(
  header: string | undefined,
  options: { keys: IdentityVerifyKeys; audience: Audience; request: BoundRequest; now?: number },
): Principal {
  if (!header) throw new IdentityRejected('missing');
  const parts = header.split('.');
  if (parts.length !== 4 || parts[0] !== VERSION) throw new IdentityRejected('malformed');
  const [version, keyId, payload, signature] = parts as [string, string, string, string];
  const publicKey = options.keys.get(keyId);
  if (!publicKey) throw new IdentityRejected('unknown-key');
  if (!verify(null, Buffer.from(`${version}.${keyId}.${payload}`), publicKey, Buffer.from(signature, 'base64url'))) throw new IdentityRejected('bad-signature');
  const claims = parseClaims(payload);
  const now = Math.floor((options.now ?? Date.now()) / 1000);
  if (claims.exp <= now) throw new IdentityRejected('expired');
  if (claims.iat > now + CLOCK_SKEW_SECONDS) throw new IdentityRejected('not-yet-valid');
  if (claims.exp - claims.iat > MAX_IDENTITY_TTL_SECONDS) throw new IdentityRejected('too-long-lived');
  if (claims.aud !== options.audience) throw new IdentityRejected('wrong-audience');
  if (claims.req !== requestDigest(options.request)) throw new IdentityRejected('wrong-request');
  const principal: Principal = { employeeId: claims.sub, roles: claims.roles, serviceAccount: claims.svc };
  if (principalProblem(principal)) throw new IdentityRejected('no-caller');
  return principal;
}

function parseClaims(payload: string): IdentityClaims {
  let claims: Partial<IdentityClaims>;
  try {
    claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Partial<IdentityClaims>;
  } catch {
    throw new IdentityRejected('malformed');
  }
  const wellFormed =
    typeof claims === 'object' &&
    claims !== null &&
    typeof claims.exp === 'number' &&
    typeof claims.iat === 'number' &&
    typeof claims.req === 'string' &&
    typeof claims.aud === 'string' &&
    Array.isArray(claims.roles) &&
    claims.roles.every(isRole) &&
    (claims.sub === null || typeof claims.sub === 'string') &&
    (claims.svc === null || typeof claims.svc === 'string');
  if (!wellFormed) throw new IdentityRejected('malformed');
  return claims as IdentityClaims;
}

// Every write is recorded against someone: a person (an employee id) or a named service account.
// Returns what is wrong with a caller, or null when it is acceptable.
export function principalProblem(principal: Principal): string | null {
  if (principal.roles.length === 0) return 'no roles';
  if (principal.roles.includes('SERVICE')) {
    if (!principal.serviceAccount || !SERVICE_ACCOUNT_NAME.test(principal.serviceAccount)) return 'a service account needs a name (lower-case letters, digits and dashes)';
    if (principal.employeeId !== null) return 'a service account is not an employee';
    return null;
  }
  if (!principal.employeeId || !UUID.test(principal.employeeId)) return 'a person must be identified by their employee id';
  if (principal.serviceAccount) return 'only the SERVICE role names a service account';
  return null;
}

// Who a write is recorded against: the person's employee id, or `service:<name>`.
export function actorOf(principal: Principal): string {
  if (principal.employeeId) return principal.employeeId;
  if (principal.serviceAccount) return `service:${principal.serviceAccount}`;
  // verifyIdentity refuses such a caller before any resolver runs.
  throw new Error('a caller without an employee id or a service account name cannot write');
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

// Keys travel in configuration as base64url DER: PKCS#8 for the gateway's private key, SPKI for
// the subgraphs' public keys (`npm run identity-keys` prints a fresh pair).
export function identityPrivateKeyFrom(der: string): KeyObject {
  const key = createPrivateKey({ key: Buffer.from(der, 'base64url'), format: 'der', type: 'pkcs8' });
  if (key.asymmetricKeyType !== 'ed25519') throw new Error('not an Ed25519 private key');
  return key;
}

export function identityPublicKeyFrom(der: string): KeyObject {
  const key = createPublicKey({ key: Buffer.from(der, 'base64url'), format: 'der', type: 'spki' });
  if (key.asymmetricKeyType !== 'ed25519') throw new Error('not an Ed25519 public key');
  return key;
}
