import { z } from 'zod';
import { ConfigError, envValue, runtimeEnvModel } from '@backoffice/platform/config';
import { loadSubgraphConfig } from '@backoffice/platform/subgraph-service';

const accountingOwnEnv = {
  // The one currency the books are kept in; lines in another convert at the rates table's rate.
  FUNCTIONAL_CURRENCY: envValue(z.string().regex(/^[A-Z]{3}$/, 'an ISO 4217 code such as EUR').default('EUR')),
  // HR's id of IT's department: it bears the depreciation of equipment nobody holds (in stock, in
  // repair). Unset, such months go on no cost centre.
  IT_DEPARTMENT_ID: envValue(z.uuid('must be the IT department id in HR').optional()),
  // Post a year of demo books through the real commands once HR's demo company is known.
  SEED_DEMO_DATA: envValue(z.enum(['true', 'false']).default('false')).transform((value) => value === 'true'),
};

export function loadAccountingConfig(env: NodeJS.ProcessEnv) {
  // Demo entries in a real company's books would be indistinguishable from real ones. Checked on
  // the raw environment, so it is reported together with every other problem.
  const production = runtimeEnvModel.safeParse(env).data?.NODE_ENV === 'production';
  const seedProblems = production && env.SEED_DEMO_DATA === 'true' ? ['SEED_DEMO_DATA: demo data is for development; production refuses it'] : [];
  try {
    const config = loadSubgraphConfig('accounting', 4002, env, accountingOwnEnv);
    if (seedProblems.length) throw new ConfigError(seedProblems);
    return config;
  } catch (error) {
    if (error instanceof ConfigError && seedProblems.length && !error.problems.includes(seedProblems[0]!)) throw new ConfigError([...error.problems, ...seedProblems]);
    throw error;
  }
}

export type AccountingConfig = ReturnType<typeof loadAccountingConfig>;
