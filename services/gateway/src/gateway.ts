import { readFileSync } from 'node:fs';
import type { IncomingMessage } from 'node:http';
import { ApolloGateway, RemoteGraphQLDataSource } from '@apollo/gateway';
import { GraphQLError } from 'graphql';
import { startGraphQLHttpServer, type RunningHttpServer } from '@backoffice/platform/graphql-http-server';
import { IDENTITY_HEADER, signIdentity, type Audience, type Principal } from '@backoffice/platform/identity';
import type { Logger } from '@backoffice/platform/logger';
import { correlationIdFrom } from '@backoffice/platform/correlation-id';
import { continueOrStartTrace } from '@backoffice/platform/trace-context';
import { createTokenVerifier } from './authenticate';
import { developmentSignInRoutes } from './development-sign-in';
import type { GatewayConfig } from './config';
import { supergraphPath, type SubgraphName } from './compose-supergraph';
import { documentLimitRules, refuseTooManyTokens } from './limits/document-limits';
import { queryCostPlugin } from './limits/query-cost';
import { createRateLimiter } from './limits/rate-limit';
import { fetcherWithTimeout, isTimeout, timedOutFieldErrors } from './limits/subgraph-timeout';

export type GatewayContext = { principal: Principal; correlationId: string; traceparent: string };

// Refusals of the gateway's own, passed to the client as they are.
const GATEWAY_ERROR_CODES = ['QUERY_TOO_COMPLEX', 'RATE_LIMITED', 'SUBGRAPH_TIMEOUT'];

const departmentNames: Record<Audience, string> = { hr: 'HR', accounting: 'Accounting', it: 'IT' };

// Each subgraph call carries the caller, signed for that subgraph and that exact request (query,
// operation name, variables), with a short expiry.
class SignedIdentityDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    private readonly audience: Audience,
    private readonly config: GatewayConfig,
    private readonly logger: Logger,
  ) {
    super({ url: config.subgraphUrls[audience] });
    this.fetcher = fetcherWithTimeout(this.fetcher, config.limits.subgraphTimeoutMs);
  }

  // A subgraph that does not answer in time: its fields are null with SUBGRAPH_TIMEOUT at their
  // paths, and the rest of the response is served (limits/subgraph-timeout.ts).
  override async process(options: Parameters<RemoteGraphQLDataSource<GatewayContext>['process']>[0]) {
    try {
      return await super.process(options);
    } catch (error) {
      if (!isTimeout(error)) throw error;
      const timeoutMs = this.config.limits.subgraphTimeoutMs;
      this.logger.warn('a subgraph did not answer in time', { subgraph: this.audience, timeoutMs, operationName: options.request.operationName });
      const document = 'document' in options ? options.document : undefined;
      const errors = timedOutFieldErrors(options.request, document, {
        message: `${departmentNames[this.audience]} did not answer within ${timeoutMs} ms, so this field is missing; the rest of the response is complete. Try again later.`,
        extensions: { code: 'SUBGRAPH_TIMEOUT' },
      });
      return { data: null, errors };
    }
  }

  override willSendRequest({ request, context }: Parameters<NonNullable<RemoteGraphQLDataSource<GatewayContext>['willSendRequest']>>[0]) {
    // The gateway's own requests (none with a static supergraph) carry no caller and are refused downstream.
    if (!context.principal) return;
    const identity = signIdentity(context.principal, {
      key: this.config.identitySigningKey,
      audience: this.audience,
      request: { query: request.query, operationName: request.operationName, variables: request.variables },
      ttlSeconds: this.config.identityTtlSeconds,
    });
    request.http?.headers.set(IDENTITY_HEADER, identity);
    request.http?.headers.set('x-correlation-id', context.correlationId);
    request.http?.headers.set('traceparent', context.traceparent);
  }

  // A subgraph answers HTTP 400 when it refuses the request's variables or document (an
  // impossible date, a malformed amount): that is the client's error, with the subgraph's code
  // and fields, not an internal one. @apollo/gateway would turn it into a code-less
  // "400: Bad Request" (masked as INTERNAL_SERVER_ERROR) carrying the subgraph's URL.
  override async errorFromResponse(response: Parameters<RemoteGraphQLDataSource['errorFromResponse']>[0]) {
    const body = (await this.parseBody(response).catch(() => undefined)) as { errors?: Array<{ message?: unknown; extensions?: Record<string, unknown> }> } | undefined;
    const refusals = (body?.errors ?? []).filter(isClientsValueRefused);
    if (response.status === 400 && refusals.length) {
      const fields = refusals.flatMap((error) => (Array.isArray(error.extensions?.fields) ? (error.extensions.fields as unknown[]) : []));
      return new GraphQLError(refusals.map((error) => String(error.message)).join(' '), {
        extensions: { code: refusals[0]!.extensions!.code, ...(fields.length ? { fields } : {}) },
      });
    }
    // Anything else is ours (a 401 here means the gateway's identity key is wrong; a validation
    // error about the document, that the supergraph and a subgraph have drifted apart): masked
    // for the client, with the subgraph's answer kept for the log.
    return new GraphQLError(`A subgraph answered HTTP ${response.status}.`, { originalError: new Error(`HTTP ${response.status}: ${JSON.stringify(body ?? null).slice(0, 2000)}`) });
  }
}

// A value the client sent that the subgraph refused: a variable (BAD_USER_INPUT) or a literal
// in the query ("Expected value of type ..."). Other validation errors concern the document the
// gateway built.
const isClientsValueRefused = (error: { message?: unknown; extensions?: Record<string, unknown> }) =>
  error.extensions?.code === 'BAD_USER_INPUT' ||
  (error.extensions?.code === 'GRAPHQL_VALIDATION_FAILED' && typeof error.message === 'string' && error.message.startsWith('Expected value of type'));

export async function startGateway(config: GatewayConfig, logger: Logger, supergraphSdl = readFileSync(supergraphPath, 'utf8')): Promise<RunningHttpServer> {
  const gateway = new ApolloGateway({
    supergraphSdl,
    buildService: ({ name }) => new SignedIdentityDataSource(name as SubgraphName, config, logger),
  });
  const verifyToken = createTokenVerifier(config.tokens);
  const rateLimiter = createRateLimiter(config.limits.rateLimit);
  const developmentSecret = config.tokens.developmentSecret;
  const running: RunningHttpServer = await startGraphQLHttpServer<GatewayContext>({
    logger,
    port: config.port,
    host: config.host,
    exposeSchema: !config.production,
    gateway,
    // Depth, aliases and directives are judged on the document, cost once the variables are known;
    // both before the gateway plans the operation, so a refused one reaches no subgraph.
    validationRules: documentLimitRules(config.limits),
    plugins: [queryCostPlugin(config.limits)],
    clientErrorCodes: GATEWAY_ERROR_CODES,
    // The dashboard's development sign-in; never in production, which has no development secret.
    routes: developmentSecret ? developmentSignInRoutes(developmentSecret, () => running.url) : undefined,
    readiness: async () => {
      const checks = await Promise.all(
        Object.entries(config.subgraphUrls).map(async ([name, url]) => {
          const healthy = await fetch(new URL('/healthz', url), { signal: AbortSignal.timeout(2000) })
            .then((response) => response.ok)
            .catch(() => false);
          return [name, healthy ? 'up' : 'down'] as const;
        }),
      );
      return { ready: checks.every(([, state]) => state === 'up'), checks: Object.fromEntries(checks) };
    },
    // Before anything is parsed or any subgraph called: no valid token is UNAUTHENTICATED (401),
    // a caller over their rate RATE_LIMITED (429), a document over the token limit refused (400).
    context: async (request: IncomingMessage, graphqlRequest) => {
      const principal = await verifyToken(request.headers.authorization);
      rateLimiter.admit(principal);
      refuseTooManyTokens(graphqlRequest.query, config.limits.maxTokens);
      return {
        principal,
        correlationId: correlationIdFrom(request.headers['x-correlation-id']),
        traceparent: continueOrStartTrace(request.headers.traceparent),
      };
    },
  });
  return running;
}
