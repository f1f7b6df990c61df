import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

// A built service (`<directory>/dist/main.js`) as a child process, for tests that need the
// real process boundary (several replicas on one database, restarts, the whole stack):
// on a port chosen by the test, with its output kept in memory and shown only when
// something goes wrong.

export type ServiceProcessOptions = {
  // Used in messages only.
  name: string;
  // The service package: the process runs `dist/main.js` with this as its working directory.
  directory: string;
  port: number;
  env: NodeJS.ProcessEnv;
};

const READY_TIMEOUT_MS = 60_000;
const STOP_TIMEOUT_MS = 25_000;
const LOG_LINES_KEPT = 400;

export class ServiceProcess {
  readonly name: string;
  readonly port: number;
  private readonly directory: string;
  private readonly env: NodeJS.ProcessEnv;
  private child: ChildProcess | undefined;
  private exited: Promise<number | null> | undefined;
  private readonly lines: string[] = [];
  private paused = false;

  constructor(options: ServiceProcessOptions) {
    this.name = options.name;
    this.port = options.port;
    this.directory = options.directory;
    this.env = options.env;
  }

  get entryPoint(): string {
    return join(this.directory, 'dist', 'main.js');
  }

  get baseUrl(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  get graphqlUrl(): string {
    return `${this.baseUrl}/graphql`;
  }

  // The last lines the process wrote (stdout and stderr), oldest first.
  logs(): string {
    return this.lines.join('\n');
  }

  // `envOverrides` apply to this start only: a restart with a moved clock, say.
  async start(envOverrides: NodeJS.ProcessEnv = {}): Promise<void> {
    if (this.child) throw new Error(`${this.name} is already running`);
    if (!existsSync(this.entryPoint)) throw new Error(`${this.name} is not built (${this.entryPoint} is missing): run pnpm build first.`);
    const child = spawn(process.execPath, [this.entryPoint], {
      cwd: this.directory,
      env: { ...this.env, ...envOverrides, PORT: String(this.port) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child = child;
    this.exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve(code ?? (signal ? null : 0))));
    for (const stream of [child.stdout, child.stderr]) {
      stream?.setEncoding('utf8');
      let partial = '';
      stream?.on('data', (chunk: string) => {
        const parts = (partial + chunk).split('\n');
        partial = parts.pop() ?? '';
        for (const line of parts) this.keep(line);
      });
      stream?.on('end', () => partial && this.keep(partial));
    }
    try {
      await this.waitUntilReady();
    } catch (error) {
      await this.stop();
      throw new Error(`${this.name} did not become ready: ${(error as Error).message}\n--- ${this.name} output ---\n${this.logs() || '(nothing)'}\n---`);
    }
  }

  // SIGSTOP: the process keeps its port and connections but runs nothing, as a hung service
  // would: the kernel still accepts connections, nobody answers them. resume() (SIGCONT) goes on.
  pause(): void {
    if (!this.child) throw new Error(`${this.name} is not running`);
    this.child.kill('SIGSTOP');
    this.paused = true;
  }

  resume(): void {
    if (!this.child || !this.paused) return;
    this.child.kill('SIGCONT');
    this.paused = false;
  }

  // The running process's id (undefined while stopped): a test that kills a service shows a new one came up.
  get pid(): number | undefined {
    return this.child?.pid;
  }

  // SIGKILL, as a crash or the OOM killer would: no shutdown hook runs, nothing is flushed or
  // released (transactions in flight roll back when PostgreSQL notices the connection is gone,
  // Kafka's consumer group waits out the session timeout). Resolves with the signal it died of,
  // once it is gone; start() brings it back.
  async kill(): Promise<NodeJS.Signals | null> {
    const child = this.child;
    const exited = this.exited;
    if (!child || !exited) throw new Error(`${this.name} is not running`);
    let signal: NodeJS.Signals | null = null;
    const died = new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) {
        signal = child.signalCode;
        resolve();
      } else {
        child.once('exit', (_code, exitSignal) => {
          signal = exitSignal;
          resolve();
        });
      }
    });
    child.kill('SIGKILL');
    await died;
    await exited;
    this.child = undefined;
    this.exited = undefined;
    this.paused = false;
    return signal;
  }

  // SIGTERM, then wait for the process to exit (SIGKILL if it hangs).
  async stop(): Promise<void> {
    const child = this.child;
    const exited = this.exited;
    if (!child || !exited) return;
    // A stopped process would only act on SIGTERM once continued.
    this.resume();
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    let timer: NodeJS.Timeout | undefined;
    const timedOut = await Promise.race([
      exited.then(() => false),
      new Promise<boolean>((resolve) => {
        timer = setTimeout(() => resolve(true), STOP_TIMEOUT_MS);
      }),
    ]);
    clearTimeout(timer);
    if (timedOut) {
      child.kill('SIGKILL');
      await exited;
    }
    this.child = undefined;
    this.exited = undefined;
    this.paused = false;
  }

  private keep(line: string) {
    this.lines.push(line);
    if (this.lines.length > LOG_LINES_KEPT) this.lines.shift();
  }

  private async waitUntilReady(): Promise<void> {
    const deadline = Date.now() + READY_TIMEOUT_MS;
    let last = 'no answer yet';
    let exitCode: number | null | undefined;
    void this.exited?.then((code) => {
      exitCode = code;
    });
    for (;;) {
      if (exitCode !== undefined) throw new Error(`it exited with code ${exitCode}`);
      try {
        const response = await fetch(`${this.baseUrl}/readyz`, { signal: AbortSignal.timeout(2_000) });
        if (response.ok) return;
        last = `/readyz answered ${response.status}: ${await response.text()}`;
      } catch (error) {
        last = `/readyz unreachable (${(error as Error).message})`;
      }
      if (Date.now() > deadline) throw new Error(`not ready after ${READY_TIMEOUT_MS} ms; ${last}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
}
