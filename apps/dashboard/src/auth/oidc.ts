// Production sign-in: the authorization code flow with PKCE (RFC 7636) against the configured
// OpenID Connect provider. The app is a public client: no secret, the code verifier proves the
// code was asked for by this browser tab. Pure functions over `fetch` and Web Crypto, so a unit
// test runs them without a provider.

export type OidcSettings = { issuer: string; clientId: string; scope: string; audience?: string };
export type OidcDiscovery = { authorization_endpoint: string; token_endpoint: string };
export type PendingSignIn = { state: string; codeVerifier: string; redirectUri: string; returnTo: string };

const base64Url = (bytes: Uint8Array) =>
  btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');

function randomString(byteCount: number): string {
  const bytes = new Uint8Array(byteCount);
  crypto.getRandomValues(bytes);
  return base64Url(bytes);
}

// 32 random bytes give a 43-character verifier, the shortest RFC 7636 allows.
export async function createPkcePair(): Promise<{ codeVerifier: string; codeChallenge: string }> {
  const codeVerifier = randomString(32);
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(codeVerifier));
  return { codeVerifier, codeChallenge: base64Url(new Uint8Array(digest)) };
}

export async function discover(issuer: string, fetchImpl: typeof fetch = fetch): Promise<OidcDiscovery> {
  const response = await fetchImpl(`${issuer.replace(/\/$/, '')}/.well-known/openid-configuration`);
  if (!response.ok) throw new Error(`The identity provider at ${issuer} did not describe itself (HTTP ${response.status}).`);
  return (await response.json()) as OidcDiscovery;
}

// Where to send the browser, and what to keep (in sessionStorage) until it comes back.
export async function beginSignIn(settings: OidcSettings, discovery: OidcDiscovery, redirectUri: string, returnTo = '/'): Promise<{ url: string; pending: PendingSignIn }> {
  const { codeVerifier, codeChallenge } = await createPkcePair();
  const state = randomString(16);
  const url = new URL(discovery.authorization_endpoint);
  url.search = new URLSearchParams({
    response_type: 'code',
    client_id: settings.clientId,
    redirect_uri: redirectUri,
    scope: settings.scope,
    state,
    code_challenge: codeChallenge,
    code_challenge_method: 'S256',
    ...(settings.audience ? { audience: settings.audience } : {}),
  }).toString();
  return { url: url.toString(), pending: { state, codeVerifier, redirectUri, returnTo } };
}

// The provider sent the browser back with ?code&state: check the state is ours, trade the code
// (with the verifier) for tokens. The gateway verifies the access token against the provider's JWKS.
export async function completeSignIn(
  settings: OidcSettings,
  discovery: OidcDiscovery,
  pending: PendingSignIn | null,
  callback: URLSearchParams,
  fetchImpl: typeof fetch = fetch,
): Promise<{ accessToken: string; expiresIn: number | null }> {
  const error = callback.get('error');
  if (error) throw new Error(`The identity provider refused the sign-in: ${callback.get('error_description') ?? error}.`);
  const code = callback.get('code');
  if (!pending || !code || callback.get('state') !== pending.state) {
    throw new Error('This sign-in link is not the one this tab started (its state does not match). Sign in again.');
  }
  const response = await fetchImpl(discovery.token_endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'authorization_code',
      code,
      redirect_uri: pending.redirectUri,
      client_id: settings.clientId,
      code_verifier: pending.codeVerifier,
    }).toString(),
  });
  const body = (await response.json()) as { access_token?: string; expires_in?: number; error?: string; error_description?: string };
  if (!response.ok || !body.access_token) throw new Error(`The identity provider did not issue a token: ${body.error_description ?? body.error ?? `HTTP ${response.status}`}.`);
  return { accessToken: body.access_token, expiresIn: body.expires_in ?? null };
}
