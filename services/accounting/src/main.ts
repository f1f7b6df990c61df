import 'reflect-metadata';
import { ConfigError } from '@backoffice/platform/config';
import { logUnhandledRejections, stopOnSignals } from '@backoffice/platform/shutdown';
import { startSubgraphService } from '@backoffice/platform/subgraph-service';
import { loadAccountingConfig } from './config';
import { accountingSubgraph } from './accounting-subgraph';

async function main() {
  const service = await startSubgraphService(accountingSubgraph, loadAccountingConfig(process.env));
  logUnhandledRejections(service.logger);
  stopOnSignals(service.stop, service.logger);
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) console.error(`accounting: ${error.message}`);
  else console.error('accounting failed to start', error);
  process.exit(1);
});
