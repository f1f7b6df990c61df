import { GraphQLError } from 'graphql';
import jwt from 'jsonwebtoken';
import { authenticateBearer, issueToken } from '../src/authenticate';

const secret = 'a-test-jwt-secret-0123456789';

function refusal(authorization: string | undefined): GraphQLError {
  try {
    authenticateBearer(authorization, secret);
  } catch (error) {
    if (error instanceof GraphQLError) return error;
    throw error;
  }
  throw new Error('expected the token to be refused');
}

const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
const now = () => Math.floor(Date.now() / 1000);

describe('authenticateBearer', () => {
  it('a valid token yields the caller with their employee id and roles', () => {
    const token = issueToken({ employeeId: 'e-1', roles: ['EMPLOYEE', 'HR'] }, secret, 60);
    expect(authenticateBearer(`Bearer ${token}`, secret)).toEqual({ employeeId: 'e-1', roles: ['EMPLOYEE', 'HR'] });
  });

  it('a token without a subject is a caller with no employee id', () => {
    const token = issueToken({ employeeId: null, roles: ['MANAGER'] }, secret, 60);
    expect(authenticateBearer(`bearer ${token}`, secret)).toEqual({ employeeId: null, roles: ['MANAGER'] });
  });

  it.each([
    ['no header', undefined],
    ['an empty header', ''],
    ['another scheme', 'Basic dXNlcjpwYXNz'],
    ['a bearer with no token', 'Bearer '],
    ['a token that is not a JWT', 'Bearer not-a-jwt'],
    ['a token signed with another secret', `Bearer ${jwt.sign({ roles: ['MANAGER'] }, 'another-secret-0123456789', { algorithm: 'HS256', expiresIn: 60 })}`],
    ['an expired token', `Bearer ${jwt.sign({ roles: ['MANAGER'], exp: now() - 10 }, secret, { algorithm: 'HS256' })}`],
    ['an unsigned token (alg: none)', `Bearer ${encode({ alg: 'none', typ: 'JWT' })}.${encode({ roles: ['MANAGER'], exp: now() + 60 })}.`],
    ['a token with another algorithm (HS512)', `Bearer ${jwt.sign({ roles: ['MANAGER'] }, secret, { algorithm: 'HS512', expiresIn: 60 })}`],
    ['a token without an expiry', `Bearer ${jwt.sign({ roles: ['MANAGER'] }, secret, { algorithm: 'HS256' })}`],
    ['a token without roles', `Bearer ${jwt.sign({ sub: 'e-1' }, secret, { algorithm: 'HS256', expiresIn: 60 })}`],
    ['a token with no roles listed', `Bearer ${jwt.sign({ roles: [] }, secret, { algorithm: 'HS256', expiresIn: 60 })}`],
    ['a token with an unknown role', `Bearer ${jwt.sign({ roles: ['ROOT'] }, secret, { algorithm: 'HS256', expiresIn: 60 })}`],
  ])('%s is refused as UNAUTHENTICATED with HTTP 401', (_case, authorization) => {
    const error = refusal(authorization);
    expect(error.extensions).toEqual({ code: 'UNAUTHENTICATED', http: { status: 401 } });
    expect(error.message).not.toHaveLength(0);
  });

  it('an expired token is told apart from a bad one, so the caller knows to get a new one', () => {
    expect(refusal(`Bearer ${jwt.sign({ roles: ['MANAGER'], exp: now() - 10 }, secret, { algorithm: 'HS256' })}`).message).toMatch(/expired/);
  });
});
