import { Link } from 'react-router-dom';
import { hasRole } from '../../auth/access';
import { useViewer } from '../../auth/session';
import { ErrorNotice, Loading } from '../../ui/Status';
import { ApprovalsCard } from './ApprovalsCard';
import { BudgetCard } from './BudgetCard';
import { HeadcountCard } from './HeadcountCard';
import { FindingsCard } from './FindingsCard';
import { ProcessesCard } from './ProcessesCard';
import { TicketsCard } from './TicketsCard';

// The manager's back office at a glance: one card per question they ask every morning, each
// its own query (a slow or refused department costs its card only), each number a link to the
// list behind it. A department head sees the cards of their department.
export function OverviewPage() {
  const { roles } = useViewer();
  const hr = hasRole(roles, 'MANAGER', 'HR');
  const accounting = hasRole(roles, 'MANAGER', 'ACCOUNTING');
  const it = hasRole(roles, 'MANAGER', 'IT');
  return (
    <>
      <h1>Overview</h1>
      <div className="cards">
        <ApprovalsCard />
        {hr && <HeadcountCard />}
        {it && <TicketsCard />}
        {accounting && <BudgetCard />}
        <ProcessesCard />
        {(hr || accounting) && <FindingsCard showAudit={accounting} showRecords={hr} />}
      </div>
    </>
  );
}

// The frame every card shares: a heading, and loading / error states of its own.
export function Card({ title, loading, error, retry, children }: { title: string; loading: boolean; error?: Parameters<typeof ErrorNotice>[0]['error']; retry?: () => unknown; children: React.ReactNode }) {
  return (
    <article aria-label={title}>
      <header>
        <h2>{title}</h2>
      </header>
      {error ? <ErrorNotice error={error} retry={retry} /> : loading ? <Loading what={title.toLowerCase()} /> : children}
    </article>
  );
}

export function Figure({ to, value, label }: { to: string; value: number | string; label: string }) {
  return (
    <Link to={to} className="figure-link">
      <span className="figure">{value}</span> <span>{label}</span>
    </Link>
  );
}
