import { z } from 'zod';
import { ConfigError, envValue } from '@backoffice/platform/config';
import { loadSubgraphConfig } from '@backoffice/platform/subgraph-service';

const hrOwnEnv = {
  // Seed a believable demo company through the real commands when the database is empty.
  SEED_DEMO_DATA: envValue(z.enum(['true', 'false']).default('false')).transform((value) => value === 'true'),
  // Leave longer than this many working days needs HR's approval after the line manager's.
  LEAVE_HR_APPROVAL_ABOVE_DAYS: envValue(z.coerce.number().min(0).max(365).default(10)),
};

export function loadHrConfig(env: NodeJS.ProcessEnv) {
  const config = loadSubgraphConfig('hr', 4001, env, hrOwnEnv);
  // Demo people in a real company's records would be indistinguishable from real ones.
  if (config.production && config.extra.SEED_DEMO_DATA) throw new ConfigError(['SEED_DEMO_DATA: demo data is for development; production refuses it']);
  return config;
}

export type HrConfig = ReturnType<typeof loadHrConfig>;
