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

export function ErrorNotice({ error, retry }: { error: ApolloError | Error | null | undefined; retry?: () => void }) {
  if (!error) return null;
  return (
    <div role="alert" className="notice error">
      <strong>Something went wrong.</strong> {describeError(error)}{' '}
      {retry && (
        <button type="button" className="secondary outline" onClick={() => retry()}>
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
