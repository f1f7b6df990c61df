import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { IncomingMessage } from 'node:http';
import { ApolloGateway, RemoteGraphQLDataSource } from '@apollo/gateway';
import { startGraphQLHttpServer, type RunningHttpServer } from '@backoffice/platform/graphql-http-server';
import { IDENTITY_HEADER, signIdentity, type Principal } from '@backoffice/platform/identity';
import type { Logger } from '@backoffice/platform/logger';
import { continueOrStartTrace } from '@backoffice/platform/trace-context';
import { authenticateBearer } from './authenticate';
import type { GatewayConfig } from './config';
import { supergraphPath, type SubgraphName } from './compose-supergraph';

export type GatewayContext = { principal: Principal; correlationId: string; traceparent: string };

// Each subgraph call carries the caller, signed, with a short expiry.
class SignedIdentityDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    url: string,
    private readonly config: GatewayConfig,
  ) {
    super({ url });
  }

  override willSendRequest({ request, context }: Parameters<NonNullable<RemoteGraphQLDataSource<GatewayContext>['willSendRequest']>>[0]) {
    // The gateway's own requests (none with a static supergraph) carry no caller and are refused downstream.
    if (!context.principal) return;
    request.http?.headers.set(IDENTITY_HEADER, signIdentity(context.principal, this.config.signingKeys, this.config.identityTtlSeconds));
    request.http?.headers.set('x-correlation-id', context.correlationId);
    request.http?.headers.set('traceparent', context.traceparent);
  }
}

export async function startGateway(config: GatewayConfig, logger: Logger, supergraphSdl = readFileSync(supergraphPath, 'utf8')): Promise<RunningHttpServer> {
  const gateway = new ApolloGateway({
    supergraphSdl,
    buildService: ({ name }) => new SignedIdentityDataSource(config.subgraphUrls[name as SubgraphName], config),
  });
  return startGraphQLHttpServer<GatewayContext>({
    logger,
    port: config.port,
    gateway,
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
    // No valid token: UNAUTHENTICATED before any subgraph is called.
    context: async (request: IncomingMessage) => ({
      principal: authenticateBearer(request.headers.authorization, config.jwtSecret),
      correlationId: typeof request.headers['x-correlation-id'] === 'string' ? request.headers['x-correlation-id'] : randomUUID(),
      traceparent: continueOrStartTrace(request.headers.traceparent),
    }),
  });
}
