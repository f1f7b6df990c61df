import { randomInt } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// Ports for the services a test starts as processes. The OS's "any free port" (listen on 0,
// close) is free only until it is closed, and a service listens seconds later, after its
// database, migrations and Kafka consumers: in that window the OS may hand the same number to
// a stack started beside it, or to an outgoing connection. CI saw it: one stack's gateway sent
// its HR requests to another stack's subgraph, which answered the readiness check in HR's place
// and then refused the identity header ("Requests must come through the gateway").
// So ports are drawn below the OS's ephemeral range (where listen(0) and outgoing connections
// take theirs) and reserved across processes by a file holding the owner's pid, for as long as
// that process lives. A reservation left by a process that has ended is swept or taken over.

export const PORT_RESERVATIONS = join(tmpdir(), 'backoffice-test-ports');
const LOWEST_PORT = 20_000;
const reservedHere = new Set<number>();
let prepared = false;

// The first port the OS uses for listen(0) and outgoing connections.
function ephemeralRangeStart(): number {
  try {
    const start = Number(readFileSync('/proc/sys/net/ipv4/ip_local_port_range', 'utf8').trim().split(/\s+/)[0]);
    return Number.isInteger(start) && start > LOWEST_PORT + 1000 ? start : 32_768;
  } catch {
    // Not Linux: the IANA dynamic range starts at 49152, most systems' ranges at or above 32768.
    return 32_768;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function claim(port: number): boolean {
  const file = join(PORT_RESERVATIONS, String(port));
  try {
    writeFileSync(file, String(process.pid), { flag: 'wx' });
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  let owner: number;
  try {
    owner = Number(readFileSync(file, 'utf8'));
  } catch {
    return false;
  }
  if (!Number.isInteger(owner) || owner <= 0 || isAlive(owner)) return false;
  try {
    unlinkSync(file);
    writeFileSync(file, String(process.pid), { flag: 'wx' });
    return true;
  } catch {
    // Another process took it over first.
    return false;
  }
}

// Reservations of processes that have ended. Jest runs tests with a process object of its own,
// whose 'exit' never fires, so a test process cannot reliably release its ports as it ends: the
// next one to draw sweeps them instead.
function sweepDeadReservations(): void {
  for (const name of readdirSync(PORT_RESERVATIONS)) {
    const file = join(PORT_RESERVATIONS, name);
    try {
      const owner = Number(readFileSync(file, 'utf8'));
      if (Number.isInteger(owner) && owner > 0 && !isAlive(owner)) unlinkSync(file);
    } catch {
      // Swept by another process at the same time.
    }
  }
}

function release(port: number): void {
  reservedHere.delete(port);
  try {
    unlinkSync(join(PORT_RESERVATIONS, String(port)));
  } catch {
    // Already gone.
  }
}

function canListen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.unref();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

// A port nobody listens on now, which no other test process (and no other call in this one)
// will be given until this process exits. `range` narrows the draw (its own tests).
export async function freePort(range: { lowest: number; highest: number } = { lowest: LOWEST_PORT, highest: ephemeralRangeStart() - 1 }): Promise<number> {
  if (!prepared) {
    prepared = true;
    mkdirSync(PORT_RESERVATIONS, { recursive: true });
    sweepDeadReservations();
  }
  const { lowest, highest } = range;
  for (let attempt = 0; attempt < 500; attempt += 1) {
    const port = randomInt(lowest, highest + 1);
    if (reservedHere.has(port) || !claim(port)) continue;
    reservedHere.add(port);
    if (await canListen(port)) return port;
    // Something outside the tests holds it; leave it alone.
    release(port);
  }
  throw new Error(`no free port between ${lowest} and ${highest} after 500 tries (reservations in ${PORT_RESERVATIONS})`);
}
