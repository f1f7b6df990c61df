import { ConfigError } from '@backoffice/platform/config';
import { createLogger } from '@backoffice/platform/logger';
import { logUnhandledRejections, stopOnSignals } from '@backoffice/platform/shutdown';
import { loadGatewayConfig } from './config';
import { startGateway } from './gateway';

async function main() {
  const config = loadGatewayConfig(process.env);
  const logger = createLogger({ service: 'gateway' }, config.logLevel);
  const server = await startGateway(config, logger);
  logger.info('gateway ready', { url: server.url });
  logUnhandledRejections(logger);
  stopOnSignals(() => server.stop(), logger);
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) console.error(`gateway: ${error.message}`);
  else console.error('gateway failed to start', error);
  process.exit(1);
});
