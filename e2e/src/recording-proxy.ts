import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

// Stands between the gateway and a subgraph, passing every request on unchanged and keeping a
// copy: what the gateway really sends (its signed identity header, the exact body), for tests
// that replay it somewhere else.

export type RecordedRequest = { path: string; headers: IncomingHttpHeaders; body: string };
export type RecordingProxy = { url: string; recorded: RecordedRequest[]; stop(): Promise<void> };

export async function startRecordingProxy(targetGraphqlUrl: string): Promise<RecordingProxy> {
  const target = new URL(targetGraphqlUrl);
  const recorded: RecordedRequest[] = [];
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const path = request.url ?? '/';
      if (path.startsWith('/graphql')) recorded.push({ path, headers: request.headers, body });
      const headers = Object.fromEntries(Object.entries(request.headers).filter(([name]) => !['host', 'connection', 'content-length'].includes(name))) as Record<string, string>;
      fetch(new URL(path, target), { method: request.method, headers, body: request.method === 'GET' ? undefined : body })
        .then(async (answer) => {
          response.statusCode = answer.status;
          answer.headers.forEach((value, name) => {
            if (!['content-length', 'content-encoding', 'transfer-encoding', 'connection'].includes(name)) response.setHeader(name, value);
          });
          response.end(Buffer.from(await answer.arrayBuffer()));
        })
        .catch(() => {
          response.statusCode = 502;
          response.end();
        });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    recorded,
    stop: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
