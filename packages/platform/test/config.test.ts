import { z } from 'zod';
import { generateKeyPairSync } from 'node:crypto';
import { ConfigError, DEVELOPMENT_IDENTITY_PUBLIC_KEY } from '../src/config';

const productionPublicKey = generateKeyPairSync('ed25519').publicKey.export({ format: 'der', type: 'spki' }).toString('base64url');
import { loadSubgraphConfig } from '../src/subgraph-service';

function problemsOf(load: () => unknown): string[] {
  try {
    load();
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

const variablesNamed = (problems: string[]) => problems.map((problem) => problem.split(/[.:]/)[0]);

describe('subgraph configuration', () => {
  it('a config error lists every bad variable', () => {
    const problems = problemsOf(() =>
      loadSubgraphConfig('hr', 4001, { PORT: 'abc', DATABASE_URL: 'mysql://x', KAFKA_BROKERS: 'nohostport', IDENTITY_VERIFY_KEYS: 'short', LOG_LEVEL: 'loud' }, {}),
    );
    expect(new Set(variablesNamed(problems))).toEqual(new Set(['PORT', 'DATABASE_URL', 'KAFKA_BROKERS', 'IDENTITY_VERIFY_KEYS', 'LOG_LEVEL']));
  });

  it("a subgraph refuses the development public key in production, also when kept for rotation", () => {
    expect(variablesNamed(problemsOf(() => loadSubgraphConfig('hr', 4001, { NODE_ENV: 'production' }, {})))).toContain('IDENTITY_VERIFY_KEYS');
    const rotated = { NODE_ENV: 'production', IDENTITY_VERIFY_KEYS: `prod:${productionPublicKey},old:${DEVELOPMENT_IDENTITY_PUBLIC_KEY}` };
    expect(variablesNamed(problemsOf(() => loadSubgraphConfig('hr', 4001, rotated, {})))).toContain('IDENTITY_VERIFY_KEYS');
    expect([...loadSubgraphConfig('hr', 4001, { NODE_ENV: 'production', IDENTITY_VERIFY_KEYS: `prod:${productionPublicKey}`, HR_DATABASE_URL: 'postgres://hr_app@db/hr', KAFKA_SASL_MECHANISM: 'scram-sha-512', KAFKA_USERNAME: 'hr', KAFKA_PASSWORD: 'a-real-kafka-password' }, {}).identityKeys.keys.keys()]).toEqual(['prod']);
  });

  it('a start that does not say development is production, and production refuses every unsafe default at once', () => {
    const problems = problemsOf(() => loadSubgraphConfig('hr', 4001, { CLOCK_OFFSET: '+1d' }, {}));
    expect(new Set(variablesNamed(problems))).toEqual(new Set(['HR_DATABASE_URL', 'IDENTITY_VERIFY_KEYS', 'CLOCK_OFFSET', 'KAFKA_SASL_MECHANISM']));
    const safe = { KAFKA_SASL_MECHANISM: 'scram-sha-512', KAFKA_USERNAME: 'hr', KAFKA_PASSWORD: 'a-real-kafka-password', IDENTITY_VERIFY_KEYS: `prod:${productionPublicKey}`, HR_DATABASE_URL: 'postgres://hr_app:secret@db/hr', HR_MIGRATION_DATABASE_URL: 'postgres://hr_owner:secret@db/hr' };
    const config = loadSubgraphConfig('hr', 4001, safe, {});
    expect(config).toMatchObject({ production: true, serviceDatabaseUrl: safe.HR_DATABASE_URL, migrationDatabaseUrl: safe.HR_MIGRATION_DATABASE_URL });
  });

  it('an owner login without the service login is refused, in any environment', () => {
    const problems = problemsOf(() => loadSubgraphConfig('hr', 4001, { NODE_ENV: 'development', HR_MIGRATION_DATABASE_URL: 'postgres://hr_owner@db/hr' }, {}));
    expect(variablesNamed(problems)).toEqual(['HR_MIGRATION_DATABASE_URL']);
  });

  it('an invalid per-service database url is reported by its own name', () => {
    const problems = problemsOf(() => loadSubgraphConfig('hr', 4001, { NODE_ENV: 'development', HR_DATABASE_URL: 'mysql://x' }, {}));
    expect(variablesNamed(problems)).toEqual(['HR_DATABASE_URL']);
  });

  it("a service's own variables are reported together with the shared ones", () => {
    const problems = problemsOf(() => loadSubgraphConfig('hr', 4001, { PORT: 'abc' }, { HR_SEED: z.enum(['on', 'off']) }));
    expect(new Set(variablesNamed(problems))).toEqual(new Set(['PORT', 'HR_SEED']));
  });

  it('a development environment gives the local defaults', () => {
    const config = loadSubgraphConfig('hr', 4001, { NODE_ENV: 'development' }, {});
    expect(config).toMatchObject({
      service: 'hr',
      port: 4001,
      logLevel: 'info',
      databaseNameSuffix: '',
      kafkaBrokers: ['127.0.0.1:9092'],
      kafkaPrefix: '',
      serviceDatabaseUrl: undefined,
    });
    expect([...config.identityKeys.keys.keys()]).toEqual(['dev']);
  });

  it('a per-service database url and a broker list are parsed', () => {
    const config = loadSubgraphConfig('hr', 4001, { NODE_ENV: 'development', HR_DATABASE_URL: 'postgresql://hr@db/hr', KAFKA_BROKERS: 'a:9092, b:9093', PORT: '0' }, {});
    expect(config.serviceDatabaseUrl).toBe('postgresql://hr@db/hr');
    expect(config.kafkaBrokers).toEqual(['a:9092', 'b:9093']);
    expect(config.port).toBe(0);
  });
});
