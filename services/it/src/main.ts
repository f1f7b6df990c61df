import 'reflect-metadata';
import { ConfigError } from '@backoffice/platform/config';
import { logUnhandledRejections, stopOnSignals } from '@backoffice/platform/shutdown';
import { startSubgraphService } from '@backoffice/platform/subgraph-service';
import { loadItConfig } from './config';
import { seedDemoInventoryOnStart } from './demo/seed-demo-inventory-on-start';
import { itSubgraph } from './it-subgraph';

async function main() {
  const config = loadItConfig(process.env);
  const service = await startSubgraphService({ ...itSubgraph, afterStart: config.extra.SEED_DEMO_DATA ? (deps) => seedDemoInventoryOnStart(deps) : undefined }, config);
  logUnhandledRejections(service.logger);
  stopOnSignals(service.stop, service.logger);
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) console.error(`it: ${error.message}`);
  else console.error('it failed to start', error);
  process.exit(1);
});
