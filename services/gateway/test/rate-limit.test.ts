import { randomUUID } from 'node:crypto';
import type { GraphQLError } from 'graphql';
import type { Principal } from '@backoffice/platform/identity';
import { loadGatewayConfig } from '../src/config';
import { createRateLimiter, type RateLimitSettings } from '../src/limits/rate-limit';

const employee = (): Principal => ({ employeeId: randomUUID(), roles: ['EMPLOYEE'] });
const serviceAccount = (name: string): Principal => ({ employeeId: null, roles: ['SERVICE'], serviceAccount: name });

// A clock the test moves by hand.
function manualClock(start = 1_000_000) {
  let now = start;
  return { now: () => now, advanceSeconds: (seconds: number) => (now += seconds * 1000) };
}

const refusalOf = (admit: () => void): GraphQLError | undefined => {
  try {
    admit();
    return undefined;
  } catch (error) {
    return error as GraphQLError;
  }
};

describe('the per-caller rate limit', () => {
  const settings: RateLimitSettings = { requests: 5, windowSeconds: 10, exemptServiceAccounts: ['bench', 'import'] };

  it('defaults to 300 requests a minute, no service account exempt, and reads the exemptions from a comma-separated list', () => {
    expect(loadGatewayConfig({ NODE_ENV: 'test' }).limits.rateLimit).toEqual({ requests: 300, windowSeconds: 60, exemptServiceAccounts: [] });
    expect(loadGatewayConfig({ NODE_ENV: 'test', RATE_LIMIT_REQUESTS: '50', RATE_LIMIT_WINDOW_SECONDS: '10', RATE_LIMIT_EXEMPT_SERVICE_ACCOUNTS: ' bench, import ,' }).limits.rateLimit).toEqual({
      requests: 50,
      windowSeconds: 10,
      exemptServiceAccounts: ['bench', 'import'],
    });
  });

  it('lets a caller send the limit at once, then answers RATE_LIMITED with HTTP 429 and Retry-After', () => {
    const clock = manualClock();
    const limiter = createRateLimiter(settings, clock.now);
    const caller = employee();
    for (let request = 0; request < 5; request++) expect(refusalOf(() => limiter.admit(caller))).toBeUndefined();
    const refused = refusalOf(() => limiter.admit(caller));
    expect(refused?.extensions.code).toBe('RATE_LIMITED');
    const http = refused?.extensions.http as { status: number; headers: Map<string, string> };
    expect(http.status).toBe(429);
    // 5 requests per 10 s: one more is allowed every 2 s.
    expect(http.headers.get('retry-after')).toBe('2');
    expect(refused?.message).toMatch(/5 every 10 s \(to each gateway instance\)\. Retry after 2 s\./);
  });

  it('gives the caller one request back per window / requests, and the whole limit after a window', () => {
    const clock = manualClock();
    const limiter = createRateLimiter(settings, clock.now);
    const caller = employee();
    for (let request = 0; request < 5; request++) limiter.admit(caller);
    clock.advanceSeconds(1);
    const stillRefused = refusalOf(() => limiter.admit(caller));
    expect(stillRefused?.extensions.code).toBe('RATE_LIMITED');
    expect((stillRefused?.extensions.http as { headers: Map<string, string> }).headers.get('retry-after')).toBe('1');
    clock.advanceSeconds(1);
    expect(refusalOf(() => limiter.admit(caller))).toBeUndefined();
    expect(refusalOf(() => limiter.admit(caller))?.extensions.code).toBe('RATE_LIMITED');
    clock.advanceSeconds(10);
    for (let request = 0; request < 5; request++) expect(refusalOf(() => limiter.admit(caller))).toBeUndefined();
    expect(refusalOf(() => limiter.admit(caller))?.extensions.code).toBe('RATE_LIMITED');
  });

  it('counts each caller on their own: one caller at the limit does not slow another', () => {
    const limiter = createRateLimiter(settings, manualClock().now);
    const busy = employee();
    for (let request = 0; request < 5; request++) limiter.admit(busy);
    expect(refusalOf(() => limiter.admit(busy))?.extensions.code).toBe('RATE_LIMITED');
    expect(refusalOf(() => limiter.admit(employee()))).toBeUndefined();
    expect(refusalOf(() => limiter.admit(serviceAccount('reports')))).toBeUndefined();
  });

  it('never limits an exempt service account, but does limit one that is not exempt', () => {
    const limiter = createRateLimiter(settings, manualClock().now);
    for (let request = 0; request < 1000; request++) expect(refusalOf(() => limiter.admit(serviceAccount('bench')))).toBeUndefined();
    for (let request = 0; request < 5; request++) limiter.admit(serviceAccount('reports'));
    expect(refusalOf(() => limiter.admit(serviceAccount('reports')))?.extensions.code).toBe('RATE_LIMITED');
  });

  it('an employee whose id happens to be an exempt name is still limited (exemption is for service accounts)', () => {
    const limiter = createRateLimiter(settings, manualClock().now);
    const lookalike: Principal = { employeeId: 'bench', roles: ['EMPLOYEE'] };
    for (let request = 0; request < 5; request++) limiter.admit(lookalike);
    expect(refusalOf(() => limiter.admit(lookalike))?.extensions.code).toBe('RATE_LIMITED');
  });

  it('forgets callers whose bucket has refilled, so memory follows recent callers only', () => {
    const clock = manualClock();
    const limiter = createRateLimiter(settings, clock.now);
    for (let caller = 0; caller < 100; caller++) limiter.admit(employee());
    expect(limiter.trackedCallers()).toBe(100);
    clock.advanceSeconds(10);
    limiter.admit(employee());
    expect(limiter.trackedCallers()).toBe(1);
  });
});
