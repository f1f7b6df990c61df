import { generateKeyPairSync } from 'node:crypto';
import { ConfigError } from '@backoffice/platform/config';
import { loadHrConfig } from '../src/config';

const production = {
  NODE_ENV: 'production',
  IDENTITY_VERIFY_KEYS: `prod:${generateKeyPairSync('ed25519').publicKey.export({ format: 'der', type: 'spki' }).toString('base64url')}`,
  HR_DATABASE_URL: 'postgres://hr_app:secret@db/hr',
  KAFKA_SASL_MECHANISM: 'scram-sha-512',
  KAFKA_USERNAME: 'hr',
  KAFKA_PASSWORD: 'a-real-kafka-password',
};

describe("HR's configuration", () => {
  it('production refuses demo data', () => {
    expect(() => loadHrConfig({ ...production, SEED_DEMO_DATA: 'true' })).toThrow(ConfigError);
    expect(() => loadHrConfig({ ...production, SEED_DEMO_DATA: 'true' })).toThrow(/SEED_DEMO_DATA/);
    expect(loadHrConfig(production).extra.SEED_DEMO_DATA).toBe(false);
  });

  it('development seeds demo data when asked', () => {
    expect(loadHrConfig({ NODE_ENV: 'development', SEED_DEMO_DATA: 'true' }).extra.SEED_DEMO_DATA).toBe(true);
  });
});
