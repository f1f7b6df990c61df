import { z } from 'zod';
import type { LogLevel } from '@backoffice/platform/logger';
import { envValue, identityEnvModel, parseConfig, port, refuseDevelopmentIdentityKey, runtimeEnvModel } from '@backoffice/platform/config';

export const DEV_JWT_SECRET = 'backoffice-dev-jwt-secret-change-me';

const url = (fallback: string) => envValue(z.url().default(fallback));

const gatewayEnvModel = runtimeEnvModel
  .extend(identityEnvModel.shape)
  .extend({
    PORT: port(4000),
    // HS256 secret for client tokens (dev); production must set its own.
    JWT_SECRET: envValue(z.string().min(16, 'at least 16 characters').default(DEV_JWT_SECRET)),
    HR_URL: url('http://127.0.0.1:4001/graphql'),
    ACCOUNTING_URL: url('http://127.0.0.1:4002/graphql'),
    IT_URL: url('http://127.0.0.1:4003/graphql'),
    // How long a forwarded identity header is valid; short, it only has to reach a subgraph.
    IDENTITY_TTL_SECONDS: envValue(z.coerce.number().int().min(5).max(600).default(60)),
  })
  .superRefine((env, ctx) => {
    if (env.NODE_ENV !== 'production') return;
    if (env.JWT_SECRET === DEV_JWT_SECRET) ctx.addIssue({ code: 'custom', path: ['JWT_SECRET'], message: 'the development secret is refused in production; set a real one' });
    refuseDevelopmentIdentityKey(env, ctx);
  });

export type GatewayConfig = {
  port: number;
  logLevel: LogLevel;
  jwtSecret: string;
  identityTtlSeconds: number;
  signingKeys: z.infer<typeof identityEnvModel>['IDENTITY_SIGNING_KEYS'];
  subgraphUrls: Record<'hr' | 'accounting' | 'it', string>;
};

export function loadGatewayConfig(env: NodeJS.ProcessEnv): GatewayConfig {
  const parsed = parseConfig(gatewayEnvModel, env);
  return {
    port: parsed.PORT,
    logLevel: parsed.LOG_LEVEL,
    jwtSecret: parsed.JWT_SECRET,
    identityTtlSeconds: parsed.IDENTITY_TTL_SECONDS,
    signingKeys: parsed.IDENTITY_SIGNING_KEYS,
    subgraphUrls: { hr: parsed.HR_URL, accounting: parsed.ACCOUNTING_URL, it: parsed.IT_URL },
  };
}
