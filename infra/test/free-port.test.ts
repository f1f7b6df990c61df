import { spawn } from 'node:child_process';
import { existsSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo, type Server } from 'node:net';
import { join } from 'node:path';
import { freePort, PORT_RESERVATIONS } from '../src/free-port';

// One port wide, so each case decides what the draw finds.
const only = (port: number) => ({ lowest: port, highest: port });
const reservation = (port: number) => join(PORT_RESERVATIONS, String(port));
// A port this process has not reserved (the OS's pick, so from the ephemeral range), held open
// or closed at once.
async function osPort(): Promise<{ port: number; holder: Server }> {
  const holder = createServer();
  await new Promise<void>((resolve) => holder.listen(0, '127.0.0.1', resolve));
  return { port: (holder.address() as AddressInfo).port, holder };
}
async function unreservedPort(): Promise<number> {
  const { port, holder } = await osPort();
  await new Promise((resolve) => holder.close(resolve));
  return port;
}

describe('freePort', () => {
  it('never hands the same port out twice in one process, and draws below the ephemeral range', async () => {
    const ports = await Promise.all(Array.from({ length: 20 }, () => freePort()));
    expect(new Set(ports).size).toBe(20);
    const ephemeralStart = Number(readFileSync('/proc/sys/net/ipv4/ip_local_port_range', 'utf8').trim().split(/\s+/)[0]);
    for (const port of ports) {
      expect(port).toBeGreaterThanOrEqual(20_000);
      expect(port).toBeLessThan(ephemeralStart);
      expect(readFileSync(reservation(port), 'utf8')).toBe(String(process.pid));
    }
  });

  it('leaves a port reserved by another live process alone', async () => {
    const port = await unreservedPort();
    // Another test process holding it: its pid in the reservation (the parent of this one is alive).
    writeFileSync(reservation(port), String(process.ppid));
    try {
      await expect(freePort(only(port))).rejects.toThrow(`no free port between ${port} and ${port}`);
      expect(readFileSync(reservation(port), 'utf8')).toBe(String(process.ppid));
    } finally {
      unlinkSync(reservation(port));
    }
  });

  it('takes over a reservation whose process has died', async () => {
    const port = await unreservedPort();
    const dead = spawn(process.execPath, ['-e', '0']);
    await new Promise((resolve) => dead.once('exit', resolve));
    writeFileSync(reservation(port), String(dead.pid));
    await expect(freePort(only(port))).resolves.toBe(port);
    expect(readFileSync(reservation(port), 'utf8')).toBe(String(process.pid));
  });

  it('sweeps the reservations of processes that have ended when a new process first draws', async () => {
    const port = await unreservedPort();
    const dead = spawn(process.execPath, ['-e', '0']);
    await new Promise((resolve) => dead.once('exit', resolve));
    writeFileSync(reservation(port), String(dead.pid));
    // A new test process (a fresh copy of the module): its first draw sweeps.
    let drawn = 0;
    await jest.isolateModulesAsync(async () => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports -- a fresh copy of the module, as a new process would load it
      const fresh = require('../src/free-port') as { freePort: typeof freePort };
      drawn = await fresh.freePort();
    });
    expect(drawn).toBeGreaterThanOrEqual(20_000);
    expect(existsSync(reservation(port))).toBe(false);
  });

  it('gives a port to one process only when several take over ended reservations at once', async () => {
    // Twelve ports left behind by a process that has ended, drawn for by four processes at once.
    const lowest = 31_000 + Math.floor(Math.random() * 700);
    const range = { lowest, highest: lowest + 11 };
    const dead = spawn(process.execPath, ['-e', '0']);
    await new Promise((resolve) => dead.once('exit', resolve));
    for (let port = range.lowest; port <= range.highest; port += 1) {
      try {
        writeFileSync(reservation(port), String(dead.pid), { flag: 'wx' });
      } catch {
        // Reserved by a live test process: left alone, as freePort will.
      }
    }
    const tsx = join(__dirname, '..', '..', 'node_modules', '.bin', 'tsx');
    // Each process holds its ports until all have drawn (a process that has ended gives them up).
    const script = `const { freePort } = require(${JSON.stringify(join(__dirname, '..', 'src', 'free-port.ts'))});
      (async () => { const ports = []; for (let i = 0; i < 6; i += 1) { try { ports.push(await freePort(${JSON.stringify(range)})); } catch { break; } }
        console.log(JSON.stringify(ports)); process.stdin.resume(); process.stdin.on('end', () => process.exit(0)); })();`;
    const children = Array.from({ length: 4 }, () => spawn(tsx, ['-e', script], { stdio: ['pipe', 'pipe', 'inherit'] }));
    const drawn = await Promise.all(
      children.map(
        (child) =>
          new Promise<number[]>((resolve, reject) => {
            let output = '';
            child.stdout.on('data', (chunk: Buffer) => {
              output += chunk.toString();
              if (output.includes('\n')) resolve(JSON.parse(output) as number[]);
            });
            child.once('exit', (code) => reject(new Error(`a drawing process ended early (exit ${code}): ${output}`)));
          }),
      ),
    );
    await Promise.all(children.map((child) => new Promise((resolve) => (child.once('exit', resolve), child.stdin.end()))));
    const all = drawn.flat();
    expect(all.length).toBeGreaterThan(0);
    expect(new Set(all).size).toBe(all.length);
  }, 60_000);

  it('skips a port something outside the tests listens on', async () => {
    const { port, holder } = await osPort();
    try {
      await expect(freePort(only(port))).rejects.toThrow(`no free port between ${port} and ${port}`);
      // Tried and let go: no reservation left behind.
      expect(existsSync(reservation(port))).toBe(false);
    } finally {
      await new Promise((resolve) => holder.close(resolve));
    }
  });
});
