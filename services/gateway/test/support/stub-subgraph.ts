import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

// An HTTP server standing where a subgraph would, counting the GraphQL requests that reach it.
// `answer` decides what it says (a canned body), or leaves the request hanging (a frozen
// process) by never ending the response.

export type StubSubgraph = { url: string; graphqlRequests(): number; stop(): Promise<void> };

export type StubAnswer = (request: IncomingMessage, response: ServerResponse) => void;

export const answerWith =
  (body: unknown, status = 200): StubAnswer =>
  (_request, response) => {
    response.statusCode = status;
    response.setHeader('content-type', 'application/json');
    response.end(JSON.stringify(body));
  };

export const neverAnswer: StubAnswer = () => undefined;

export async function startStubSubgraph(answer: StubAnswer = answerWith({ errors: [{ message: 'the stub answers nothing' }] }, 500)): Promise<StubSubgraph> {
  let count = 0;
  const server: Server = createServer((request, response) => {
    if (new URL(request.url ?? '/', 'http://localhost').pathname === '/healthz') return answerWith({ status: 'ok' })(request, response);
    count += 1;
    request.resume();
    answer(request, response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`,
    graphqlRequests: () => count,
    stop: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
