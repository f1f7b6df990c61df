import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';

// Who is signed in: the bearer token the gateway checks, and what the app reads from it (the
// person and their roles) to decide what to show. The server decides what is allowed; the app
// only hides what the roles cannot do. Kept in sessionStorage: closing the tab signs out.

export type Role = 'MANAGER' | 'HR' | 'ACCOUNTING' | 'IT' | 'EMPLOYEE';
export type Session = { token: string; employeeId: string | null; roles: Role[]; name: string; expiresAt: number };

const STORAGE_KEY = 'backoffice.session';

export function sessionFromToken(token: string, name: string): Session {
  const payload = JSON.parse(atob(token.split('.')[1]!.replace(/-/g, '+').replace(/_/g, '/'))) as { sub?: string; roles?: string[]; exp?: number };
  return {
    token,
    employeeId: payload.sub ?? null,
    roles: (payload.roles ?? []).filter((role): role is Role => ['MANAGER', 'HR', 'ACCOUNTING', 'IT', 'EMPLOYEE'].includes(role)),
    name,
    expiresAt: (payload.exp ?? 0) * 1000,
  };
}

export function storedSession(): Session | null {
  const raw = sessionStorage.getItem(STORAGE_KEY);
  if (!raw) return null;
  const session = JSON.parse(raw) as Session;
  return session.expiresAt > Date.now() ? session : null;
}

// The token for every request, read where Apollo's link needs it.
export const currentToken = () => storedSession()?.token ?? null;

type SessionContextValue = { session: Session | null; signIn(session: Session): void; signOut(): void };
const SessionContext = createContext<SessionContextValue | null>(null);

export function SessionProvider({ children, onSignOut }: { children: ReactNode; onSignOut?: () => void }) {
  const [session, setSession] = useState<Session | null>(storedSession);
  const signIn = useCallback((next: Session) => {
    sessionStorage.setItem(STORAGE_KEY, JSON.stringify(next));
    setSession(next);
  }, []);
  const signOut = useCallback(() => {
    sessionStorage.removeItem(STORAGE_KEY);
    setSession(null);
    onSignOut?.();
  }, [onSignOut]);
  const value = useMemo(() => ({ session, signIn, signOut }), [session, signIn, signOut]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionContextValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside SessionProvider');
  return value;
}

// The signed-in person; only inside pages that require a session.
export function useViewer(): Session {
  const { session } = useSession();
  if (!session) throw new Error('useViewer without a session');
  return session;
}
