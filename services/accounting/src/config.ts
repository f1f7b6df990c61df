import { loadSubgraphConfig } from '@backoffice/platform/subgraph-service';

export function loadAccountingConfig(env: NodeJS.ProcessEnv) {
  return loadSubgraphConfig('accounting', 4002, env, {});
}
