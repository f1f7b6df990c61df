import { z } from 'zod';

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
  NODE_ENV: envValue(z.enum(['development', 'test', 'production']).default('development')),
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
});

// Public on purpose (it is in this repository): for development and tests only.
export const DEVELOPMENT_IDENTITY_SECRET = 'backoffice-dev-identity-secret';

export const identityEnvModel = z.object({
  // Shared by the gateway and subgraphs to sign and verify the forwarded caller.
  IDENTITY_SIGNING_KEYS: envValue(
    z
      .string()
      .default(`dev:${DEVELOPMENT_IDENTITY_SECRET}`)
      .transform((value, ctx) => parseSigningKeys(value, ctx)),
  ),
});

// The development key is public (it is in this repository): production must never accept it,
// neither as the signing key nor as a key kept for rotation.
export function refuseDevelopmentIdentityKey(env: { NODE_ENV: string; IDENTITY_SIGNING_KEYS: SigningKeys }, ctx: z.RefinementCtx): void {
  if (env.NODE_ENV !== 'production') return;
  if ([...env.IDENTITY_SIGNING_KEYS.all.values()].includes(DEVELOPMENT_IDENTITY_SECRET)) {
    ctx.addIssue({ code: 'custom', path: ['IDENTITY_SIGNING_KEYS'], message: 'the development signing key is refused in production; set real keys' });
  }
}

export type SigningKeys = { current: { id: string; secret: string }; all: Map<string, string> };

// "kid:secret,kid2:secret2" — the first key signs, every listed key verifies (rotation).
function parseSigningKeys(value: string, ctx: z.RefinementCtx): SigningKeys {
  const entries = value.split(',').map((pair) => pair.trim()).filter(Boolean);
  const all = new Map<string, string>();
  for (const entry of entries) {
    const separator = entry.indexOf(':');
    const id = entry.slice(0, separator);
    const secret = entry.slice(separator + 1);
    if (separator <= 0 || secret.length < 16) {
      ctx.addIssue({ code: 'custom', message: 'each key must be "<key id>:<secret of 16+ characters>"' });
      return z.NEVER;
    }
    all.set(id, secret);
  }
  const [firstId, firstSecret] = [...all.entries()][0] ?? [];
  if (!firstId || !firstSecret) {
    ctx.addIssue({ code: 'custom', message: 'at least one signing key is required' });
    return z.NEVER;
  }
  return { current: { id: firstId, secret: firstSecret }, all };
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
