import fs from 'node:fs';

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
  // A zombie has exited; in a container nobody may ever reap it, so kill(0) alone would wait forever.
  try {
    return !/^\d+ \(.*\) Z/.test(fs.readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return true;
  }
}

// Lets a pid file be trusted only while the pid still runs the program we wrote it for (pids get reused).
export function processCommandLine(pid: number): string | undefined {
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ');
  } catch {
    return undefined;
  }
}

export function readPidFile(file: string): number | undefined {
  try {
    const pid = Number.parseInt(fs.readFileSync(file, 'utf8').trim(), 10);
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

export async function waitForExit(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (isProcessAlive(pid)) {
    if (Date.now() > deadline) return false;
    await sleep(100);
  }
  return true;
}

function signal(pid: number, name: NodeJS.Signals, group: boolean): void {
  try {
    process.kill(group ? -pid : pid, name);
  } catch {
    // Already gone, or not a group leader: fall back to the process itself.
    if (group) signal(pid, name, false);
  }
}

// Graceful first so the process can flush its logs; SIGKILL only when it hangs.
export async function terminateProcess(
  pid: number,
  options: { graceMs?: number; group?: boolean; signal?: NodeJS.Signals } = {},
): Promise<void> {
  const group = options.group ?? false;
  if (!isProcessAlive(pid)) return;
  signal(pid, options.signal ?? 'SIGTERM', group);
  if (await waitForExit(pid, options.graceMs ?? 15_000)) return;
  signal(pid, 'SIGKILL', group);
  if (!(await waitForExit(pid, 5_000))) throw new Error(`Process ${pid} did not exit after SIGKILL`);
}

export function tailFile(file: string, lines = 30): string {
  try {
    return fs.readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return `(no ${file})`;
  }
}
