import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

// Stands where a subgraph would: healthy, and counting every GraphQL request that reaches
// it, so a test can prove the gateway turned a caller away before calling any subgraph.

export type CountingSubgraph = { url: string; graphqlRequests(): number; stop(): Promise<void> };

export async function startCountingSubgraph(): Promise<CountingSubgraph> {
  let count = 0;
  const server: Server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    response.setHeader('content-type', 'application/json');
    if (path === '/healthz' || path === '/readyz') {
      response.end(JSON.stringify({ status: 'ok' }));
      return;
    }
    count += 1;
    request.resume();
    response.statusCode = 500;
    response.end(JSON.stringify({ errors: [{ message: 'the counting subgraph answers nothing' }] }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    graphqlRequests: () => count,
    stop: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
