import { ApolloProvider } from '@apollo/client';
import { useMemo, type ReactNode } from 'react';
import { BrowserRouter, Navigate, Route, Routes, useLocation } from 'react-router-dom';
import { createApolloClient } from './apollo';
import { OidcCallback } from './auth/OidcCallback';
import { SignInPage } from './auth/SignInPage';
import { SessionProvider, useSession } from './auth/session';
import type { ClientConfig } from './config';
import { RequireArea, Shell } from './layout/Shell';
import { ApprovalsPage } from './pages/approvals/ApprovalsPage';
import { BudgetsPage } from './pages/budgets/BudgetsPage';
import { EquipmentPage } from './pages/equipment/EquipmentPage';
import { HelpdeskPage } from './pages/helpdesk/HelpdeskPage';
import { TicketPage } from './pages/helpdesk/TicketPage';
import { LedgerPage } from './pages/ledger/LedgerPage';
import { MyBackOfficePage } from './pages/me/MyBackOfficePage';
import { OverviewPage } from './pages/overview/OverviewPage';
import { PeoplePage } from './pages/people/PeoplePage';
import { PersonPage } from './pages/people/PersonPage';
import { ProcessesPage } from './pages/processes/ProcessesPage';

export function App({ config }: { config: ClientConfig }) {
  return (
    <BrowserRouter>
      <SessionProvider>
        <WithApollo>
          <Routes>
            <Route path="/sign-in" element={<SignInPage config={config} />} />
            <Route path="/auth/callback" element={<OidcCallback config={config} />} />
            <Route
              element={
                <RequireSession>
                  <Shell />
                </RequireSession>
              }
            >
              <Route index element={<HomePage />} />
              <Route path="people" element={<RequireArea area="people"><PeoplePage /></RequireArea>} />
              <Route path="people/:id" element={<PersonPage />} />
              <Route path="approvals" element={<RequireArea area="approvals"><ApprovalsPage /></RequireArea>} />
              <Route path="helpdesk" element={<RequireArea area="helpdesk"><HelpdeskPage /></RequireArea>} />
              <Route path="helpdesk/:id" element={<TicketPage />} />
              <Route path="equipment" element={<RequireArea area="equipment"><EquipmentPage /></RequireArea>} />
              <Route path="ledger" element={<RequireArea area="ledger"><LedgerPage /></RequireArea>} />
              <Route path="budgets" element={<RequireArea area="budgets"><BudgetsPage /></RequireArea>} />
              <Route path="processes" element={<RequireArea area="processes"><ProcessesPage /></RequireArea>} />
              <Route path="me" element={<MyBackOfficePage />} />
              <Route path="*" element={<NotFound />} />
            </Route>
          </Routes>
        </WithApollo>
      </SessionProvider>
    </BrowserRouter>
  );
}

// A new client per session: one person's cache never shows to the next.
function WithApollo({ children }: { children: ReactNode }) {
  const { session, signOut } = useSession();
  const token = session?.token;
  // Keyed by the token though it does not read it: a new session gets a new, empty cache.
  const client = useMemo(() => createApolloClient(signOut), [token, signOut]);
  return <ApolloProvider client={client}>{children}</ApolloProvider>;
}

function RequireSession({ children }: { children: ReactNode }) {
  const { session } = useSession();
  const location = useLocation();
  if (!session) return <Navigate to="/sign-in" replace state={{ from: location.pathname + location.search }} />;
  return <>{children}</>;
}

// The manager and the departments start at the overview; an employee at their own page.
function HomePage() {
  const { session } = useSession();
  if (session && session.roles.every((role) => role === 'EMPLOYEE')) return <Navigate to="/me" replace />;
  return <OverviewPage />;
}

function NotFound() {
  return (
    <section>
      <h1>Page not found</h1>
      <p>There is no page here. Use the sections above.</p>
    </section>
  );
}
