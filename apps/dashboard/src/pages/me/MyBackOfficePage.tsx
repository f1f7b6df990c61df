import { Link, useSearchParams } from 'react-router-dom';
import { useViewer } from '../../auth/session';
import { ClaimsSection } from './ClaimsSection';
import { NoRecord } from './formParts';
import { LeaveSection } from './LeaveSection';
import { PayslipsSection } from './PayslipsSection';
import { RecordSection } from './RecordSection';
import { TicketsSection } from './TicketsSection';
import './me.css';

type Tab = 'record' | 'leave' | 'tickets' | 'claims' | 'payslips';
const tabs: Array<{ tab: Tab; label: string }> = [
  { tab: 'record', label: 'My record' },
  { tab: 'leave', label: 'Leave' },
  { tab: 'tickets', label: 'Tickets' },
  { tab: 'claims', label: 'Expense claims' },
  { tab: 'payslips', label: 'Payslips' },
];

const isTab = (value: string | null): value is Tab => tabs.some((entry) => entry.tab === value);

// Everyone's own page (the employee's home): their record, leave, tickets, expense claims and
// payslips, one section at a time. The section is in the URL (?tab=) so the overview and other
// pages can link straight to it; the forms of different sections never share the screen.
export function MyBackOfficePage() {
  const viewer = useViewer();
  const [searchParams] = useSearchParams();
  const requested = searchParams.get('tab');
  const current: Tab = isTab(requested) ? requested : 'record';
  const employeeId = viewer.employeeId;

  return (
    <>
      <h1>My back office</h1>
      <nav aria-label="My back office sections" className="me-tabs">
        <ul>
          {tabs.map(({ tab, label }) => (
            <li key={tab}>
              <Link to={`/me?tab=${tab}`} aria-current={tab === current ? 'page' : undefined}>
                {label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <section id={current} aria-labelledby={`${current}-heading`}>
        <h2 id={`${current}-heading`}>{tabs.find((entry) => entry.tab === current)!.label}</h2>
        {!employeeId ? <NoRecord /> : <TabContent tab={current} employeeId={employeeId} />}
      </section>
    </>
  );
}

function TabContent({ tab, employeeId }: { tab: Tab; employeeId: string }) {
  switch (tab) {
    case 'record':
      return <RecordSection employeeId={employeeId} />;
    case 'leave':
      return <LeaveSection employeeId={employeeId} />;
    case 'tickets':
      return <TicketsSection employeeId={employeeId} />;
    case 'claims':
      return <ClaimsSection employeeId={employeeId} />;
    case 'payslips':
      return <PayslipsSection employeeId={employeeId} />;
  }
}
