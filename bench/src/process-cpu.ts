import { readdirSync, readFileSync } from 'node:fs';

// CPU time (user + system) of the processes a benchmark runs on, read from /proc (Linux), so a
// load's cost can be put per unit of work and by process: which one the cores are spent in.
// PostgreSQL backends are found by their process title ("postgres: user database ..."), one
// group per service database; the broker by its main class.

const TICKS_PER_SECOND = 100; // USER_HZ, 100 on every Linux platform Node runs on

export type CpuGroups = Record<string, number>;

function cpuMs(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
  } catch {
    return 0; // gone between the listing and the read
  }
}

function commandLine(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ');
  } catch {
    return '';
  }
}

// Milliseconds of CPU so far by group: the named service processes, each service database's
// PostgreSQL backends (those whose title names a database ending in `databaseSuffix`), Kafka and
// this process.
export function cpuSnapshot(services: Record<string, number | undefined>, databaseSuffix: string): CpuGroups {
  const groups: CpuGroups = {};
  const add = (group: string, ms: number) => (groups[group] = (groups[group] ?? 0) + ms);
  for (const [name, pid] of Object.entries(services)) if (pid) add(name, cpuMs(pid));
  add('bench client', cpuMs(process.pid));
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const pid = Number(entry);
    const command = commandLine(pid);
    const backend = /^postgres: (?:[^:\s]+: )?\S+ (\S+) /.exec(command); // Debian's titles start with the cluster ("15/main: ")
    if (backend && backend[1]!.endsWith(databaseSuffix)) add(`postgres (${backend[1]!.slice(0, -databaseSuffix.length).replace(/^backoffice_|_$/g, '')})`, cpuMs(pid));
    else if (/^postgres: (?:[^:\s]+: )?(walwriter|checkpointer|background writer|autovacuum)/.test(command)) add('postgres (wal, checkpoints, vacuum)', cpuMs(pid));
    else if (command.includes('kafka.Kafka ')) add('kafka broker', cpuMs(pid));
  }
  return groups;
}

export function cpuSince(before: CpuGroups, after: CpuGroups): CpuGroups {
  return Object.fromEntries(Object.entries(after).map(([group, ms]) => [group, ms - (before[group] ?? 0)]));
}
