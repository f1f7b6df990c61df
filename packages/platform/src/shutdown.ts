import type { Logger } from './logger';

// Stop in reverse order of start on SIGTERM/SIGINT: stop taking requests, let in-flight
// work finish, then close consumers, producers and pools.

export type Stoppable = { name: string; stop(): Promise<void> };

export function stopInOrder(parts: Stoppable[], logger: Logger): () => Promise<void> {
  let stopping: Promise<void> | undefined;
  return () => {
    stopping ??= (async () => {
      for (const part of parts) {
        try {
          await part.stop();
        } catch (error) {
          logger.error(`stopping ${part.name} failed`, { error });
        }
      }
    })();
    return stopping;
  };
}

export function stopOnSignals(stop: () => Promise<void>, logger: Logger): void {
  const onSignal = (signal: NodeJS.Signals) => {
    logger.info('shutting down', { signal });
    const forceExit = setTimeout(() => process.exit(1), 20_000);
    forceExit.unref();
    stop().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGTERM', onSignal);
  process.once('SIGINT', onSignal);
}

// A promise nobody awaited that rejects would end the process (Node's default): one bad request
// must not take a service down for everyone. It is logged as the bug it is, and the process goes on.
export function logUnhandledRejections(logger: Logger): void {
  process.on('unhandledRejection', (reason) => logger.error('unhandled promise rejection', { error: reason }));
}
