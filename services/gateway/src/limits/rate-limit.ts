import { HeaderMap } from '@apollo/server';
import { GraphQLError } from 'graphql';
import type { Principal } from '@backoffice/platform/identity';
import type { RequestLimits } from '../config';

// A token bucket per caller: `requests` at once, refilled evenly over `windowSeconds`, so a caller
// may burst and then goes on at requests/window. Kept in this gateway process's memory: with N
// gateway replicas a caller gets up to N times the limit, and a restart forgets every bucket.
// A shared store (Redis, the database) would be needed for one limit across replicas.
// Callers are the token's person (employee id) or service account; anonymous callers never get
// this far. Service accounts named in RATE_LIMIT_EXEMPT_SERVICE_ACCOUNTS are not limited.

export type RateLimitSettings = RequestLimits['rateLimit'];

export type RateLimiter = {
  // Takes one request from the caller's bucket, or throws RATE_LIMITED (HTTP 429, Retry-After).
  admit(principal: Principal): void;
  // Callers with a bucket that is not full (the others cost no memory).
  trackedCallers(): number;
};

type Bucket = { tokens: number; updatedAt: number };

export function createRateLimiter(settings: RateLimitSettings, now: () => number = Date.now): RateLimiter {
  const windowMs = settings.windowSeconds * 1000;
  const exempt = new Set(settings.exemptServiceAccounts);
  const buckets = new Map<string, Bucket>();
  let sweptAt = now();

  // Multiplied before divided, so whole requests come back as whole numbers.
  const refilled = (bucket: Bucket, at: number) => Math.min(settings.requests, bucket.tokens + ((at - bucket.updatedAt) * settings.requests) / windowMs);

  // A full bucket is the same as none: dropping them keeps memory to the callers seen lately.
  const sweep = (at: number) => {
    if (at - sweptAt < windowMs) return;
    sweptAt = at;
    for (const [caller, bucket] of buckets) if (refilled(bucket, at) >= settings.requests) buckets.delete(caller);
  };

  return {
    admit(principal) {
      if (principal.serviceAccount && exempt.has(principal.serviceAccount)) return;
      const caller = principal.serviceAccount ? `service:${principal.serviceAccount}` : `employee:${principal.employeeId}`;
      const at = now();
      sweep(at);
      const bucket = buckets.get(caller) ?? { tokens: settings.requests, updatedAt: at };
      bucket.tokens = refilled(bucket, at);
      bucket.updatedAt = at;
      buckets.set(caller, bucket);
      if (bucket.tokens >= 1) {
        bucket.tokens -= 1;
        return;
      }
      const retryAfterSeconds = Math.max(1, Math.ceil(((1 - bucket.tokens) * windowMs) / settings.requests / 1000));
      throw rateLimited(settings, retryAfterSeconds);
    },
    trackedCallers: () => buckets.size,
  };
}

function rateLimited(settings: RateLimitSettings, retryAfterSeconds: number): GraphQLError {
  return new GraphQLError(
    `Too many requests: each caller may send ${settings.requests} every ${settings.windowSeconds} s (to each gateway instance). ` +
      `Retry after ${retryAfterSeconds} s.`,
    {
      extensions: {
        code: 'RATE_LIMITED',
        retryAfterSeconds,
        http: { status: 429, headers: new HeaderMap([['retry-after', String(retryAfterSeconds)]]) },
      },
    },
  );
}
