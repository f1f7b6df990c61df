import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { testEnvironment } from '@backoffice/testkit/isolation';
import { freePort } from '@backoffice/testkit/free-port';
import { ServiceProcess } from '@backoffice/testkit/service-process';
import { DEV_JWT_SECRET, signToken, type Caller } from './tokens';

// The whole back office as processes: hr, accounting and it, then the gateway in front of
// them, on ports of their own and with databases and topics no other run sees.

export type ServiceName = 'hr' | 'accounting' | 'it' | 'gateway';
export type SubgraphName = Exclude<ServiceName, 'gateway'>;
export const subgraphNames: readonly SubgraphName[] = ['hr', 'accounting', 'it'];

export type StackOptions = {
  // Extra environment for every process (e.g. SEED_DEMO_DATA).
  env?: Record<string, string>;
};

export type Stack = {
  gatewayUrl: string;
  subgraphUrls: Record<SubgraphName, string>;
  // The environment every process started with (database suffix, Kafka prefix, brokers...).
  env: NodeJS.ProcessEnv;
  token(caller: Caller): string;
  // Restarts one service on the same port with the same environment and waits until ready.
  restart(name: ServiceName): Promise<void>;
  // Moves business time for the whole stack: restarts every subgraph with CLOCK_AT (the
  // gateway keeps no business time), one after the other, each waiting until ready. Jobs then
  // catch up on what fell due; later restarts keep the clock.
  moveClock(clockAt: string): Promise<void>;
  // Kills one service outright (SIGKILL: no graceful shutdown) and starts it again on the same
  // port, environment and business time, waiting until ready. Says what it killed and what came up.
  kill(name: ServiceName): Promise<{ killedPid: number; signal: NodeJS.Signals | null; newPid: number }>;
  // Freezes one service (SIGSTOP): it holds its port and answers nothing until resume (SIGCONT).
  pause(name: ServiceName): void;
  resume(name: ServiceName): void;
  logs(name: ServiceName): string;
  // The running process of a service (benchmarks read its CPU time); undefined while stopped.
  pid(name: ServiceName): number | undefined;
  stop(): Promise<void>;
};

const serviceDirectory = (name: ServiceName) => join(__dirname, '..', '..', 'services', name);

function assertBuilt(names: readonly ServiceName[]): void {
  const missing = names.map((name) => join(serviceDirectory(name), 'dist', 'main.js')).filter((file) => !existsSync(file));
  if (missing.length) {
    throw new Error(`Built services are missing (${missing.join(', ')}): run pnpm build at the repository root first.`);
  }
}

const serviceProcess = async (name: ServiceName, env: NodeJS.ProcessEnv) => new ServiceProcess({ name, directory: serviceDirectory(name), port: await freePort(), env });

export function stackEnvironment(overrides: Record<string, string> = {}): NodeJS.ProcessEnv {
  return testEnvironment({
    LOG_LEVEL: 'warn',
    SEED_DEMO_DATA: 'false',
    JWT_SECRET: DEV_JWT_SECRET,
    // The scenarios send everything with one token, the malformed-argument sweep ~900 requests in
    // seconds: far above a person's rate, so the gateway's per-caller limit is lifted here.
    // gateway-limits.e2e.test.ts tests the limit with settings of its own.
    RATE_LIMIT_REQUESTS: '1000000',
    ...overrides,
  });
}

export async function startStack(options: StackOptions = {}): Promise<Stack> {
  assertBuilt([...subgraphNames, 'gateway']);
  const env = stackEnvironment(options.env);
  const subgraphs = {} as Record<SubgraphName, ServiceProcess>;
  for (const name of subgraphNames) subgraphs[name] = await serviceProcess(name, env);
  const subgraphUrls = {
    hr: subgraphs.hr.graphqlUrl,
    accounting: subgraphs.accounting.graphqlUrl,
    it: subgraphs.it.graphqlUrl,
  };
  const gateway = await gatewayProcess(subgraphUrls, env);
  const all: Record<ServiceName, ServiceProcess> = { ...subgraphs, gateway };
  // Business time after a moveClock, for every later (re)start.
  let clock: NodeJS.ProcessEnv = {};

  const stop = async () => {
    await gateway.stop();
    await Promise.all(subgraphNames.map((name) => subgraphs[name].stop()));
    reportErrorsLogged(all);
  };

  try {
    // Started in parallel: each creates its own database and migrates it.
    await Promise.all(subgraphNames.map((name) => subgraphs[name].start()));
    await gateway.start();
  } catch (error) {
    await stop();
    throw error;
  }

  return {
    gatewayUrl: gateway.graphqlUrl,
    subgraphUrls,
    env,
    token: (caller) => signToken(caller),
    restart: async (name) => {
      await all[name].stop();
      await all[name].start(clock);
    },
    kill: async (name) => {
      const killedPid = all[name].pid!;
      const signal = await all[name].kill();
      await all[name].start(clock);
      return { killedPid, signal, newPid: all[name].pid! };
    },
    moveClock: async (clockAt) => {
      clock = { CLOCK_AT: clockAt };
      for (const name of subgraphNames) {
        await all[name].stop();
        await all[name].start(clock);
      }
    },
    logs: (name) => all[name].logs(),
    pid: (name) => all[name].pid,
    pause: (name) => all[name].pause(),
    resume: (name) => all[name].resume(),
    stop,
  };
}

// The stack runs at LOG_LEVEL=warn and its output stays in memory: a test that fails on an
// INTERNAL_SERVER_ERROR would otherwise leave no trace of its cause. What the services logged as
// errors is printed when the stack stops, so a CI run shows it beside the failure.
function reportErrorsLogged(services: Record<ServiceName, ServiceProcess>): void {
  const errors = Object.entries(services).flatMap(([name, service]) =>
    service
      .logs()
      .split('\n')
      .filter((line) => line.includes('"level":"error"'))
      .map((line) => `${name}: ${line}`),
  );
  if (errors.length) console.warn(`errors the stack's services logged:\n${errors.join('\n')}`);
}

// A gateway process alone, in front of whatever subgraph URLs it is given.
export async function gatewayProcess(subgraphUrls: Record<SubgraphName, string>, env: NodeJS.ProcessEnv = stackEnvironment()): Promise<ServiceProcess> {
  return serviceProcess('gateway', {
    ...env,
    HR_URL: subgraphUrls.hr,
    ACCOUNTING_URL: subgraphUrls.accounting,
    IT_URL: subgraphUrls.it,
  });
}
