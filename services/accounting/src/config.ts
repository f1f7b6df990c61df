import { z } from 'zod';
import { envValue } from '@backoffice/platform/config';
import { loadSubgraphConfig } from '@backoffice/platform/subgraph-service';

const accountingOwnEnv = {
  // The one currency the books are kept in; lines in another convert at the rates table's rate.
  FUNCTIONAL_CURRENCY: envValue(z.string().regex(/^[A-Z]{3}$/, 'an ISO 4217 code such as EUR').default('EUR')),
};

export function loadAccountingConfig(env: NodeJS.ProcessEnv) {
  return loadSubgraphConfig('accounting', 4002, env, accountingOwnEnv);
}

export type AccountingConfig = ReturnType<typeof loadAccountingConfig>;
