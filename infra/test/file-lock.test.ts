import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { withFileLock } from '../src/file-lock';
import { sleep } from '../src/process-control';

describe('cross-process file lock', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'infra-lock-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('holders of the same lock run one after the other, never together', async () => {
    const lock = path.join(dir, 'work.lock');
    const events: string[] = [];
    const hold = (name: string) =>
      withFileLock(lock, async () => {
        events.push(`${name}:in`);
        await sleep(100);
        events.push(`${name}:out`);
      });
    await Promise.all([hold('a'), hold('b')]);
    expect(events).toHaveLength(4);
    expect(events[0]?.endsWith(':in') && events[1]?.endsWith(':out')).toBe(true);
    expect(fs.existsSync(lock)).toBe(false);
  });

  it('a lock left by a process that died is taken over', async () => {
    const lock = path.join(dir, 'work.lock');
    fs.mkdirSync(lock);
    // No live process has this pid: Linux pids stay below 2^22.
    fs.writeFileSync(path.join(lock, 'owner'), '99999999');
    await expect(withFileLock(lock, async () => 'ran', { timeoutMs: 2_000 })).resolves.toBe('ran');
  });

  it('a lock held by a live process makes a waiter give up after its timeout', async () => {
    const lock = path.join(dir, 'work.lock');
    fs.mkdirSync(lock);
    fs.writeFileSync(path.join(lock, 'owner'), String(process.pid));
    await expect(withFileLock(lock, async () => 'ran', { timeoutMs: 500 })).rejects.toThrow(/Timed out/);
  });
});
