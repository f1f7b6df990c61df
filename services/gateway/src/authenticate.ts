import { GraphQLError } from 'graphql';
import jwt from 'jsonwebtoken';
import { isRole, type Principal } from '@backoffice/platform/identity';

// Client tokens: HS256 only (so `alg: none` and algorithm swaps are refused), `sub` = the
// caller's employee id, `roles` = their roles, and an expiry.
export function authenticateBearer(authorization: string | undefined, secret: string): Principal {
  if (!authorization) throw refuse('Send a token: Authorization: Bearer <JWT>.');
  const match = /^Bearer\s+(\S+)$/i.exec(authorization);
  if (!match?.[1]) throw refuse('The Authorization header must be "Bearer <JWT>".');
  let claims: jwt.JwtPayload | string;
  try {
    claims = jwt.verify(match[1], secret, { algorithms: ['HS256'] });
  } catch (error) {
    const reason = error instanceof jwt.TokenExpiredError ? 'it has expired; get a new one' : 'its signature or format is not valid';
    throw refuse(`The token was refused: ${reason}.`);
  }
  if (typeof claims === 'string' || typeof claims.exp !== 'number') throw refuse('The token was refused: it must carry an expiry (exp).');
  const roles: unknown = claims['roles'];
  if (!Array.isArray(roles) || roles.length === 0 || !roles.every(isRole)) {
    throw refuse('The token was refused: `roles` must list roles among MANAGER, HR, ACCOUNTING, IT, EMPLOYEE.');
  }
  const employeeId = typeof claims.sub === 'string' && claims.sub ? claims.sub : null;
  return { employeeId, roles };
}

function refuse(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
}

export function issueToken(principal: Principal, secret: string, expiresInSeconds = 8 * 3600): string {
  return jwt.sign({ roles: principal.roles }, secret, {
    algorithm: 'HS256',
    expiresIn: expiresInSeconds,
    ...(principal.employeeId ? { subject: principal.employeeId } : {}),
  });
}
