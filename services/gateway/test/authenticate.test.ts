import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { GraphQLError } from 'graphql';
import { SignJWT, exportJWK, generateKeyPair, type KeyLike } from 'jose';
import { createTokenVerifier, issueDevelopmentToken } from '../src/authenticate';
import type { TokenVerification } from '../src/config';

const secret = 'a-test-jwt-secret-0123456789';
const person = 'a3c1e6d2-4f3b-4c1e-9a7d-2b8e5f6a7c90';
const issuer = 'https://id.example.test/';
const audience = 'backoffice';
const now = () => Math.floor(Date.now() / 1000);
const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');

const development: TokenVerification = { developmentSecret: secret, jwks: null, maxLifetimeSeconds: 12 * 3600, clockSkewSeconds: 30 };

async function refusal(verify: ReturnType<typeof createTokenVerifier>, authorization: string | undefined): Promise<GraphQLError> {
  try {
    await verify(authorization);
  } catch (error) {
    if (error instanceof GraphQLError) return error;
    throw error;
  }
  throw new Error('expected the token to be refused');
}

const hs256 = (claims: Record<string, unknown>, key = secret) => new SignJWT(claims).setProtectedHeader({ alg: 'HS256' }).sign(new TextEncoder().encode(key));

describe('development tokens (HS256 under JWT_SECRET)', () => {
  const verify = createTokenVerifier(development);

  it('a valid token yields the caller with their employee id and roles', async () => {
    const token = await issueDevelopmentToken({ employeeId: person, roles: ['EMPLOYEE', 'HR'] }, secret, 60);
    await expect(verify(`Bearer ${token}`)).resolves.toEqual({ employeeId: person, roles: ['EMPLOYEE', 'HR'] });
  });

  it('a service account is named by its token, with the SERVICE role', async () => {
    const token = await issueDevelopmentToken({ employeeId: null, roles: ['SERVICE', 'HR'], serviceAccount: 'bench' }, secret, 60);
    await expect(verify(`Bearer ${token}`)).resolves.toEqual({ employeeId: null, roles: ['SERVICE', 'HR'], serviceAccount: 'bench' });
  });

  it.each([
    ['no header', async () => undefined],
    ['an empty header', async () => ''],
    ['another scheme', async () => 'Basic dXNlcjpwYXNz'],
    ['a bearer with no token', async () => 'Bearer '],
    ['a token that is not a JWT', async () => 'Bearer not-a-jwt'],
    ['a token signed with another secret', async () => `Bearer ${await hs256({ sub: person, roles: ['MANAGER'], iat: now(), exp: now() + 60 }, 'another-secret-0123456789')}`],
    ['an expired token', async () => `Bearer ${await hs256({ sub: person, roles: ['MANAGER'], iat: now() - 120, exp: now() - 60 })}`],
    ['a token not valid yet (nbf)', async () => `Bearer ${await hs256({ sub: person, roles: ['MANAGER'], iat: now(), nbf: now() + 600, exp: now() + 900 })}`],
    ['a token issued in the future', async () => `Bearer ${await hs256({ sub: person, roles: ['MANAGER'], iat: now() + 600, exp: now() + 900 })}`],
    ['a token older than the maximum lifetime', async () => `Bearer ${await hs256({ sub: person, roles: ['MANAGER'], iat: now() - 13 * 3600, exp: now() + 3600 })}`],
    ['an unsigned token (alg: none)', async () => `Bearer ${encode({ alg: 'none', typ: 'JWT' })}.${encode({ sub: person, roles: ['MANAGER'], iat: now(), exp: now() + 60 })}.`],
    ['a token with another algorithm (HS512)', async () => `Bearer ${await new SignJWT({ sub: person, roles: ['MANAGER'] }).setProtectedHeader({ alg: 'HS512' }).setIssuedAt().setExpirationTime('1m').sign(new TextEncoder().encode(secret))}`],
    ['a token without an expiry', async () => `Bearer ${await hs256({ sub: person, roles: ['MANAGER'], iat: now() })}`],
    ['a token without an issue time', async () => `Bearer ${await hs256({ sub: person, roles: ['MANAGER'], exp: now() + 60 })}`],
    ['a token without sub', async () => `Bearer ${await hs256({ roles: ['MANAGER'], iat: now(), exp: now() + 60 })}`],
    ['a person whose sub is not an employee id', async () => `Bearer ${await hs256({ sub: 'alice', roles: ['HR'], iat: now(), exp: now() + 60 })}`],
    ['a service account without a name', async () => `Bearer ${await hs256({ roles: ['SERVICE', 'HR'], iat: now(), exp: now() + 60 })}`],
    ['a token without roles', async () => `Bearer ${await hs256({ sub: person, iat: now(), exp: now() + 60 })}`],
    ['a token with no roles listed', async () => `Bearer ${await hs256({ sub: person, roles: [], iat: now(), exp: now() + 60 })}`],
    ['a token with an unknown role', async () => `Bearer ${await hs256({ sub: person, roles: ['ROOT'], iat: now(), exp: now() + 60 })}`],
  ])('%s is refused as UNAUTHENTICATED with HTTP 401', async (_case, authorization) => {
    const error = await refusal(verify, await authorization());
    expect(error.extensions).toEqual({ code: 'UNAUTHENTICATED', http: { status: 401 } });
    expect(error.message).not.toHaveLength(0);
  });

  it('an expired token is told apart from a bad one, so the caller knows to get a new one', async () => {
    expect((await refusal(verify, `Bearer ${await hs256({ sub: person, roles: ['MANAGER'], iat: now() - 120, exp: now() - 60 })}`)).message).toMatch(/expired/);
  });
});

describe("production tokens (RS256/ES256 against the identity provider's JWKS)", () => {
  let server: Server;
  let jwksUrl: string;
  let rsa: { privateKey: KeyLike; publicKey: KeyLike };
  let ec: { privateKey: KeyLike; publicKey: KeyLike };
  let stranger: { privateKey: KeyLike; publicKey: KeyLike };
  let production: TokenVerification;

  beforeAll(async () => {
    rsa = await generateKeyPair('RS256');
    ec = await generateKeyPair('ES256');
    stranger = await generateKeyPair('RS256');
    const keys = [
      { ...(await exportJWK(rsa.publicKey)), kid: 'rsa-1', alg: 'RS256', use: 'sig' },
      { ...(await exportJWK(ec.publicKey)), kid: 'ec-1', alg: 'ES256', use: 'sig' },
    ];
    server = createServer((_request, response) => {
      response.setHeader('content-type', 'application/json');
      response.end(JSON.stringify({ keys }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    jwksUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/.well-known/jwks.json`;
    production = { developmentSecret: null, jwks: { url: jwksUrl, issuer, audience }, maxLifetimeSeconds: 3600, clockSkewSeconds: 30 };
  });

  afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  const providerToken = (options: { key?: KeyLike; alg?: string; kid?: string; iss?: string; aud?: string; sub?: string | null; iat?: number; exp?: number; nbf?: number; roles?: unknown } = {}) => {
    const claims: Record<string, unknown> = { roles: options.roles ?? ['HR'] };
    if (options.nbf) claims['nbf'] = options.nbf;
    let jwt = new SignJWT(claims)
      .setProtectedHeader({ alg: options.alg ?? 'RS256', kid: options.kid ?? 'rsa-1' })
      .setIssuer(options.iss ?? issuer)
      .setAudience(options.aud ?? audience)
      .setIssuedAt(options.iat ?? now())
      .setExpirationTime(options.exp ?? now() + 600);
    if (options.sub !== null) jwt = jwt.setSubject(options.sub ?? person);
    return jwt.sign(options.key ?? rsa.privateKey);
  };

  it('RS256 and ES256 tokens from the provider are accepted', async () => {
    const verify = createTokenVerifier(production);
    await expect(verify(`Bearer ${await providerToken()}`)).resolves.toEqual({ employeeId: person, roles: ['HR'] });
    await expect(verify(`Bearer ${await providerToken({ key: ec.privateKey, alg: 'ES256', kid: 'ec-1' })}`)).resolves.toEqual({ employeeId: person, roles: ['HR'] });
  });

  it.each([
    ['signed with a key the provider does not publish', () => providerToken({ key: stranger.privateKey })],
    ['expired', () => providerToken({ iat: now() - 1200, exp: now() - 600 })],
    ['not valid yet', () => providerToken({ nbf: now() + 600, exp: now() + 1200 })],
    ['issued by someone else', () => providerToken({ iss: 'https://evil.example.test/' })],
    ['for another audience', () => providerToken({ aud: 'another-app' })],
    ['without sub', () => providerToken({ sub: null })],
    ['older than the maximum lifetime', () => providerToken({ iat: now() - 7200, exp: now() + 600 })],
    ['unsigned (alg: none)', async () => `${encode({ alg: 'none', kid: 'rsa-1' })}.${encode({ sub: person, roles: ['HR'], iss: issuer, aud: audience, iat: now(), exp: now() + 60 })}.`],
    // The classic confusion: an HS256 token "signed" with the provider's public key as secret.
    ['HS256, while production accepts no shared secret', async () => hs256({ sub: person, roles: ['HR'], iss: issuer, aud: audience, iat: now(), exp: now() + 60 }, JSON.stringify(await exportJWK(rsa.publicKey)))],
    ['a development token', () => issueDevelopmentToken({ employeeId: person, roles: ['MANAGER'] }, secret, 60)],
  ])('a token %s is refused', async (_case, token) => {
    const error = await refusal(createTokenVerifier(production), `Bearer ${await token()}`);
    expect(error.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
