import 'reflect-metadata';
import { ConfigError } from '@backoffice/platform/config';
import { logUnhandledRejections, stopOnSignals } from '@backoffice/platform/shutdown';
import { startSubgraphService } from '@backoffice/platform/subgraph-service';
import { loadHrConfig } from './config';
import { seedDemoCompany } from './demo/seed-demo-company';
import { hrSubgraph } from './hr-subgraph';
import { hrModulesFrom } from './hr-modules';

async function main() {
  const config = loadHrConfig(process.env);
  const service = await startSubgraphService(
    { ...hrSubgraph, afterStart: config.extra.SEED_DEMO_DATA ? (deps) => seedDemoCompany(hrModulesFrom(deps), deps.logger) : undefined },
    config,
  );
  logUnhandledRejections(service.logger);
  stopOnSignals(service.stop, service.logger);
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) console.error(`hr: ${error.message}`);
  else console.error('hr failed to start', error);
  process.exit(1);
});
