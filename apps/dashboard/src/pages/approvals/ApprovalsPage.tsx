import { useEffect, useState } from 'react';
import { useLocation } from 'react-router-dom';
import { hasRole } from '../../auth/access';
import { useViewer } from '../../auth/session';
import { AnnounceProvider } from './decisions';
import { ExpenseClaimsSection } from './ExpenseClaimsSection';
import { JournalEntriesSection } from './JournalEntriesSection';
import { LeaveSection } from './LeaveSection';
import { PayrollSection } from './PayrollSection';
import './approvals.css';

// Everything waiting for the viewer's decision, one section per kind, each shown to those who
// may decide it: leave (HR and the manager; a line manager for their reports), expense claims
// (accounting and the manager; a line manager for their reports), manual journal entries and
// payroll runs (accounting and the manager). /approvals#leave opens at its section.
export function ApprovalsPage() {
  const { roles } = useViewer();
  const accounting = hasRole(roles, 'MANAGER', 'ACCOUNTING');
  const [announcement, setAnnouncement] = useState('');
  useScrollToSection();

  return (
    <AnnounceProvider value={setAnnouncement}>
      <h1>Approvals</h1>
      {/* One status line for the page, always there so screen readers hear each decision. */}
      <div role="status" className="approvals-status">
        {announcement && <p className="notice success">{announcement}</p>}
      </div>
      <LeaveSection />
      <ExpenseClaimsSection />
      {accounting && <JournalEntriesSection />}
      {accounting && <PayrollSection />}
    </AnnounceProvider>
  );
}

// /approvals#payroll: the browser looks for the fragment before the sections exist, and the
// lists above a section would push it down as they load. So scroll once nothing is loading.
function useScrollToSection() {
  const { hash } = useLocation();
  useEffect(() => {
    const id = decodeURIComponent(hash.slice(1));
    if (!id) return;
    const page = document.getElementById('main') ?? document.body;
    const scrolled = () => {
      const target = document.getElementById(id);
      if (!target || page.querySelector('[aria-busy="true"]')) return false;
      target.scrollIntoView({ block: 'start' });
      return true;
    };
    if (scrolled()) return;
    const observer = new MutationObserver(() => scrolled() && observer.disconnect());
    observer.observe(page, { childList: true, subtree: true, attributes: true, attributeFilter: ['aria-busy'] });
    const giveUp = window.setTimeout(() => observer.disconnect(), 15_000);
    return () => {
      observer.disconnect();
      window.clearTimeout(giveUp);
    };
  }, [hash]);
}
