import { GraphQLError } from 'graphql';
import { SignJWT, createRemoteJWKSet, decodeProtectedHeader, errors, jwtVerify, type JWTPayload, type JWTVerifyGetKey } from 'jose';
import { isRole, principalProblem, type Principal } from '@backoffice/platform/identity';
import type { TokenVerification } from './config';

// Client tokens. The identity provider's (RS256 or ES256, checked against its JWKS, issuer and
// audience) in production; in development and tests also HS256 under JWT_SECRET, which
// `npm run token` signs. Either way: an expiry, an issued-at no older than the maximum lifetime,
// `roles`, and a `sub` naming the caller: a person's employee id, or with the SERVICE role a
// service account's name. Algorithms are listed explicitly, so `alg: none` and an HS256 token
// "signed" with a public key are refused.

export type TokenVerifier = (authorization: string | undefined) => Promise<Principal>;

const PROVIDER_ALGORITHMS = ['RS256', 'ES256'];

export function createTokenVerifier(settings: TokenVerification): TokenVerifier {
  const providerKeys: JWTVerifyGetKey | undefined = settings.jwks
    ? createRemoteJWKSet(new URL(settings.jwks.url), { timeoutDuration: 5000, cooldownDuration: 30_000, cacheMaxAge: 10 * 60_000 })
    : undefined;
  const developmentKey = settings.developmentSecret ? new TextEncoder().encode(settings.developmentSecret) : undefined;
  const common = { maxTokenAge: settings.maxLifetimeSeconds, clockTolerance: settings.clockSkewSeconds, requiredClaims: ['exp', 'iat'] };

  return async (authorization) => {
    if (!authorization) throw refuse('Send a token: Authorization: Bearer <JWT>.');
    const match = /^Bearer\s+(\S+)$/i.exec(authorization);
    if (!match?.[1]) throw refuse('The Authorization header must be "Bearer <JWT>".');
    const token = match[1];
    let payload: JWTPayload;
    try {
      const algorithm = decodeProtectedHeader(token).alg;
      if (algorithm === 'HS256' && developmentKey) {
        ({ payload } = await jwtVerify(token, developmentKey, { ...common, algorithms: ['HS256'] }));
      } else if (providerKeys && settings.jwks) {
        ({ payload } = await jwtVerify(token, providerKeys, { ...common, algorithms: PROVIDER_ALGORITHMS, issuer: settings.jwks.issuer, audience: settings.jwks.audience }));
      } else {
        throw new errors.JOSEAlgNotAllowed(`"alg" (Algorithm) Header Parameter value not allowed`);
      }
    } catch (error) {
      throw refuse(`The token was refused: ${reasonFor(error)}.`);
    }
    return principalFrom(payload);
  };
}

// What the caller can act on; the signature details stay with the gateway.
function reasonFor(error: unknown): string {
  if (error instanceof errors.JWTExpired) return 'it has expired (or lives longer than allowed); get a new one';
  if (error instanceof errors.JWTClaimValidationFailed) {
    if (error.reason === 'missing') return `it lacks the "${error.claim}" claim`;
    if (error.claim === 'nbf' || error.claim === 'iat') return 'it is not valid yet, or its issue time is wrong';
    if (error.claim === 'iss' || error.claim === 'aud') return 'it was issued by or for someone else';
    return `its "${error.claim}" claim is missing or not valid`;
  }
  return 'its signature, algorithm or format is not valid';
}

function principalFrom(claims: JWTPayload): Principal {
  const roles: unknown = claims['roles'];
  if (!Array.isArray(roles) || roles.length === 0 || !roles.every(isRole)) {
    throw refuse('The token was refused: `roles` must list roles among MANAGER, HR, ACCOUNTING, IT, EMPLOYEE and SERVICE.');
  }
  const subject = typeof claims.sub === 'string' ? claims.sub : null;
  const principal: Principal = roles.includes('SERVICE') ? { employeeId: null, roles, serviceAccount: subject } : { employeeId: subject, roles };
  const problem = principalProblem(principal);
  if (problem) throw refuse(`The token was refused: its \`sub\` must name the caller (${problem}).`);
  return principal;
}

function refuse(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
}

// Development tokens (`npm run token`), HS256 under the gateway's JWT_SECRET.
export async function issueDevelopmentToken(principal: Principal, secret: string, expiresInSeconds = 8 * 3600): Promise<string> {
  const subject = principal.employeeId ?? principal.serviceAccount;
  if (!subject) throw new Error('a token names its caller: an employee id, or a service account name with the SERVICE role');
  return new SignJWT({ roles: principal.roles })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(subject)
    .setIssuedAt()
    .setExpirationTime(`${expiresInSeconds}s`)
    .sign(new TextEncoder().encode(secret));
}
