import type { KeyObject } from 'node:crypto';
import { z } from 'zod';
import { identityPrivateKeyFrom, identityPublicKeyFrom, type IdentitySigningKey, type IdentityVerifyKeys } from './identity';

// Each env concern is a small zod model; a service composes the ones it needs and
// parses process.env exactly once at boot. Every problem is reported at once.

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

const emptyToUndefined = (value: unknown) => (value === '' ? undefined : value);

// An environment variable set to '' counts as unset, so its default applies.
export const envValue = <T extends z.ZodType>(schema: T) => z.preprocess(emptyToUndefined, schema);

export const port = (fallback: number) =>
  envValue(z.coerce.number().int().min(0, "0 (any free port) or more").max(65535).default(fallback));

export const postgresUrl = z
  .string()
  .refine((value) => /^postgres(ql)?:\/\//.test(value), 'must be a postgres:// or postgresql:// URL');

export const runtimeEnvModel = z.object({
  // Production unless a start says otherwise: development (npm start) and test are explicit, so a
  // service started without NODE_ENV refuses development keys, demo data and clock overrides.
  NODE_ENV: envValue(z.enum(['development', 'test', 'production']).default('production')),
  LOG_LEVEL: envValue(z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info')),
});

export const databaseEnvModel = z.object({
  DATABASE_URL: envValue(postgresUrl.default('postgres://postgres@127.0.0.1:5432/postgres')),
  // Appended to every service database name so test runs and benchmarks never share data.
  DATABASE_NAME_SUFFIX: envValue(z.string().regex(/^[a-z0-9_]*$/, 'only a-z, 0-9 and _').default('')),
});

export const kafkaEnvModel = z.object({
  KAFKA_BROKERS: envValue(
    z
      .string()
      .default('127.0.0.1:9092')
      .transform((value) => value.split(',').map((broker) => broker.trim()).filter(Boolean))
      .pipe(z.array(z.string().regex(/^[^:\s]+:\d+$/, 'each broker must be host:port')).min(1)),
  ),
  // Prefixed to every topic and consumer group, for isolated test runs.
  KAFKA_PREFIX: envValue(z.string().regex(/^[a-zA-Z0-9._-]*$/).default('')),
  // How the client logs in (kafkaSecurityFrom in kafka.ts checks they go together). `none` suits
  // the local broker's PLAINTEXT listener only: production needs a login (kafkaProductionProblems).
  KAFKA_SASL_MECHANISM: envValue(z.enum(['none', 'scram-sha-256', 'scram-sha-512']).default('none')),
  KAFKA_USERNAME: envValue(z.string().optional()),
  KAFKA_PASSWORD: envValue(z.string().optional()),
  // TLS to the brokers, trusting the system's CAs, or only the PEM file KAFKA_SSL_CA_FILE names.
  KAFKA_SSL: envValue(z.enum(['true', 'false']).default('false')).transform((value) => value === 'true'),
  KAFKA_SSL_CA_FILE: envValue(z.string().optional()),
});

// Public on purpose (they are in this repository): for development and tests only, and refused
// in production. Only the gateway holds the private key; subgraphs hold the public one.
export const DEVELOPMENT_IDENTITY_KEY_ID = 'dev';
export const DEVELOPMENT_IDENTITY_PRIVATE_KEY = 'MC4CAQAwBQYDK2VwBCIEIEl3cm7vqxRwcANw3eVTcvbXjTLrznCulNjucf8XNdWw';
export const DEVELOPMENT_IDENTITY_PUBLIC_KEY = 'MCowBQYDK2VwAyEAxVEmIBb4EN4G2Jg7lr-XrV6MCCleBRMi6OONfpcYKNw';

// The gateway's: "<key id>:<base64url PKCS#8 DER Ed25519 private key>".
export const identitySigningEnvModel = z.object({
  IDENTITY_SIGNING_KEY: envValue(
    z
      .string()
      .default(`${DEVELOPMENT_IDENTITY_KEY_ID}:${DEVELOPMENT_IDENTITY_PRIVATE_KEY}`)
      .transform((value, ctx) => parseSigningKey(value, ctx)),
  ),
});

// A subgraph's: "<key id>:<base64url SPKI DER Ed25519 public key>[,<key id>:<key>...]", every
// listed key verifies (rotation).
export const identityVerifyEnvModel = z.object({
  IDENTITY_VERIFY_KEYS: envValue(
    z
      .string()
      .default(`${DEVELOPMENT_IDENTITY_KEY_ID}:${DEVELOPMENT_IDENTITY_PUBLIC_KEY}`)
      .transform((value, ctx) => parseVerifyKeys(value, ctx)),
  ),
});

// The development keys are public (they are in this repository): production must never accept
// them, neither as the signing key nor as a key kept for rotation.
export function refuseDevelopmentSigningKey(env: { NODE_ENV: string; IDENTITY_SIGNING_KEY: ParsedSigningKey }, ctx: z.RefinementCtx): void {
  if (env.NODE_ENV !== 'production' || env.IDENTITY_SIGNING_KEY.der !== DEVELOPMENT_IDENTITY_PRIVATE_KEY) return;
  ctx.addIssue({ code: 'custom', path: ['IDENTITY_SIGNING_KEY'], message: 'set the gateway\'s own key: the development key (the default) is public and refused in production' });
}

export function refuseDevelopmentVerifyKeys(env: { NODE_ENV: string; IDENTITY_VERIFY_KEYS: ParsedVerifyKeys }, ctx: z.RefinementCtx): void {
  if (env.NODE_ENV !== 'production' || !env.IDENTITY_VERIFY_KEYS.ders.includes(DEVELOPMENT_IDENTITY_PUBLIC_KEY)) return;
  ctx.addIssue({ code: 'custom', path: ['IDENTITY_VERIFY_KEYS'], message: 'set the gateway\'s public key(s): the development key (the default) is public and refused in production' });
}

export type ParsedSigningKey = IdentitySigningKey & { der: string };
export type ParsedVerifyKeys = { keys: IdentityVerifyKeys; ders: string[] };

function splitKeyEntry(entry: string): [string, string] | undefined {
  const separator = entry.indexOf(':');
  if (separator <= 0) return undefined;
  const id = entry.slice(0, separator).trim();
  return /^[A-Za-z0-9_-]{1,64}$/.test(id) ? [id, entry.slice(separator + 1).trim()] : undefined;
}

function parseSigningKey(value: string, ctx: z.RefinementCtx): ParsedSigningKey {
  const entry = splitKeyEntry(value.trim());
  try {
    if (!entry) throw new Error('no key id');
    return { id: entry[0], privateKey: identityPrivateKeyFrom(entry[1]), der: entry[1] };
  } catch {
    ctx.addIssue({ code: 'custom', message: 'must be "<key id>:<base64url PKCS#8 Ed25519 private key>" (npm run identity-keys prints a pair)' });
    return z.NEVER;
  }
}

function parseVerifyKeys(value: string, ctx: z.RefinementCtx): ParsedVerifyKeys {
  const keys = new Map<string, KeyObject>();
  const ders: string[] = [];
  for (const raw of value.split(',').map((part) => part.trim()).filter(Boolean)) {
    const entry = splitKeyEntry(raw);
    try {
      if (!entry) throw new Error('no key id');
      keys.set(entry[0], identityPublicKeyFrom(entry[1]));
      ders.push(entry[1]);
    } catch {
      ctx.addIssue({ code: 'custom', message: 'each key must be "<key id>:<base64url SPKI Ed25519 public key>", comma-separated (npm run identity-keys prints a pair)' });
      return z.NEVER;
    }
  }
  if (keys.size === 0) {
    ctx.addIssue({ code: 'custom', message: 'at least one public key is required' });
    return z.NEVER;
  }
  return { keys, ders };
}

// `aliases` renames model keys in messages, for variables whose name depends on the service.
export function parseConfig<T extends z.ZodType>(model: T, env: Record<string, string | undefined>, aliases: Record<string, string> = {}): z.infer<T> {
  const result = model.safeParse(env);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const key = issue.path.join('.');
    const variable = aliases[key] ?? (key || '(environment)');
    return `${variable}: ${issue.message}`;
  });
  throw new ConfigError(problems);
}
