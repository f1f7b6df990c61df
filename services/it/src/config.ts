import { z } from 'zod';
import { ConfigError, envValue, runtimeEnvModel } from '@backoffice/platform/config';
import { loadSubgraphConfig } from '@backoffice/platform/subgraph-service';
import { helpdeskEnv } from './helpdesk-settings';

const itOwnEnv = {
  // Hand out demo equipment and licence seats through the real commands once HR's demo company is known.
  SEED_DEMO_DATA: envValue(z.enum(['true', 'false']).default('false')).transform((value) => value === 'true'),
  ...helpdeskEnv,
};

export function loadItConfig(env: NodeJS.ProcessEnv) {
  // Demo laptops in a real company's inventory would be indistinguishable from real ones. Checked
  // on the raw environment, so it is reported together with every other problem.
  const production = runtimeEnvModel.safeParse(env).data?.NODE_ENV === 'production';
  const seedProblems = production && env.SEED_DEMO_DATA === 'true' ? ['SEED_DEMO_DATA: demo data is for development; production refuses it'] : [];
  try {
    const config = loadSubgraphConfig('it', 4003, env, itOwnEnv);
    if (seedProblems.length) throw new ConfigError(seedProblems);
    return config;
  } catch (error) {
    if (error instanceof ConfigError && seedProblems.length && !error.problems.includes(seedProblems[0]!)) throw new ConfigError([...error.problems, ...seedProblems]);
    throw error;
  }
}

export type ItConfig = ReturnType<typeof loadItConfig>;
