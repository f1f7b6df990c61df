import { randomUUID } from 'node:crypto';
import { startStack } from '@backoffice/e2e/stack';
import { identityHeaders, postGraphQL, type RequestHeaders } from '@backoffice/testkit/graphql-client';
import type { BenchConfig } from './bench-config';
import { fixed, percentile, printTable, ratio, secondsSince } from './bench-support';
import { chart, keep, section } from './report';
import { distributionChart } from './svg-charts';
import { startHiveReferenceGateway } from './hive-reference-gateway';
import { DEV_JWT_SECRET } from '@backoffice/e2e/tokens';

// What the gateway adds: the same query, a page of 20 employees with their departments (all HR's),
// sent through the gateway and straight to HR with the identity header the gateway would sign,
// and through Hive Gateway serving the same supergraph with the same token check and identity
// signing (hive-reference-gateway.ts), for a reference. Rounds alternate between the three so
// drift falls on all; one and eight clients.

const QUERY = `{ employees(first: 20) { edges { node { id employeeNumber firstName lastName title status department { id code name } } } } }`;

type Round = { path: 'gateway' | 'Hive Gateway' | 'straight to HR'; clients: number; requests: number; seconds: number; ms: number[] };

export async function runGatewayBench(config: BenchConfig): Promise<void> {
  const requestsPerRound = config.quick ? 200 : 1000;
  const rounds = config.quick ? 2 : 4;
  section('Gateway overhead', `Gateway overhead: employees(first: 20) with departments through @apollo/gateway, through Hive Gateway 2.12 on the same supergraph (reference: same token check and identity signing, none of our limits) and straight to HR (identity header signed by the client as the gateway would); ${requestsPerRound} requests per round, ${rounds} rounds per path alternating, after ${requestsPerRound / 5} warm-up requests on each`);
  const stack = await startStack({ env: { LOG_LEVEL: 'error' } });
  const hive = await startHiveReferenceGateway(stack.subgraphUrls, DEV_JWT_SECRET);
  try {
    const caller = { employeeId: randomUUID(), roles: ['MANAGER' as const] };
    const token = stack.token(caller);
    const gatewayHeaders: RequestHeaders = { authorization: `Bearer ${token}` };
    const hrHeaders = identityHeaders(caller, 'hr');
    const department = await postGraphQL<{ createDepartment: { id: string } }>(stack.gatewayUrl, `mutation D($input: CreateDepartmentInput!) { createDepartment(input: $input) { id } }`, { input: { code: `G${randomUUID().slice(0, 4).toUpperCase()}`, name: 'Gateway bench' } }, gatewayHeaders);
    for (let i = 0; i < 20; i += 1) {
      const n = randomUUID().slice(0, 8);
      await postGraphQL(stack.gatewayUrl, `mutation H($input: HireEmployeeInput!) { hireEmployee(input: $input) { id } }`, {
        input: { firstName: 'Gateway', lastName: `Person ${n}`, email: `gateway-${n}@example.com`, title: 'Engineer', departmentId: department.data!.createDepartment.id, startDate: '2026-01-05', salary: { amount: '50000.00', currency: 'EUR' } },
      }, gatewayHeaders);
    }
    const send = async (path: Round['path']) => {
      const response =
        path === 'gateway' ? await postGraphQL(stack.gatewayUrl, QUERY, {}, gatewayHeaders) : path === 'Hive Gateway' ? await postGraphQL(hive.url, QUERY, {}, gatewayHeaders) : await postGraphQL(stack.subgraphUrls.hr, QUERY, {}, hrHeaders);
      if (response.errors?.length) throw new Error(`${path}: ${JSON.stringify(response.errors)}`);
    };
    const round = async (path: Round['path'], clients: number, requests: number): Promise<Round> => {
      const ms: number[] = [];
      let left = requests;
      const started = process.hrtime.bigint();
      await Promise.all(
        Array.from({ length: clients }, async () => {
          while (left > 0) {
            left -= 1;
            const sent = process.hrtime.bigint();
            await send(path);
            ms.push(Number(process.hrtime.bigint() - sent) / 1e6);
          }
        }),
      );
      return { path, clients, requests, seconds: secondsSince(started), ms };
    };
    const paths: Array<Round['path']> = ['gateway', 'Hive Gateway', 'straight to HR'];
    for (const path of paths) await round(path, 8, requestsPerRound / 5);
    const results: Round[] = [];
    for (const clients of [1, 8]) for (let i = 0; i < rounds; i += 1) for (const path of paths) results.push(await round(path, clients, requestsPerRound));
    const rows: string[][] = [];
    for (const clients of [1, 8]) {
      const of = (path: Round['path']) => results.filter((r) => r.clients === clients && r.path === path);
      const ms = (path: Round['path']) => of(path).flatMap((r) => r.ms);
      const rate = (path: Round['path']) => of(path).reduce((sum, r) => sum + r.requests, 0) / of(path).reduce((sum, r) => sum + r.seconds, 0);
      const rates = (path: Round['path']) => of(path).map((r) => r.requests / r.seconds);
      for (const path of paths) {
        rows.push([
          `${clients} client${clients > 1 ? 's' : ''}, ${path}`,
          fixed(percentile(ms(path), 50), 2),
          fixed(percentile(ms(path), 99), 2),
          fixed(rate(path), 0),
          `${fixed(Math.min(...rates(path)), 0)}-${fixed(Math.max(...rates(path)), 0)}`,
          ratio(percentile(ms(path), 50), percentile(ms('straight to HR'), 50)),
          ratio(percentile(ms(path), 99), percentile(ms('straight to HR'), 99)),
          ratio(rate(path), rate('straight to HR')),
        ]);
      }
    }
    printTable(['case', 'p50 ms', 'p99 ms', 'requests/s', 'spread (rounds)', 'p50 vs HR', 'p99 vs HR', 'throughput vs HR'], rows);
    chart('gateway-overhead', distributionChart({ title: 'employees(first: 20): @apollo/gateway, Hive Gateway and HR directly', xLabel: 'milliseconds (log scale)', distributions: results.length ? [1, 8].flatMap((clients) => paths.map((path) => ({ name: `${clients} client${clients > 1 ? 's' : ''}, ${path}`, samples: results.filter((r) => r.clients === clients && r.path === path).flatMap((r) => r.ms) }))) : [] }), 'Latency distributions through @apollo/gateway, Hive Gateway and straight to HR');
    keep('gateway', results.map(({ ms, ...r }) => ({ ...r, p50: percentile(ms, 50), p99: percentile(ms, 99) })));
  } finally {
    await hive.stop();
    await stack.stop();
  }
}
