import 'reflect-metadata';
import { ConfigError } from '@backoffice/platform/config';
import { logUnhandledRejections, stopOnSignals } from '@backoffice/platform/shutdown';
import { startSubgraphService } from '@backoffice/platform/subgraph-service';
import { loadAccountingConfig } from './config';
import { accountingSubgraph } from './accounting-subgraph';
import { seedDemoBooksOnStart } from './demo/seed-demo-books-on-start';

async function main() {
  const config = loadAccountingConfig(process.env);
  const service = await startSubgraphService({ ...accountingSubgraph, afterStart: config.extra.SEED_DEMO_DATA ? (deps) => seedDemoBooksOnStart(deps) : undefined }, config);
  logUnhandledRejections(service.logger);
  stopOnSignals(service.stop, service.logger);
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) console.error(`accounting: ${error.message}`);
  else console.error('accounting failed to start', error);
  process.exit(1);
});
