import { generateKeyPairSync } from 'node:crypto';
import { ConfigError } from '../src/config';
import { clockSessionOptions, createClock, dateIn, parseClockOffset } from '../src/clock';
import { loadSubgraphConfig } from '../src/subgraph-service';

const problemsOf = (load: () => unknown): string[] => {
  try {
    load();
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  throw new Error('expected a ConfigError');
};

const production = { NODE_ENV: 'production', HR_DATABASE_URL: 'postgres://hr_app@db/hr', KAFKA_SASL_MECHANISM: 'scram-sha-512', KAFKA_USERNAME: 'hr', KAFKA_PASSWORD: 'a-real-kafka-password', IDENTITY_VERIFY_KEYS: `prod:${generateKeyPairSync('ed25519').publicKey.export({ format: 'der', type: 'spki' }).toString('base64url')}` };

describe('the business clock', () => {
  it.each([
    ['+30d', 30 * 86_400_000],
    ['-2h', -2 * 3_600_000],
    ['+1w', 7 * 86_400_000],
    ['+90m', 90 * 60_000],
    ['-15s', -15_000],
  ])('reads the offset %s', (text, ms) => {
    expect(parseClockOffset(text)).toBe(ms);
  });

  it.each(['30d', '+30', '+30y', '+-1d', ''])('refuses the offset %j', (text) => {
    expect(parseClockOffset(text)).toBeUndefined();
  });

  it("today is the calendar date in the company's time zone: the day ends at its midnight", () => {
    const lateEveningInNewYork = new Date('2026-07-01T03:30:00Z');
    expect(dateIn(lateEveningInNewYork, 'America/New_York')).toBe('2026-06-30');
    expect(dateIn(lateEveningInNewYork, 'UTC')).toBe('2026-07-01');
    expect(dateIn(new Date('2026-06-30T13:00:00Z'), 'Pacific/Auckland')).toBe('2026-07-01');
  });

  it('a fixed clock stands still; an offset clock moves with real time, shifted', () => {
    const fixed = createClock({ timeZone: 'Europe/London', fixedAt: '2026-12-31T23:30:00Z' });
    expect(fixed.now().toISOString()).toBe('2026-12-31T23:30:00.000Z');
    expect(fixed.today()).toBe('2026-12-31');
    const ahead = createClock({ timeZone: 'UTC', offsetMs: 86_400_000 });
    const drift = ahead.now().getTime() - Date.now() - 86_400_000;
    expect(Math.abs(drift)).toBeLessThan(1000);
  });

  it('gives SQL the same clock through session settings', () => {
    expect(clockSessionOptions(createClock({ timeZone: 'America/New_York', offsetMs: -7_200_000 }))).toBe('-c backoffice.time_zone=America/New_York -c backoffice.clock_offset_ms=-7200000');
    expect(clockSessionOptions(createClock({ timeZone: 'UTC', fixedAt: '2026-06-17T10:00:00Z' }))).toBe('-c backoffice.time_zone=UTC -c backoffice.clock_at=2026-06-17T10:00:00.000Z');
  });

  it('is configured once: a time zone, and in development a moved clock', () => {
    const config = loadSubgraphConfig('hr', 4001, { NODE_ENV: 'development', COMPANY_TIME_ZONE: 'America/New_York', CLOCK_AT: '2026-07-01T03:30:00Z' }, {});
    expect(config.clock.today()).toBe('2026-06-30');
    expect(problemsOf(() => loadSubgraphConfig('hr', 4001, { NODE_ENV: 'development', COMPANY_TIME_ZONE: 'Mars/Olympus' }, {}))).toEqual([expect.stringMatching(/^COMPANY_TIME_ZONE: /)]);
    expect(problemsOf(() => loadSubgraphConfig('hr', 4001, { NODE_ENV: 'development', CLOCK_OFFSET: 'soon' }, {}))).toEqual([expect.stringMatching(/^CLOCK_OFFSET: /)]);
    expect(problemsOf(() => loadSubgraphConfig('hr', 4001, { NODE_ENV: 'development', CLOCK_OFFSET: '+1d', CLOCK_AT: '2026-07-01T03:30:00Z' }, {}))).toEqual([expect.stringMatching(/^CLOCK_AT: /)]);
  });

  it('production refuses a moved clock', () => {
    expect(problemsOf(() => loadSubgraphConfig('hr', 4001, { ...production, CLOCK_OFFSET: '+30d' }, {}))).toEqual([expect.stringMatching(/^CLOCK_OFFSET: a moved clock is for development/)]);
    expect(problemsOf(() => loadSubgraphConfig('hr', 4001, { ...production, CLOCK_AT: '2026-07-01T03:30:00Z' }, {}))).toEqual([expect.stringMatching(/^CLOCK_AT: a moved clock is for development/)]);
    expect(loadSubgraphConfig('hr', 4001, { ...production, COMPANY_TIME_ZONE: 'Europe/Berlin' }, {}).clock.timeZone).toBe('Europe/Berlin');
  });
});
