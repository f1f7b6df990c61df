import { useEffect, useState } from 'react';
import { useLocation, useNavigate } from 'react-router-dom';
import type { ClientConfig } from '../config';
import { ErrorNotice, Loading } from '../ui/Status';
import { beginSignIn, discover } from './oidc';
import { sessionFromToken, useSession, type Role } from './session';

type DemoPerson = { employeeId: string; name: string; title: string; department: string | null; roles: Role[]; reportsTo: string | null };

export const PENDING_SIGN_IN_KEY = 'backoffice.pendingSignIn';

export function SignInPage({ config }: { config: ClientConfig }) {
  return (
    <main className="container sign-in">
      <h1>Sign in to Backoffice</h1>
      {config.signIn === 'development' ? <DevelopmentSignIn /> : <ProviderSignIn config={config} />}
    </main>
  );
}

// Development: pick one of the demo company's people; the gateway's development-only endpoint
// signs a token for them. A production gateway does not have that endpoint.
function DevelopmentSignIn() {
  const [people, setPeople] = useState<DemoPerson[] | null>(null);
  const [error, setError] = useState<Error | null>(null);
  const [attempt, setAttempt] = useState(0);
  const { signIn } = useSession();
  const navigate = useNavigate();
  const location = useLocation();

  useEffect(() => {
    let cancelled = false;
    setError(null);
    fetch('/dev/sign-in/people')
      .then(async (response) => {
        if (!response.ok) throw new Error(`The development sign-in is not available (HTTP ${response.status}). Is the back office running with npm start?`);
        const body = (await response.json()) as { people: DemoPerson[] };
        if (!cancelled) setPeople(body.people);
      })
      .catch((caught: unknown) => !cancelled && setError(caught instanceof Error ? caught : new Error(String(caught))));
    return () => {
      cancelled = true;
    };
  }, [attempt]);

  async function choose(person: DemoPerson) {
    setError(null);
    const response = await fetch('/dev/sign-in/token', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ employeeId: person.employeeId, roles: person.roles }) }).catch(() => null);
    const body = response && (response.headers.get('content-type') ?? '').includes('json') ? ((await response.json()) as { token?: string; error?: string }) : { error: `The development sign-in did not answer${response ? ` (HTTP ${response.status})` : ''}. Is the back office running?` };
    if (!body.token) return setError(new Error(body.error ?? 'No token was issued.'));
    signIn(sessionFromToken(body.token, person.name));
    const returnTo = (location.state as { from?: string } | null)?.from ?? (person.roles.includes('EMPLOYEE') && person.roles.length === 1 ? '/me' : '/');
    navigate(returnTo, { replace: true });
  }

  return (
    <section aria-labelledby="demo-people">
      <p>
        This is a development system: choose someone from the demo company to act as. In production, people sign in with the company's identity provider instead.
      </p>
      <h2 id="demo-people">Demo people</h2>
      <ErrorNotice error={error} retry={() => setAttempt((value) => value + 1)} />
      {!people && !error && <Loading what="the demo people" />}
      {people?.length === 0 && <p>The demo company is still being set up. Try again in a few seconds.</p>}
      <ul className="people-choice">
        {people?.map((person) => (
          <li key={person.employeeId}>
            <button type="button" onClick={() => void choose(person)}>
              Sign in as {person.name}
            </button>
            <span>
              {person.title}
              {person.department ? `, ${person.department}` : ''}
              {person.reportsTo ? `, reports to ${person.reportsTo}` : ''} — {person.roles.map((role) => role.toLowerCase()).join(' and ')}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}

function ProviderSignIn({ config }: { config: Extract<ClientConfig, { signIn: 'oidc' }> }) {
  const [error, setError] = useState<Error | null>(null);
  const location = useLocation();
  async function start() {
    if (!config.oidc) return setError(new Error('No identity provider is configured: the server needs OIDC_ISSUER and OIDC_CLIENT_ID.'));
    const discovery = await discover(config.oidc.issuer);
    const { url, pending } = await beginSignIn(config.oidc, discovery, `${window.location.origin}/auth/callback`, (location.state as { from?: string } | null)?.from ?? '/');
    sessionStorage.setItem(PENDING_SIGN_IN_KEY, JSON.stringify(pending));
    window.location.assign(url);
  }
  return (
    <section>
      <ErrorNotice error={error} />
      <button type="button" onClick={() => start().catch((caught: unknown) => setError(caught instanceof Error ? caught : new Error(String(caught))))}>
        Sign in with your company account
      </button>
    </section>
  );
}
