import { NavLink, Outlet } from 'react-router-dom';
import { canSee, type Area } from '../auth/access';
import { useViewer, useSession } from '../auth/session';

const sections: Array<{ area: Area; to: string; label: string }> = [
  { area: 'overview', to: '/', label: 'Overview' },
  { area: 'people', to: '/people', label: 'People' },
  { area: 'approvals', to: '/approvals', label: 'Approvals' },
  { area: 'helpdesk', to: '/helpdesk', label: 'Helpdesk' },
  { area: 'equipment', to: '/equipment', label: 'Assets & licences' },
  { area: 'ledger', to: '/ledger', label: 'Ledger' },
  { area: 'budgets', to: '/budgets', label: 'Budgets' },
  { area: 'processes', to: '/processes', label: 'Processes' },
  { area: 'me', to: '/me', label: 'My back office' },
];

// Every signed-in page: the sections the viewer's roles may use, who is signed in, the page.
export function Shell() {
  const viewer = useViewer();
  const { signOut } = useSession();
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="shell-header">
        <nav aria-label="Sections">
          <ul>
            <li>
              <strong>Backoffice</strong>
            </li>
          </ul>
          <ul>
            {sections
              .filter((section) => canSee(viewer.roles, section.area))
              .map((section) => (
                <li key={section.to}>
                  <NavLink to={section.to} end={section.to === '/'}>
                    {section.label}
                  </NavLink>
                </li>
              ))}
          </ul>
          <ul>
            <li>
              <span className="viewer">
                {viewer.name} <small>({viewer.roles.join(', ').toLowerCase()})</small>
              </span>
            </li>
            <li>
              <button type="button" className="secondary outline" onClick={signOut}>
                Sign out
              </button>
            </li>
          </ul>
        </nav>
      </header>
      <main id="main" className="container-fluid">
        <Outlet />
      </main>
    </>
  );
}

// A page for roles the viewer does not hold: said plainly (the server would refuse it anyway).
export function RequireArea({ area, children }: { area: Area; children: React.ReactNode }) {
  const viewer = useViewer();
  if (!canSee(viewer.roles, area)) {
    return (
      <section>
        <h1>Not for your role</h1>
        <p>This page is for {area === 'ledger' || area === 'budgets' ? 'accounting' : area === 'helpdesk' || area === 'equipment' ? 'IT' : 'the back office'} and the manager. Your own records are under “My back office”.</p>
      </section>
    );
  }
  return <>{children}</>;
}
