import type { ApolloError } from '@apollo/client';
import type { ReactNode } from 'react';
import { describeError } from './errors';

// The three states every list and page has besides its data.

export function Loading({ what }: { what: string }) {
  return (
    <p aria-busy="true" role="status">
      Loading {what}…
    </p>
  );
}

export function Empty({ children }: { children: ReactNode }) {
  return <p className="empty">{children}</p>;
}

// `retry` may return a promise (a refetch): should it fail again, the query shows that failure
// itself, so the rejection is not left unhandled as a second, uncaught error in the console.
export function ErrorNotice({ error, retry }: { error: ApolloError | Error | null | undefined; retry?: () => unknown }) {
  if (!error) return null;
  return (
    <div role="alert" className="notice error">
      <strong>Something went wrong.</strong> {describeError(error)}{' '}
      {retry && (
        <button type="button" className="secondary outline" onClick={() => void Promise.resolve(retry()).catch(() => undefined)}>
          Try again
        </button>
      )}
    </div>
  );
}

export function Success({ children }: { children: ReactNode }) {
  return (
    <p role="status" className="notice success">
      {children}
    </p>
  );
}
