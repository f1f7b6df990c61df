import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import type { ClientConfig } from '../config';
import { ErrorNotice, Loading } from '../ui/Status';
import { completeSignIn, discover, type PendingSignIn } from './oidc';
import { sessionFromToken, useSession } from './session';
import { PENDING_SIGN_IN_KEY } from './SignInPage';

// Where the identity provider sends the browser back: trade the code for a token, then go on.
export function OidcCallback({ config }: { config: ClientConfig }) {
  const [error, setError] = useState<Error | null>(null);
  const { signIn } = useSession();
  const navigate = useNavigate();
  useEffect(() => {
    if (config.signIn !== 'oidc' || !config.oidc) return setError(new Error('This back office does not sign in through an identity provider.'));
    const settings = config.oidc;
    const pending = JSON.parse(sessionStorage.getItem(PENDING_SIGN_IN_KEY) ?? 'null') as PendingSignIn | null;
    sessionStorage.removeItem(PENDING_SIGN_IN_KEY);
    discover(settings.issuer)
      .then((discovery) => completeSignIn(settings, discovery, pending, new URLSearchParams(window.location.search)))
      .then(({ accessToken }) => {
        signIn(sessionFromToken(accessToken, 'You'));
        navigate(pending?.returnTo ?? '/', { replace: true });
      })
      .catch((caught: unknown) => setError(caught instanceof Error ? caught : new Error(String(caught))));
  }, [config, navigate, signIn]);
  return <main className="container">{error ? <ErrorNotice error={error} /> : <Loading what="your sign-in" />}</main>;
}
