import { z } from 'zod';
import type { LogLevel } from '@backoffice/platform/logger';
import { envValue, identitySigningEnvModel, parseConfig, port, refuseDevelopmentSigningKey, runtimeEnvModel, type ParsedSigningKey } from '@backoffice/platform/config';
import { MAX_IDENTITY_TTL_SECONDS } from '@backoffice/platform/identity';

export const DEV_JWT_SECRET = 'backoffice-dev-jwt-secret-change-me';

const url = (fallback: string) => envValue(z.url().default(fallback));
const optionalUrl = envValue(z.url().optional());
const seconds = (fallback: number, max: number) => envValue(z.coerce.number().int().min(0).max(max).default(fallback));
const limit = (fallback: number, max: number) => envValue(z.coerce.number().int().min(1).max(max).default(fallback));

// What one caller may ask of the gateway. The defaults let every query the clients, tests and
// tools send through, and refuse what a single token could otherwise use to tie up HR (hundreds
// of aliased pages of employees, a 21-level manager chain); services/gateway/README.md says why
// each number is what it is.
const requestLimitsEnvModel = z.object({
  // Nesting of fields, counted through fragments. Introspection's own nesting (`__schema`) has a
  // guard of its own (limits/document-limits.ts).
  GRAPHQL_MAX_DEPTH: limit(10, 100),
  GRAPHQL_MAX_ALIASES: limit(15, 1000),
  GRAPHQL_MAX_DIRECTIVES: limit(20, 1000),
  // Lexical tokens in the document, counted before it is parsed.
  GRAPHQL_MAX_TOKENS: limit(1000, 100_000),
  // Objects an operation may ask for, with list fields multiplied by their `first` (from the
  // query or its variables, else the schema's default) or by GRAPHQL_COST_LIST_SIZE.
  GRAPHQL_MAX_COST: limit(5000, 10_000_000),
  GRAPHQL_COST_LIST_SIZE: limit(10, 10_000),
  // Every subgraph call; a subgraph that has not answered by then costs its own fields only.
  SUBGRAPH_TIMEOUT_MS: limit(5000, 300_000),
  // Per caller and per gateway process: with N gateway replicas a caller gets up to N times this.
  RATE_LIMIT_REQUESTS: limit(300, 1_000_000),
  RATE_LIMIT_WINDOW_SECONDS: limit(60, 24 * 3600),
  // Service accounts (a token's `sub` with the SERVICE role) that no rate limit applies to:
  // benchmarks, imports. Comma-separated names.
  RATE_LIMIT_EXEMPT_SERVICE_ACCOUNTS: envValue(
    z
      .string()
      .default('')
      .transform((value) => value.split(',').map((name) => name.trim()).filter(Boolean))
      // Names as a service account's token carries them (platform/identity.ts).
      .pipe(z.array(z.string().regex(/^[a-z][a-z0-9-]{1,62}$/, 'service account names, separated by commas: lower-case letters, digits and dashes'))),
  ),
});

const gatewayEnvModel = runtimeEnvModel
  .extend(identitySigningEnvModel.shape)
  .extend({
    PORT: port(4000),
    // The one endpoint clients reach: every interface unless the deployment names one.
    HOST: envValue(z.string().min(1).default('0.0.0.0')),
    // Client tokens. Production: RS256/ES256 tokens from the identity provider, checked against
    // its JWKS, issuer and audience. Development and tests: HS256 with JWT_SECRET as well.
    JWT_SECRET: envValue(z.string().min(16, 'at least 16 characters').default(DEV_JWT_SECRET)),
    AUTH_JWKS_URL: optionalUrl,
    AUTH_ISSUER: envValue(z.string().min(1).optional()),
    AUTH_AUDIENCE: envValue(z.string().min(1).optional()),
    // A token living longer than this (from its iat) is refused, whatever its exp says.
    AUTH_MAX_TOKEN_LIFETIME_SECONDS: seconds(12 * 3600, 7 * 24 * 3600),
    AUTH_CLOCK_SKEW_SECONDS: seconds(30, 300),
    HR_URL: url('http://127.0.0.1:4001/graphql'),
    ACCOUNTING_URL: url('http://127.0.0.1:4002/graphql'),
    IT_URL: url('http://127.0.0.1:4003/graphql'),
    // How long a forwarded identity header is valid; short, it only has to reach a subgraph.
    IDENTITY_TTL_SECONDS: envValue(z.coerce.number().int().min(5).max(MAX_IDENTITY_TTL_SECONDS).default(30)),
  })
  .extend(requestLimitsEnvModel.shape)
  .superRefine((env, ctx) => {
    if (env.AUTH_JWKS_URL && (!env.AUTH_ISSUER || !env.AUTH_AUDIENCE)) {
      ctx.addIssue({ code: 'custom', path: ['AUTH_JWKS_URL'], message: 'a JWKS needs AUTH_ISSUER and AUTH_AUDIENCE too' });
    }
    if (env.NODE_ENV !== 'production') return;
    refuseDevelopmentSigningKey(env, ctx);
    if (!env.AUTH_JWKS_URL) ctx.addIssue({ code: 'custom', path: ['AUTH_JWKS_URL'], message: 'production verifies client tokens against the identity provider: set AUTH_JWKS_URL, AUTH_ISSUER and AUTH_AUDIENCE' });
    if (env.AUTH_JWKS_URL && new URL(env.AUTH_JWKS_URL).protocol !== 'https:') ctx.addIssue({ code: 'custom', path: ['AUTH_JWKS_URL'], message: 'must be https in production' });
  });

export type TokenVerification = {
  // HS256 secret; null in production, where only the identity provider's tokens count.
  developmentSecret: string | null;
  jwks: { url: string; issuer: string; audience: string } | null;
  maxLifetimeSeconds: number;
  clockSkewSeconds: number;
};

export type RequestLimits = {
  maxDepth: number;
  maxAliases: number;
  maxDirectives: number;
  maxTokens: number;
  maxCost: number;
  // The size assumed for a list field that takes no `first`.
  costListSize: number;
  subgraphTimeoutMs: number;
  rateLimit: { requests: number; windowSeconds: number; exemptServiceAccounts: string[] };
};

export type GatewayConfig = {
  production: boolean;
  port: number;
  host: string;
  logLevel: LogLevel;
  tokens: TokenVerification;
  identityTtlSeconds: number;
  identitySigningKey: ParsedSigningKey;
  subgraphUrls: Record<'hr' | 'accounting' | 'it', string>;
  limits: RequestLimits;
};

export function loadGatewayConfig(env: NodeJS.ProcessEnv): GatewayConfig {
  const parsed = parseConfig(gatewayEnvModel, env);
  const production = parsed.NODE_ENV === 'production';
  return {
    production,
    port: parsed.PORT,
    host: parsed.HOST,
    logLevel: parsed.LOG_LEVEL,
    tokens: {
      developmentSecret: production ? null : parsed.JWT_SECRET,
      jwks: parsed.AUTH_JWKS_URL ? { url: parsed.AUTH_JWKS_URL, issuer: parsed.AUTH_ISSUER!, audience: parsed.AUTH_AUDIENCE! } : null,
      maxLifetimeSeconds: parsed.AUTH_MAX_TOKEN_LIFETIME_SECONDS,
      clockSkewSeconds: parsed.AUTH_CLOCK_SKEW_SECONDS,
    },
    identityTtlSeconds: parsed.IDENTITY_TTL_SECONDS,
    identitySigningKey: parsed.IDENTITY_SIGNING_KEY,
    subgraphUrls: { hr: parsed.HR_URL, accounting: parsed.ACCOUNTING_URL, it: parsed.IT_URL },
    limits: {
      maxDepth: parsed.GRAPHQL_MAX_DEPTH,
      maxAliases: parsed.GRAPHQL_MAX_ALIASES,
      maxDirectives: parsed.GRAPHQL_MAX_DIRECTIVES,
      maxTokens: parsed.GRAPHQL_MAX_TOKENS,
      maxCost: parsed.GRAPHQL_MAX_COST,
      costListSize: parsed.GRAPHQL_COST_LIST_SIZE,
      subgraphTimeoutMs: parsed.SUBGRAPH_TIMEOUT_MS,
      rateLimit: {
        requests: parsed.RATE_LIMIT_REQUESTS,
        windowSeconds: parsed.RATE_LIMIT_WINDOW_SECONDS,
        exemptServiceAccounts: parsed.RATE_LIMIT_EXEMPT_SERVICE_ACCOUNTS,
      },
    },
  };
}
