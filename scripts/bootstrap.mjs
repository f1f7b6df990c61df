#!/usr/bin/env node
// The entry point behind `npm start`, `npm test`, `npm run token`, `npm run identity-keys`, `npm run events` and `npm run bench`.
// It needs nothing but Node 20 and npm (and Java 17 + Maven for the local Kafka): it gets
// pnpm, installs the workspace, builds it, and hands over to the real command.
import { spawnSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const PNPM_VERSION = '10.34.9';
const [command = 'start', ...rest] = process.argv.slice(2);

// Set-up chatter goes to stderr, so `TOKEN=$(npm run -s token)` captures only the token.
function say(message) {
  console.error(`\x1b[36m[backoffice]\x1b[0m ${message}`);
}

function run(bin, args, options = {}) {
  const result = spawnSync(bin, args, { cwd: root, stdio: 'inherit', ...options });
  if (result.error) throw result.error;
  return result.status ?? 1;
}

function mustRun(bin, args, options) {
  const status = run(bin, args, { stdio: ['inherit', 2, 2], ...options });
  if (status !== 0) {
    console.error(`[backoffice] ${bin} ${args.join(' ')} failed (exit ${status})`);
    process.exit(status);
  }
}

// pnpm 10 (11+ needs Node 22). A matching global pnpm is used; else one is installed under
// .tools/ (git-ignored), so nothing global is touched.
function findPnpm() {
  const probe = spawnSync('pnpm', ['--version'], { encoding: 'utf8' });
  if (probe.status === 0 && probe.stdout.trim().startsWith('10.')) return 'pnpm';
  const local = join(root, '.tools', 'node_modules', '.bin', 'pnpm');
  if (!existsSync(local)) {
    say(`installing pnpm ${PNPM_VERSION} into .tools/`);
    mkdirSync(join(root, '.tools'), { recursive: true });
    mustRun('npm', ['install', '--prefix', join(root, '.tools'), `pnpm@${PNPM_VERSION}`, '--no-audit', '--no-fund', '--loglevel=error']);
  }
  return local;
}

const pnpm = findPnpm();
const pnpmDir = dirname(pnpm === 'pnpm' ? 'pnpm' : pnpm);
// Children (turbo, package scripts) find the same pnpm.
const env = { ...process.env, PATH: pnpm === 'pnpm' ? process.env.PATH : `${pnpmDir}:${process.env.PATH}`, TURBO_TELEMETRY_DISABLED: '1', DO_NOT_TRACK: '1' };
// A service started without NODE_ENV is production (it refuses development keys and demo data):
// the local system, its tokens and the benchmarks say development; tests say test.
const developmentEnv = { ...env, NODE_ENV: process.env.NODE_ENV ?? 'development' };
const testEnv = { ...env, NODE_ENV: process.env.NODE_ENV ?? 'test' };

const tokenTool = join(root, 'services', 'gateway', 'dist', 'issue-dev-token.js');
const eventsTool = join(root, 'packages', 'platform', 'dist', 'events-cli.js');
// A token needs only the built gateway, and `events` only the built platform, so an operator's
// command does not wait for a build; everything else sets up fully each time (fast when current).
const identityKeysTool = join(root, 'services', 'gateway', 'dist', 'generate-identity-keys.js');
const readyTool = { token: tokenTool, events: eventsTool, 'identity-keys': identityKeysTool }[command];
if (!(readyTool && existsSync(readyTool))) {
  say('installing dependencies (pnpm install --frozen-lockfile)');
  mustRun(pnpm, ['install', '--frozen-lockfile', '--reporter=silent'], { env });
  say('building');
  mustRun(pnpm, ['exec', 'turbo', 'run', 'build', '--output-logs=errors-only', '--log-prefix=none'], { env });
}

const withStack = join(root, 'infra', 'dist', 'run-with-local-stack.js');

switch (command) {
  case 'start': {
    // The local system runner handles Ctrl-C itself and stops what it started.
    const child = spawn(process.execPath, [join(root, 'infra', 'dist', 'run-local-system.js'), ...rest], { cwd: root, stdio: 'inherit', env: developmentEnv });
    for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
    child.on('exit', (code) => process.exit(code ?? 0));
    break;
  }
  case 'test': {
    if (!findChromium()) say('Chromium was not found, so the dashboard\'s browser tests will fail: install it (Debian/Ubuntu: sudo apt-get install chromium) or set CHROMIUM_PATH.');
    // Kafka and PostgreSQL are started once for the whole run and handed to every package.
    process.exit(run(process.execPath, [withStack, '--', pnpm, 'exec', 'turbo', 'run', 'test', '--concurrency=2', '--continue', '--log-order=grouped', ...rest], { env: testEnv }));
    break;
  }
  case 'screenshots': {
    process.exit(run(process.execPath, [withStack, '--', pnpm, '--filter', '@backoffice/e2e', 'run', 'screenshots', ...rest], { env: testEnv }));
    break;
  }
  case 'bench': {
    process.exit(run(process.execPath, [withStack, '--', pnpm, '--filter', '@backoffice/bench', 'run', 'bench', ...rest], { env: developmentEnv }));
    break;
  }
  case 'check': {
    process.exit(run(pnpm, ['exec', 'turbo', 'run', 'lint', 'typecheck', '--continue', '--output-logs=errors-only'], { env }));
    break;
  }
  case 'token': {
    process.exit(run(process.execPath, [tokenTool, ...rest], { env: developmentEnv }));
    break;
  }
  case 'identity-keys': {
    // A fresh Ed25519 pair: the private key for the gateway, the public key for every subgraph.
    process.exit(run(process.execPath, [identityKeysTool, ...rest], { env }));
    break;
  }
  case 'events': {
    // Reaches the Kafka named by KAFKA_BROKERS and KAFKA_PREFIX, like the services.
    process.exit(run(process.execPath, [eventsTool, ...rest], { env }));
    break;
  }
  default:
    console.error(`unknown command ${command}: use start, test, check, bench, screenshots, token, identity-keys or events`);
    process.exit(2);
}

// The browser the dashboard's tests drive (e2e/src/browser.ts looks in the same places).
function findChromium() {
  return [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'].some((path) => path && existsSync(path));
}
