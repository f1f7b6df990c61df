import fs from 'node:fs';
import type { KafkaConfig, SASLOptions } from 'kafkajs';
import { z } from 'zod';

// `node infra/dist/cli.js acls`: the broker to bring to the plan, reached with the same variables
// a service uses (packages/platform's kafkaEnvModel), logged in as a login allowed to manage ACLs.
// infra cannot depend on platform (platform's tests depend on infra), hence this small twin.

const envValue = <T extends z.ZodType>(schema: T) => z.preprocess((value) => (value === '' ? undefined : value), schema);

export const kafkaAclsEnvModel = z
  .object({
    KAFKA_BROKERS: envValue(z.string('required: the brokers to manage, host:port[,host:port...]').transform((value) => value.split(',').map((broker) => broker.trim()).filter(Boolean))),
    KAFKA_PREFIX: envValue(z.string().regex(/^[a-zA-Z0-9._-]*$/, 'only letters, digits, ".", "_" and "-"').default('')),
    KAFKA_SASL_MECHANISM: envValue(z.enum(['scram-sha-256', 'scram-sha-512'], 'managing ACLs needs a login: scram-sha-256 or scram-sha-512')),
    KAFKA_USERNAME: envValue(z.string('required: a login allowed to manage ACLs (a super user of the broker)')),
    KAFKA_PASSWORD: envValue(z.string('required: the password of KAFKA_USERNAME')),
    KAFKA_SSL: envValue(z.enum(['true', 'false']).default('false').transform((value) => value === 'true')),
    KAFKA_SSL_CA_FILE: envValue(z.string().optional()),
  })
  .superRefine((env, ctx) => {
    if (env.KAFKA_SSL_CA_FILE !== undefined && !env.KAFKA_SSL) {
      ctx.addIssue({ code: 'custom', path: ['KAFKA_SSL_CA_FILE'], message: 'is only used with KAFKA_SSL=true' });
    }
  });

// Said as is, without a stack: the operator fixes a variable, not the code.
export class KafkaAclsConfigError extends Error {}

export type KafkaAclsSettings = { prefix: string; client: Pick<KafkaConfig, 'brokers' | 'sasl' | 'ssl'> };

export function kafkaAclsSettingsFrom(env: NodeJS.ProcessEnv): KafkaAclsSettings {
  const result = kafkaAclsEnvModel.safeParse(env);
  if (!result.success) {
    throw new KafkaAclsConfigError(`Invalid configuration:\n${result.error.issues.map((issue) => `  - ${issue.path.join('.') || '(environment)'}: ${issue.message}`).join('\n')}`);
  }
  const { KAFKA_BROKERS, KAFKA_PREFIX, KAFKA_SASL_MECHANISM, KAFKA_USERNAME, KAFKA_PASSWORD, KAFKA_SSL, KAFKA_SSL_CA_FILE } = result.data;
  const ssl = KAFKA_SSL && KAFKA_SSL_CA_FILE ? { ca: [fs.readFileSync(KAFKA_SSL_CA_FILE, 'utf8')] } : KAFKA_SSL;
  const login = { username: KAFKA_USERNAME, password: KAFKA_PASSWORD };
  // Spelled out per mechanism: kafkajs types each mechanism's options apart.
  const sasl: SASLOptions = KAFKA_SASL_MECHANISM === 'scram-sha-256' ? { mechanism: 'scram-sha-256', ...login } : { mechanism: 'scram-sha-512', ...login };
  return { prefix: KAFKA_PREFIX, client: { brokers: KAFKA_BROKERS, sasl, ssl } };
}
