import fs from 'node:fs';
import path from 'node:path';
import { isProcessAlive, sleep } from './process-control';

export interface FileLockOptions {
  // How long to wait for another holder before giving up.
  timeoutMs?: number;
  // A lock older than this is taken over even if its owner still runs (a hung holder).
  staleMs?: number;
}

const OWNER_FILE = 'owner';
// mkdir and writing the owner file are two steps; an ownerless lock younger than this is being created.
const OWNERLESS_GRACE_MS = 10_000;

function isStale(lockDir: string, staleMs: number): boolean {
  let ageMs: number;
  try {
    ageMs = Date.now() - fs.statSync(lockDir).mtimeMs;
  } catch {
    return false;
  }
  if (ageMs > staleMs) return true;
  let owner: number;
  try {
    owner = Number.parseInt(fs.readFileSync(path.join(lockDir, OWNER_FILE), 'utf8'), 10);
  } catch {
    return ageMs > OWNERLESS_GRACE_MS;
  }
  return !Number.isInteger(owner) || !isProcessAlive(owner);
}

function breakLock(lockDir: string): void {
  // Renaming first is atomic, so two waiters that both saw the stale lock cannot both remove a fresh one.
  const trash = `${lockDir}.stale-${process.pid}-${Date.now()}`;
  try {
    fs.renameSync(lockDir, trash);
  } catch {
    return;
  }
  fs.rmSync(trash, { recursive: true, force: true });
}

// mkdir is atomic across processes, which is what turbo's parallel test runs need.
export async function withFileLock<T>(lockDir: string, fn: () => Promise<T>, options: FileLockOptions = {}): Promise<T> {
  const timeoutMs = options.timeoutMs ?? 120_000;
  const staleMs = options.staleMs ?? 10 * 60_000;
  const deadline = Date.now() + timeoutMs;
  fs.mkdirSync(path.dirname(lockDir), { recursive: true });
  for (;;) {
    try {
      fs.mkdirSync(lockDir);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    if (isStale(lockDir, staleMs)) {
      breakLock(lockDir);
      continue;
    }
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for lock ${lockDir}`);
    await sleep(200);
  }
  try {
    fs.writeFileSync(path.join(lockDir, OWNER_FILE), String(process.pid));
    return await fn();
  } finally {
    fs.rmSync(lockDir, { recursive: true, force: true });
  }
}
