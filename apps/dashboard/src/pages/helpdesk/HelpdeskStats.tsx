import { useQuery } from '@apollo/client';
import { graphql } from '../../graphql';
import { formatDate } from '../../ui/format';
import { ErrorNotice, Loading } from '../../ui/Status';
import { formatBusinessMinutes } from './ticketParts';

const HelpdeskStatsQuery = graphql(`
  query HelpdeskPageStats {
    helpdeskStats {
      from
      to
      opened
      resolved
      breached
      medianFirstResponseMinutes
      medianResolutionMinutes
    }
  }
`);

// How the queue did over the last 30 days (the server's default period).
export function HelpdeskStats() {
  const { data, loading, error, refetch } = useQuery(HelpdeskStatsQuery);
  const stats = data?.helpdeskStats;
  return (
    <section aria-labelledby="stats-heading" className="helpdesk-section">
      <h2 id="stats-heading">Last 30 days</h2>
      {!stats ? (
        loading ? (
          <Loading what="helpdesk figures" />
        ) : (
          <ErrorNotice error={error ?? new Error('The helpdesk figures did not load.')} retry={() => refetch()} />
        )
      ) : (
        <>
          <p className="muted">
            Tickets opened from {formatDate(stats.from)} to {formatDate(stats.to)}; times in business hours.
          </p>
          <dl className="figures helpdesk-figures">
            <Figure label="Opened" value={String(stats.opened)} />
            <Figure label="Resolved" value={String(stats.resolved)} />
            <Figure label="SLA breached" value={String(stats.breached)} />
            <Figure label="Median first response" value={formatBusinessMinutes(stats.medianFirstResponseMinutes)} />
            <Figure label="Median resolution" value={formatBusinessMinutes(stats.medianResolutionMinutes)} />
          </dl>
        </>
      )}
    </section>
  );
}

function Figure({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd className="figure">{value}</dd>
    </div>
  );
}
