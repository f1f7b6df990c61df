import { useQuery } from '@apollo/client';
import { Link } from 'react-router-dom';
import { graphql } from '../../graphql';
import { currentYear, humanize } from '../../ui/format';
import { Card } from './OverviewPage';

const OverviewRecordIssuesQuery = graphql(`
  query OverviewRecordIssues {
    recordIssues {
      kind
      message
      employee {
        id
      }
    }
  }
`);

const OverviewAuditFindingsQuery = graphql(`
  query OverviewAuditFindings($year: Int!) {
    auditFindings(fiscalYear: $year) {
      kind
      message
    }
  }
`);

// What an auditor or HR would ask about: audit findings in this year's books, and records that
// are incomplete or inconsistent. Counted by kind; HR's issues link to the person.
export function FindingsCard({ showAudit, showRecords }: { showAudit: boolean; showRecords: boolean }) {
  const records = useQuery(OverviewRecordIssuesQuery, { skip: !showRecords });
  const audit = useQuery(OverviewAuditFindingsQuery, { variables: { year: currentYear() }, skip: !showAudit });
  const loading = (showRecords && records.loading && !records.data) || (showAudit && audit.loading && !audit.data);
  const error = (!records.data && records.error) || (!audit.data && audit.error) || undefined;
  const byKind = (items: Array<{ kind: string }>) => [...items.reduce((counts, item) => counts.set(item.kind, (counts.get(item.kind) ?? 0) + 1), new Map<string, number>())];
  return (
    <Card title="Findings and record issues" loading={loading} error={error} retry={() => Promise.all([showRecords && records.refetch(), showAudit && audit.refetch()])}>
      {showAudit && (
        <section aria-label="Audit findings">
          <h3>
            {audit.data?.auditFindings.length ?? 0} audit findings in {currentYear()}
          </h3>
          <ul>
            {byKind(audit.data?.auditFindings ?? []).map(([kind, count]) => (
              <li key={kind}>
                {count} × {humanize(kind).toLowerCase()}
              </li>
            ))}
          </ul>
          {(audit.data?.auditFindings.length ?? 0) > 0 && (
            <details>
              <summary>Every finding</summary>
              <ul>
                {audit.data?.auditFindings.map((finding, index) => (
                  <li key={`${finding.kind}-${index}`}>{finding.message}</li>
                ))}
              </ul>
            </details>
          )}
        </section>
      )}
      {showRecords && (
        <section aria-label="Record issues">
          <h3>{records.data?.recordIssues.length ?? 0} record issues</h3>
          <ul>
            {byKind(records.data?.recordIssues ?? []).map(([kind, count]) => (
              <li key={kind}>
                {count} × {humanize(kind).toLowerCase()}
              </li>
            ))}
          </ul>
          {(records.data?.recordIssues.length ?? 0) > 0 && (
            <details>
              <summary>Every record issue, with the person to fix it on</summary>
              <ul>
                {records.data?.recordIssues.map((issue, index) => (
                  <li key={`${issue.kind}-${index}`}>{issue.employee ? <Link to={`/people/${issue.employee.id}`}>{issue.message}</Link> : issue.message}</li>
                ))}
              </ul>
            </details>
          )}
        </section>
      )}
    </Card>
  );
}
