import { z } from 'zod';
import { ConfigError, envValue, runtimeEnvModel } from '@backoffice/platform/config';
import { loadSubgraphConfig } from '@backoffice/platform/subgraph-service';

const hrOwnEnv = {
  // Seed a believable demo company through the real commands when the database is empty.
  SEED_DEMO_DATA: envValue(z.enum(['true', 'false']).default('false')).transform((value) => value === 'true'),
  // Leave longer than this many working days needs HR's approval after the line manager's.
  LEAVE_HR_APPROVAL_ABOVE_DAYS: envValue(z.coerce.number().min(0).max(365).default(10)),
};

export function loadHrConfig(env: NodeJS.ProcessEnv) {
  // Demo people in a real company's records would be indistinguishable from real ones. Checked on
  // the raw environment, so it is reported together with every other problem.
  const production = runtimeEnvModel.safeParse(env).data?.NODE_ENV === 'production';
  const seedProblems = production && env.SEED_DEMO_DATA === 'true' ? ['SEED_DEMO_DATA: demo data is for development; production refuses it'] : [];
  try {
    const config = loadSubgraphConfig('hr', 4001, env, hrOwnEnv);
    if (seedProblems.length) throw new ConfigError(seedProblems);
    return config;
  } catch (error) {
    if (error instanceof ConfigError && seedProblems.length && !error.problems.includes(seedProblems[0]!)) throw new ConfigError([...error.problems, ...seedProblems]);
    throw error;
  }
}

export type HrConfig = ReturnType<typeof loadHrConfig>;
