import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { startStack, type ServiceName } from '@backoffice/e2e/stack';
import { postGraphQL } from '@backoffice/testkit/graphql-client';
import type { BenchConfig } from './bench-config';
import { fixed, printTable, secondsSince } from './bench-support';
import { chart, keep, say, section } from './report';
import { lineChart } from './svg-charts';

// Each service's resident memory through a steady mixed load: four clients, each sending a
// request every 50 ms in turn: a hire, a page of employees with their departments, a page of
// tickets, a page of assets. Resident memory is read every 10 s after the warm-up. It rises and
// falls with garbage collection (a saw-tooth of up to ~100 MB here), so a single reading says
// little: the lowest reading over two minutes (a garbage collection cycle took up to ~90 s) is
// what the service holds on to, and a leak shows as that floor rising from the first two minutes
// to the last two.

const SERVICES: ServiceName[] = ['gateway', 'hr', 'it', 'accounting'];

function residentMb(pid: number | undefined): number {
  if (!pid) return Number.NaN;
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = /VmRSS:\s+(\d+) kB/.exec(status)?.[1];
  return kb ? Number(kb) / 1024 : Number.NaN;
}

export async function runMemoryBench(config: BenchConfig): Promise<void> {
  const warmUpSeconds = config.quick ? 10 : 60;
  const loadSeconds = config.quick ? 20 : 600;
  section('Memory under steady load', `Memory: each service's resident memory through ${loadSeconds >= 60 ? `${loadSeconds / 60} minutes` : `${loadSeconds} s`} of steady mixed load (4 clients, a request every 50 ms each: hires, employees, tickets, assets) after ${warmUpSeconds} s of the same load as warm-up`);
  const stack = await startStack({ env: { LOG_LEVEL: 'error' } });
  try {
    const token = stack.token({ employeeId: randomUUID(), roles: ['MANAGER'] });
    const call = async (query: string, variables: Record<string, unknown> = {}) => {
      const response = await postGraphQL(stack.gatewayUrl, query, variables, { authorization: `Bearer ${token}` });
      if (response.errors?.length) throw new Error(`request failed: ${JSON.stringify(response.errors)}`);
      return response.data as Record<string, { id: string }>;
    };
    const { createDepartment } = await call(`mutation D($input: CreateDepartmentInput!) { createDepartment(input: $input) { id } }`, { input: { code: `M${randomUUID().slice(0, 4).toUpperCase()}`, name: 'Memory' } });
    const requests = [
      () => {
        const n = randomUUID().slice(0, 8);
        return call(`mutation H($input: HireEmployeeInput!) { hireEmployee(input: $input) { id } }`, {
          input: { firstName: 'Memory', lastName: `Person ${n}`, email: `memory-${n}@example.com`, title: 'Engineer', departmentId: createDepartment!.id, startDate: '2026-01-05', salary: { amount: '50000.00', currency: 'EUR' } },
        });
      },
      () => call(`{ employees(first: 20) { edges { node { id firstName lastName department { id name } } } } }`),
      () => call(`{ tickets(first: 20) { edges { node { id number status priority } } } }`),
      () => call(`{ assets(first: 20) { edges { node { id tag status holder { id } } } } }`),
    ];
    let stopped = false;
    let sent = 0;
    const clients = Array.from({ length: 4 }, async (_, client) => {
      for (let i = client; !stopped; i += 1) {
        await requests[i % requests.length]!();
        sent += 1;
        await sleep(50);
      }
    });
    const samples: Array<{ seconds: number; mb: Record<string, number> }> = [];
    const read = () => Object.fromEntries(SERVICES.map((name) => [name, residentMb(stack.pid(name))]));
    const before = read();
    await sleep(warmUpSeconds * 1000);
    const afterWarmUp = read(); // kept in the raw figures
    const started = process.hrtime.bigint();
    while (secondsSince(started) < loadSeconds) {
      samples.push({ seconds: secondsSince(started), mb: read() });
      await sleep(10_000);
    }
    const atEnd = read();
    stopped = true;
    await Promise.all(clients);
    say(`(${sent} requests in ${Math.round(warmUpSeconds + loadSeconds)} s)`);
    const floor = (name: string, from: number, to: number) => Math.min(...samples.filter((sample) => sample.seconds >= from && sample.seconds < to).map((sample) => sample.mb[name]!));
    const window = Math.min(120, loadSeconds / 2);
    const lastWindow = Math.max(...samples.map((sample) => sample.seconds)) - window;
    printTable(
      ['service', 'at start MB', 'floor, first two minutes MB', 'floor, last two minutes MB', 'floor growth', 'peak MB'],
      SERVICES.map((name) => {
        const first = floor(name, 0, window);
        const last = floor(name, lastWindow, Number.POSITIVE_INFINITY);
        return [name, fixed(before[name]!, 0), fixed(first, 0), fixed(last, 0), `${fixed((100 * (last - first)) / first, 1)}%`, fixed(Math.max(...samples.map((sample) => sample.mb[name]!), atEnd[name]!), 0)];
      }),
    );
    chart('memory', lineChart({ title: 'Resident memory under steady mixed load', xLabel: 'seconds after warm-up', yLabel: 'MB', series: SERVICES.map((name) => ({ name, points: samples.map((sample) => [sample.seconds, sample.mb[name]!] as [number, number]) })), yMin: 0 }), 'Resident memory of each service over the steady load');
    keep('memory', { before, afterWarmUp, atEnd, samples, requests: sent });
  } finally {
    await stack.stop();
  }
}
