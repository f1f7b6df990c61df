import { useQuery } from '@apollo/client';
import { useSearchParams } from 'react-router-dom';
import { graphql } from '../../graphql';
import type { WorkflowFilter, WorkflowKind, WorkflowStatus } from '../../graphql/graphql';
import { noticeWorthy } from '../../ui/errors';
import { humanize } from '../../ui/format';
import { PAGE_SIZE, Pager, useCursorPager } from '../../ui/Pager';
import { Empty, ErrorNotice, Loading } from '../../ui/Status';
import { WorkflowCard } from './WorkflowCard';
import './processes.css';

const ProcessesWorkflowsQuery = graphql(`
  query ProcessesWorkflows($filter: WorkflowFilter, $first: Int!, $after: String) {
    workflows(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...ProcessesWorkflowFields
        }
      }
    }
  }
`);

const statuses: WorkflowStatus[] = ['IN_PROGRESS', 'COMPLETED', 'CANCELLED'];
const kinds: WorkflowKind[] = ['ONBOARDING', 'OFFBOARDING'];
const isStatus = (value: string | null): value is WorkflowStatus => statuses.includes(value as WorkflowStatus);
const isKind = (value: string | null): value is WorkflowKind => kinds.includes(value as WorkflowKind);

type FilterName = 'status' | 'kind' | 'overdue';

// Onboardings and offboardings across HR, IT and accounting, newest first, filtered by status
// (?status=), kind (?kind=) and a step past due (?overdue=true), so the overview's figures link
// straight into the list they count.
export function ProcessesPage() {
  const [searchParams, setSearchParams] = useSearchParams();
  const statusParam = searchParams.get('status');
  const kindParam = searchParams.get('kind');
  const status = isStatus(statusParam) ? statusParam : '';
  const kind = isKind(kindParam) ? kindParam : '';
  const overdue = searchParams.get('overdue') === 'true';
  const filter: WorkflowFilter = { ...(status ? { status } : {}), ...(kind ? { kind } : {}), ...(overdue ? { overdue: true } : {}) };
  const setFilter = (name: FilterName, value: string) =>
    setSearchParams((previous) => {
      const next = new URLSearchParams(previous);
      if (value) next.set(name, value);
      else next.delete(name);
      return next;
    });

  return (
    <>
      <h1>Processes</h1>
      <p>Onboardings and offboardings: each step belongs to one department and follows from its work.</p>
      <form className="processes-filters" role="search" aria-label="Filter processes" onSubmit={(event) => event.preventDefault()}>
        <label htmlFor="processes-status">
          Status
          <select id="processes-status" value={status} onChange={(event) => setFilter('status', event.target.value)}>
            <option value="">Any status</option>
            {statuses.map((option) => (
              <option key={option} value={option}>
                {humanize(option)}
              </option>
            ))}
          </select>
        </label>
        <label htmlFor="processes-kind">
          Kind
          <select id="processes-kind" value={kind} onChange={(event) => setFilter('kind', event.target.value)}>
            <option value="">Onboardings and offboardings</option>
            {kinds.map((option) => (
              <option key={option} value={option}>
                {humanize(option)}
              </option>
            ))}
          </select>
        </label>
        <label htmlFor="processes-overdue" className="processes-check">
          <input id="processes-overdue" type="checkbox" checked={overdue} onChange={(event) => setFilter('overdue', event.target.checked ? 'true' : '')} />
          Only overdue
        </label>
      </form>
      {/* A new filter starts again at its first page. */}
      <WorkflowList key={JSON.stringify(filter)} filter={filter} />
    </>
  );
}

function WorkflowList({ filter }: { filter: WorkflowFilter }) {
  const pager = useCursorPager();
  const { data, loading, error, refetch } = useQuery(ProcessesWorkflowsQuery, { variables: { filter, first: PAGE_SIZE, after: pager.after } });
  const connection = data?.workflows;
  const problem = noticeWorthy(error);

  if (loading && !connection) return <Loading what="the processes" />;
  if (!connection) return <ErrorNotice error={error ?? new Error('The processes could not be loaded.')} retry={() => refetch()} />;
  return (
    <div className="processes-list">
      {problem && <ErrorNotice error={problem} retry={() => refetch()} />}
      {connection.edges.length === 0 ? (
        <Empty>No processes match these filters.</Empty>
      ) : (
        <>
          <p>
            {connection.totalCount} {connection.totalCount === 1 ? 'process' : 'processes'}.
          </p>
          {connection.edges.map(({ node }) => (
            <WorkflowCard key={node.id} workflow={node} onConflict={() => void refetch()} />
          ))}
        </>
      )}
      <Pager pager={pager} pageInfo={connection.pageInfo} total={connection.totalCount} label="Processes" />
    </div>
  );
}
