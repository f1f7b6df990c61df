import { useQuery } from '@apollo/client';
import { useCallback } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { graphql } from '../../graphql';
import type { TicketOrder, TicketPriority, TicketStatus } from '../../graphql/graphql';
import { visibleErrors } from '../../ui/errors';
import { formatDate, formatDateTime, humanize } from '../../ui/format';
import { PAGE_SIZE, Pager, useCursorPager } from '../../ui/Pager';
import { Empty, ErrorNotice, Loading } from '../../ui/Status';
import { HelpdeskStats } from './HelpdeskStats';
import { InstantCheckbox } from './InstantCheckbox';
import { PriorityBadge, SlaSummary, StatusText, fullName, isTicketPriority, isTicketStatus, kindLabel, ticketPriorities, ticketStatuses, unresolvedStatuses } from './ticketParts';
import './helpdesk.css';

const HelpdeskTicketsQuery = graphql(`
  query HelpdeskTickets($filter: TicketFilter, $orderBy: TicketOrder, $first: Int!, $after: String) {
    tickets(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          number
          kind
          category
          priority
          status
          subject
          openedAt
          dueOn
          requester {
            id
            firstName
            lastName
          }
          employee {
            id
            firstName
            lastName
          }
          assignee {
            id
            firstName
            lastName
          }
          sla {
            ...HelpdeskTicketSla
          }
        }
      }
    }
  }
`);

const orders: Array<{ value: TicketOrder; label: string }> = [
  { value: 'NEWEST', label: 'Newest first' },
  { value: 'OLDEST', label: 'Oldest first' },
  { value: 'PRIORITY', label: 'Most urgent first' },
  { value: 'RESOLUTION_DUE', label: 'Resolution due soonest' },
];
const isOrder = (value: string | null): value is TicketOrder => orders.some((order) => order.value === value);

// The status select's choices: one status, every unresolved one (what the overview links with),
// or any. A set of statuses from a link that is none of these shows as it is.
const UNRESOLVED = 'UNRESOLVED';
const sameStatuses = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((status) => b.includes(status));

type Filters = { statuses: TicketStatus[]; priorities: TicketPriority[]; breached: boolean; order: TicketOrder };

// The URL holds the filters (?status=&priority=&breached=true&order=), so the overview's numbers
// link straight into a filtered queue and Back restores it. status and priority may repeat.
function useQueueFilters() {
  const [searchParams, setSearchParams] = useSearchParams();
  const order = searchParams.get('order');
  const filters: Filters = {
    statuses: searchParams.getAll('status').filter(isTicketStatus),
    priorities: searchParams.getAll('priority').filter(isTicketPriority),
    breached: searchParams.get('breached') === 'true',
    order: isOrder(order) ? order : 'NEWEST',
  };
  const setParam = useCallback(
    (name: 'status' | 'priority' | 'breached' | 'order', values: string[]) =>
      setSearchParams((previous) => {
        const next = new URLSearchParams(previous);
        next.delete(name);
        values.forEach((value) => next.append(name, value));
        return next;
      }),
    [setSearchParams],
  );
  return { filters, setParam };
}

// The helpdesk queue for IT and the manager: a few figures over the last 30 days, then every
// ticket, filtered, a page at a time.
export function HelpdeskPage() {
  const { filters, setParam } = useQueueFilters();
  const statusChoice = !filters.statuses.length ? '' : filters.statuses.length === 1 ? filters.statuses[0]! : sameStatuses(filters.statuses, unresolvedStatuses) ? UNRESOLVED : 'CUSTOM';
  const priorityChoice = filters.priorities.length === 1 ? filters.priorities[0]! : filters.priorities.length ? 'CUSTOM' : '';

  // A change of filter or order starts the list again at its first page: the results remount.
  const filterKey = [filters.statuses.join(','), filters.priorities.join(','), filters.breached, filters.order].join('|');
  return (
    <>
      <h1>Helpdesk</h1>
      <HelpdeskStats />
      <section aria-labelledby="queue-heading" className="helpdesk-section">
        <h2 id="queue-heading">Queue</h2>
        <form className="helpdesk-filters" role="search" aria-label="Filter tickets" onSubmit={(event) => event.preventDefault()}>
          <label>
            Status
            <select value={statusChoice} onChange={(event) => setParam('status', event.target.value === UNRESOLVED ? unresolvedStatuses : event.target.value ? [event.target.value] : [])}>
              <option value="">Any status</option>
              <option value={UNRESOLVED}>Not yet resolved</option>
              {ticketStatuses.map((status) => (
                <option key={status} value={status}>
                  {humanize(status)}
                </option>
              ))}
              {statusChoice === 'CUSTOM' && (
                <option value="CUSTOM" disabled>
                  {filters.statuses.map(humanize).join(', ')}
                </option>
              )}
            </select>
          </label>
          <label>
            Priority
            <select value={priorityChoice} onChange={(event) => setParam('priority', event.target.value ? [event.target.value] : [])}>
              <option value="">Any priority</option>
              {ticketPriorities.map((priority) => (
                <option key={priority} value={priority}>
                  {humanize(priority)}
                </option>
              ))}
              {priorityChoice === 'CUSTOM' && (
                <option value="CUSTOM" disabled>
                  {filters.priorities.map(humanize).join(', ')}
                </option>
              )}
            </select>
          </label>
          <label>
            Sort by
            <select value={filters.order} onChange={(event) => setParam('order', event.target.value === 'NEWEST' ? [] : [event.target.value])}>
              {orders.map((order) => (
                <option key={order.value} value={order.value}>
                  {order.label}
                </option>
              ))}
            </select>
          </label>
          <label className="helpdesk-checkbox">
            <InstantCheckbox checked={filters.breached} onChange={(checked) => setParam('breached', checked ? ['true'] : [])}>
              SLA breached only
            </InstantCheckbox>
          </label>
        </form>
        <TicketResults key={filterKey} filters={filters} />
      </section>
    </>
  );
}

function TicketResults({ filters }: { filters: Filters }) {
  const pager = useCursorPager();
  const filter = {
    ...(filters.statuses.length ? { status: filters.statuses } : {}),
    ...(filters.priorities.length ? { priority: filters.priorities } : {}),
    ...(filters.breached ? { breached: true } : {}),
  };
  const { data, loading, error, refetch } = useQuery(HelpdeskTicketsQuery, { variables: { filter, orderBy: filters.order, first: PAGE_SIZE, after: pager.after } });
  const failures = visibleErrors(error?.graphQLErrors);
  const connection = data?.tickets;

  if (!connection) {
    if (loading) return <Loading what="tickets" />;
    return <ErrorNotice error={error ?? new Error('The tickets did not load.')} retry={() => refetch()} />;
  }
  return (
    <>
      {(failures.length > 0 || error?.networkError) && <ErrorNotice error={error} retry={() => refetch()} />}
      {connection.edges.length === 0 ? (
        <Empty>No tickets match these filters.</Empty>
      ) : (
        <div className="helpdesk-table">
          <table className="striped">
            <caption>Tickets</caption>
            <thead>
              <tr>
                <th scope="col">Subject</th>
                <th scope="col">Requester</th>
                <th scope="col">Kind</th>
                <th scope="col">Priority</th>
                <th scope="col">Status</th>
                <th scope="col">Assignee</th>
                <th scope="col">Opened</th>
                <th scope="col">SLA due</th>
              </tr>
            </thead>
            <tbody>
              {connection.edges.map(({ node: ticket }) => (
                <tr key={ticket.id}>
                  <td>
                    <Link to={`/helpdesk/${ticket.id}`}>{ticket.subject}</Link>
                    <br />
                    <small className="muted">{ticket.number}</small>
                  </td>
                  <td>{ticket.requester ? fullName(ticket.requester) : <span className="muted">System{ticket.employee ? ` (for ${fullName(ticket.employee)})` : ''}</span>}</td>
                  <td>{kindLabel(ticket.kind)}</td>
                  <td>
                    <PriorityBadge priority={ticket.priority} />
                  </td>
                  <td>
                    <StatusText status={ticket.status} />
                  </td>
                  <td>{ticket.assignee ? fullName(ticket.assignee) : <span className="muted">Unassigned</span>}</td>
                  <td>{formatDateTime(ticket.openedAt)}</td>
                  <td>
                    <SlaSummary sla={ticket.sla} status={ticket.status} />
                    {ticket.dueOn && <small className="muted"> Work due {formatDate(ticket.dueOn)}</small>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {(connection.edges.length > 0 || pager.pageNumber > 1) && <Pager pager={pager} pageInfo={connection.pageInfo} total={connection.totalCount} label="Tickets" />}
    </>
  );
}
