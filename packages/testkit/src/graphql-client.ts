import type { Principal } from '@backoffice/platform/identity';
import { IDENTITY_HEADER, signIdentity } from '@backoffice/platform/identity';
import type { SigningKeys } from '@backoffice/platform/config';

export type GraphQLResponse<TData = Record<string, unknown>> = {
  status: number;
  data?: TData | null;
  errors?: Array<{ message: string; path?: Array<string | number>; extensions?: Record<string, unknown> & { code?: string } }>;
};

export async function postGraphQL<TData = Record<string, unknown>>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<GraphQLResponse<TData>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as Omit<GraphQLResponse<TData>, 'status'>;
  return { status: response.status, ...body };
}

// What the gateway would send: for tests that call a subgraph directly as the gateway.
export function identityHeaders(principal: Principal, keys: SigningKeys): Record<string, string> {
  return { [IDENTITY_HEADER]: signIdentity(principal, keys) };
}

export const DEV_SIGNING_KEYS: SigningKeys = {
  current: { id: 'dev', secret: 'backoffice-dev-identity-secret' },
  all: new Map([['dev', 'backoffice-dev-identity-secret']]),
};
