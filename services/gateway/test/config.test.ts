import { ConfigError, DEVELOPMENT_IDENTITY_KEY_ID, DEVELOPMENT_IDENTITY_PRIVATE_KEY } from '@backoffice/platform/config';
import { generateKeyPairSync } from 'node:crypto';
import { DEV_JWT_SECRET, loadGatewayConfig } from '../src/config';

const ownKey = `k2026:${generateKeyPairSync('ed25519').privateKey.export({ format: 'der', type: 'pkcs8' }).toString('base64url')}`;
const production = {
  NODE_ENV: 'production',
  IDENTITY_SIGNING_KEY: ownKey,
  AUTH_JWKS_URL: 'https://id.example.test/.well-known/jwks.json',
  AUTH_ISSUER: 'https://id.example.test/',
  AUTH_AUDIENCE: 'backoffice',
};

function configError(env: NodeJS.ProcessEnv): ConfigError {
  try {
    loadGatewayConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

const variablesOf = (error: ConfigError) => error.problems.map((problem) => problem.split(':')[0]).sort();

describe('gateway configuration', () => {
  it('production refuses the development identity key and a missing identity provider', () => {
    expect(variablesOf(configError({ NODE_ENV: 'production' }))).toEqual(['AUTH_JWKS_URL', 'IDENTITY_SIGNING_KEY']);
    expect(variablesOf(configError({ ...production, IDENTITY_SIGNING_KEY: `${DEVELOPMENT_IDENTITY_KEY_ID}:${DEVELOPMENT_IDENTITY_PRIVATE_KEY}` }))).toEqual(['IDENTITY_SIGNING_KEY']);
    expect(variablesOf(configError({ ...production, AUTH_JWKS_URL: 'http://id.example.test/jwks' }))).toEqual(['AUTH_JWKS_URL']);
  });

  it('a start that does not say development is production', () => {
    expect(variablesOf(configError({}))).toEqual(['AUTH_JWKS_URL', 'IDENTITY_SIGNING_KEY']);
  });

  it('production starts with keys of its own and accepts no shared-secret tokens', () => {
    const config = loadGatewayConfig(production);
    expect(config.production).toBe(true);
    expect(config.identitySigningKey.id).toBe('k2026');
    expect(config.tokens.developmentSecret).toBeNull();
    expect(config.tokens.jwks).toEqual({ url: production.AUTH_JWKS_URL, issuer: production.AUTH_ISSUER, audience: production.AUTH_AUDIENCE });
  });

  it('development falls back to the development secret, key and local subgraphs', () => {
    const config = loadGatewayConfig({ NODE_ENV: 'development' });
    expect(config.tokens.developmentSecret).toBe(DEV_JWT_SECRET);
    expect(config.identitySigningKey.id).toBe(DEVELOPMENT_IDENTITY_KEY_ID);
    expect(config.port).toBe(4000);
    expect(config.subgraphUrls).toEqual({
      hr: 'http://127.0.0.1:4001/graphql',
      accounting: 'http://127.0.0.1:4002/graphql',
      it: 'http://127.0.0.1:4003/graphql',
    });
  });

  it('every invalid variable is reported at once', () => {
    const error = configError({ NODE_ENV: 'development', PORT: 'eighty', JWT_SECRET: 'short', HR_URL: 'not a url', IDENTITY_TTL_SECONDS: '1', IDENTITY_SIGNING_KEY: 'dev:not-a-key' });
    expect(variablesOf(error)).toEqual(['HR_URL', 'IDENTITY_SIGNING_KEY', 'IDENTITY_TTL_SECONDS', 'JWT_SECRET', 'PORT']);
  });
});
