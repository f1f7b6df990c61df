import { useQuery } from '@apollo/client';
import { Link } from 'react-router-dom';
import { graphql } from '../../graphql';
import { formatDate, humanize } from '../../ui/format';
import { Card, Figure } from './OverviewPage';

const OverviewProcessesQuery = graphql(`
  query OverviewProcesses {
    onboarding: workflows(filter: { kind: ONBOARDING, status: IN_PROGRESS }, first: 1) {
      totalCount
    }
    offboarding: workflows(filter: { kind: OFFBOARDING, status: IN_PROGRESS }, first: 1) {
      totalCount
    }
    overdue: workflows(filter: { status: IN_PROGRESS, overdue: true }, first: 5) {
      totalCount
      edges {
        node {
          id
          kind
          anchorDate
          employee {
            id
            firstName
            lastName
          }
          steps {
            step
            status
            dueOn
          }
        }
      }
    }
  }
`);

// Joiners and leavers in progress across the departments, and the ones with a step past due.
export function ProcessesCard() {
  const { data, loading, error, refetch } = useQuery(OverviewProcessesQuery);
  const today = new Date().toISOString().slice(0, 10);
  return (
    <Card title="Onboardings and offboardings" loading={loading && !data} error={!data ? error : undefined} retry={() => refetch()}>
      <div className="figures">
        <Figure to="/processes?status=IN_PROGRESS&kind=ONBOARDING" value={data?.onboarding.totalCount ?? 0} label="onboardings" />
        <Figure to="/processes?status=IN_PROGRESS&kind=OFFBOARDING" value={data?.offboarding.totalCount ?? 0} label="offboardings" />
        <Figure to="/processes?status=IN_PROGRESS&overdue=true" value={data?.overdue.totalCount ?? 0} label="with an overdue step" />
      </div>
      {(data?.overdue.edges.length ?? 0) > 0 && (
        <ul>
          {data?.overdue.edges.map(({ node }) => {
            const late = node.steps.filter((step) => step.status === 'PENDING' && step.dueOn && step.dueOn < today);
            return (
              <li key={node.id}>
                {node.employee ? <Link to={`/people/${node.employee.id}`}>{`${node.employee.firstName} ${node.employee.lastName}`}</Link> : 'Someone'}: {humanize(node.kind).toLowerCase()}
                {late.length > 0 && `, ${late.map((step) => `${humanize(step.step).toLowerCase()} due ${formatDate(step.dueOn)}`).join(', ')}`}
              </li>
            );
          })}
        </ul>
      )}
    </Card>
  );
}
