import { useQuery } from '@apollo/client';
import { Link } from 'react-router-dom';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { graphql } from '../../graphql';
import { humanize } from '../../ui/format';
import { Card, Figure } from './OverviewPage';
import { seriesColours } from './colours';

// Open means not yet resolved: new, being worked on, or waiting on the requester.
const OPEN = ['OPEN', 'IN_PROGRESS', 'WAITING'] as const;

const OverviewTicketsQuery = graphql(`
  query OverviewTickets($open: [TicketStatus!]!) {
    critical: tickets(filter: { status: $open, priority: [CRITICAL] }, first: 1) { totalCount }
    high: tickets(filter: { status: $open, priority: [HIGH] }, first: 1) { totalCount }
    medium: tickets(filter: { status: $open, priority: [MEDIUM] }, first: 1) { totalCount }
    low: tickets(filter: { status: $open, priority: [LOW] }, first: 1) { totalCount }
    breached: tickets(filter: { status: $open, breached: true }, first: 1) { totalCount }
  }
`);

const priorities = ['CRITICAL', 'HIGH', 'MEDIUM', 'LOW'] as const;
const openQuery = OPEN.map((status) => `status=${status}`).join('&');

// Open tickets by priority, and how many are past their SLA.
export function TicketsCard() {
  const { data, loading, error, refetch } = useQuery(OverviewTicketsQuery, { variables: { open: [...OPEN] } });
  const counts = priorities.map((priority) => ({ priority, label: humanize(priority), open: data?.[priority.toLowerCase() as 'critical' | 'high' | 'medium' | 'low']?.totalCount ?? 0 }));
  return (
    <Card title="Helpdesk" loading={loading && !data} error={!data ? error : undefined} retry={() => refetch()}>
      <div className="figures">
        <Figure to={`/helpdesk?${openQuery}`} value={counts.reduce((sum, row) => sum + row.open, 0)} label="open tickets" />
        <Figure to={`/helpdesk?${openQuery}&breached=true`} value={data?.breached.totalCount ?? 0} label="past their SLA" />
      </div>
      <figure>
        <ResponsiveContainer width="100%" height={140}>
          <BarChart data={counts} margin={{ left: -20, right: 10 }}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="label" />
            <YAxis allowDecimals={false} />
            <Tooltip />
            <Bar dataKey="open" name="Open tickets" fill={seriesColours[0]} isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
        <figcaption>Open tickets by priority.</figcaption>
      </figure>
      <ul>
        {counts.map((row) => (
          <li key={row.priority}>
            <Link to={`/helpdesk?${openQuery}&priority=${row.priority}`}>
              {row.open} {row.label.toLowerCase()} priority
            </Link>
          </li>
        ))}
      </ul>
    </Card>
  );
}
