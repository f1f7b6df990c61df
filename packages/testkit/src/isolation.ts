import { randomBytes } from 'node:crypto';

// Every test run gets its own database names and topic prefix, so runs never see each
// other's data (and never `npm start`'s).
export function uniqueRunId(label = 't'): string {
  return `${label}${Date.now().toString(36)}${randomBytes(3).toString('hex')}`;
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
