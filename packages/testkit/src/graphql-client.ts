import { DEVELOPMENT_IDENTITY_KEY_ID, DEVELOPMENT_IDENTITY_PRIVATE_KEY } from '@backoffice/platform/config';
import { IDENTITY_HEADER, identityPrivateKeyFrom, signIdentity, type Audience, type IdentitySigningKey, type Principal } from '@backoffice/platform/identity';

export type GraphQLResponse<TData = Record<string, unknown>> = {
  status: number;
  data?: TData | null;
  errors?: Array<{ message: string; path?: Array<string | number>; extensions?: Record<string, unknown> & { code?: string } }>;
};

// Headers, or headers made for the request they go with (a subgraph's identity header is bound
// to the exact query and variables).
export type RequestHeaders = Record<string, string> | ((request: { query: string; variables: Record<string, unknown> }) => Record<string, string>);

export async function postGraphQL<TData = Record<string, unknown>>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: RequestHeaders = {},
): Promise<GraphQLResponse<TData>> {
  const resolved = typeof headers === 'function' ? headers({ query, variables }) : headers;
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...resolved },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as Omit<GraphQLResponse<TData>, 'status'>;
  return { status: response.status, ...body };
}

// The gateway's development key (public, refused in production), for tests that call a subgraph
// directly as the gateway would.
export const DEV_GATEWAY_KEY: IdentitySigningKey = { id: DEVELOPMENT_IDENTITY_KEY_ID, privateKey: identityPrivateKeyFrom(DEVELOPMENT_IDENTITY_PRIVATE_KEY) };

// What the gateway would send `audience` for each request: the caller, signed for that request.
export function identityHeaders(principal: Principal, audience: Audience, options: { key?: IdentitySigningKey; ttlSeconds?: number; now?: number } = {}): RequestHeaders {
  return (request) => ({
    [IDENTITY_HEADER]: signIdentity(principal, { key: options.key ?? DEV_GATEWAY_KEY, audience, request, ttlSeconds: options.ttlSeconds, now: options.now }),
  });
}
