import { randomBytes } from 'node:crypto';

// Every test run gets its own database names and topic prefix, so runs never see each
// other's data (and never `npm start`'s).
// `t<base36 time><jest run tag><hex>`: the tag (set by the jest global setup) lets that run's
// teardown drop its own databases only.
export function uniqueRunId(label = 't'): string {
  const tag = /^[0-9a-f]{4}$/.test(process.env.BACKOFFICE_TEST_RUN_TAG ?? '') ? process.env.BACKOFFICE_TEST_RUN_TAG! : randomBytes(2).toString('hex');
  return `${label}${Date.now().toString(36)}${tag}${randomBytes(2).toString('hex')}`;
}

export function testEnvironment(overrides: Record<string, string> = {}): NodeJS.ProcessEnv {
  const runId = uniqueRunId();
  return {
    ...process.env,
    NODE_ENV: 'test',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'warn',
    DATABASE_NAME_SUFFIX: runId,
    KAFKA_PREFIX: `${runId}-`,
    PORT: '0',
    ...overrides,
  };
}

export function requiredEnv(name: 'KAFKA_BROKERS' | 'DATABASE_URL'): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run tests through jest's global setup (npm test or pnpm test).`);
  return value;
}
