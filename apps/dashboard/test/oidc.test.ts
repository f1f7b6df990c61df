import { createHash } from 'node:crypto';
import { beginSignIn, completeSignIn, createPkcePair, type OidcDiscovery, type OidcSettings } from '../src/auth/oidc';

// The production sign-in without a provider: what the app sends to one, and what it accepts back.

const settings: OidcSettings = { issuer: 'https://id.example.test', clientId: 'backoffice-dashboard', scope: 'openid profile', audience: 'backoffice' };
const discovery: OidcDiscovery = { authorization_endpoint: 'https://id.example.test/authorize', token_endpoint: 'https://id.example.test/oauth/token' };
const redirectUri = 'https://backoffice.example.test/auth/callback';
const s256 = (verifier: string) => createHash('sha256').update(verifier).digest('base64url');

describe('OpenID Connect sign-in (authorization code with PKCE)', () => {
  it('makes a verifier RFC 7636 accepts and its S256 challenge', async () => {
    const { codeVerifier, codeChallenge } = await createPkcePair();
    expect(codeVerifier).toMatch(/^[A-Za-z0-9\-._~]{43,128}$/);
    expect(codeChallenge).toBe(s256(codeVerifier));
    expect((await createPkcePair()).codeVerifier).not.toBe(codeVerifier);
  });

  it('sends the browser to the provider with the client, the challenge and a state of its own', async () => {
    const { url, pending } = await beginSignIn(settings, discovery, redirectUri, '/approvals');
    const sent = new URL(url);
    expect(sent.origin + sent.pathname).toBe(discovery.authorization_endpoint);
    expect(Object.fromEntries(sent.searchParams)).toEqual({
      response_type: 'code',
      client_id: 'backoffice-dashboard',
      redirect_uri: redirectUri,
      scope: 'openid profile',
      state: pending.state,
      code_challenge: s256(pending.codeVerifier),
      code_challenge_method: 'S256',
      audience: 'backoffice',
    });
    expect(pending.returnTo).toBe('/approvals');
  });

  it('trades the code and the verifier for the access token', async () => {
    const { pending } = await beginSignIn(settings, discovery, redirectUri);
    const requests: Array<{ url: string; body: URLSearchParams }> = [];
    const provider = (async (url: string, init: RequestInit) => {
      requests.push({ url, body: new URLSearchParams(String(init.body)) });
      return new Response(JSON.stringify({ access_token: 'the-access-token', expires_in: 3600, token_type: 'Bearer' }), { status: 200 });
    }) as unknown as typeof fetch;
    const callback = new URLSearchParams({ code: 'the-code', state: pending.state });
    await expect(completeSignIn(settings, discovery, pending, callback, provider)).resolves.toEqual({ accessToken: 'the-access-token', expiresIn: 3600 });
    expect(requests).toHaveLength(1);
    expect(requests[0]!.url).toBe(discovery.token_endpoint);
    expect(Object.fromEntries(requests[0]!.body)).toEqual({ grant_type: 'authorization_code', code: 'the-code', redirect_uri: redirectUri, client_id: 'backoffice-dashboard', code_verifier: pending.codeVerifier });
  });

  it('refuses a callback whose state is not the one this tab started, without asking the provider', async () => {
    const { pending } = await beginSignIn(settings, discovery, redirectUri);
    const provider = jest.fn() as unknown as typeof fetch;
    await expect(completeSignIn(settings, discovery, pending, new URLSearchParams({ code: 'c', state: 'someone-elses' }), provider)).rejects.toThrow(/state does not match/);
    await expect(completeSignIn(settings, discovery, null, new URLSearchParams({ code: 'c', state: pending.state }), provider)).rejects.toThrow(/state does not match/);
    expect(provider).not.toHaveBeenCalled();
  });

  it("says what the provider refused, from its error or its token endpoint's answer", async () => {
    const { pending } = await beginSignIn(settings, discovery, redirectUri);
    await expect(completeSignIn(settings, discovery, pending, new URLSearchParams({ error: 'access_denied', error_description: 'The user said no' }))).rejects.toThrow('The user said no');
    const refusing = (async () => new Response(JSON.stringify({ error: 'invalid_grant', error_description: 'Code expired' }), { status: 400 })) as unknown as typeof fetch;
    await expect(completeSignIn(settings, discovery, pending, new URLSearchParams({ code: 'c', state: pending.state }), refusing)).rejects.toThrow('Code expired');
  });
});
