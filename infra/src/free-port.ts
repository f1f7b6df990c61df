import { randomInt, randomUUID } from 'node:crypto';
import { linkSync, mkdirSync, readdirSync, readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
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
  let text: string;
  try {
    text = readFileSync('/proc/sys/net/ipv4/ip_local_port_range', 'utf8');
  } catch {
    // Not Linux: the IANA dynamic range (macOS, Windows) starts at 49152, above this.
    return 32_768;
  }
  const start = Number(text.trim().split(/\s+/)[0]);
  if (!Number.isInteger(start) || start <= LOWEST_PORT + 1000) {
    throw new Error(`the ephemeral port range starts at ${text.trim().split(/\s+/)[0]} (/proc/sys/net/ipv4/ip_local_port_range), leaving no room below it for test services; set it to start above ${LOWEST_PORT + 1000}, e.g. 32768 60999`);
  }
  return start;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function ownerOf(file: string): number | undefined {
  try {
    const owner = Number(readFileSync(file, 'utf8'));
    return Number.isInteger(owner) && owner > 0 ? owner : undefined;
  } catch {
    return undefined;
  }
}

// Removes a reservation whose process has ended, atomically: the file is first renamed to a
// name of this process's own (only one process can win that rename), then read again, since a
// process may have claimed the port between the first read and the rename. A live owner's
// reservation taken by mistake is put back.
function removeIfEnded(file: string): void {
  const moved = `${file}.${process.pid}.${randomUUID()}`;
  try {
    renameSync(file, moved);
  } catch {
    // Released, removed or taken over by another process first.
    return;
  }
  const owner = ownerOf(moved);
  if (owner !== undefined && isAlive(owner)) {
    try {
      linkSync(moved, file);
    } catch {
      // Claimed afresh in the meantime: that claim stands.
    }
  }
  unlinkSync(moved);
}

function claim(port: number): boolean {
  const file = join(PORT_RESERVATIONS, String(port));
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      writeFileSync(file, String(process.pid), { flag: 'wx' });
      return true;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const owner = ownerOf(file);
    // Held by a live process, or being written (no pid yet): not ours.
    if (owner === undefined || isAlive(owner)) return false;
    removeIfEnded(file);
  }
  return false;
}

// Reservations of processes that have ended. Jest runs tests with a process object of its own,
// whose 'exit' never fires, so a test process cannot reliably release its ports as it ends: the
// next one to draw sweeps them instead.
function sweepDeadReservations(): void {
  for (const name of readdirSync(PORT_RESERVATIONS)) {
    if (!/^\d+$/.test(name)) continue;
    const file = join(PORT_RESERVATIONS, name);
    const owner = ownerOf(file);
    if (owner !== undefined && !isAlive(owner)) removeIfEnded(file);
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
