import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer, HeaderMap, type ApolloServerPlugin, type BaseContext } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginInlineTraceDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { GraphQLSchema, ValidationRule } from 'graphql';
import { formatErrors } from './graphql-errors';
import type { Logger } from './logger';

// A GraphQL endpoint on plain node:http, with /healthz and /readyz beside it. Used by the
// subgraphs and the gateway alike; callers decide who may in through `authenticate`.

export type ReadinessCheck = () => Promise<{ ready: boolean; checks: Record<string, unknown> }>;

export type GraphQLHttpServerOptions<TContext extends BaseContext> = {
  logger: Logger;
  port: number;
  // The interface to listen on: loopback unless configured (a subgraph serves only the gateway).
  host?: string;
  readiness: ReadinessCheck;
  // Returns the request's context, or throws a GraphQLError (e.g. UNAUTHENTICATED) to refuse it.
  // `graphqlRequest` is the operation as received (query, operationName, variables), for checks
  // bound to it.
  context: (request: IncomingMessage, graphqlRequest: GraphQLRequestFields) => Promise<TContext>;
  // Development only: introspection, the landing page and "Did you mean …?" suggestions describe
  // the schema to whoever asks. Production (the default) says nothing about it.
  exposeSchema?: boolean;
  // Checks of the caller's own on every operation: validation rules (run once per distinct
  // document, before anything executes) and Apollo plugins (e.g. a check that needs variables).
  validationRules?: ValidationRule[];
  plugins?: ApolloServerPlugin<TContext>[];
  // Codes of the caller's own refusals (e.g. RATE_LIMITED), passed to the client as they are,
  // like the platform's expected codes; any other unexpected code is masked.
  clientErrorCodes?: readonly string[];
  // Plain HTTP routes beside the endpoint, by path (e.g. the gateway's development sign-in).
  // A route answers the request itself; its errors are logged and answered 500.
  routes?: Record<string, (request: IncomingMessage, response: ServerResponse) => Promise<void>>;
} & ({ schema: GraphQLSchema } | { gateway: NonNullable<ConstructorParameters<typeof ApolloServer>[0]['gateway']> });

export type GraphQLRequestFields = { query?: unknown; operationName?: unknown; variables?: unknown };

export type RunningHttpServer = { url: string; port: number; stop(): Promise<void> };

const MAX_BODY_BYTES = 1024 * 1024;

export async function startGraphQLHttpServer<TContext extends BaseContext>(
  options: GraphQLHttpServerOptions<TContext>,
): Promise<RunningHttpServer> {
  const { logger } = options;
  const httpServer = createServer();
  // Outlive the idle timeout of the clients that reuse connections (the gateway's), so a
  // client never sends on a socket this server has just closed.
  httpServer.keepAliveTimeout = 65_000;
  httpServer.headersTimeout = 66_000;
  const formatPlatformError = formatErrors((formatted, error) =>
    logger.error('unexpected error in a GraphQL operation', { path: formatted.path, error: unwrap(error) }),
  );
  const clientErrorCodes = new Set(options.clientErrorCodes ?? []);
  const apollo = new ApolloServer<TContext>({
    ...('schema' in options ? { schema: options.schema } : { gateway: options.gateway }),
    introspection: options.exposeSchema ?? false,
    hideSchemaDetailsFromClientErrors: !(options.exposeSchema ?? false),
    includeStacktraceInErrorResponses: false,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginInlineTraceDisabled(),
      // Apollo decides its landing page from NODE_ENV, which here may be unset in production.
      ...(options.exposeSchema ? [] : [ApolloServerPluginLandingPageDisabled()]),
      ...(options.plugins ?? []),
    ],
    validationRules: options.validationRules ?? [],
    formatError: (formatted, error) => {
      const code = formatted.extensions?.code;
      return typeof code === 'string' && clientErrorCodes.has(code) ? formatted : formatPlatformError(formatted, error);
    },
  });
  await apollo.start();

  httpServer.on('request', (request: IncomingMessage, response: ServerResponse) => {
    handle(request, response).catch((error: unknown) => {
      logger.error('request failed outside GraphQL', { error: unwrap(error) });
      if (!response.headersSent) sendJson(response, 500, { error: 'internal error' });
      else response.end();
    });
  });

  async function handle(request: IncomingMessage, response: ServerResponse) {
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (url.pathname === '/healthz') return sendJson(response, 200, { status: 'ok' });
    if (url.pathname === '/readyz') {
      // Ready or not, never why in words: the error text goes to the log.
      const readiness = await options.readiness().catch((error: unknown) => {
        logger.error('readiness check failed', { error: unwrap(error) });
        return { ready: false, checks: {} };
      });
      return sendJson(response, readiness.ready ? 200 : 503, { status: readiness.ready ? 'ready' : 'not ready', ...readiness.checks });
    }
    const route = options.routes?.[url.pathname];
    if (route) return route(request, response);
    if (url.pathname !== '/graphql' && url.pathname !== '/') return sendJson(response, 404, { error: 'not found' });

    if (Number(request.headers['content-length'] ?? 0) > MAX_BODY_BYTES) {
      return sendJson(response, 413, { errors: [{ message: `The request body is larger than ${MAX_BODY_BYTES} bytes.`, extensions: { code: 'BAD_REQUEST' } }] });
    }
    const body = await readBody(request).catch((error: unknown) => {
      if (error instanceof PayloadTooLarge) return undefined;
      throw error;
    });
    if (body === undefined) {
      return sendJson(response, 413, { errors: [{ message: `The request body is larger than ${MAX_BODY_BYTES} bytes.`, extensions: { code: 'BAD_REQUEST' } }] });
    }
    const headers = new HeaderMap();
    for (const [name, value] of Object.entries(request.headers)) {
      if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
    }
    let parsedBody: unknown = body;
    if (body && (headers.get('content-type') ?? '').includes('application/json')) {
      try {
        parsedBody = JSON.parse(body);
      } catch {
        return sendJson(response, 400, { errors: [{ message: 'The request body is not valid JSON.', extensions: { code: 'BAD_REQUEST' } }] });
      }
    }
    const result = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: (request.method ?? 'GET').toUpperCase(), headers, search: url.search, body: parsedBody },
      context: () => options.context(request, graphqlRequestFields(request.method, url, parsedBody)),
    });
    for (const [name, value] of result.headers) response.setHeader(name, value);
    response.statusCode = result.status ?? 200;
    if (result.body.kind === 'complete') {
      response.end(result.body.string);
      return;
    }
    for await (const chunk of result.body.asyncIterator) response.write(chunk);
    response.end();
  }

  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(options.port, host, () => resolve());
  });
  const port = (httpServer.address() as AddressInfo).port;
  return {
    url: `http://${host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host.includes(':') ? `[${host}]` : host}:${port}/graphql`,
    port,
    // Apollo's drain plugin stops new connections and waits for in-flight requests.
    stop: () => apollo.stop(),
  };
}

// POST carries the operation in its JSON body; GET in the query string (variables as JSON).
function graphqlRequestFields(method: string | undefined, url: URL, body: unknown): GraphQLRequestFields {
  if ((method ?? 'GET').toUpperCase() !== 'GET') {
    if (!body || typeof body !== 'object' || Array.isArray(body)) return {};
    const { query, operationName, variables } = body as GraphQLRequestFields;
    return { query, operationName, variables };
  }
  let variables: unknown;
  try {
    variables = url.searchParams.has('variables') ? JSON.parse(url.searchParams.get('variables') ?? '') : undefined;
  } catch {
    variables = undefined;
  }
  return { query: url.searchParams.get('query') ?? undefined, operationName: url.searchParams.get('operationName') ?? undefined, variables };
}

class PayloadTooLarge extends Error {}

// Stops buffering past the limit (without resetting the connection, so the 413 gets through).
export function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new PayloadTooLarge());
        request.removeAllListeners('data');
        request.resume();
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

export function sendJson(response: ServerResponse, status: number, body: unknown) {
  response.statusCode = status;
  response.setHeader('content-type', 'application/json');
  response.end(JSON.stringify(body));
}

function unwrap(error: unknown): unknown {
  const original = (error as { originalError?: unknown } | undefined)?.originalError;
  return original instanceof Error ? original : error;
}
