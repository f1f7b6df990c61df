import { ConfigError } from '@backoffice/platform/config';
import { DEV_JWT_SECRET, loadGatewayConfig } from '../src/config';

const realSecrets = {
  JWT_SECRET: 'a-production-jwt-secret-0123456789',
  IDENTITY_SIGNING_KEYS: 'k2026:a-production-identity-secret',
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

describe('gateway configuration', () => {
  it('the gateway refuses to start in production with the development secret', () => {
    const error = configError({ NODE_ENV: 'production' });
    expect(error.problems).toEqual([expect.stringMatching(/^JWT_SECRET: /), expect.stringMatching(/^IDENTITY_SIGNING_KEYS: /)]);
    expect(error.message).toContain('JWT_SECRET');
    expect(error.message).toContain('IDENTITY_SIGNING_KEYS');
  });

  it('production starts with secrets of its own', () => {
    const config = loadGatewayConfig({ NODE_ENV: 'production', ...realSecrets });
    expect(config.jwtSecret).toBe(realSecrets.JWT_SECRET);
    expect(config.signingKeys.current).toEqual({ id: 'k2026', secret: 'a-production-identity-secret' });
  });

  it('development falls back to the development secret and local subgraphs', () => {
    const config = loadGatewayConfig({});
    expect(config.jwtSecret).toBe(DEV_JWT_SECRET);
    expect(config.port).toBe(4000);
    expect(config.subgraphUrls).toEqual({
      hr: 'http://127.0.0.1:4001/graphql',
      accounting: 'http://127.0.0.1:4002/graphql',
      it: 'http://127.0.0.1:4003/graphql',
    });
  });

  it('every invalid variable is reported at once', () => {
    const error = configError({ PORT: 'eighty', JWT_SECRET: 'short', HR_URL: 'not a url', IDENTITY_TTL_SECONDS: '1' });
    const variables = error.problems.map((problem) => problem.split(':')[0]).sort();
    expect(variables).toEqual(['HR_URL', 'IDENTITY_TTL_SECONDS', 'JWT_SECRET', 'PORT']);
  });
});
