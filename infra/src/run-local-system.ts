import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { ensureLocalStack } from './local-stack';
import { findRepoRoot } from './repo-root';

// `npm start`: infrastructure up, then the three subgraphs and the gateway as separate
// processes with labelled logs; Ctrl-C stops everything this started.

type ProcessSpec = { name: string; entry: string; port: number; env: Record<string, string>; colour: number };

const root = findRepoRoot();

async function main() {
  // The local system is development: demo data, development keys and tokens (production refuses them).
  process.env.NODE_ENV ??= 'development';
  const stack = await ensureLocalStack(process.env);
  const shared = { KAFKA_BROKERS: stack.kafkaBrokers, DATABASE_URL: stack.databaseUrl };
  const port = (variable: string, fallback: number) => Number(process.env[variable] ?? fallback);
  const specs: ProcessSpec[] = [
    { name: 'hr', entry: 'services/hr/dist/main.js', port: port('HR_PORT', 4001), env: { SEED_DEMO_DATA: process.env.SEED_DEMO_DATA ?? 'true' }, colour: 35 },
    { name: 'accounting', entry: 'services/accounting/dist/main.js', port: port('ACCOUNTING_PORT', 4002), env: { SEED_DEMO_DATA: process.env.SEED_DEMO_DATA ?? 'true' }, colour: 33 },
    { name: 'it', entry: 'services/it/dist/main.js', port: port('IT_PORT', 4003), env: { SEED_DEMO_DATA: process.env.SEED_DEMO_DATA ?? 'true' }, colour: 34 },
  ];
  const gatewayPort = port('GATEWAY_PORT', 4000);
  const subgraphUrl = (name: string) => `http://127.0.0.1:${specs.find((s) => s.name === name)!.port}/graphql`;
  const gateway: ProcessSpec = {
    name: 'gateway',
    entry: 'services/gateway/dist/main.js',
    port: gatewayPort,
    env: { HR_URL: subgraphUrl('hr'), ACCOUNTING_URL: subgraphUrl('accounting'), IT_URL: subgraphUrl('it') },
    colour: 32,
  };

  // The manager's web app, served beside the services and talking to the gateway.
  const dashboardPort = port('DASHBOARD_PORT', 4080);
  const dashboard: ProcessSpec = {
    name: 'dashboard',
    entry: 'apps/dashboard/dist/server/serve.js',
    port: dashboardPort,
    env: { DASHBOARD_PORT: String(dashboardPort), GATEWAY_URL: `http://127.0.0.1:${gatewayPort}/graphql` },
    colour: 36,
  };

  const children: ChildProcess[] = [];
  let stopping = false;
  const stopAll = async (code: number) => {
    if (stopping) return;
    stopping = true;
    console.log('\n[backoffice] stopping…');
    await Promise.all(children.map((child) => stopChild(child)));
    await stack.stop();
    process.exit(code);
  };
  process.on('SIGINT', () => void stopAll(0));
  process.on('SIGTERM', () => void stopAll(0));

  const launch = (spec: ProcessSpec) => {
    const entry = join(root, spec.entry);
    if (!existsSync(entry)) throw new Error(`${spec.entry} is missing: run pnpm build`);
    const child = spawn(process.execPath, [entry], { cwd: root, env: { ...process.env, ...shared, ...spec.env, PORT: String(spec.port) }, stdio: ['ignore', 'pipe', 'pipe'] });
    const label = `\x1b[${spec.colour}m${spec.name.padEnd(10)}\x1b[0m|`;
    for (const stream of [child.stdout, child.stderr]) {
      createInterface({ input: stream! }).on('line', (line) => console.log(`${label} ${readable(line)}`));
    }
    child.on('exit', (code) => {
      if (!stopping) {
        console.error(`[backoffice] ${spec.name} exited (code ${code}); stopping the rest`);
        void stopAll(1);
      }
    });
    children.push(child);
  };

  specs.forEach(launch);
  await Promise.all(specs.map((spec) => waitReady(spec)));
  launch(gateway);
  await waitReady(gateway);
  launch(dashboard);
  await waitReady(dashboard);

  const token = spawnSync(process.execPath, [join(root, 'services/gateway/dist/issue-dev-token.js'), '--role', 'MANAGER'], { encoding: 'utf8', env: process.env });
  console.log(`
\x1b[1mBackoffice is running.\x1b[0m
  Dashboard          http://localhost:${dashboardPort}  (sign in as any demo person)
  GraphQL endpoint   http://localhost:${gatewayPort}/graphql
  Subgraphs          ${specs.map((s) => `${s.name} http://localhost:${s.port}/graphql`).join(', ')} (gateway only)
  Kafka              ${stack.kafkaBrokers}${stack.kafkaSaslBrokers ? ` (SASL logins and ACLs: ${stack.kafkaSaslBrokers}, see infra/README.md)` : ''}
  Manager token      ${token.stdout.trim()}

Try:
  curl -s http://localhost:${gatewayPort}/graphql -H 'content-type: application/json' \\
    -H "authorization: Bearer <token>" -d '{"query":"{ departments { name headcount } }"}'
Ctrl-C stops everything started here.`);
}

async function waitReady(spec: ProcessSpec, timeoutMs = 120_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const ok = await fetch(`http://127.0.0.1:${spec.port}/readyz`, { signal: AbortSignal.timeout(1000) })
      .then((response) => response.ok)
      .catch(() => false);
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  throw new Error(`${spec.name} was not ready on port ${spec.port} within ${timeoutMs / 1000}s`);
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const kill = setTimeout(() => child.kill('SIGKILL'), 15_000);
    child.once('exit', () => {
      clearTimeout(kill);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

// JSON log lines → "level message {fields}" for people; anything else as is.
function readable(line: string): string {
  if (!line.startsWith('{')) return line;
  try {
    const { time: _time, level, service: _service, message, ...fields } = JSON.parse(line) as Record<string, unknown>;
    const rest = Object.keys(fields).length ? ` ${JSON.stringify(fields)}` : '';
    return `${String(level).toUpperCase().padEnd(5)} ${String(message)}${rest}`;
  } catch {
    return line;
  }
}

main().catch((error: unknown) => {
  console.error('[backoffice] could not start:', error);
  process.exit(1);
});
