import type { OidcSettings } from './auth/oidc';

// How people sign in here, from the server (server/serve.ts answers /config.json from its
// environment): the development sign-in, or the configured OpenID Connect provider.
export type ClientConfig = { signIn: 'development' } | { signIn: 'oidc'; oidc: OidcSettings | null };

export async function loadClientConfig(): Promise<ClientConfig> {
  const response = await fetch('/config.json').catch(() => null);
  // Vite's dev server has no /config.json: that is development.
  if (!response?.ok || !(response.headers.get('content-type') ?? '').includes('json')) return { signIn: 'development' };
  return (await response.json()) as ClientConfig;
}
