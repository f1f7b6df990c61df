import { z } from 'zod';
import { ConfigError } from '../src/config';
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
      loadSubgraphConfig('hr', 4001, { PORT: 'abc', DATABASE_URL: 'mysql://x', KAFKA_BROKERS: 'nohostport', IDENTITY_SIGNING_KEYS: 'short', LOG_LEVEL: 'loud' }, {}),
    );
    expect(new Set(variablesNamed(problems))).toEqual(new Set(['PORT', 'DATABASE_URL', 'KAFKA_BROKERS', 'IDENTITY_SIGNING_KEYS', 'LOG_LEVEL']));
  });

  it('a subgraph refuses the public development signing key in production, also when kept for rotation', () => {
    expect(variablesNamed(problemsOf(() => loadSubgraphConfig('hr', 4001, { NODE_ENV: 'production' }, {})))).toEqual(['IDENTITY_SIGNING_KEYS']);
    const rotated = { NODE_ENV: 'production', IDENTITY_SIGNING_KEYS: 'prod:a-real-secret-of-enough-length,old:backoffice-dev-identity-secret' };
    expect(variablesNamed(problemsOf(() => loadSubgraphConfig('hr', 4001, rotated, {})))).toEqual(['IDENTITY_SIGNING_KEYS']);
    expect(loadSubgraphConfig('hr', 4001, { NODE_ENV: 'production', IDENTITY_SIGNING_KEYS: 'prod:a-real-secret-of-enough-length' }, {}).signingKeys.current.id).toBe('prod');
  });

  it('an invalid per-service database url is reported by its own name', () => {
    const problems = problemsOf(() => loadSubgraphConfig('hr', 4001, { HR_DATABASE_URL: 'mysql://x' }, {}));
    expect(variablesNamed(problems)).toEqual(['HR_DATABASE_URL']);
  });

  it("a service's own variables are reported together with the shared ones", () => {
    const problems = problemsOf(() => loadSubgraphConfig('hr', 4001, { PORT: 'abc' }, { HR_SEED: z.enum(['on', 'off']) }));
    expect(new Set(variablesNamed(problems))).toEqual(new Set(['PORT', 'HR_SEED']));
  });

  it('an empty environment gives the local defaults', () => {
    const config = loadSubgraphConfig('hr', 4001, {}, {});
    expect(config).toMatchObject({
      service: 'hr',
      port: 4001,
      logLevel: 'info',
      databaseNameSuffix: '',
      kafkaBrokers: ['127.0.0.1:9092'],
      kafkaPrefix: '',
      serviceDatabaseUrl: undefined,
    });
    expect(config.signingKeys.current.id).toBe('dev');
  });

  it('a per-service database url and a broker list are parsed', () => {
    const config = loadSubgraphConfig('hr', 4001, { HR_DATABASE_URL: 'postgresql://hr@db/hr', KAFKA_BROKERS: 'a:9092, b:9093', PORT: '0' }, {});
    expect(config.serviceDatabaseUrl).toBe('postgresql://hr@db/hr');
    expect(config.kafkaBrokers).toEqual(['a:9092', 'b:9093']);
    expect(config.port).toBe(0);
  });
});
