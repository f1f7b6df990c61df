import { fork } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createGatewayRuntime, type GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { createTokenVerifier } from '@backoffice/gateway/authenticate';
import { loadGatewayConfig } from '@backoffice/gateway/config';
import { supergraphPath } from '@backoffice/gateway/compose-supergraph';
import { IDENTITY_HEADER, signIdentity, type Audience, type Principal } from '@backoffice/platform/identity';
import { DEV_GATEWAY_KEY } from '@backoffice/testkit/graphql-client';

// A reference for the bench: the same supergraph served by Hive Gateway (@graphql-hive/gateway-
// runtime), with a plugin doing what ours does on every subgraph call — verify the client's token
// (the same verifier, HS256 in development) and sign the caller for that subgraph and that exact
// request (query, operation name, variables as the subgraph receives them). It does not apply
// our limits (depth, aliases, cost, rate): those cost little per request and are reported with
// ours. @apollo/gateway stays the gateway; this only says what another gateway costs here.

export type ReferenceGateway = { url: string; stop(): Promise<void> };

// In a process of its own, like our gateway: the bench's clients do not share its event loop.
export async function startHiveReferenceGateway(subgraphUrls: Record<Audience, string>, jwtSecret: string): Promise<ReferenceGateway> {
  const child = fork(__filename, [JSON.stringify({ subgraphUrls, jwtSecret })], { stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
  const url = await new Promise<string>((resolve, reject) => {
    child.once('message', (message) => resolve(String(message)));
    child.once('exit', (code) => reject(new Error(`the Hive reference gateway exited (code ${code}) before it listened`)));
  });
  return {
    url,
    stop: async () => {
      if (child.exitCode !== null) return;
      await new Promise((resolve) => {
        child.once('exit', resolve);
        child.kill('SIGTERM');
      });
    },
  };
}

async function serveHiveReferenceGateway(subgraphUrls: Record<Audience, string>, jwtSecret: string): Promise<ReferenceGateway> {
  // The committed supergraph names each subgraph http://<name>/graphql; point them at the stack.
  let supergraph = readFileSync(supergraphPath, 'utf8');
  for (const [name, url] of Object.entries(subgraphUrls)) supergraph = supergraph.replace(`url: "http://${name}/graphql"`, `url: "${url}"`);
  const audienceOf = new Map(Object.entries(subgraphUrls).map(([name, url]) => [url, name as Audience]));
  const verifyToken = createTokenVerifier(loadGatewayConfig({ NODE_ENV: 'development', JWT_SECRET: jwtSecret }).tokens);
  const callers = new WeakMap<Request, Promise<Principal>>();

  const signedIdentity: GatewayPlugin = {
    onFetch({ url, options, setOptions, context }) {
      const audience = audienceOf.get(url);
      if (!audience || !('request' in context)) return;
      const request = (context as { request: Request }).request;
      let caller = callers.get(request);
      if (!caller) {
        caller = verifyToken(request.headers.get('authorization') ?? undefined);
        callers.set(request, caller);
      }
      return caller.then((principal) => {
        const body = JSON.parse(String(options.body)) as { query?: unknown; operationName?: unknown; variables?: unknown };
        const headers = new Headers(options.headers as HeadersInit);
        headers.set(IDENTITY_HEADER, signIdentity(principal, { key: DEV_GATEWAY_KEY, audience, request: { query: body.query, operationName: body.operationName, variables: body.variables } }));
        setOptions({ ...options, headers: Object.fromEntries(headers) });
      });
    },
  };

  const runtime = createGatewayRuntime({
    supergraph,
    logging: false,
    // Hive shares one subgraph fetch among identical queries in flight; @apollo/gateway does not.
    // Off, so both send every client's request on (the bench sends the same query from 8 clients).
    transportEntries: { '*.http': { options: { deduplicateInflightRequests: false } } },
    plugins: () => [signedIdentity],
  });
  const server = createServer(runtime);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`,
    stop: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await runtime.dispose();
    },
  };
}

if (require.main === module) {
  const { subgraphUrls, jwtSecret } = JSON.parse(process.argv[2]!) as { subgraphUrls: Record<Audience, string>; jwtSecret: string };
  serveHiveReferenceGateway(subgraphUrls, jwtSecret).then((running) => {
    process.send?.(running.url);
    process.on('SIGTERM', () => void running.stop().then(() => process.exit(0)));
  });
}
