import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

// A service started without saying it is development is production, and refuses to start on
// anything unsafe, naming every variable to set, before it opens a port or a connection.

const entry = (service: string) => join(__dirname, '..', '..', 'services', service, 'dist', 'main.js');
// Nothing from the test run leaks in (jest sets NODE_ENV=test).
const start = (service: string, env: Record<string, string>) => {
  const run = spawnSync(process.execPath, [entry(service)], { env: { PATH: process.env.PATH ?? '', ...env }, encoding: 'utf8', timeout: 30_000 });
  return { code: run.status, output: `${run.stdout}${run.stderr}` };
};

describe('production refuses to start on unsafe settings', () => {
  it.each(['hr', 'accounting', 'it'])('%s without NODE_ENV refuses the development public key, a missing service login and Kafka without a login', (service) => {
    const { code, output } = start(service, {});
    expect(code).toBe(1);
    expect(output).toContain('IDENTITY_VERIFY_KEYS');
    expect(output).toContain(`${service.toUpperCase()}_DATABASE_URL`);
    expect(output).toContain('KAFKA_SASL_MECHANISM');
  });

  it('a service refuses a development Kafka password in production', () => {
    const { code, output } = start('it', { NODE_ENV: 'production', KAFKA_SASL_MECHANISM: 'scram-sha-512', KAFKA_USERNAME: 'it', KAFKA_PASSWORD: 'backoffice-dev-kafka-it' });
    expect(code).toBe(1);
    expect(output).toContain('KAFKA_PASSWORD');
  });

  it('HR refuses demo data and a moved clock in production', () => {
    const { code, output } = start('hr', { NODE_ENV: 'production', SEED_DEMO_DATA: 'true', CLOCK_OFFSET: '+3d' });
    expect(code).toBe(1);
    expect(output).toContain('CLOCK_OFFSET');
    expect(output).toContain('SEED_DEMO_DATA');
  });

  it('the gateway without NODE_ENV refuses the development signing key and a missing identity provider', () => {
    const { code, output } = start('gateway', {});
    expect(code).toBe(1);
    expect(output).toContain('IDENTITY_SIGNING_KEY');
    expect(output).toContain('AUTH_JWKS_URL');
  });
});
