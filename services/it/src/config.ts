import { loadSubgraphConfig } from '@backoffice/platform/subgraph-service';

export function loadItConfig(env: NodeJS.ProcessEnv) {
  return loadSubgraphConfig('it', 4003, env, {});
}
